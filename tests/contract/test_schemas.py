"""Every contract's JSON schema is pinned: a change to one shows up here, so it is made on purpose
(additive: update the snapshot; breaking: a new class with a new version).

Update the snapshots after an intended change with: UPDATE_SNAPSHOTS=1 make test"""

import json
import os
from pathlib import Path

import pytest

from shared.contracts import CONTRACTS, Contract, Envelope, contract_for

SNAPSHOTS = Path(__file__).parent / "snapshots"


def _schema(model: type) -> str:
    return (
        json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    )


@pytest.mark.parametrize("model", [Envelope, *CONTRACTS], ids=lambda m: m.__name__)
def test_schema_matches_its_snapshot(model: type) -> None:
    name = model.routing_key() if issubclass(model, Contract) else "envelope"
    snapshot = SNAPSHOTS / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(_schema(model), encoding="utf-8")
    assert snapshot.exists(), f"no snapshot for {name}: run UPDATE_SNAPSHOTS=1 make test"
    assert _schema(model) == snapshot.read_text(encoding="utf-8")


def test_every_snapshot_belongs_to_a_contract() -> None:
    names = {"envelope"} | {c.routing_key() for c in CONTRACTS}
    assert {p.stem for p in SNAPSHOTS.glob("*.json")} == names


@pytest.mark.parametrize("contract", CONTRACTS, ids=lambda c: c.__name__)
def test_routing_keys_follow_the_convention_and_resolve(contract: type[Contract]) -> None:
    producer, event, version = contract.routing_key().split(".")
    assert (producer, version) == (contract.producer, f"v{contract.version}")
    assert event.replace("_", "") == contract.type_name().lower()
    assert contract_for(contract.routing_key()) is contract
