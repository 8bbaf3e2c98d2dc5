"""The shell blocks of a Markdown page, as a reader would paste them, with `localhost:<port>`
pointed at the ports a test's `make run` uses."""

import re
from pathlib import Path

DEFAULT_PORTS = {"intake": 8001, "review": 8002, "committee": 8003, "notify": 8004}


def shell_blocks(page: Path, *, section: str | None = None) -> list[str]:
    """Every ```sh block of `page`, or of its `## section` only."""
    text = page.read_text(encoding="utf-8")
    if section is not None:
        start = text.index(f"## {section}")
        end = text.find("\n## ", start + 1)
        text = text[start : end if end != -1 else len(text)]
    return re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)


def on_ports(script: str, ports: dict[str, int]) -> str:
    """The script with each service's default port replaced by the test's."""
    for service, default in DEFAULT_PORTS.items():
        script = re.sub(rf"\b{default}\b", str(ports[service]), script)
    return script
