"""Where a test finds the SMS code (短信验证码) intake had sent: on the broker, in the
PhoneCodeRequested events notify would turn into SMS (in-process systems), or in the SMS sink's
files (make run, or notify running). The test then types it in as the applicant would."""

import asyncio
import time
import uuid
import weakref
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Protocol

import aio_pika
import httpx
from aio_pika.abc import AbstractConnection, AbstractQueue

from deploy.sms_code import wait_for_code
from services.intake.bootstrap import IntakeServices
from services.intake.domain.phone_codes import CODE_VALID, digest, new_code
from shared.contracts import Envelope, PhoneCodeRequested
from shared.messaging import EVENTS_EXCHANGE
from shared.privacy import mask_phone


class CodeSource(Protocol):
    async def code_for(
        self, phone: str, purpose: str, *, after: Callable[[], Awaitable[object]]
    ) -> str: ...


class BrokerCodes:
    """Every PhoneCodeRequested on the vhost, from a private queue of the test's own."""

    def __init__(self) -> None:
        self._connection: AbstractConnection | None = None
        self._queue: AbstractQueue | None = None
        self._seen: dict[tuple[str, str], str] = {}
        self._lock = asyncio.Lock()

    async def open(self, amqp_url: str) -> None:
        # robust: a test that has the broker close the vhost's connections must not leave the
        # codes unreadable for every later test (the queue and binding come back with it)
        self._connection = await aio_pika.connect_robust(amqp_url)
        channel = await self._connection.channel()
        events = await channel.declare_exchange(
            EVENTS_EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True
        )
        self._queue = await channel.declare_queue(exclusive=True)
        await self._queue.bind(events, routing_key=PhoneCodeRequested.routing_key())

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()

    async def code_for(
        self, phone: str, purpose: str, *, after: Callable[[], Awaitable[object]]
    ) -> str:
        """Runs `after` (the request for a code) and returns the code it made."""
        assert self._queue is not None, "BrokerCodes.open() was not called"
        async with self._lock:
            self._seen.pop((phone, purpose), None)
            await after()
            deadline = asyncio.get_running_loop().time() + 20
            while (phone, purpose) not in self._seen:
                message = await self._queue.get(no_ack=True, fail=False)
                if message is not None:
                    event = PhoneCodeRequested.model_validate(
                        Envelope.model_validate_json(message.body).payload
                    )
                    self._seen[(event.phone, event.purpose.value)] = event.code
                elif asyncio.get_running_loop().time() > deadline:
                    raise AssertionError(f"no SMS code for {mask_phone(phone)} in 20 s")
                else:
                    await asyncio.sleep(0.05)
            return self._seen[(phone, purpose)]


class SinkCodes:
    """The codes in the SMS sink's files (notify's `sink` provider), read as the walk-through
    reads them (deploy.sms_code): the newest to the phone, written after the request."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    async def code_for(
        self, phone: str, purpose: str, *, after: Callable[[], Awaitable[object]]
    ) -> str:
        asked_at = time.time() - 1  # file times are as fine as the file system keeps them
        await after()
        code = await asyncio.to_thread(
            wait_for_code, self._directory, phone, newer_than=asked_at, within=30
        )
        assert code is not None, f"no SMS code for {mask_phone(phone)} in {self._directory}"
        return code


class StoredCodes:
    """For a system that cannot send an SMS yet (notify not deployed: intake publishes nothing
    while notify's queues are missing): the code is put where intake keeps the codes it sent,
    as if the SMS had gone out. Nothing is asked of the API."""

    def __init__(self, intake_services: IntakeServices) -> None:
        self._services = intake_services

    async def code_for(
        self, phone: str, purpose: str, *, after: Callable[[], Awaitable[object]]
    ) -> str:
        request_id, code = uuid.uuid4(), new_code()
        async with self._services.uow_factory() as uow:
            now = uow.clock()
            await uow.phone_codes.add(
                request_id,
                phone=phone,
                purpose=purpose,
                digest=digest(request_id, code),
                now=now,
                expires_at=now + CODE_VALID,
            )
            await uow.commit()
        return code


_sources: "weakref.WeakKeyDictionary[httpx.AsyncClient, CodeSource]" = weakref.WeakKeyDictionary()


def read_codes_with(client: httpx.AsyncClient, source: CodeSource) -> None:
    """Where tests using `client` (an intake) find the SMS codes it sends."""
    _sources[client] = source


async def requested_code(client: httpx.AsyncClient, phone: str, purpose: str) -> str:
    """Asks intake for a code for `phone` (POST /accounts/phone-code) and returns it."""
    source = _sources.get(client)
    assert source is not None, "no SMS code source for this intake client: read_codes_with()"

    async def ask() -> None:
        sent = await client.post("/accounts/phone-code", json={"phone": phone, "purpose": purpose})
        assert sent.status_code == 202, sent.text

    return await source.code_for(phone, purpose, after=ask)
