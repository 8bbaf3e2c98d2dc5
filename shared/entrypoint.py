"""`python -m services.<name> api|worker|migrate`: the same three commands for every service."""

import argparse
import asyncio
import os
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
import uvloop
from fastapi import FastAPI

from shared.cli_errors import one_line_errors
from shared.db.migrations import revision, upgrade
from shared.logging import configure_logging
from shared.messaging.topology import declare_topology
from shared.settings import ServiceSettings


@dataclass(frozen=True)
class ExtraCommand:
    """A service's own command, e.g. review's `accounts`."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Any], None]


def api_server_options(settings: ServiceSettings, host: str, port: int) -> dict[str, Any]:
    """How uvicorn serves an API: X-Forwarded-For is believed only from the proxy in front
    (FORWARDED_ALLOW_IPS), so a client talking to the API directly is throttled as itself."""
    return {
        "host": host,
        "port": port,
        "log_config": None,
        "proxy_headers": True,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
    }


def main(
    *,
    service: str,
    settings_type: type[ServiceSettings],
    create_app: Callable[[Any], FastAPI],
    run_worker: Callable[[Any], Coroutine[Any, Any, None]],
    migrations: Path,
    default_port: int,
    extra_commands: Mapping[str, ExtraCommand] | None = None,
    argv: list[str] | None = None,
) -> None:
    parser = argparse.ArgumentParser(prog=f"python -m services.{service}")
    commands = parser.add_subparsers(dest="command", required=True)
    api = commands.add_parser("api", help="serve the HTTP API")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=default_port)
    commands.add_parser("worker", help="consume events and relay the outbox")
    commands.add_parser(
        "migrate",
        help="bring the database to the newest revision and declare the queues it consumes from",
    )
    new_revision = commands.add_parser("revision", help="autogenerate a migration (development)")
    new_revision.add_argument("-m", "--message", required=True)
    for name, extra in (extra_commands or {}).items():
        extra.configure(commands.add_parser(name, help=extra.help))
    args = parser.parse_args(argv)
    if args.command == "revision":
        revision(migrations, args.message)
        return

    with one_line_errors(service, debug=os.environ.get("LOG_LEVEL", "").upper() == "DEBUG"):
        settings = settings_type()
    configure_logging(service, level=settings.log_level)
    if args.command in ("api", "worker"):
        try:  # a missing or guessable AUTH_SECRET stops the start with one line, not a traceback
            settings.token_secret()
        except RuntimeError as exc:
            raise SystemExit(f"{service}: {exc}") from None
    if args.command in (extra_commands or {}) or args.command == "migrate":
        with one_line_errors(service, debug=settings.log_level.upper() == "DEBUG"):
            if extra_commands and args.command in extra_commands:
                extra_commands[args.command].run(args, settings)
            else:
                upgrade(migrations, settings.database_url)
                asyncio.run(
                    declare_topology(
                        settings.amqp_url, service, delivery_limit=settings.delivery_limit
                    )
                )
    elif args.command == "api":
        uvicorn.run(create_app(settings), **api_server_options(settings, args.host, args.port))
    else:
        # the loop uvicorn gives the APIs: the workers' socket writes are most of their work
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            runner.run(run_worker(settings))
