"""One broker user per service, with the permissions of shared/messaging/permissions.py.

The same definitions document serves the three places that need the users: the test harness
(every test session's vhost gets its own users, removed afterwards), `make run` (users made for
the run on a local broker) and docker compose (deploy/rabbitmq/definitions.json, loaded by the
broker at boot). It is applied with `rabbitmqctl import_definitions` on the broker's own host, or
through the management API where that answers."""

import base64
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
from yarl import URL

from shared.messaging.permissions import SERVICES, permissions_for
from shared.messaging.topology import DEAD_LETTER_EXCHANGE

HASHING = "rabbit_password_hashing_sha256"


@dataclass(frozen=True)
class BrokerUser:
    service: str
    username: str
    password: str


def new_users(prefix: str, services: Iterable[str] = SERVICES) -> list[BrokerUser]:
    """A user per service, `<prefix><service>`, each with a fresh random password."""
    return [BrokerUser(s, f"{prefix}{s}", secrets.token_urlsafe(24)) for s in services]


def password_hash(password: str, *, salt: bytes | None = None) -> str:
    """RabbitMQ's salted SHA-256 form: base64(salt + sha256(salt + password))."""
    salt = os.urandom(4) if salt is None else salt
    return base64.b64encode(salt + hashlib.sha256(salt + password.encode()).digest()).decode()


def definitions(
    vhost: str,
    users: Iterable[BrokerUser],
    *,
    create_vhost: bool = False,
    admin: str | None = None,
) -> dict[str, Any]:
    """The definitions document giving each user its service's permissions on `vhost` (and the
    existing user `admin`, if named, every permission there: the operator, the tests)."""
    users = list(users)
    document: dict[str, Any] = {
        "users": [
            {
                "name": u.username,
                "password_hash": password_hash(u.password),
                "hashing_algorithm": HASHING,
                "tags": [],
            }
            for u in users
        ],
        "permissions": [],
        "topic_permissions": [],
    }
    if create_vhost:
        document["vhosts"] = [{"name": vhost}]
    if admin is not None:
        everything = {"configure": ".*", "write": ".*", "read": ".*"}
        document["permissions"].append({"user": admin, "vhost": vhost, **everything})
    for user in users:
        allowed = permissions_for(user.service)
        document["permissions"].append(
            {
                "user": user.username,
                "vhost": vhost,
                "configure": allowed.configure,
                "write": allowed.write,
                "read": allowed.read,
            }
        )
        document["topic_permissions"].append(
            {
                "user": user.username,
                "vhost": vhost,
                "exchange": allowed.topic_exchange,
                "write": allowed.topic_write,
                "read": allowed.topic_read,
            }
        )
        document["topic_permissions"].append(
            {
                "user": user.username,
                "vhost": vhost,
                "exchange": DEAD_LETTER_EXCHANGE,
                "write": allowed.dead_letter_topic_write,
                "read": allowed.dead_letter_topic_read,
            }
        )
    return document


def user_url(base_url: str, user: BrokerUser) -> str:
    """`base_url` (host, port, vhost) logged in as `user`."""
    return str(URL(base_url).with_user(user.username).with_password(user.password))


class BrokerAdmin:
    """Applies definitions and removes users, by rabbitmqctl on the broker's host or by the
    management API; `for_url` says None when neither is available."""

    def __init__(self, base_url: str, *, api: str | None) -> None:
        self._base = URL(base_url)
        self._api = api

    @classmethod
    def for_url(cls, base_url: str) -> "BrokerAdmin | None":
        parsed = URL(base_url)
        if shutil.which("rabbitmqctl") and parsed.host in ("127.0.0.1", "localhost"):
            return cls(base_url, api=None)
        api = f"http://{parsed.host}:15672/api"
        try:
            httpx.get(f"{api}/overview", auth=cls._auth_of(parsed), timeout=3).raise_for_status()
        except httpx.HTTPError:
            return None
        return cls(base_url, api=api)

    @staticmethod
    def _auth_of(parsed: URL) -> tuple[str, str]:
        return (parsed.user or "guest", parsed.password or "guest")

    def apply(self, document: Mapping[str, Any]) -> None:
        if self._api is None:
            with tempfile.NamedTemporaryFile("w", suffix=".json") as file:
                json.dump(document, file)
                file.flush()
                os.chmod(file.name, 0o644)  # the broker's own user reads it
                _rabbitmqctl("import_definitions", file.name)
            return
        response = httpx.post(
            f"{self._api}/definitions", json=document, auth=self._auth_of(self._base), timeout=30
        )
        response.raise_for_status()

    def delete(self, *, usernames: Iterable[str], vhost: str | None = None) -> None:
        """Removes the vhost, if named, and then the users, in one round. The vhost goes first:
        it closes its own connections, so no user is deleted while connected (deleting a
        connected user closes its connections from inside the call, which wedged RabbitMQ 3.10
        twice under a full test run)."""
        names = list(usernames)
        if self._api is None:
            steps = []
            if vhost is not None:
                steps.append(f'rabbit_vhost:delete(<<"{_erlang_safe(vhost)}">>, <<"zhicheng">>)')
            targets = ", ".join(f'<<"{_erlang_safe(n)}">>' for n in names)
            steps.append(
                "lists:foreach(fun(U) -> rabbit_auth_backend_internal:delete_user(U, "
                f'<<"zhicheng">>) end, [{targets}])'
            )
            _rabbitmqctl("eval", ", ".join(steps) + ".")
            return
        auth = self._auth_of(self._base)
        if vhost is not None:
            httpx.delete(f"{self._api}/vhosts/{quote(vhost, safe='')}", auth=auth, timeout=30)
        for name in names:
            httpx.delete(f"{self._api}/users/{quote(name, safe='')}", auth=auth, timeout=10)


def _erlang_safe(name: str) -> str:
    if not all(c.isalnum() or c in "-_." for c in name):
        raise ValueError(f"not a plain broker name: {name!r}")
    return name


def _rabbitmqctl(*args: str) -> None:
    result = subprocess.run(
        ["rabbitmqctl", "-q", *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"rabbitmqctl {args[0]} failed: {result.stderr.strip()[:500]}")


# docker compose's broker (deploy/rabbitmq/definitions.json): development passwords, like the
# compose file's PostgreSQL one; a real deployment makes its own users (docs/security.md)
COMPOSE_ADMIN = BrokerUser("operator", "zhicheng", "zhicheng")
COMPOSE_USERS = tuple(BrokerUser(s, s, f"{s}-compose-dev") for s in SERVICES)


def compose_definitions() -> dict[str, Any]:
    """The definitions compose's broker loads at boot: the vhost, the operator, one user per
    service. Salts derive from the names so that the file is reproducible."""
    document = definitions("/", COMPOSE_USERS, create_vhost=True, admin=COMPOSE_ADMIN.username)
    for entry, user in zip(document["users"], COMPOSE_USERS, strict=True):
        entry["password_hash"] = password_hash(user.password, salt=_salt(user.username))
    document["users"].append(
        {
            "name": COMPOSE_ADMIN.username,
            "password_hash": password_hash(
                COMPOSE_ADMIN.password, salt=_salt(COMPOSE_ADMIN.username)
            ),
            "hashing_algorithm": HASHING,
            "tags": ["administrator"],
        }
    )
    return document


def _salt(name: str) -> bytes:
    return hashlib.sha256(name.encode()).digest()[:4]


if __name__ == "__main__":  # python -m deploy.broker_users > deploy/rabbitmq/definitions.json
    print(json.dumps(compose_definitions(), indent=2, ensure_ascii=False))
