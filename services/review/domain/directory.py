"""The organisation directory: every department, office and centre taking part in the review."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from shared.contracts.regions import region_level
from shared.contracts.vocabulary import Role

# roles found by (role, region): at most one organisation of each per region
REGIONAL_ROLES = frozenset({Role.county_hr, Role.city_bureau, Role.city_hr, Role.talent_center})


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    role: Role
    region_code: str
    sends_to: str | None = None  # where this organisation forwards cases (next hop), if fixed
    email: str | None = None  # where notices to it go


class DirectoryError(ValueError):
    """The directory contradicts itself; the message lists every problem."""


class Directory:
    def __init__(self, organisations: Iterable[Organisation]) -> None:
        self._by_code: dict[str, Organisation] = {}
        self._regional: dict[tuple[Role, str], Organisation] = {}
        problems: list[str] = []
        for org in organisations:
            problems += self._add(org)
        problems += [
            f"{org.code}: sends_to {org.sends_to!r} is not in the directory"
            for org in self._by_code.values()
            if org.sends_to is not None and org.sends_to not in self._by_code
        ]
        if problems:
            raise DirectoryError("; ".join(problems))

    def _add(self, org: Organisation) -> list[str]:
        if org.code in self._by_code:
            return [f"{org.code}: listed twice"]
        if region_level(org.region_code) is None:
            return [f"{org.code}: unknown region {org.region_code!r}"]
        self._by_code[org.code] = org
        if org.role in REGIONAL_ROLES:
            key = (org.role, org.region_code)
            if key in self._regional:
                return [f"{org.code}: a second {org.role} for region {org.region_code}"]
            self._regional[key] = org
        return []

    def __iter__(self) -> Iterator[Organisation]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Organisation | None:
        return self._by_code.get(code)

    def regional(self, role: Role, region_code: str) -> Organisation | None:
        return self._regional.get((role, region_code))

    def with_role(self, role: Role) -> list[Organisation]:
        return [org for org in self._by_code.values() if org.role == role]
