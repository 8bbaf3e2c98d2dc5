"""Container healthchecks (docker-compose.yml), with nothing but the standard library:

    python -m deploy.healthcheck api 8001    # the API answers GET /health with 200
    python -m deploy.healthcheck worker      # this container holds a connection to RabbitMQ

Workers have no HTTP port yet, so a worker counts as healthy while an established TCP connection
to the broker's port exists in its network namespace (a worker whose broker is gone stops, and
the container restarts); when workers get their own /health, check that instead."""

import argparse
import sys
import urllib.request
from collections.abc import Iterable
from pathlib import Path

ESTABLISHED = "01"
AMQP_PORT = 5672
TCP_TABLES = (Path("/proc/net/tcp"), Path("/proc/net/tcp6"))


def api_healthy(port: int, *, host: str = "127.0.0.1", timeout: float = 3.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/health", timeout=timeout) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


def connected_to(port: int, tables: Iterable[str]) -> bool:
    """Whether any table (the text of /proc/net/tcp or tcp6) lists an established connection
    whose remote end is `port`."""
    for table in tables:
        for line in table.splitlines()[1:]:
            fields = line.split()
            if len(fields) < 4:
                continue
            remote, state = fields[2], fields[3]
            if state == ESTABLISHED and int(remote.rsplit(":", 1)[1], 16) == port:
                return True
    return False


def worker_healthy(port: int = AMQP_PORT) -> bool:
    return connected_to(port, (t.read_text() for t in TCP_TABLES if t.exists()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.healthcheck")
    roles = parser.add_subparsers(dest="role", required=True)
    roles.add_parser("api").add_argument("port", type=int)
    roles.add_parser("worker").add_argument("--broker-port", type=int, default=AMQP_PORT)
    args = parser.parse_args(argv)
    healthy = api_healthy(args.port) if args.role == "api" else worker_healthy(args.broker_port)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
