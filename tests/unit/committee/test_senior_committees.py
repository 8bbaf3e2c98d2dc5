"""高评委设置's drop-down as configured: the notice's default first, the senior committees of this
series' other mid committees after it, each received by a 高评委办公室 of review's directory (an
office that is not there could never log in to receive what is sent to it)."""

from services.committee.bootstrap import load_senior_committees
from services.committee.settings import DEFAULT_SENIOR_COMMITTEES
from services.review.reference_data import DEFAULT_DIRECTORY, load_directory
from shared.contracts.vocabulary import Role

COMMITTEES = list(load_senior_committees(DEFAULT_SENIOR_COMMITTEES))


def test_the_drop_down_offers_the_notices_default_first_and_a_real_choice() -> None:
    assert [c.name for c in COMMITTEES] == [
        "省建筑工程技术人员高级工程师资格评审委员会",
        "省交通工程技术人员高级工程师资格评审委员会",
        "省水利工程技术人员高级工程师资格评审委员会",
    ]
    assert len({c.office_code for c in COMMITTEES}) == len(COMMITTEES), "one office each"


def test_every_senior_committee_is_received_by_an_office_of_the_directory() -> None:
    directory = load_directory(DEFAULT_DIRECTORY)
    for committee in COMMITTEES:
        office = directory.get(committee.office_code)
        assert office is not None, committee.office_code
        assert office.role == Role.senior_committee_office, committee.office_code
        assert office.name == committee.office_name
    offices = {o.code for o in directory.with_role(Role.senior_committee_office)}
    assert offices == {c.office_code for c in COMMITTEES}, "an office with no committee to receive"
