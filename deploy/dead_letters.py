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
    """One message in `<queue>.dlq`, as the operator needs to judge it. `reason`, `died_at` and
    `routing_key` are the broker's own record (`x-death`) of this queue dead-lettering it; a
    message with no such record was not dead-lettered from this queue (published into the
    `.dlq` by hand, or by another route) and is never replayed into it."""

    queue: str  # the work queue it died in
    message_id: str
    type: str | None
    application_id: str | None
    routing_key: str | None  # the one it was published with; None: not known (not replayable)
    reason: str | None  # the broker's: rejected (malformed), delivery_limit, expired, …
    died_at: datetime | None  # when this queue dead-lettered it (last time, if more than once)
    deaths: int
    body: bytes = field(repr=False)
    dead_lettered_here: bool = True  # x-death holds an entry for this queue
    first_death_queue: str | None = None  # x-first-death-queue: where it died first
    first_death_reason: str | None = None
    first_death_at: datetime | None = None

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
    here = next((d for d in deaths if _text(d.get("queue")) == queue), None)
    first_queue = _text(headers.get("x-first-death-queue"))
    first_reason = _text(headers.get("x-first-death-reason"))
    first = next(
        (
            d
            for d in reversed(deaths)  # the broker puts the newest death first
            if _text(d.get("queue")) == first_queue and _text(d.get("reason")) == first_reason
        ),
        deaths[-1] if deaths else {},
    )
    keys = [_text(k) for k in (here or {}).get("routing-keys") or []]
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
        reason=_text(here.get("reason")) if here else None,
        died_at=_time(here or {}),
        deaths=sum(_count(d) for d in deaths) or 1,
        body=message.body,
        dead_lettered_here=here is not None,
        first_death_queue=first_queue or _text(first.get("queue")),
        first_death_reason=first_reason or _text(first.get("reason")),
        first_death_at=_time(first),
    )


def _time(death: dict[str, Any]) -> datetime | None:
    value = death.get("time")
    return value if isinstance(value, datetime) else None


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


def why_not_replayable(letter: DeadLetter) -> str | None:
    """None if the message may go back to its queue's consumers, else why not (in Chinese, as
    the command prints it)."""
    if not letter.dead_lettered_here:
        return (
            f"没有 {letter.queue} 的 x-death 记录：不是由 broker 从该队列转入死信的消息"
            "（可能是手工投递），不重放"
        )
    if letter.envelope is None:
        return "不是事件消息：重放后仍会失败"
    if letter.routing_key is None:
        return "x-death 记录中没有原路由键"
    consumed = next((q.routing_keys for q in CONSUMERS if q.name == letter.queue), ())
    if letter.routing_key not in consumed:
        return f"原路由键 {letter.routing_key} 不是 {letter.queue} 消费的事件"
    return None


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
            why = why_not_replayable(letter)
            envelope = letter.envelope
            if why is not None or envelope is None or letter.routing_key is None:
                result.refused[letter.message_id] = why or "不是事件消息"
                log.warning(
                    "dead_letter_replay_refused",
                    by=by,
                    queue=queue,
                    message_id=letter.message_id,
                    why=why,
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
                reason=letter.reason,
                first_death_queue=letter.first_death_queue,
            )
    finally:
        await connection.close()
    result.not_found = sorted((wanted or set()) - set(result.replayed) - set(result.refused))
    return result


def _when(moment: datetime | None) -> str:
    return moment.isoformat() if moment else "?"


def _line(letter: DeadLetter) -> str:
    if letter.dead_lettered_here:
        death = (
            f"死信原因 {letter.reason or '?'}（broker x-death）  死信时间 {_when(letter.died_at)}"
        )
    else:
        death = f"无 {letter.queue} 的 x-death 记录（非 broker 转入，不可重放）"
    first = (
        f"首次死信 {letter.first_death_queue or '?'} {letter.first_death_reason or '?'} "
        f"{_when(letter.first_death_at)}"
    )
    return (
        f"{letter.message_id}  类型 {letter.type or '?'}  申报 {letter.application_id or '-'}  "
        f"{death}  {first}  次数 {letter.deaths}"
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
            f"原路由键 {letter.routing_key or '未知'}",
            f"能否重放 {why_not_replayable(letter) or '可以'}",
            "处理程序的错误见该服务日志：message_failed / message_malformed_dead_lettered，"
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
