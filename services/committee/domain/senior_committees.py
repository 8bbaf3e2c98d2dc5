"""高评委: the senior committees an office may send to, each with the office that receives."""

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class SeniorCommittee:
    code: str
    name: str
    office_code: str  # its 高评委办公室 in the organisation directory
    office_name: str


class SeniorCommittees:
    def __init__(self, committees: list[SeniorCommittee]) -> None:
        if not committees:
            raise ValueError("at least one senior committee must be configured")
        self._by_code = {c.code: c for c in committees}
        if len(self._by_code) != len(committees):
            raise ValueError("two senior committees share a code")

    def __iter__(self) -> Iterator[SeniorCommittee]:
        return iter(self._by_code.values())

    def get(self, code: str) -> SeniorCommittee | None:
        return self._by_code.get(code)

    def of_office(self, office_code: str) -> list[SeniorCommittee]:
        return [c for c in self._by_code.values() if c.office_code == office_code]
