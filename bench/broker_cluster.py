"""A three-node RabbitMQ cluster on this machine, behind HAProxy, for the bench's cluster run.

Each node is the machine's own RabbitMQ (Debian's package) started as a separate node with its
own ports and data directory under a temporary directory; the machine's broker on 5672 is not
touched. HAProxy (Debian's package) gives the services one address and sends each new connection
to a node that answers: a client whose node died reconnects through it to a survivor, as it would
through the load balancer of a production cluster (docs/operations.md)."""

import contextlib
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

RABBITMQ_BIN = Path("/usr/lib/rabbitmq/bin")
COOKIE = Path("/var/lib/rabbitmq/.erlang.cookie")
FIRST_PORT = 5691
PROXY_PORT = 5690


@dataclass(frozen=True)
class Node:
    name: str  # e.g. zc1@localhost
    port: int
    home: Path  # its data, logs, config and pid file

    @property
    def pid_file(self) -> Path:
        return self.home / "pid"


class BrokerCluster:
    def __init__(self, root: Path, size: int = 3) -> None:
        self.root = root
        self.nodes = [
            Node(f"zc{n}@localhost", FIRST_PORT + n - 1, root / f"zc{n}")
            for n in range(1, size + 1)
        ]
        self.cookie_home = root / "home"
        self._proxy: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{PROXY_PORT}/"

    def _env(self, node: Node) -> dict[str, str]:
        return {
            **os.environ,
            "HOME": str(self.cookie_home),  # the Erlang cookie the nodes and rabbitmqctl share
            "RABBITMQ_NODENAME": node.name,
            "RABBITMQ_NODE_PORT": str(node.port),
            "RABBITMQ_DIST_PORT": str(node.port + 20000),
            "RABBITMQ_CONFIG_FILE": str(node.home / "rabbitmq.conf"),
            "RABBITMQ_MNESIA_BASE": str(node.home / "mnesia"),
            "RABBITMQ_LOG_BASE": str(node.home / "log"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(node.home / "enabled_plugins"),
            "RABBITMQ_PID_FILE": str(node.pid_file),
        }

    def ctl(self, node: Node, *arguments: str, check: bool = True) -> str:
        result = subprocess.run(
            [str(RABBITMQ_BIN / "rabbitmqctl"), "-n", node.name, *arguments],
            env=self._env(node),
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"rabbitmqctl {' '.join(arguments)}: {result.stderr.strip()}")
        return result.stdout

    def start_node(self, node: Node) -> None:
        node.home.mkdir(parents=True, exist_ok=True)
        (node.home / "rabbitmq.conf").write_text(
            f"listeners.tcp.local = 127.0.0.1:{node.port}\nloopback_users = none\n"
        )
        (node.home / "enabled_plugins").write_text("[].\n")
        subprocess.run(
            [str(RABBITMQ_BIN / "rabbitmq-server"), "-detached"],
            env=self._env(node),
            cwd=node.home,
            check=True,
            timeout=60,
        )
        self.ctl(node, "wait", str(node.pid_file), "--timeout", "120")
        self.ctl(node, "await_startup", "--timeout", "120")

    def kill_node(self, node: Node) -> None:
        """As a machine dies: SIGKILL, no goodbye to the others."""
        os.kill(int(node.pid_file.read_text().strip()), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while self.ctl(node, "ping", check=False).strip().endswith("pong"):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{node.name} still answers after SIGKILL")
            time.sleep(0.5)

    def start(self) -> None:
        self.cookie_home.mkdir(parents=True, exist_ok=True)
        cookie = self.cookie_home / ".erlang.cookie"
        cookie.write_bytes(COOKIE.read_bytes())
        cookie.chmod(0o400)
        first, *others = self.nodes
        for node in self.nodes:
            self.start_node(node)
        for node in others:
            self.ctl(node, "stop_app")
            self.ctl(node, "join_cluster", first.name)
            self.ctl(node, "start_app")
        self._proxy = self._start_proxy()

    def _start_proxy(self) -> subprocess.Popen[bytes]:
        config = self.root / "haproxy.cfg"
        servers = "\n".join(
            f"    server {node.name.split('@')[0]} 127.0.0.1:{node.port}"
            " check inter 1s fall 1 rise 2"
            for node in self.nodes
        )
        config.write_text(
            "global\n    maxconn 4096\n"
            "defaults\n    mode tcp\n    timeout connect 2s\n"
            "    timeout client 3h\n    timeout server 3h\n"
            f"listen amqp\n    bind 127.0.0.1:{PROXY_PORT}\n    balance roundrobin\n"
            f"{servers}\n"
        )
        return subprocess.Popen(["haproxy", "-f", str(config)], start_new_session=True)

    def queue_members(self) -> dict[str, int]:
        """Each quorum queue and how many nodes hold a replica of it."""
        listing = self.ctl(self.nodes[0], "list_queues", "name", "type", "members", "--quiet")
        members: dict[str, int] = {}
        for line in listing.splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[1] == "quorum":
                members[parts[0]] = parts[2].count("@")
        return members

    def stop(self) -> None:
        if self._proxy is not None:
            self._proxy.terminate()
            self._proxy.wait(timeout=10)
        for node in self.nodes:
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self.ctl(node, "stop", check=False)


@contextlib.contextmanager
def broker_cluster(size: int = 3) -> Iterator[BrokerCluster]:
    with tempfile.TemporaryDirectory(prefix="zc-cluster-") as root:
        cluster = BrokerCluster(Path(root), size)
        try:
            cluster.start()
            yield cluster
        finally:
            cluster.stop()
