"""得票情况: a tally of votes, what makes it possible, and the rules that decide it.

A meeting has its membership (在册委员人数: every member of the committee) and the members who
came (到会委员人数); each applicant's vote has its own 出席人数 (members present for that vote,
never more than came). The quorum compares a vote's 出席人数 with the membership; the pass
threshold compares 赞成票 with the vote's 出席人数. Both are fractions from configuration
(default two thirds each), compared with integers only, so "exactly two thirds" never depends on
float rounding."""

from dataclasses import dataclass
from fractions import Fraction


def _at_least(count: int, share: Fraction) -> int:
    """The smallest whole number ≥ count × share."""
    return -(-count * share.numerator // share.denominator)


@dataclass(frozen=True)
class VoteRule:
    quorum: Fraction = Fraction(2, 3)  # present ≥ quorum × enrolled for the votes to count
    pass_threshold: Fraction = Fraction(2, 3)  # passed when in favour ≥ threshold × present

    def has_quorum(self, present: int, enrolled: int) -> bool:
        return present * self.quorum.denominator >= enrolled * self.quorum.numerator

    def passes(self, tally: "Tally") -> bool:
        threshold = self.pass_threshold
        return tally.in_favour * threshold.denominator >= tally.present * threshold.numerator

    def minimum_present(self, enrolled: int) -> int:
        return _at_least(enrolled, self.quorum)

    def minimum_in_favour(self, present: int) -> int:
        return _at_least(present, self.pass_threshold)


@dataclass(frozen=True)
class Tally:
    present: int  # 出席人数: members present for this applicant's vote
    in_favour: int
    against: int
    abstain: int


@dataclass(frozen=True)
class Seats:
    """The meeting's numbers: 在册委员人数 (membership) and 到会委员人数 (who came)."""

    enrolled: int
    attending: int


def seats_problems(seats: Seats, rule: VoteRule) -> list[tuple[str, str]]:
    """Every way the meeting's numbers cannot be, as (field, Chinese message)."""
    problems = []
    if seats.enrolled < 1:
        problems.append(("members_enrolled", "在册委员人数至少为 1"))
    if seats.attending < 1:
        problems.append(("members_attending", "到会委员人数至少为 1"))
    elif seats.attending > seats.enrolled >= 1:
        problems.append(
            (
                "members_attending",
                f"到会委员人数（{seats.attending}）超过在册委员人数（{seats.enrolled}）",
            )
        )
    elif seats.enrolled >= 1 and not rule.has_quorum(seats.attending, seats.enrolled):
        minimum = rule.minimum_present(seats.enrolled)
        problems.append(
            (
                "members_attending",
                f"到会委员人数不足，在册委员 {seats.enrolled} 人中至少应有 {minimum} 人到会",
            )
        )
    return problems


def tally_problems(tally: Tally, seats: Seats, rule: VoteRule) -> list[tuple[str, str]]:
    """Every way the tally cannot be, as (field, Chinese message); empty when it can."""
    problems = [
        (name, "不能为负数")
        for name in ("present", "in_favour", "against", "abstain")
        if getattr(tally, name) < 0
    ]
    if problems:
        return problems
    if tally.present > seats.attending:
        problems.append(
            ("present", f"出席人数（{tally.present}）超过到会委员人数（{seats.attending}）")
        )
    elif not rule.has_quorum(tally.present, seats.enrolled):
        minimum = rule.minimum_present(seats.enrolled)
        problems.append(
            (
                "present",
                f"出席人数不足，在册委员 {seats.enrolled} 人中至少应有 {minimum} 人出席",
            )
        )
    cast = tally.in_favour + tally.against + tally.abstain
    if cast > tally.present:
        problems.append(
            ("in_favour", f"赞成、反对、弃权合计 {cast} 票，超过出席人数 {tally.present}")
        )
    return problems


@dataclass(frozen=True)
class Verdict:
    """What the rule makes of a tally: its problems, or whether it passes and why."""

    problems: list[tuple[str, str]]
    passed: bool | None  # None while the tally cannot be
    minimum_in_favour: int | None
    explanation: str


def assess(tally: Tally, seats: Seats, rule: VoteRule) -> Verdict:
    problems = tally_problems(tally, seats, rule)
    if problems:
        return Verdict(problems, None, None, "得票情况有误：" + "；".join(m for _, m in problems))
    needed = rule.minimum_in_favour(tally.present)
    passed = rule.passes(tally)
    share = f"{rule.pass_threshold.numerator}/{rule.pass_threshold.denominator}"
    reached = "达到" if passed else "未达到"
    explanation = (
        f"赞成 {tally.in_favour} 票，{reached}出席人数 {tally.present} 人的 {share}"
        f"（至少 {needed} 票），{'通过' if passed else '未通过'}"
    )
    return Verdict([], passed, needed, explanation)


def parse_fraction(text: str) -> Fraction:
    """'2/3' -> Fraction(2, 3); a setting that is not a fraction in (0, 1] is refused."""
    value = Fraction(text.strip())
    if not 0 < value <= 1:
        raise ValueError(f"{text!r} is not a fraction between 0 and 1")
    return value
