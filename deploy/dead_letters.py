"""The dead-letter queues, for the operator after a bad night:

    python -m deploy.dead_letters queues                       # every <queue>.dlq and its count
    python -m deploy.dead_letters list notify.application_rejected
    python -m deploy.dead_letters show notify.application_rejected <message_id>
    python -m deploy.dead_letters replay notify.application_rejected <message_id>… | --all

A replay publishes the message again to the events exchange under the routing key it was first
published with (read from its `x-death` header), through the one publisher every service uses
(confirmed, mandatory, persistent), and only then removes it from `<queue>.dlq`. A shovel from
`<queue>.dlq` back to `<queue>` does not work: a dead-lettered message carries the queue's name
as its routing key, which the consumer refuses (dead-lettered again). Every queue bound to the
original key hears the replay; those that handled the message before drop it (their inbox), so
its effect happens once. Each replay is logged (`dead_letter_replayed`, with who ran it).

Listing reads the messages without taking them: they go back to the queue when the command's
channel closes. AMQP_URL names the broker (as for the services)."""

import argparse
import asyncio
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aio_pika
import structlog
from aio_pika.abc import AbstractChannel, AbstractIncomingMessage, AbstractQueue
from aio_pika.exceptions import ChannelClosed

from shared.contracts import Envelope
from shared.contracts.registry import CONSUMERS
from shared.logging import configure_logging
from shared.messaging import Publisher, dead_letter_queue_name
from shared.privacy import scrub
from shared.settings import DEFAULT_AMQP_URL

log = structlog.get_logger("deploy.dead_letters")
SCAN_LIMIT = 10_000  # messages one command looks at, at most


@dataclass(frozen=True)
class DeadLetter:
    """One message in `<queue>.dlq`, as the operator needs to judge it."""

    queue: str  # the work queue it died in
    message_id: str
    type: str | None
    application_id: str | None
    routing_key: str | None  # the one it was published with; None: not known (not replayable)
    reason: str | None  # rejected (malformed), delivery_limit (failed every try), …
    died_at: datetime | None
    deaths: int
    body: bytes = field(repr=False)

    @property
    def envelope(self) -> Envelope | None:
        try:
            return Envelope.model_validate_json(self.body)
        except ValueError:
            return None


def work_queue(name: str) -> str:
    return name.removesuffix(".dlq")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else str(value)


def described(queue: str, message: AbstractIncomingMessage) -> DeadLetter:
    headers: dict[str, Any] = dict(message.headers or {})
    recorded = headers.get("x-death")
    deaths: list[dict[str, Any]] = [
        dict(d) for d in (recorded if isinstance(recorded, list) else []) if isinstance(d, dict)
    ]
    here = next((d for d in deaths if _text(d.get("queue")) == queue), deaths[0] if deaths else {})
    keys = [_text(k) for k in here.get("routing-keys") or []]
    died_at = here.get("time")
    try:
        parsed = json.loads(message.body)
    except ValueError:
        parsed = None
    document: dict[str, Any] = parsed if isinstance(parsed, dict) else {}
    payload = document.get("payload")
    kind = document.get("type")
    return DeadLetter(
        queue=queue,
        message_id=message.message_id or "",
        type=_text(kind) or message.type,
        application_id=_text(payload.get("application_id")) if isinstance(payload, dict) else None,
        routing_key=keys[0] if keys else None,
        reason=_text(headers.get("x-first-death-reason")) or _text(here.get("reason")),
        died_at=died_at if isinstance(died_at, datetime) else None,
        deaths=sum(_count(d) for d in deaths) or 1,
        body=message.body,
    )


def _count(death: dict[str, Any]) -> int:
    count = death.get("count")
    return count if isinstance(count, int) else 1


async def _dead_letter_queue(channel: AbstractChannel, queue: str) -> AbstractQueue:
    return await channel.declare_queue(dead_letter_queue_name(queue), passive=True)


async def _held(queue: AbstractQueue, limit: int) -> list[AbstractIncomingMessage]:
    """Up to `limit` messages taken unacked: they return to the queue with the channel."""
    held: list[AbstractIncomingMessage] = []
    while len(held) < limit:
        message = await queue.get(no_ack=False, fail=False, timeout=5)
        if message is None:
            break
        held.append(message)
    return held


async def dead_letters(amqp_url: str, queue: str, *, limit: int = SCAN_LIMIT) -> list[DeadLetter]:
    queue = work_queue(queue)
    connection = await aio_pika.connect(amqp_url)
    try:
        channel = await connection.channel()
        held = await _held(await _dead_letter_queue(channel, queue), limit)
        return [described(queue, message) for message in held]
    finally:
        await connection.close()


async def counts(amqp_url: str) -> dict[str, int]:
    """Every consuming queue's dead-letter count (registry.CONSUMERS)."""
    connection = await aio_pika.connect(amqp_url)
    found: dict[str, int] = {}
    try:
        for consuming in CONSUMERS:
            channel = await connection.channel()
            try:
                dlq = await _dead_letter_queue(channel, consuming.name)
                found[consuming.name] = dlq.declaration_result.message_count or 0
            except ChannelClosed:  # not declared (its service's migrate has not run)
                continue
            await channel.close()
    finally:
        await connection.close()
    return found


