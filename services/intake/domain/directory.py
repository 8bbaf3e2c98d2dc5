"""The employer facts review owns, as intake last heard them: the kinds of employer, the
regions, the organisations an applicant may name, and the route every choice opens. Intake
never decides a route itself; it looks up the one review published."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from shared.contracts.vocabulary import Level, Role


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    names: Role | None  # the role of the organisation the applicant picks; None: gives a region
    levels: tuple[Level, ...]


@dataclass(frozen=True)
class Place:
    """An organisation of the directory."""

    code: str
    name: str
    role: Role
    region_code: str


@dataclass(frozen=True)
class Region:
    code: str
    name: str  # the full name: 杭州市西湖区, 杭州市
    level: Level


class EmployerDirectory:
    def __init__(
        self,
        kinds: Iterable[Kind],
        regions: Iterable[Region],
        organisations: Iterable[Place],
        routes: Mapping[tuple[str, str], tuple[str, ...]],
    ) -> None:
        self.kinds = {kind.code: kind for kind in kinds}
        self.regions = {region.code: region for region in regions}
        self.organisations = {org.code: org for org in organisations}
        self._routes = routes  # (kind, region or unit code) -> organisation codes

    def kind(self, code: str) -> Kind | None:
        return self.kinds.get(code)

    def named(self, role: Role, code: str) -> Place | None:
        """The organisation `code` if it is one of `role` an applicant may name."""
        org = self.organisations.get(code)
        return org if org is not None and org.role == role else None

    def route(self, kind: str, key: str) -> tuple[Place, ...] | None:
        """The organisations the choice's route passes, in order (the mid-committee office
        last); None when the choice opens none."""
        codes = self._routes.get((kind, key))
        if codes is None:
            return None
        return tuple(self.organisations[code] for code in codes)
