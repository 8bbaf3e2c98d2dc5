"""Notify's composition root: settings -> engine, unit-of-work factory, clock, token gate, and
the only place that picks its concrete adapters (SMTP, the SMS provider)."""

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from services.notify.adapters.mail import SmtpMailer
from services.notify.adapters.ports import Sender
from services.notify.adapters.sms_gateway import SmsGateway
from services.notify.adapters.sms_sink import SmsSink
from services.notify.adapters.sms_tencent import TencentAccount, TencentSms
from services.notify.consumers import subscriptions
from services.notify.delivery import DeliveryLoop, NotifyWorker
from services.notify.domain.delivery import RetryPolicy
from services.notify.domain.notices import Channel
from services.notify.metrics import sample_notices
from services.notify.models import account_state, messaging
from services.notify.reachability import endpoints
from services.notify.rendering import Renderer
from services.notify.settings import NotifySettings, SmsProvider
from services.notify.unit_of_work import NotifyUnitOfWork, unit_of_work_factory
from shared.account_state import announced_standing
from shared.auth import Gate, Tokens
from shared.db import Clock, session_factory, statement_session_factory, utc_now
from shared.service import ServiceContext, engine_for, worker_for
from shared.standings import remembered_standings

SERVICE = "notify"
MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class NotifyServices(ServiceContext[NotifySettings, NotifyUnitOfWork]):
    gate: Gate[bool]
    renderer: Renderer


async def build(settings: NotifySettings, *, clock: Clock = utc_now) -> NotifyServices:
    sms_sender(settings, clock)  # refuse to start with an SMS provider half configured
    engine = engine_for(settings)
    uow_factory = unit_of_work_factory(session_factory(engine), clock)
    reading_uow_factory = unit_of_work_factory(statement_session_factory(engine), clock)
    tokens = Tokens(settings.token_secret(), ttl=settings.token_ttl, clock=clock)
    return NotifyServices(
        settings=settings,
        engine=engine,
        uow_factory=uow_factory,
        reading_uow_factory=reading_uow_factory,
        clock=clock,
        gate=Gate(
            tokens,
            announced_standing(reading_uow_factory, account_state),
            remembered_standings(settings.standing_seconds),
        ),
        renderer=Renderer(settings.portal_url),
    )


def mailer(settings: NotifySettings, clock: Clock) -> SmtpMailer:
    password = settings.smtp_password
    return SmtpMailer(
        host=settings.smtp_host,
        port=settings.smtp_port,
        sender=settings.mail_from,
        message_id_domain=settings.message_id_domain,
        clock=clock,
        username=settings.smtp_user,
        password=password.get_secret_value() if password else None,
        starttls=settings.smtp_starttls,
        timeout=settings.send_timeout_seconds,
    )


def sms_sender(settings: NotifySettings, clock: Clock) -> Sender:
    """The SMS provider NOTIFY_SMS_PROVIDER names, or a clear refusal if it lacks a setting."""
    timeout = settings.send_timeout_seconds
    if settings.sms_provider == SmsProvider.sink:
        return SmsSink(settings.sms_dir, clock)
    if settings.sms_provider == SmsProvider.gateway:
        url, key, secret = _required(
            settings, "sms_gateway_url", "sms_gateway_key", "sms_gateway_secret"
        )
        return SmsGateway(url=url, key=key, secret=secret, clock=clock, timeout=timeout)
    return _tencent(settings, clock)


def _tencent(settings: NotifySettings, clock: Clock) -> TencentSms:
    names = ("secret_id", "secret_key", "sms_app_id", "sms_sign_name", "sms_template_id")
    secret_id, secret_key, app_id, sign_name, template_id = _required(
        settings, *(f"tencent_{name}" for name in names)
    )
    account = TencentAccount(
        settings.tencent_endpoint,
        settings.tencent_region,
        secret_id,
        secret_key,
        app_id,
        sign_name,
        template_id,
    )
    return TencentSms(account, clock, timeout=settings.send_timeout_seconds)


def _required(settings: NotifySettings, *names: str) -> list[str]:
    values = [getattr(settings, name) for name in names]
    if missing := [f"NOTIFY_{n.upper()}" for n, v in zip(names, values, strict=True) if not v]:
        raise RuntimeError(
            f"NOTIFY_SMS_PROVIDER={settings.sms_provider} needs {', '.join(missing)}"
        )
    return [v if isinstance(v, str) else v.get_secret_value() for v in values]


def delivery_loop(
    services: NotifyServices, senders: dict[Channel, Sender] | None = None
) -> DeliveryLoop:
    settings, clock = services.settings, services.clock
    policy = RetryPolicy(
        max_attempts=settings.max_attempts,
        base=timedelta(seconds=settings.retry_base_seconds),
        longest=timedelta(seconds=settings.retry_max_seconds),
    )
    return DeliveryLoop(
        services.uow_factory,
        senders
        or {Channel.email: mailer(settings, clock), Channel.sms: sms_sender(settings, clock)},
        policy,
        clock,
        batch_size=settings.delivery_batch_size,
        poll_seconds=settings.delivery_poll_seconds,
        lease_seconds=settings.lease_seconds,
        send_timeout=settings.send_timeout_seconds,
    )


def build_worker(services: NotifyServices) -> NotifyWorker:
    return worker_for(
        services,
        service=SERVICE,
        messaging=messaging,
        migrations=MIGRATIONS,
        subscriptions=subscriptions(services.renderer),
        kind=NotifyWorker,
        publishes=False,  # notify emits no event
        delivery=delivery_loop(services),
        providers=endpoints(services.settings),
        samplers=[sample_notices],
    )
