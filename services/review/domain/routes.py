"""The route table: which organisations receive an application, in order.

It is data (an operator's file, see data/routes.toml): a rule per kind of employer, each stage a
role plus where to find the organisation. `resolve` turns an employer's facts into the concrete
organisations, once, at submission; the case keeps that route."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from services.review.domain.directory import Directory, Organisation
from shared.contracts.regions import CITIES, COUNTIES, PROVINCE_CODE, city_of, region_name
from shared.contracts.vocabulary import (
    LEVEL_LABELS,
    OWNERSHIP_LABELS,
    ROLE_LABELS,
    Level,
    Ownership,
    Role,
)


class Scope(StrEnum):
    county = "county"  # the role's organisation in the employer's county
    city = "city"  # ... in the employer's city (the county's city)
    province = "province"  # ... at province level
    employer = "employer"  # the provincial unit the applicant named
    sends_to = "sends_to"  # where the previous stage's organisation sends its cases
    fixed = "fixed"  # always the organisation `org`


@dataclass(frozen=True)
class StageRule:
    role: Role
    scope: Scope
    org: str | None = None
    paper_check: bool = True  # approval at this stage needs 纸质材料已核对


@dataclass(frozen=True)
class RouteStop:
    organisation: Organisation
    paper_check_required: bool


@dataclass(frozen=True)
class RouteRule:
    ownership: Ownership
    level: Level
    name: str
    stages: tuple[StageRule, ...]


@dataclass(frozen=True)
class EmployerFacts:
    ownership: Ownership
    level: Level
    region_code: str
    provincial_unit: str | None = None


class NoRoute(LookupError):
    """No route for these facts; the message (Chinese) is shown to the applicant."""


class RouteTableError(ValueError):
    pass


class RouteTable:
    def __init__(self, rules: Iterable[RouteRule]) -> None:
        self._rules: dict[tuple[Ownership, Level], RouteRule] = {}
        for rule in rules:
            key = (rule.ownership, rule.level)
            if key in self._rules:
                raise RouteTableError(f"two routes for {rule.ownership} at {rule.level} level")
            if not rule.stages or rule.stages[-1].role != Role.mid_committee_office:
                raise RouteTableError(f"route {rule.name!r} must end at a mid_committee_office")
            if any((s.scope == Scope.fixed) != (s.org is not None) for s in rule.stages):
                raise RouteTableError(f"route {rule.name!r}: `org` goes with scope fixed only")
            self._rules[key] = rule

    def __iter__(self) -> Iterator[RouteRule]:
        return iter(self._rules.values())

    def rule_for(self, ownership: Ownership, level: Level) -> RouteRule:
        try:
            return self._rules[(ownership, level)]
        except KeyError:
            raise NoRoute(
                f"{LEVEL_LABELS[level]}级的{OWNERSHIP_LABELS[ownership]}没有对应的报送路线"
            ) from None

    def resolve(self, facts: EmployerFacts, directory: Directory) -> tuple[RouteStop, ...]:
        """The organisations of the route, in order; NoRoute says what is missing."""
        stops: list[RouteStop] = []
        for stage in self.rule_for(facts.ownership, facts.level).stages:
            previous = stops[-1].organisation if stops else None
            org = _find(stage, facts, directory, previous)
            if org.role != stage.role:
                raise NoRoute(f"{org.name}不是{ROLE_LABELS[stage.role]}，路线配置有误")
            stops.append(RouteStop(org, paper_check_required=stage.paper_check))
        return tuple(stops)


def _find(
    stage: StageRule, facts: EmployerFacts, directory: Directory, previous: Organisation | None
) -> Organisation:
    if stage.scope in (Scope.county, Scope.city, Scope.province):
        region = {
            Scope.county: facts.region_code,
            Scope.city: city_of(facts.region_code),
            Scope.province: PROVINCE_CODE,
        }[stage.scope]
        org = directory.regional(stage.role, region)
        if org is None:
            raise NoRoute(f"机构目录中没有{region_name(region)}的{ROLE_LABELS[stage.role]}")
        return org
    if stage.scope == Scope.employer:
        unit = directory.get(facts.provincial_unit or "")
        if unit is None:
            raise NoRoute(f"机构目录中没有省级单位“{facts.provincial_unit}”")
        return unit
    if stage.scope == Scope.sends_to:
        target = directory.get(previous.sends_to or "") if previous else None
        if target is None:
            name = previous.name if previous else "申报对象"
            raise NoRoute(f"{name}没有设置报送的{ROLE_LABELS[stage.role]}")
        return target
    org = directory.get(stage.org or "")
    if org is None:
        raise NoRoute(f"机构目录中没有{stage.org}")
    return org


def gaps(table: RouteTable, directory: Directory) -> list[str]:
    """Where table and directory do not fit together: each rule must resolve for every region
    of its level, and every provincial unit must resolve under some rule. Empty when coherent."""
    problems: list[str] = []
    units = directory.with_role(Role.provincial_unit)
    for rule in table:
        if any(stage.scope == Scope.employer for stage in rule.stages):
            continue
        for region in _regions(rule.level):
            try:
                table.resolve(EmployerFacts(rule.ownership, rule.level, region), directory)
            except NoRoute as exc:
                problems.append(f"{rule.name} / {region}: {exc}")
    for unit in units:
        if not any(_resolves(table, rule, unit, directory) for rule in table):
            problems.append(f"{unit.code}: no route takes this provincial unit")
    return problems


def _resolves(table: RouteTable, rule: RouteRule, unit: Organisation, directory: Directory) -> bool:
    facts = EmployerFacts(rule.ownership, rule.level, PROVINCE_CODE, provincial_unit=unit.code)
    if not any(stage.scope == Scope.employer for stage in rule.stages):
        return False
    try:
        table.resolve(facts, directory)
    except NoRoute:
        return False
    return True


def _regions(level: Level) -> list[str]:
    if level == Level.county:
        return list(COUNTIES)
    if level == Level.city:
        return list(CITIES)
    return [PROVINCE_CODE]
