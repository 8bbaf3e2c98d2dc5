"""A local SMTP server (aiosmtpd) that keeps every mail it receives as a file, so a newcomer
running `make run` can read what notify sent: `var/mail/<time>-<n>.eml`, one per delivery (a
duplicate delivery shows up as a second file, never overwrites the first), as sent, and beside it
`<time>-<n>.txt`, the same mail readable with `cat`: headers and body decoded to UTF-8.

    python -m deploy.mail_sink [--port 1025] [--dir var/mail]"""

import argparse
import email
import email.policy
import itertools
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class MailSink:
    """aiosmtpd handler: writes each received message, as sent, under `directory`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%f")
            name = f"{stamp}-{next(self._numbers):05d}"
        raw = envelope.original_content or envelope.content
        _write(self.directory / f"{name}.txt", readable(raw).encode("utf-8"))
        _write(self.directory / f"{name}.eml", raw)  # last: once it is there, so is its .txt
        return "250 Message accepted for delivery"


def _write(path: Path, content: bytes) -> None:
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(content)
    temporary.rename(path)  # readers never see half a file


READABLE_HEADERS = ("Date", "From", "To", "Cc", "Subject", "Message-ID")


def readable(raw: bytes) -> str:
    """The mail as a person reads it: its main headers decoded, then its body (the plain-text
    part where there is one), then the names of its attachments."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    lines = [f"{header}: {message[header]}" for header in READABLE_HEADERS if header in message]
    body = message.get_body(preferencelist=("plain", "html"))
    text = "" if body is None else str(body.get_content()).rstrip()
    attachments = [f"[附件 attachment: {a.get_filename()}]" for a in message.iter_attachments()]
    return "\n".join([*lines, "", text, *attachments]) + "\n"


def start_mail_sink(directory: Path, *, host: str = "127.0.0.1", port: int = 1025) -> Controller:
    """Starts the sink in a thread of its own; `.stop()` stops it."""
    controller = Controller(MailSink(directory), hostname=host, port=port)
    controller.start()
    return controller


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m deploy.mail_sink")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=1025)
    parser.add_argument("--dir", type=Path, default=Path("var/mail"))
    args = parser.parse_args()
    controller = start_mail_sink(args.dir, host=args.host, port=args.port)
    print(f"mail sink on {args.host}:{args.port}, keeping mails in {args.dir}/", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        controller.stop()


if __name__ == "__main__":
    main()
