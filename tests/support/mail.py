"""A real SMTP server in this process (aiosmtpd, the same sink `make run` starts), that can be
taken down and brought back on the same port, and the mails it kept, parsed."""

import email
import email.policy
import socket
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller

from deploy.mail_sink import start_mail_sink


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpServer:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self._controller: Controller | None = None

    def start(self) -> None:
        if self._controller is None:
            self._controller = start_mail_sink(self.directory, port=self.port)

    def stop(self) -> None:
        """The server goes away: connections to its port are refused until start()."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("*.eml")) if self.directory.exists() else []

    def mails(self) -> list[EmailMessage]:
        return [parsed(path.read_bytes()) for path in self.files()]

    def mails_about(self, application_id: str) -> list[EmailMessage]:
        return [m for m in self.mails() if application_id in text_of(m)]


def parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def text_of(message: EmailMessage) -> str:
    """The decoded plain-text body."""
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())  # type: ignore[attr-defined]
