"""Vote tallies: what cannot be is refused, and the pass rule's boundary is exact."""

from fractions import Fraction

import pytest

from services.committee.domain.votes import Tally, VoteRule, parse_fraction, tally_problems

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
    ("tally", "seated", "field", "message"),
    [
        (Tally(10, 6, 3, 1), 9, "present", "出席人数（10）超过到会委员人数（9）"),
        (Tally(9, 6, 3, 1), 9, "in_favour", "赞成、反对、弃权合计 10 票，超过出席人数 9"),
        (Tally(5, 5, 0, 0), 9, "present", "9 名委员中至少应有 6 人出席"),
        (Tally(9, -1, 0, 0), 9, "in_favour", "不能为负数"),
        (Tally(-9, 0, 0, 0), 9, "present", "不能为负数"),
    ],
)
def test_totals_that_cannot_be_are_refused(
    tally: Tally, seated: int, field: str, message: str
) -> None:
    problems = dict(tally_problems(tally, seated, RULE))
    assert message in problems[field]


@pytest.mark.parametrize(
    ("present", "seated", "quorum"),
    [(6, 9, True), (5, 9, False), (8, 12, True), (7, 12, False), (1, 1, True)],
)
def test_the_quorum_is_two_thirds_of_members_seated(
    present: int, seated: int, quorum: bool
) -> None:
    assert RULE.has_quorum(present, seated) is quorum
    assert (tally_problems(Tally(present, present, 0, 0), seated, RULE) == []) is quorum


def test_a_possible_tally_has_no_problems() -> None:
    assert tally_problems(Tally(9, 6, 2, 1), 9, RULE) == []


def test_the_rule_is_configuration() -> None:
    simple_majority = VoteRule(quorum=Fraction(1, 2), pass_threshold=Fraction(1, 2))
    assert simple_majority.passes(Tally(10, 5, 5, 0))
    assert parse_fraction(" 3/4 ") == Fraction(3, 4)
    for bad in ("0", "3/2", "-1/3"):
        with pytest.raises(ValueError, match="not a fraction between 0 and 1"):
            parse_fraction(bad)
