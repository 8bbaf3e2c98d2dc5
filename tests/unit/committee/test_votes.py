"""Vote tallies: what cannot be is refused, and the pass rule's boundary is exact."""

from fractions import Fraction

import pytest

from services.committee.domain.votes import (
    Seats,
    Tally,
    VoteRule,
    assess,
    parse_fraction,
    seats_problems,
    tally_problems,
)

RULE = VoteRule()  # two thirds present, two thirds of those present in favour


@pytest.mark.parametrize(
    ("present", "in_favour", "passes"),
    [
        (9, 6, True),  # exactly two thirds
        (9, 5, False),  # one vote less
        (12, 8, True),
        (12, 7, False),
        (10, 7, True),  # 7/10 > 2/3
        (10, 6, False),  # 6/10 < 2/3 (6.67 needed)
        (3, 2, True),
        (3, 1, False),
        (7, 5, True),  # 5/7 = 0.714
        (7, 4, False),  # 4/7 = 0.571
    ],
)
def test_passed_when_in_favour_is_at_least_two_thirds_of_present(
    present: int, in_favour: int, passes: bool
) -> None:
    assert RULE.passes(Tally(present, in_favour, present - in_favour, 0)) is passes


@pytest.mark.parametrize(
    ("tally", "field", "message"),
    [
        (Tally(9, 6, 2, 1), "present", "出席人数（9）超过到会委员人数（8）"),
        (Tally(8, 6, 2, 1), "in_favour", "赞成、反对、弃权合计 9 票，超过出席人数 8"),
        (Tally(5, 5, 0, 0), "present", "在册委员 9 人中至少应有 6 人出席"),
        (Tally(8, -1, 0, 0), "in_favour", "不能为负数"),
        (Tally(-8, 0, 0, 0), "present", "不能为负数"),
    ],
)
def test_totals_that_cannot_be_are_refused(tally: Tally, field: str, message: str) -> None:
    problems = dict(tally_problems(tally, Seats(enrolled=9, attending=8), RULE))
    assert message in problems[field]


@pytest.mark.parametrize(
    ("present", "enrolled", "quorum"),
    [(6, 9, True), (5, 9, False), (8, 12, True), (7, 12, False), (1, 1, True)],
)
def test_the_quorum_is_two_thirds_of_the_membership_not_of_who_came(
    present: int, enrolled: int, quorum: bool
) -> None:
    assert RULE.has_quorum(present, enrolled) is quorum
    seats = Seats(enrolled=enrolled, attending=present)  # all who came voted
    assert (tally_problems(Tally(present, present, 0, 0), seats, RULE) == []) is quorum


def test_a_possible_tally_has_no_problems() -> None:
    assert tally_problems(Tally(9, 6, 2, 1), Seats(9, 9), RULE) == []


@pytest.mark.parametrize(
    ("seats", "field", "message"),
    [
        (Seats(9, 10), "members_attending", "到会委员人数（10）超过在册委员人数（9）"),
        (Seats(9, 5), "members_attending", "在册委员 9 人中至少应有 6 人到会"),
        (Seats(0, 1), "members_enrolled", "在册委员人数至少为 1"),
        (Seats(9, 0), "members_attending", "到会委员人数至少为 1"),
    ],
)
def test_meeting_numbers_that_cannot_be_are_refused(seats: Seats, field: str, message: str) -> None:
    assert message in dict(seats_problems(seats, RULE))[field]
    assert seats_problems(Seats(9, 6), RULE) == []


def test_the_verdict_says_how_many_votes_were_needed() -> None:
    passed = assess(Tally(9, 6, 3, 0), Seats(11, 9), RULE)
    assert (passed.passed, passed.minimum_in_favour) == (True, 6)
    assert passed.explanation == "赞成 6 票，达到出席人数 9 人的 2/3（至少 6 票），通过"
    failed = assess(Tally(9, 5, 4, 0), Seats(11, 9), RULE)
    assert failed.passed is False
    assert failed.explanation == "赞成 5 票，未达到出席人数 9 人的 2/3（至少 6 票），未通过"
    impossible = assess(Tally(9, 6, 4, 0), Seats(11, 9), RULE)
    assert impossible.passed is None
    assert impossible.problems == [("in_favour", "赞成、反对、弃权合计 10 票，超过出席人数 9")]


def test_the_rule_is_configuration() -> None:
    simple_majority = VoteRule(quorum=Fraction(1, 2), pass_threshold=Fraction(1, 2))
    assert simple_majority.passes(Tally(10, 5, 5, 0))
    assert parse_fraction(" 3/4 ") == Fraction(3, 4)
    for bad in ("0", "3/2", "-1/3"):
        with pytest.raises(ValueError, match="not a fraction between 0 and 1"):
            parse_fraction(bad)
