"""What intake refuses before anything reaches a reviewer, field by field, in Chinese."""

import uuid
from datetime import UTC, datetime

import pytest

from services.intake.domain.application import Applicant, InvalidSubmission, submit
from services.intake.domain.employer import Employer
from shared.contracts.vocabulary import Level, Ownership
from tests.support.applications import id_number

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
APPLICANT = Applicant(name=" 张三 ", id_number=id_number(), phone="138 1234 5678")
COUNTY_UNIT = Employer("某县建设公司", Ownership.public, Level.county, "330106")


def problems(applicant: Applicant = APPLICANT, employer: Employer = COUNTY_UNIT) -> dict[str, str]:
    with pytest.raises(InvalidSubmission) as refused:
        submit(applicant, employer, now=NOW, correlation_id=uuid.uuid4())
    return {p.field: p.message for p in refused.value.problems}


def test_a_valid_submission_is_normalised() -> None:
    accepted = submit(APPLICANT, COUNTY_UNIT, now=NOW, correlation_id=uuid.uuid4())
    assert (accepted.applicant.name, accepted.applicant.phone) == ("张三", "13812345678")
    assert (accepted.number, accepted.sequence) == (1, 1)


def test_every_problem_is_reported_at_once() -> None:
    found = problems(Applicant(name=" ", id_number="123", phone="1"), COUNTY_UNIT)
    assert set(found) == {"applicant.name", "applicant.id_number", "applicant.phone"}


@pytest.mark.parametrize(
    ("employer", "field", "message"),
    [
        (
            Employer("x", Ownership.public, Level.county, "339999"),
            "employer.region_code",
            "不是浙江省",
        ),
        (
            Employer("x", Ownership.public, Level.county, "330100"),
            "employer.region_code",
            "与单位层级不符",
        ),
        (
            Employer("x", Ownership.public, Level.city, "330106"),
            "employer.region_code",
            "与单位层级不符",
        ),
        (
            Employer("x", Ownership.public, Level.province, "330000"),
            "employer.level",
            "县（市、区）、市",
        ),
        (
            Employer("x", Ownership.private_not_entrusted, Level.city, "330100"),
            "employer.level",
            "县（市、区）",
        ),
        (
            Employer("x", Ownership.provincial_group_with_committee, Level.province, "330000"),
            "employer.provincial_unit",
            "须选择所属省级单位",
        ),
        (
            Employer("x", Ownership.public, Level.county, "330106", provincial_unit="pu.jzsj"),
            "employer.provincial_unit",
            "仅省级单位",
        ),
        (Employer(" ", Ownership.public, Level.county, "330106"), "employer.name", "不能为空"),
    ],
)
def test_employer_facts_that_cannot_decide_a_route_are_refused(
    employer: Employer, field: str, message: str
) -> None:
    assert message in problems(employer=employer)[field]
