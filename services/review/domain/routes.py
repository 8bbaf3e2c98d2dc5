"""The route table: which organisations receive an application, in order.

It is data (an operator's file, see data/routes.toml): the kinds of employer an applicant may
choose, and a rule per kind and level, each stage a role plus where to find the organisation.
The applicant names only the kind and either a region or an organisation of the directory (a
provincial unit, a talent centre); the level, and so the rule, follow from the directory, never
from the applicant's word. `resolve` turns those facts into the concrete organisations, once, at
submission; the case keeps that route."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from services.review.domain.directory import Directory, Organisation
from shared.contracts.regions import (
    CITIES,
    COUNTIES,
    PROVINCE_CODE,
    city_of,
    region_level,
    region_name,
)
from shared.contracts.vocabulary import LEVEL_LABELS, ROLE_LABELS, Level, Role


class Scope(StrEnum):
    county = "county"  # the role's organisation in the employer's county
    city = "city"  # ... in the employer's city (the county's city)
    province = "province"  # ... at province level
    employer = "employer"  # the organisation the applicant named (provincial unit, centre)
    sends_to = "sends_to"  # where the previous stage's organisation sends its cases
    fixed = "fixed"  # always the organisation `org`


@dataclass(frozen=True)
class EmployerKind:
    """A kind of employer the applicant chooses from (单位类型). `names` is the role of the
    organisation the applicant picks from the directory (e.g. the provincial unit); None when the
    applicant gives the employer's region instead."""

    code: str
    label: str
    names: Role | None = None
    aliases: tuple[str, ...] = ()  # codes older submissions used for this kind


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
    kind: str
    level: Level
    name: str
    stages: tuple[StageRule, ...]


@dataclass(frozen=True)
class EmployerFacts:
    """What the applicant said: the kind, and the region or the directory organisation."""

    kind: str
    region_code: str | None = None
    unit_code: str | None = None


@dataclass(frozen=True)
class Placement:
    """Where the directory puts an employer: its kind, level and region, and the organisation
    the applicant named (if the kind names one)."""

    kind: EmployerKind
    level: Level
    region_code: str
    unit: Organisation | None


class NoRoute(LookupError):
    """No route for these facts; the message (Chinese) is shown to the applicant."""


class RouteTableError(ValueError):
    pass


class RouteTable:
    def __init__(self, kinds: Iterable[EmployerKind], rules: Iterable[RouteRule]) -> None:
        self._kinds: dict[str, EmployerKind] = {}
        for kind in kinds:
            for code in (kind.code, *kind.aliases):
                if code in self._kinds:
                    raise RouteTableError(f"employer kind {code!r} is listed twice")
                self._kinds[code] = kind
        self._rules: dict[tuple[str, Level], RouteRule] = {}
        for rule in rules:
            _check_rule(rule, self._kinds)
            key = (rule.kind, rule.level)
            if key in self._rules:
                raise RouteTableError(f"two routes for {rule.kind} at {rule.level} level")
            self._rules[key] = rule

    def __iter__(self) -> Iterator[RouteRule]:
        return iter(self._rules.values())

    @property
    def kinds(self) -> list[EmployerKind]:
        """Every kind an applicant may choose, in the table's order (aliases not repeated)."""
        return list({kind.code: kind for kind in self._kinds.values()}.values())

    def levels(self, kind: EmployerKind) -> list[Level]:
        return [level for level in Level if (kind.code, level) in self._rules]

    def rule_for(self, kind: EmployerKind, level: Level) -> RouteRule:
        try:
            return self._rules[(kind.code, level)]
        except KeyError:
            raise NoRoute(f"{LEVEL_LABELS[level]}级的{kind.label}没有对应的报送路线") from None

    def place(self, facts: EmployerFacts, directory: Directory) -> Placement:
        """The employer's kind, level and region as the directory has them."""
        kind = self._kinds.get(facts.kind)
        if kind is None:
            raise NoRoute(f"单位类型“{facts.kind}”不在报送路线表中")
        if kind.names is None:
            region = facts.region_code or ""
            level = region_level(region)
            if level is None:
                raise NoRoute(f"地区代码“{region}”不是浙江省的行政区划代码")
            return Placement(kind, level, region, None)
        unit = _named_unit(kind.names, facts, directory)
        level = region_level(unit.region_code)
        assert level is not None, "the directory holds known regions only"
        return Placement(kind, level, unit.region_code, unit)

    def resolve(self, facts: EmployerFacts, directory: Directory) -> tuple[RouteStop, ...]:
        """The organisations of the route, in order; NoRoute says what is missing."""
        placement = self.place(facts, directory)
        stops: list[RouteStop] = []
        for stage in self.rule_for(placement.kind, placement.level).stages:
            previous = stops[-1].organisation if stops else None
            org = _find(stage, placement, directory, previous)
            if org.role != stage.role:
                raise NoRoute(f"{org.name}不是{ROLE_LABELS[stage.role]}，路线配置有误")
            stops.append(RouteStop(org, paper_check_required=stage.paper_check))
        return tuple(stops)


