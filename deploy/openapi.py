"""Writes each service's OpenAPI document to web/openapi/<service>.json, from the code alone (no
server, no database): the screens' TypeScript types are generated from these files.

    python -m deploy.openapi            # write them
    python -m deploy.openapi --check    # exit 1 when a committed document is stale"""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from services.committee.main import create_app as committee_app
from services.intake.main import create_app as intake_app
from services.notify.main import create_app as notify_app
from services.review.main import create_app as review_app

OPENAPI_DIR = Path(__file__).resolve().parents[1] / "web" / "openapi"
APPS: dict[str, Callable[[], FastAPI]] = {
    "intake": intake_app,
    "review": review_app,
    "committee": committee_app,
    "notify": notify_app,
}


def documents() -> dict[str, str]:
    """Each service's OpenAPI document as stable, pretty JSON text."""
    return {name: _render(create().openapi()) for name, create in APPS.items()}


def _render(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.openapi")
    parser.add_argument("--check", action="store_true", help="fail when a document is stale")
    check = parser.parse_args().check
    stale = []
    OPENAPI_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in documents().items():
        path = OPENAPI_DIR / f"{name}.json"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(
            f"stale OpenAPI documents in web/openapi/: {', '.join(stale)}; "
            "run `make api-types` and commit the result",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