@dataclass
class Replay:
    replayed: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # message id -> why not


async def replay(
    amqp_url: str, queue: str, message_ids: Sequence[str] | None, *, by: str
) -> Replay:
    """Republishes the chosen messages (None: all) under their original routing keys, then
    removes each from `<queue>.dlq`; the rest stay where they are."""
    queue = work_queue(queue)
    wanted = None if message_ids is None else set(message_ids)
    result = Replay()
    connection = await aio_pika.connect(amqp_url)
    try:
        publisher = Publisher(connection)
        await publisher.open()
        channel = await connection.channel()
        for message in await _held(await _dead_letter_queue(channel, queue), SCAN_LIMIT):
            letter = described(queue, message)
            if wanted is not None and letter.message_id not in wanted:
                continue
            envelope = letter.envelope
            if envelope is None or letter.routing_key is None:
                result.refused[letter.message_id] = (
                    "not an event envelope: replaying it would fail again"
                    if envelope is None
                    else "its x-death header names no routing key"
                )
                continue
            await publisher.publish(letter.routing_key, envelope, letter.body)
            await message.ack()
            result.replayed.append(letter.message_id)
            log.info(
                "dead_letter_replayed",
                by=by,
                queue=queue,
                message_id=letter.message_id,
                message_type=letter.type,
                routing_key=letter.routing_key,
                first_death_reason=letter.reason,
            )
    finally:
        await connection.close()
    result.not_found = sorted((wanted or set()) - set(result.replayed) - set(result.refused))
    return result


def _line(letter: DeadLetter) -> str:
    died = letter.died_at.isoformat() if letter.died_at else "?"
    return (
        f"{letter.message_id}  类型 {letter.type or '?'}  申报 {letter.application_id or '-'}  "
        f"原因 {letter.reason or '?'}  首次进入死信 {died}  次数 {letter.deaths}"
    )


def details(letter: DeadLetter) -> str:
    """The message as `show` prints it: its facts, then its body with every ID number and
    mobile number masked (the operator judges the message, not the person)."""
    body = letter.body.decode(errors="replace")
    with contextlib.suppress(ValueError):
        body = json.dumps(json.loads(body), ensure_ascii=False, indent=2)
    body = scrub(body)
    return "\n".join(
        [
            _line(letter),
            f"原路由键 {letter.routing_key or '未知（不能重放）'}",
            "失败原因见该服务日志：message_failed / message_malformed_dead_lettered，"
            f"message_id={letter.message_id}",
            body,
        ]
    )


async def _run(args: argparse.Namespace, amqp_url: str) -> int:
    if args.action == "queues":
        for name, count in sorted((await counts(amqp_url)).items()):
            print(f"{dead_letter_queue_name(name)}  {count}")
        return 0
    if args.action in ("list", "show"):
        letters = await dead_letters(amqp_url, args.queue)
        if args.action == "list":
            for letter in letters:
                print(_line(letter))
            print(f"共 {len(letters)} 条")
            return 0
        chosen = [letter for letter in letters if letter.message_id == args.message_id]
        if not chosen:
            print(f"{dead_letter_queue_name(work_queue(args.queue))} 中没有 {args.message_id}")
            return 1
        print(details(chosen[0]))
        return 0
    ids = None if args.all else args.message_ids
    if ids is not None and not ids:
        print("请指明要重放的消息编号，或使用 --all", file=sys.stderr)
        return 2
    result = await replay(amqp_url, args.queue, ids, by=args.by)
    for message_id in result.replayed:
        print(f"已重放 {message_id}")
    for message_id, why in result.refused.items():
        print(f"未重放 {message_id}：{why}")
    for message_id in result.not_found:
        print(f"未找到 {message_id}")
    return 0 if not result.refused and not result.not_found else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.dead_letters")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("queues", help="every dead-letter queue and how many it holds")
    listing = actions.add_parser("list", help="a dead-letter queue's messages")
    listing.add_argument("queue", help="the work queue, e.g. notify.application_rejected")
    show = actions.add_parser("show", help="one message, with its body")
    show.add_argument("queue")
    show.add_argument("message_id")
    again = actions.add_parser("replay", help="publish chosen messages again, after a fix")
    again.add_argument("queue")
    again.add_argument("message_ids", nargs="*")
    again.add_argument("--all", action="store_true", help="every message of the queue")
    again.add_argument("--by", default=getpass.getuser(), help="who replays (for the audit log)")
    args = parser.parse_args(argv)
    configure_logging("dead_letters", level=os.environ.get("LOG_LEVEL", "INFO"))
    amqp_url = os.environ.get("AMQP_URL", DEFAULT_AMQP_URL)
    try:
        return asyncio.run(_run(args, amqp_url))
    except ChannelClosed as exc:
        print(f"错误：没有这个死信队列 ({exc})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