def _check_rule(rule: RouteRule, kinds: dict[str, EmployerKind]) -> None:
    kind = kinds.get(rule.kind)
    if kind is None or kind.code != rule.kind:
        raise RouteTableError(f"route {rule.name!r}: kind {rule.kind!r} is not a [[kind]]")
    if not rule.stages or rule.stages[-1].role != Role.mid_committee_office:
        raise RouteTableError(f"route {rule.name!r} must end at a mid_committee_office")
    if any((s.scope == Scope.fixed) != (s.org is not None) for s in rule.stages):
        raise RouteTableError(f"route {rule.name!r}: `org` goes with scope fixed only")
    if kind.names is None and any(s.scope == Scope.employer for s in rule.stages):
        raise RouteTableError(f"route {rule.name!r}: scope employer needs a kind that names one")


def _named_unit(role: Role, facts: EmployerFacts, directory: Directory) -> Organisation:
    label = ROLE_LABELS[role]
    if facts.unit_code:
        unit = directory.get(facts.unit_code)
        if unit is None or unit.role != role:
            raise NoRoute(f"机构目录中没有代码为“{facts.unit_code}”的{label}")
        return unit
    # submissions from before units were named: the role's organisation of the region given
    unit = directory.regional(role, facts.region_code) if facts.region_code else None
    if unit is None:
        raise NoRoute(f"未选择{label}")
    return unit


def _find(
    stage: StageRule, placement: Placement, directory: Directory, previous: Organisation | None
) -> Organisation:
    if stage.scope in (Scope.county, Scope.city, Scope.province):
        region = {
            Scope.county: placement.region_code,
            Scope.city: city_of(placement.region_code),
            Scope.province: PROVINCE_CODE,
        }[stage.scope]
        org = directory.regional(stage.role, region)
        if org is None:
            raise NoRoute(f"机构目录中没有{region_name(region)}的{ROLE_LABELS[stage.role]}")
        return org
    if stage.scope == Scope.employer:
        assert placement.unit is not None, "checked when the table was read"
        return placement.unit
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


@dataclass(frozen=True)
class RouteOption:
    """One choice an applicant can make (a kind with a region or a named organisation) and the
    route it opens; `problem` (Chinese) instead when it opens none."""

    kind: EmployerKind
    facts: EmployerFacts
    stops: tuple[RouteStop, ...]
    problem: str | None = None


def every_option(table: RouteTable, directory: Directory) -> list[RouteOption]:
    """Every region of every level a kind has a rule for, and every organisation a kind names
    whose level has one, with its route."""
    options: list[RouteOption] = []
    for kind in table.kinds:
        levels = table.levels(kind)
        if kind.names is None:
            choices = [
                EmployerFacts(kind.code, region_code=r) for lv in levels for r in _regions(lv)
            ]
        else:
            choices = [
                EmployerFacts(kind.code, unit_code=org.code)
                for org in directory.with_role(kind.names)
                if region_level(org.region_code) in levels
            ]
        for facts in choices:
            try:
                options.append(RouteOption(kind, facts, table.resolve(facts, directory)))
            except NoRoute as exc:
                options.append(RouteOption(kind, facts, (), problem=str(exc)))
    return options


def gaps(table: RouteTable, directory: Directory) -> list[str]:
    """Where table and directory do not fit together: every choice an applicant can make must
    resolve, and every provincial unit must be one of them. Empty when coherent."""
    options = every_option(table, directory)
    problems = [
        f"{option.kind.label} / {option.facts.region_code or option.facts.unit_code}: "
        f"{option.problem}"
        for option in options
        if option.problem is not None
    ]
    named = {option.facts.unit_code for option in options if option.problem is None}
    problems += [
        f"{unit.code}: no route takes this provincial unit"
        for unit in directory.with_role(Role.provincial_unit)
        if unit.code not in named
    ]
    return problems


def _regions(level: Level) -> list[str]:
    if level == Level.county:
        return list(COUNTIES)
    if level == Level.city:
        return list(CITIES)
    return [PROVINCE_CODE]
