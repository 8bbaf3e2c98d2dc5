"""The employer step: the applicant chooses a kind of employer and, as the kind requires, the
employer's region or an organisation of the directory (a provincial unit, a talent centre).
What is refused is refused here, naming the field; the route follows from the directory."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.intake.domain.directory import EmployerDirectory, Kind, Place
from services.intake.domain.problems import Invalid, Problem
from shared.contracts.vocabulary import LEVEL_LABELS, ROLE_LABELS, Level, Role

PROVINCE_CODE = "330000"


@dataclass(frozen=True)
class EmployerChoice:
    """What the applicant gives at the employer step."""

    name: str
    kind: str
    region_code: str | None = None
    unit_code: str | None = None


@dataclass(frozen=True)
class Employer:
    """The employer as stored and sent: the choice, with what the directory said of it."""

    name: str
    kind: str
    kind_label: str
    level: Level
    region_code: str
    unit_code: str | None = None
    unit_name: str | None = None
    unit_role: Role | None = None


def choose_employer(choice: EmployerChoice, directory: EmployerDirectory) -> Employer:
    """The employer the choice describes; Invalid naming every field that is wrong."""
    problems = employer_problems(choice.name)
    kind = directory.kind(choice.kind)
    if kind is None:
        offered = "、".join(f"{k.code}（{k.label}）" for k in directory.kinds.values())
        problems.append(Problem("employer.kind", f"单位类型“{choice.kind}”无效，可选：{offered}"))
        raise Invalid(problems)
    employer, kind_problems = (
        _with_region(choice, kind, directory)
        if kind.names is None
        else _with_unit(choice, kind, kind.names, directory)
    )
    problems += kind_problems
    if problems or employer is None:
        raise Invalid(problems)
    return employer


def employer_problems(name: str) -> list[Problem]:
    return [] if name.strip() else [Problem("employer.name", "单位名称不能为空")]


def _with_region(
    choice: EmployerChoice, kind: Kind, directory: EmployerDirectory
) -> tuple[Employer | None, list[Problem]]:
    levels = "或".join(LEVEL_LABELS[level] for level in kind.levels)
    problems = []
    if choice.unit_code:
        problems.append(
            Problem("employer.unit_code", f"{kind.label}不选择机构，请填写所在{levels}代码")
        )
    if not choice.region_code:
        return None, [*problems, Problem("employer.region_code", f"请填写单位所在{levels}的代码")]
    region = directory.regions.get(choice.region_code)
    if region is None:
        message = f"“{choice.region_code}”不是机构目录中浙江省的县（市、区）或市的代码"
        return None, [*problems, Problem("employer.region_code", message)]
    if region.level not in kind.levels:
        message = (
            f"{kind.label}应填写所在{levels}的代码，{region.name}是{LEVEL_LABELS[region.level]}"
        )
        return None, [*problems, Problem("employer.region_code", message)]
    if directory.route(kind.code, region.code) is None:
        message = f"机构目录中{region.name}暂无{kind.label}的报送路线"
        return None, [*problems, Problem("employer.region_code", message)]
    employer = Employer(
        name=choice.name,
        kind=kind.code,
        kind_label=kind.label,
        level=region.level,
        region_code=region.code,
    )
    return employer, problems


def _with_unit(
    choice: EmployerChoice, kind: Kind, role: Role, directory: EmployerDirectory
) -> tuple[Employer | None, list[Problem]]:
    label = ROLE_LABELS[role]
    problems = []
    if choice.region_code:
        problems.append(
            Problem("employer.region_code", f"{kind.label}不填写所在地区，请选择{label}")
        )
    if not choice.unit_code:
        return None, [*problems, Problem("employer.unit_code", f"请选择{label}")]
    unit = directory.named(role, choice.unit_code)
    if unit is None:
        message = f"机构目录中没有代码为“{choice.unit_code}”的{label}"
        return None, [*problems, Problem("employer.unit_code", message)]
    if directory.route(kind.code, unit.code) is None:
        return None, [*problems, Problem("employer.unit_code", f"{unit.name}暂无报送路线")]
    return _named(choice, kind, unit, directory), problems


def _named(
    choice: EmployerChoice, kind: Kind, unit: Place, directory: EmployerDirectory
) -> Employer:
    region = directory.regions.get(unit.region_code)
    return Employer(
        name=choice.name,
        kind=kind.code,
        kind_label=kind.label,
        level=region.level if region is not None else Level.province,
        region_code=unit.region_code,
        unit_code=unit.code,
        unit_name=unit.name,
        unit_role=unit.role,
    )


def employer_of(stored: Mapping[str, Any] | None) -> Employer | None:
    """The employer as the draft stored it."""
    if stored is None:
        return None
    # drafts saved before kinds came from the directory said `ownership`, `provincial_unit`
    unit_code = stored.get("unit_code", stored.get("provincial_unit"))
    role = stored.get("unit_role") or (Role.provincial_unit if unit_code else None)
    return Employer(
        name=stored["name"],
        kind=stored.get("kind") or stored["ownership"],
        kind_label=stored.get("kind_label") or stored.get("kind") or stored["ownership"],
        level=Level(stored["level"]),
        region_code=stored["region_code"],
        unit_code=unit_code,
        unit_name=stored.get("unit_name"),
        unit_role=Role(role) if role else None,
    )


@dataclass(frozen=True)
class RoutePreview:
    """The departments a submission will pass, in order, and the office it ends at."""

    steps: tuple[Place, ...]
    ends_at: Place


def route_of(employer: Employer | None, directory: EmployerDirectory) -> RoutePreview:
    """Where the draft would go from its employer step; Invalid saying what is missing."""
    if employer is None:
        raise Invalid([Problem("employer", "尚未填写单位信息，无法确定报送路线")])
    key = employer.unit_code or employer.region_code
    stops = directory.route(employer.kind, key)
    if not stops:
        field = "employer.unit_code" if employer.unit_code else "employer.region_code"
        message = f"机构目录已更新，所填单位信息（{employer.kind_label}）暂无报送路线，请重新填写"
        raise Invalid([Problem(field, message)])
    return RoutePreview(steps=stops[:-1], ends_at=stops[-1])
