"""Every Chinese label table keyed by an enum names every member: a state, action, outcome or
channel added without its label fails here, not on a screen (issue 10)."""

import importlib
import pkgutil
from enum import Enum
from types import ModuleType

import pytest

import services


def _modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(services.__path__, prefix="services."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        found.append(importlib.import_module(info.name))
    return found


def _tables() -> dict[str, tuple[type[Enum], dict[Enum, object]]]:
    """Each table once (a module that imports one holds the same object), by its first name."""
    tables: dict[int, tuple[str, type[Enum], dict[Enum, object]]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if not name.endswith("_LABELS") or not isinstance(value, dict) or not value:
                continue
            kinds = {type(key) for key in value}
            kind = kinds.pop() if len(kinds) == 1 else None
            if kind is not None and issubclass(kind, Enum) and id(value) not in tables:
                tables[id(value)] = (f"{module.__name__}.{name}", kind, value)
    return {name: (kind, table) for name, kind, table in tables.values()}


TABLES = _tables()


def test_the_label_tables_are_found() -> None:
    assert len(TABLES) >= 10, sorted(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_member_has_its_label(name: str) -> None:
    kind, table = TABLES[name]
    missing = [member.name for member in kind if member not in table]
    assert missing == [], f"{name} has no label for {missing}"
    words = [
        w for label in table.values() for w in (label if isinstance(label, tuple) else [label])
    ]
    assert all(isinstance(word, str) and word.strip() for word in words), f"{name}: an empty label"
