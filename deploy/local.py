"""`make run`: every service's API and worker as local processes until Ctrl-C.

Databases are embedded SQLite files under var/ unless <SERVICE>_DATABASE_URL says otherwise;
RabbitMQ is at AMQP_URL (default amqp://guest:guest@127.0.0.1:5672/); each service gets a broker
user of its own for the run (deploy/broker_users.py) where the broker can be administered from
here (rabbitmqctl on its host, or its management API). Unless NOTIFY_SMTP_HOST
names a real mail server, a local SMTP server keeps notify's mails as files under var/mail/;
SMS go to files under var/sms/ unless NOTIFY_SMS_PROVIDER says otherwise."""

import asyncio
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiosmtpd.controller import Controller
from yarl import URL

from deploy.broker_users import BrokerAdmin, definitions, new_users, user_url
from deploy.mail_sink import start_mail_sink
from services.committee.bootstrap import MIGRATIONS as COMMITTEE_MIGRATIONS
from services.committee.settings import CommitteeSettings
from services.intake.bootstrap import MIGRATIONS as INTAKE_MIGRATIONS
from services.intake.settings import IntakeSettings
from services.notify.bootstrap import MIGRATIONS as NOTIFY_MIGRATIONS
from services.notify.settings import NotifySettings
from services.review.bootstrap import MIGRATIONS as REVIEW_MIGRATIONS
from services.review.settings import ReviewSettings
from shared.db.migrations import upgrade
from shared.messaging import probe
from shared.messaging.connection import redacted
from shared.messaging.topology import declare_topologies
from shared.secrets import weak_secret_problem
from shared.settings import DEFAULT_AMQP_URL, DEFAULT_AUTH_SECRET_FILE, ServiceSettings


@dataclass(frozen=True)
class Service:
    name: str
    port: int
    settings: type[ServiceSettings]
    migrations: Path


SERVICES = (
    Service("intake", 8001, IntakeSettings, INTAKE_MIGRATIONS),
    Service("review", 8002, ReviewSettings, REVIEW_MIGRATIONS),
    Service("committee", 8003, CommitteeSettings, COMMITTEE_MIGRATIONS),
    Service("notify", 8004, NotifySettings, NOTIFY_MIGRATIONS),
)
MAIL_DIR = Path("var/mail")
GATEWAY_PORT = 8000

BROKER_HELP = """\
RabbitMQ is not reachable at {url}:
  {error}
Start one, then run `make run` again:
  - on this machine:   rabbitmq-server -detached
  - with Docker:       docker compose up -d rabbitmq
  - elsewhere:         export AMQP_URL=amqp://user:password@host:5672/vhost
"""

BROKER_USERS_HELP = """\
Note: the broker at {url} cannot be administered from here (no rabbitmqctl on its host, no
management API), so every service logs in as AMQP_URL's user and the broker cannot refuse one
service's forged events. Give each its own user with <SERVICE>_AMQP_URL (see docs/security.md).
"""

MAIL_HELP = """\
The local mail server for notify could not start: {error}
Free port {port} or choose another: NOTIFY_SMTP_PORT=2525 make run
(or send to a real server: NOTIFY_SMTP_HOST=… NOTIFY_SMTP_PORT=…)
"""


# A local run serves one developer, every request from 127.0.0.1: the per-client limits on SMS
# codes and registrations are raised so that `make demo` can register a season. The per-phone
# limit (one code a minute, five an hour) and the login throttles stay as deployed.
ONE_ADDRESS_LIMITS = {
    "INTAKE_PHONE_CODES_PER_CLIENT": "1000/hour",
    "INTAKE_REGISTRATIONS_PER_CLIENT": "1000/hour",
    "COMMITTEE_OBJECTIONS_PER_CLIENT": "1000/hour",
}
# a local season runs on the real clock and could never get past 公示's five working days: only
# the applicants an office has published are held by it (docs/committee.md)
LOCAL_CLOCK_SETTINGS = {"COMMITTEE_PUBLICITY_REQUIRED": "false"}


def main() -> int:
    amqp_url = os.environ.get("AMQP_URL", DEFAULT_AMQP_URL)
    if error := asyncio.run(probe(amqp_url)):
        print(BROKER_HELP.format(url=redacted(amqp_url), error=error), file=sys.stderr)
        return 1
    if not os.environ.get("AUTH_SECRET"):
        # one secret for this run, shared by every process and, through the file, by the
        # operator's commands in a second terminal; tokens end with the run
        secret_file = Path(os.environ.get("AUTH_SECRET_FILE") or DEFAULT_AUTH_SECRET_FILE)
        os.environ["AUTH_SECRET"] = write_run_secret(secret_file)
    elif problem := weak_secret_problem(os.environ["AUTH_SECRET"]):
        print(problem, file=sys.stderr)
        return 1
    limits = {}
    for service in SERVICES:  # what `python -m services.<name> migrate` does, for each
        settings = service.settings()
        upgrade(service.migrations, settings.database_url)
        limits[service.name] = settings.delivery_limit
    asyncio.run(declare_topologies(amqp_url, limits))
    made_users = _broker_users(amqp_url)
    try:
        mail_sink = _start_mail_sink()
    except (OSError, RuntimeError) as error:
        print(MAIL_HELP.format(error=error, port=os.environ["NOTIFY_SMTP_PORT"]), file=sys.stderr)
        return 1
    # the link in every notice opens the portal, which the gateway serves
    os.environ.setdefault("NOTIFY_PORTAL_URL", _gateway_url())
    for name, spec in (ONE_ADDRESS_LIMITS | LOCAL_CLOCK_SETTINGS).items():
        os.environ.setdefault(name, spec)
    # the console's 系统状态 asks each worker's own /ready through review's API
    workers = {s.name: f"http://127.0.0.1:{_worker_port(s)}/ready" for s in SERVICES}
    os.environ.setdefault("REVIEW_WORKER_READY_URLS", json.dumps(workers))
    processes = [process for service in SERVICES for process in _spawn(service)]
    processes.append(_spawn_gateway())
    _announce(local_mail=mail_sink is not None)
    try:
        return _supervise(processes)
    finally:
        if mail_sink is not None:
            mail_sink.stop()
        if made_users is not None:
            made_users()


