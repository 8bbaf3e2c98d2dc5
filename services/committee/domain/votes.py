"""得票情况: a tally of votes, what makes it possible, and the rules that decide it.

Quorum and pass threshold are fractions from configuration (default two thirds each), compared
with integers only, so "exactly two thirds" never depends on float rounding."""

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class VoteRule:
    quorum: Fraction = Fraction(2, 3)  # present ≥ quorum × seated for the votes to count
    pass_threshold: Fraction = Fraction(2, 3)  # passed when in favour ≥ threshold × present

    def has_quorum(self, present: int, seated: int) -> bool:
        return present * self.quorum.denominator >= seated * self.quorum.numerator

    def passes(self, tally: "Tally") -> bool:
        threshold = self.pass_threshold
        return tally.in_favour * threshold.denominator >= tally.present * threshold.numerator

    def minimum_present(self, seated: int) -> int:
        return -(-seated * self.quorum.numerator // self.quorum.denominator)


@dataclass(frozen=True)
class Tally:
    present: int
    in_favour: int
    against: int
    abstain: int


def tally_problems(tally: Tally, seated: int, rule: VoteRule) -> list[tuple[str, str]]:
    """Every way the tally cannot be, as (field, Chinese message); empty when it can."""
    problems = [
        (name, "不能为负数")
        for name in ("present", "in_favour", "against", "abstain")
        if getattr(tally, name) < 0
    ]
    if problems:
        return problems
    if tally.present > seated:
        problems.append(("present", f"出席人数（{tally.present}）超过到会委员人数（{seated}）"))
    elif not rule.has_quorum(tally.present, seated):
        minimum = rule.minimum_present(seated)
        problems.append(("present", f"出席人数不足，{seated} 名委员中至少应有 {minimum} 人出席"))
    cast = tally.in_favour + tally.against + tally.abstain
    if cast > tally.present:
        problems.append(
            ("in_favour", f"赞成、反对、弃权合计 {cast} 票，超过出席人数 {tally.present}")
        )
    return problems


def parse_fraction(text: str) -> Fraction:
    """'2/3' -> Fraction(2, 3); a setting that is not a fraction in (0, 1] is refused."""
    value = Fraction(text.strip())
    if not 0 < value <= 1:
        raise ValueError(f"{text!r} is not a fraction between 0 and 1")
    return value
