"""Container healthchecks (docker-compose.yml), with nothing but the standard library:

    python -m deploy.healthcheck api 8001       # the API answers GET /ready with 200
    python -m deploy.healthcheck worker 9101    # the worker's own port answers GET /ready with 200

Ready means the process's database and broker answer and its migrations are at head
(shared/readiness.py); a worker serves /ready on <SERVICE>_WORKER_PORT. `--live` asks /health
instead: the process lives, whatever its database and broker do."""

import argparse
import sys
import urllib.request


def answers_200(port: int, path: str, *, host: str = "127.0.0.1", timeout: float = 4.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=timeout) as answer:
            return bool(answer.status == 200)
    except OSError:  # refused, timed out, or an HTTP error status (503: not ready)
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.healthcheck")
    parser.add_argument(
        "role", choices=["api", "worker"], help="which port: the API's or the worker's"
    )
    parser.add_argument("port", type=int)
    parser.add_argument("--live", action="store_true", help="GET /health instead of /ready")
    args = parser.parse_args(argv)
    return 0 if answers_200(args.port, "/health" if args.live else "/ready") else 1


if __name__ == "__main__":
    sys.exit(main())
