"""Reads the operator's files: the organisation directory and the route table (TOML)."""

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.review.domain.directory import Directory, Organisation
from services.review.domain.routes import RouteRule, RouteTable, Scope, StageRule
from shared.contracts.vocabulary import Level, Ownership, Role

DATA = Path(__file__).parent / "data"
DEFAULT_DIRECTORY = DATA / "directory.toml"
DEFAULT_ROUTES = DATA / "routes.toml"
DEFAULT_REFUSAL_REASONS = DATA / "refusal_reasons.toml"


@dataclass(frozen=True)
class ReferenceData:
    directory: Directory
    routes: RouteTable
    refusal_reasons: tuple[str, ...] = ()


class ReferenceDataError(ValueError):
    """A file cannot be read as the directory or route table; says which file and entry."""


def load_directory(path: Path) -> Directory:
    document = _read(path)
    entries = [entry for value in document.values() if isinstance(value, list) for entry in value]
    try:
        return Directory(_organisation(entry) for entry in entries)
    except (KeyError, ValueError) as exc:
        raise ReferenceDataError(f"{path}: {exc}") from exc


def load_refusal_reasons(path: Path) -> tuple[str, ...]:
    """The common reasons offered for 不予接收 / 审核不同意."""
    reasons = _read(path).get("reasons", [])
    if not isinstance(reasons, list) or not all(isinstance(r, str) and r.strip() for r in reasons):
        raise ReferenceDataError(f"{path}: `reasons` must be a list of non-empty strings")
    return tuple(r.strip() for r in reasons)


def load_routes(path: Path) -> RouteTable:
    document = _read(path)
    try:
        return RouteTable(_route(entry) for entry in document.get("route", []))
    except (KeyError, ValueError) as exc:
        raise ReferenceDataError(f"{path}: {exc}") from exc


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReferenceDataError(f"{path}: {exc}") from exc


def _organisation(entry: dict[str, Any]) -> Organisation:
    return Organisation(
        code=entry["code"],
        name=entry["name"],
        role=Role(entry["role"]),
        region_code=entry["region"],
        sends_to=entry.get("sends_to"),
        email=entry.get("email"),
    )


def _route(entry: dict[str, Any]) -> RouteRule:
    return RouteRule(
        ownership=Ownership(entry["ownership"]),
        level=Level(entry["level"]),
        name=entry["name"],
        stages=tuple(
            StageRule(
                role=Role(s["role"]),
                scope=Scope(s["scope"]),
                org=s.get("org"),
                paper_check=s.get("paper_check", True),
            )
            for s in entry["stages"]
        ),
    )
