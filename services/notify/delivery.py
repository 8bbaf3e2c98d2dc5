"""The delivery loop, beside the consumers in the worker: sends due notices, retries failed ones
with exponential backoff, gives up after NOTIFY_MAX_ATTEMPTS and leaves them failed. A provider
that cannot be reached at all (SMTP server or SMS gateway down) is an outage, not the notice's
fault: the try is given back and the notice waits, retried every NOTIFY_RETRY_BASE_SECONDS, until
the provider answers — however long the outage, nothing is left failed for the operator to resend.

Each round leases a batch (FOR UPDATE SKIP LOCKED on PostgreSQL, so several workers never take
the same notice) and counts the try, commits, then talks to SMTP or the SMS provider with no
transaction open, and records the answer in a second transaction. A worker that dies mid-send
leaves a lease that expires: the notice is tried again under the same idempotency key."""

import asyncio
import contextlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from typing import Any

import structlog

from services.notify.adapters.ports import Delivery, Outgoing, Sender, answer_of
from services.notify.domain.delivery import RetryPolicy
from services.notify.domain.notices import Channel, Status
from services.notify.reachability import CONNECT_SECONDS, Endpoint, watch
from services.notify.repository.notices import LeasedNotice
from services.notify.unit_of_work import NotifyUnitOfWork
from shared.db import Clock
from shared.db.availability import is_unavailable
from shared.messaging import Worker

log = structlog.get_logger(__name__)


class DeliveryLoop:
    def __init__(
        self,
        uow_factory: Callable[[], NotifyUnitOfWork],
        senders: Mapping[Channel, Sender],
        policy: RetryPolicy,
        clock: Clock,
        *,
        batch_size: int = 20,
        poll_seconds: float = 1.0,
        lease_seconds: float = 300.0,
        send_timeout: float = 30.0,
    ) -> None:
        self._uow_factory, self._senders = uow_factory, senders
        self._policy, self._clock = policy, clock
        self._batch_size, self._poll_seconds = batch_size, poll_seconds
        self._lease = timedelta(seconds=lease_seconds)
        self._send_timeout = send_timeout
        self._stopping = asyncio.Event()

    async def run(self) -> None:
        """Delivers until stop(); a round that fails (database away) backs off and retries."""
        delay = self._poll_seconds
        while not self._stopping.is_set():
            try:
                taken = await self.deliver_due()
                delay = self._poll_seconds
            except Exception as exc:
                log.warning("notice_delivery_round_failed", error=repr(exc), retry_in=delay)
                taken, delay = 0, min(delay * 2, 30.0)
            if taken < self._batch_size:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), timeout=delay)

    def stop(self) -> None:
        self._stopping.set()

    async def deliver_due(self) -> int:
        """One round: leases the due notices, sends them, records each answer."""
        async with self._uow_factory() as uow:
            rows = await uow.notices.lease_due(self._clock(), self._lease, self._batch_size)
            await uow.commit()
        await asyncio.gather(*(self._deliver(row) for row in rows))
        return len(rows)

    async def _deliver(self, row: LeasedNotice) -> None:
        with structlog.contextvars.bound_contextvars(
            correlation_id=str(row.correlation_id),
            notice_id=str(row.id),
            application_id=str(row.application_id),
        ):
            delivery = await self._send(row)
            await self._settle(row, delivery)

    async def _send(self, row: LeasedNotice) -> Delivery:
        notice = Outgoing(row.id, row.address, row.subject, row.body, row.sms_params or [])
        try:
            sender = self._senders[Channel(row.channel)]
            return await asyncio.wait_for(sender.send(notice), timeout=self._send_timeout)
        except Exception as error:  # an adapter's bug or a timeout: worth another try
            return Delivery(False, answer_of(repr(error), row.address or ""))

    async def _settle(self, row: LeasedNotice, delivery: Delivery) -> None:
        now, attempts = self._clock(), row.attempts + 1
        values: dict[str, Any] = {"updated_at": now}
        if delivery.accepted:
            values |= {"status": Status.sent, "sent_at": now, "provider_ref": delivery.provider_ref}
        elif delivery.unreachable:  # the try taken at the lease is given back
            values |= {"last_error": delivery.answer, "attempts": row.attempts}
            values |= {"status": Status.pending, "next_attempt_at": now + self._policy.base}
        else:
            retry_at = self._policy.next_try(attempts, permanent=delivery.permanent, now=now)
            values |= {"last_error": delivery.answer, "next_attempt_at": retry_at or now}
            values |= {"status": Status.pending if retry_at else Status.failed}
        settled = await self._record(row.id, attempts, values)
        what = "notice_sent" if delivery.accepted else f"notice_{values['status']}"
        level = log.info if delivery.accepted else log.warning
        if delivery.unreachable:  # the reachability watch says the outage once, loudly
            what, level = "notice_waits_for_provider", log.info
        level(
            what,
            channel=row.channel,
            recipient=row.recipient,
            attempts=values.get("attempts", attempts),
            answer=delivery.answer,
            recorded=settled,
        )

    async def _record(self, notice_id: uuid.UUID, attempts: int, values: dict[str, Any]) -> bool:
        """Records the provider's answer, waiting for the database if it is away: a notice
        that was sent must not be sent again because its `sent` could not be written."""
        delay = 0.5
        while True:
            try:
                async with self._uow_factory() as uow:
                    settled = await uow.notices.settle(notice_id, attempts, **values)
                    await uow.commit()
                return settled
            except Exception as error:
                if not is_unavailable(error) or self._stopping.is_set():
                    raise
                log.warning("notice_record_waits_for_database", error=repr(error), retry_in=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)


class NotifyWorker(Worker):
    """The consumers plus the delivery loop, on one process. Notify publishes nothing (it
    never emits): its worker has no outbox, so no relay, no commit listener and no outbox
    gauges (its bootstrap builds it with `publishes=False`)."""

    def __init__(
        self, *, delivery: DeliveryLoop, providers: Sequence[Endpoint] = (), **worker: Any
    ) -> None:
        super().__init__(**worker)
        self.delivery = delivery
        self._delivery_task: asyncio.Task[None] | None = None
        self._providers = list(providers)
        self._watching = asyncio.Event()
        self._watch_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        # before the broker: a provider out of reach is said at once, whatever else waits
        self._watch_task = asyncio.create_task(
            watch(self._providers, self._watching), name="notify-providers"
        )
        await super().start()
        self._delivery_task = asyncio.create_task(self.delivery.run(), name="notify-delivery")

    async def stop(self) -> None:
        if self._watch_task is not None:
            self._watching.set()
            await asyncio.wait([self._watch_task], timeout=CONNECT_SECONDS + 1)
        if self._delivery_task is not None:
            self.delivery.stop()
            try:
                await asyncio.wait_for(self._delivery_task, timeout=35)
            except TimeoutError:
                log.warning("notice_delivery_stop_timed_out")
        await super().stop()
