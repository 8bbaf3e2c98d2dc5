"""Whether the employer facts the applicant gave can decide a route."""

from dataclasses import dataclass

from services.intake.domain.problems import Problem
from shared.contracts.regions import PROVINCE_CODE, region_level
from shared.contracts.vocabulary import LEVEL_LABELS, Level, Ownership

PROVINCIAL = frozenset(
    {Ownership.provincial_group_with_committee, Ownership.provincial_group_without_committee}
)
# levels at which each kind of employer applies (the rows of the route table)
ALLOWED_LEVELS: dict[Ownership, frozenset[Level]] = {
    Ownership.public: frozenset({Level.county, Level.city}),
    Ownership.provincial_group_with_committee: frozenset({Level.province}),
    Ownership.provincial_group_without_committee: frozenset({Level.province}),
    Ownership.private_talent_center: frozenset({Level.county, Level.city, Level.province}),
    Ownership.private_not_entrusted: frozenset({Level.county}),
}


@dataclass(frozen=True)
class Employer:
    name: str
    ownership: Ownership
    level: Level
    region_code: str
    provincial_unit: str | None = None


def employer_problems(employer: Employer) -> list[Problem]:
    problems: list[Problem] = []
    if not employer.name.strip():
        problems.append(Problem("employer.name", "单位名称不能为空"))
    if employer.level not in ALLOWED_LEVELS[employer.ownership]:
        allowed = "、".join(
            LEVEL_LABELS[lv] for lv in Level if lv in ALLOWED_LEVELS[employer.ownership]
        )
        problems.append(Problem("employer.level", f"此类单位的层级应为：{allowed}"))
    problems += _region_problems(employer)
    if employer.ownership in PROVINCIAL and not employer.provincial_unit:
        problems.append(
            Problem("employer.provincial_unit", "省级单位须选择所属省级单位（集团公司）")
        )
    if employer.ownership not in PROVINCIAL and employer.provincial_unit:
        problems.append(Problem("employer.provincial_unit", "仅省级单位（集团公司）填写此项"))
    return problems


def _region_problems(employer: Employer) -> list[Problem]:
    level = region_level(employer.region_code)
    if level is None:
        return [Problem("employer.region_code", "不是浙江省的行政区划代码")]
    if level != employer.level:
        expected = (
            f"{PROVINCE_CODE}（浙江省）"
            if employer.level == Level.province
            else f"所在{LEVEL_LABELS[employer.level]}的代码"
        )
        return [Problem("employer.region_code", f"与单位层级不符，应为{expected}")]
    return []
