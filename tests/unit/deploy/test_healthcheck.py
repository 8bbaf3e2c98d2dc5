"""The containers' healthchecks: an API or a worker is healthy while its port answers /ready
with 200 (503, a refused port, or a port that does not answer are not)."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from deploy.healthcheck import answers_200, main


@pytest.fixture
def process() -> Iterator[dict[str, int]]:
    """A stand-in process: /health lives, /ready answers what `status["ready"]` says."""
    status = {"ready": 200}

    class Operations(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            codes = {"/health": 200, "/ready": status["ready"]}
            self.send_response(codes.get(self.path, 404))
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Operations)
    # polled often: shutdown() waits for the next poll (half a second by default)
    serving = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    serving.start()
    status["port"] = server.server_address[1]
    yield status
    server.shutdown()
    server.server_close()


def test_healthy_while_ready(process: dict[str, int]) -> None:
    port = str(process["port"])
    assert main(["api", port]) == 0
    assert main(["worker", port]) == 0


def test_not_ready_is_unhealthy_though_alive(process: dict[str, int]) -> None:
    process["ready"] = 503
    port = str(process["port"])
    assert main(["worker", port]) == 1
    assert main(["worker", port, "--live"]) == 0


def test_nothing_listening_is_unhealthy(process: dict[str, int]) -> None:
    port = process["port"]
    assert answers_200(port, "/ready")
    assert not answers_200(port, "/no-such-path")
    assert not answers_200(1, "/ready", timeout=1)
