"""The containers' healthchecks: an API by its /health, a worker by its broker connection."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from deploy.healthcheck import api_healthy, connected_to, worker_healthy

HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid"
# 127.0.0.1:40000 -> 127.0.0.1:5672 (0x1628), established (01) / listening (0A)
TO_BROKER = "   0: 0100007F:9C40 0100007F:1628 01 00000000:00000000 00:00000000 00000000  0"
LISTENING = "   1: 00000000:1628 00000000:0000 0A 00000000:00000000 00:00000000 00000000  0"


def test_a_worker_is_healthy_only_while_connected_to_the_broker() -> None:
    assert connected_to(5672, [f"{HEADER}\n{TO_BROKER}\n"])
    assert not connected_to(5672, [f"{HEADER}\n{LISTENING}\n"])
    assert not connected_to(5672, [HEADER])


def test_a_real_connection_is_seen_in_proc_net_tcp() -> None:
    if not Path("/proc/net/tcp").exists():
        raise AssertionError("this check reads /proc/net/tcp: it needs Linux")
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        assert not worker_healthy(port)
        with socket.create_connection(("127.0.0.1", port)):
            assert worker_healthy(port)


def test_an_api_is_healthy_when_health_answers_200() -> None:
    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/health" else 404)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert api_healthy(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
    assert not api_healthy(server.server_address[1], timeout=1)
