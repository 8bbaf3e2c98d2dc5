"""docker compose's broker users are exactly the ones the code defines, and each service's URL
in docker-compose.yml logs in as its own user with the password the definitions hold."""

import base64
import hashlib
import json
from pathlib import Path

import yaml

from deploy.broker_users import COMPOSE_USERS, compose_definitions
from shared.messaging.permissions import SERVICES, permissions_for

REPO = Path(__file__).resolve().parents[2]


def _password_matches(stored: str, password: str) -> bool:
    raw = base64.b64decode(stored)
    salt, digest = raw[:4], raw[4:]
    return hashlib.sha256(salt + password.encode()).digest() == digest


def test_the_definitions_file_is_the_one_the_code_makes() -> None:
    committed = json.loads((REPO / "deploy/rabbitmq/definitions.json").read_text())
    assert committed == compose_definitions(), "run: python -m deploy.broker_users > deploy/…"


def test_each_service_may_publish_only_its_own_routing_keys() -> None:
    committed = json.loads((REPO / "deploy/rabbitmq/definitions.json").read_text())
    topic = {(t["user"], t["exchange"]): t for t in committed["topic_permissions"]}
    plain = {p["user"]: p for p in committed["permissions"]}
    for service in SERVICES:
        allowed = permissions_for(service)
        assert topic[(service, "zhicheng.events")]["write"] == f"^{service}\\."
        assert topic[(service, "zhicheng.events")]["read"] == allowed.topic_read
        # nothing may be published to the dead-letter exchange; only its own queues bound
        assert topic[(service, "zhicheng.dead_letters")]["write"] == "(?!)"
        assert topic[(service, "zhicheng.dead_letters")]["read"] == f"^{service}\\..*$"
        assert plain[service]["write"] == allowed.write
        assert "amq.default" not in plain[service]["write"]


def test_compose_gives_every_service_its_own_broker_user() -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    hashes = {u["name"]: u["password_hash"] for u in compose_definitions()["users"]}
    for user in COMPOSE_USERS:
        for role in ("migrate", "api", "worker"):
            environment = compose["services"][f"{user.service}-{role}"]["environment"]
            url = environment[f"{user.service.upper()}_AMQP_URL"]
            assert url.startswith(f"amqp://{user.username}:{user.password}@rabbitmq:5672/")
            assert "AMQP_URL" not in environment  # no shared user to fall back on
            others = [s for s in SERVICES if s != user.service]
            assert not [s for s in others if f"{s.upper()}_AMQP_URL" in environment]
        assert _password_matches(hashes[user.username], user.password)