def _broker_users(amqp_url: str) -> Callable[[], None] | None:
    """Gives each service a broker user of its own for this run (it may publish only its own
    routing keys), unless <SERVICE>_AMQP_URL already names one; returns how to remove them.
    Where the broker cannot be administered from here, every service uses AMQP_URL's user."""
    missing = [s.name for s in SERVICES if not os.environ.get(f"{s.name.upper()}_AMQP_URL")]
    if not missing:
        return None
    admin = BrokerAdmin.for_url(amqp_url)
    if admin is None:
        print(BROKER_USERS_HELP.format(url=redacted(amqp_url)), file=sys.stderr)
        return None
    vhost = URL(amqp_url).path[1:] or "/"
    slug = "".join(c if c.isalnum() or c in "-_." else "_" for c in vhost.strip("/"))
    users = new_users(f"zhicheng-run-{slug}-" if slug else "zhicheng-run-", missing)
    admin.apply(definitions(vhost, users))
    for user in users:
        os.environ[f"{user.service.upper()}_AMQP_URL"] = user_url(amqp_url, user)
    return lambda: admin.delete(usernames=[user.username for user in users])


def write_run_secret(path: Path) -> str:
    """A new token secret in `path`, readable by its owner only (0600), replaced atomically so
    that a reader never sees half of it."""
    secret = secrets.token_urlsafe(48)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(secret + "\n")
    os.chmod(temporary, 0o600)  # whatever the umask or an older file said
    temporary.replace(path)
    return secret


def _start_mail_sink() -> Controller | None:
    """A local SMTP server for notify, unless NOTIFY_SMTP_HOST names a real one."""
    if os.environ.get("NOTIFY_SMTP_HOST"):
        return None
    port = int(os.environ.setdefault("NOTIFY_SMTP_PORT", "1025"))
    os.environ["NOTIFY_SMTP_HOST"] = "127.0.0.1"  # the processes started next send here
    return start_mail_sink(MAIL_DIR, port=port)


def _port(service: Service) -> int:
    return int(os.environ.get(f"{service.name.upper()}_PORT", service.port))


def _worker_port(service: Service) -> int:
    """Where the worker serves /health, /ready and /metrics: its API's port + 1000 unless set."""
    return int(os.environ.get(f"{service.name.upper()}_WORKER_PORT", _port(service) + 1000))


def _spawn(service: Service) -> list[subprocess.Popen[bytes]]:
    module = [sys.executable, "-m", f"services.{service.name}"]
    worker_env = os.environ | {f"{service.name.upper()}_WORKER_PORT": str(_worker_port(service))}
    return [
        subprocess.Popen([*module, "api", "--port", str(_port(service))]),
        subprocess.Popen([*module, "worker"], env=worker_env),
    ]


def _gateway_port() -> int:
    return int(os.environ.get("GATEWAY_PORT", GATEWAY_PORT))


def _gateway_url() -> str:
    return f"http://127.0.0.1:{_gateway_port()}"


def _spawn_gateway() -> subprocess.Popen[bytes]:
    """The one origin: the built pages and /api/<service>/… passed on to the services."""
    env = os.environ | {f"{s.name.upper()}_PORT": str(_port(s)) for s in SERVICES}
    command = [sys.executable, "-m", "deploy.gateway", "--port", str(_gateway_port())]
    return subprocess.Popen(command, env=env)


def _announce(*, local_mail: bool) -> None:
    lines = ["", "职称申报 · running (Ctrl-C stops everything):"]
    lines.append(f"  screens    {_gateway_url()}/  (申报人)   {_gateway_url()}/admin/  (管理端)")
    for service in SERVICES:
        url = f"http://127.0.0.1:{_port(service)}"
        lines.append(f"  {service.name:<10} {url}   API docs: {url}/docs")
        worker = f"http://127.0.0.1:{_worker_port(service)}"
        lines.append(f"  {'':<10} worker {worker}/ready  {worker}/metrics")
    notify = NotifySettings()
    smtp = f"{notify.smtp_host}:{notify.smtp_port}"
    where = f"{MAIL_DIR.resolve()}/ (local SMTP on {smtp})" if local_mail else f"SMTP {smtp}"
    lines.append(f"  notices    e-mail -> {where}")
    sms = notify.sms_provider
    lines.append(
        f"             SMS    -> {notify.sms_dir.resolve()}/"
        if sms == "sink"
        else f"             SMS    -> {sms} provider"
    )
    print("\n".join(lines) + "\n", flush=True)


def _supervise(processes: list[subprocess.Popen[bytes]]) -> int:
    stopping = False

    def request_stop(signum: int, _: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    while not stopping:
        if dead := [p for p in processes if p.poll() is not None]:
            print(
                f"process {dead[0].args!r} exited with {dead[0].returncode}; stopping all",
                file=sys.stderr,
            )
            _stop(processes)
            return 1
        time.sleep(0.2)
    _stop(processes)
    return 0


def _stop(processes: list[subprocess.Popen[bytes]], grace: float = 15.0) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    sys.exit(main())
