"""The alert rules and the Grafana dashboard in deploy/monitoring ask only for series our
processes serve (a misspelt metric would make an alert that never fires)."""

import json
import re
from pathlib import Path

import yaml
from prometheus_client import REGISTRY

# notify's own series: notices, and its providers' gauge
import services.notify.metrics
import services.notify.reachability  # noqa: F401
import shared.metrics  # noqa: F401

MONITORING = Path(__file__).parents[3] / "deploy" / "monitoring"
PROMETHEUS_OWN = {"up"}
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}


def served() -> set[str]:
    names = set(PROMETHEUS_OWN)
    for family in REGISTRY.collect():
        names |= {family.name + suffix for suffix in SUFFIXES.get(family.type, ("",))}
    return names


def expressions() -> list[str]:
    rules = yaml.safe_load((MONITORING / "alerts.yml").read_text(encoding="utf-8"))
    dashboard = json.loads((MONITORING / "grafana-dashboard.json").read_text(encoding="utf-8"))
    return [rule["expr"] for group in rules["groups"] for rule in group["rules"]] + [
        target["expr"] for panel in dashboard["panels"] for target in panel["targets"]
    ]


def asked_for(expr: str) -> set[str]:
    """The series an expression names: a name before `{`, `[`, `)`, a comparison or the end,
    once the `by (…)` label lists and the `{…}` matchers are taken out."""
    without_labels = re.sub(r"\{[^}]*\}", "{}", re.sub(r"\bby \([^)]*\)", "", expr))
    return set(re.findall(r"\b[a-z_]+(?=\s*[{\[)]|\s*[<>=]|\s*$)", without_labels))


def test_every_series_asked_for_is_served() -> None:
    known = served()
    for expr in expressions():
        asked = asked_for(expr)
        assert asked, f"no series in {expr!r}"
        assert asked <= known, f"{expr!r} asks for {sorted(asked - known)}"


def test_a_misspelt_series_is_caught() -> None:
    assert asked_for('max by (job) (outbox_backlogg) or up{job="x"} == 0') == {
        "outbox_backlogg",
        "up",
    }


def test_the_alerts_the_operator_needs_are_there() -> None:
    rules = yaml.safe_load((MONITORING / "alerts.yml").read_text(encoding="utf-8"))
    names = {rule["alert"] for group in rules["groups"] for rule in group["rules"]}
    assert {
        "OutboxStuck",
        "DeadLetters",
        "NoticesFailed",
        "WorkerNotReady",
        "NotifyProviderUnreachable",
    } <= names
