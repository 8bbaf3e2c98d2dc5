"""The launched system's SMTP server, run by the tests instead of by the launcher: the same sink
(deploy/mail_sink.py, every mail a file under var/mail/), which a test can take away and put
back, in its place a real server that refuses every mail (`refusing()`)."""

import contextlib
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

from aiosmtpd.controller import Controller

from deploy.mail_sink import start_mail_sink

REFUSAL = b"554 5.7.1 Service refused for this test\r\n"  # permanent: the notice fails at once


class _Refuse(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        self.request.sendall(REFUSAL)


class _RefusingServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class LocalMail:
    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port
        self._sink: Controller | None = None

    def start(self) -> None:
        if self._sink is None:
            self._sink = start_mail_sink(self.directory, port=self.port)

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.stop()
            self._sink = None

    @contextlib.contextmanager
    def refusing(self) -> Iterator[None]:
        """Every connection to the SMTP port answered `554` (reached, and refusing), until the
        block ends and the sink answers again."""
        self.stop()
        server = _RefusingServer(("127.0.0.1", self.port), _Refuse)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
            self.start()
