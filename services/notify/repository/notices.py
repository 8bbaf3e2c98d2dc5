"""Notices in notify's database: added once, addressed when the contact arrives, leased for
sending (FOR UPDATE SKIP LOCKED), settled after the provider answered."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.domain.facts import from_facts
from services.notify.domain.notices import APPLICANT, PHONE_CODE, Channel, Heard, Outcome, Status
from services.notify.models import notice
from services.notify.rendering import Rendered
from shared.db.statements import affected, upsert_insert


@dataclass(frozen=True)
class NewNotice:
    """A notice as a handler writes it: no tries yet. Its id is derived from (event,
    recipient, channel), so writing it a second time adds nothing. `facts` is what the notice
    is about, kept so that one written before its address was known can be worded later."""

    id: uuid.UUID
    heard: Heard
    kind: str
    application_id: uuid.UUID
    submission: int
    case_id: uuid.UUID | None
    facts: Mapping[str, object]
    recipient: str
    recipient_name: str | None
    channel: Channel
    address: str | None
    text: Rendered | None  # None while it waits for the applicant's contact details
    status: Status
    at: datetime

    def values(self) -> dict[str, object]:
        row = asdict(self)
        del row["heard"], row["text"], row["at"]
        text = self.text
        return (
            row
            | asdict(self.heard)
            | {
                "facts": dict(self.facts),
                "subject": text.subject if text else None,
                "body": text.body if text else None,
                "sms_params": text.sms_params if text else None,
                "attempts": 0,
                "next_attempt_at": self.at,
                "created_at": self.at,
                "updated_at": self.at,
                "sent_at": self.at if self.status == Status.sent else None,
            }
        )


@dataclass(frozen=True)
class WaitingNotice:
    """An applicant's notice written before intake's contact details arrived."""

    id: uuid.UUID
    recipient: str
    channel: Channel
    outcome: Outcome


@dataclass(frozen=True)
class LeasedNotice:
    """A due notice taken for one try. It is pending, so addressed and worded: a notice is
    pending only once it has an address (domain/notices.py), and then its text too."""

    id: uuid.UUID
    correlation_id: uuid.UUID
    application_id: uuid.UUID
    recipient: str
    channel: str
    address: str
    subject: str | None
    body: str
    sms_params: list[str] | None
    attempts: int  # the tries before this one


class NoticeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, notices: Sequence[NewNotice]) -> int:
        """Adds the notices not already there (same id: same event, recipient, channel)."""
        insert_ = upsert_insert(self._session)
        added = 0
        for new in notices:
            result = await self._session.execute(
                insert_(notice).values(**new.values()).on_conflict_do_nothing()
            )
            added += affected(result)
        return added

    async def exists(self, notice_id: uuid.UUID) -> bool:
        found = await self._session.execute(select(notice.c.id).where(notice.c.id == notice_id))
        return found.first() is not None

    async def awaiting_contact(
        self, application_id: uuid.UUID, up_to_submission: int
    ) -> list[WaitingNotice]:
        """The applicant's notices about this application still waiting for an address."""
        query = select(notice.c.id, notice.c.recipient, notice.c.channel, notice.c.facts).where(
            notice.c.application_id == application_id,
            notice.c.recipient == APPLICANT,
            notice.c.status == Status.awaiting_contact,
            notice.c.submission <= up_to_submission,
        )
        rows = (await self._session.execute(query.with_for_update())).all()
        return [
            WaitingNotice(notice_id, recipient, Channel(channel), from_facts(facts))
            for notice_id, recipient, channel, facts in rows
        ]

    async def address(
        self,
        notice_id: uuid.UUID,
        *,
        status: Status,
        address: str | None,
        recipient_name: str,
        text: Rendered,
        now: datetime,
    ) -> None:
        """A waiting notice, addressed and worded now that the contact details are known."""
        await self._session.execute(
            update(notice)
            .where(notice.c.id == notice_id)
            .values(
                status=status,
                address=address,
                recipient_name=recipient_name,
                subject=text.subject,
                body=text.body,
                sms_params=text.sms_params,
                next_attempt_at=now,
                updated_at=now,
            )
        )

    async def resend(self, notice_id: uuid.UUID, now: datetime) -> bool:
        """A failed notice due again, its tries starting over; False if it is not failed."""
        result = await self._session.execute(
            update(notice)
            .where(notice.c.id == notice_id, notice.c.status == Status.failed)
            .values(status=Status.pending, attempts=0, next_attempt_at=now, updated_at=now)
        )
        return bool(affected(result))

    async def resend_failed(self, now: datetime, channel: Channel | None = None) -> int:
        """Every failed notice (of `channel`, if given) due again, tries starting over; how
        many. A notice already made due again is pending, so a second call queues none twice.
        SMS codes are left out: a code lasts minutes, and the applicant asks for a new one."""
        where = [notice.c.status == Status.failed, notice.c.kind != PHONE_CODE]
        if channel is not None:
            where.append(notice.c.channel == channel)
        result = await self._session.execute(
            update(notice)
            .where(*where)
            .values(status=Status.pending, attempts=0, next_attempt_at=now, updated_at=now)
        )
        return affected(result)

    async def mark_read(self, message_id: uuid.UUID, organisation_code: str, now: datetime) -> bool:
        """Marks the organisation's in-system message read (once); False if it is not theirs."""
        mine = (
            notice.c.id == message_id,
            notice.c.recipient == organisation_code,
            notice.c.channel == Channel.inbox,
        )
        if (await self._session.execute(select(notice.c.id).where(*mine))).first() is None:
            return False
        await self._session.execute(
            update(notice).where(*mine, notice.c.read_at.is_(None)).values(read_at=now)
        )
        return True

    async def lease_due(self, now: datetime, lease: timedelta, limit: int) -> list[LeasedNotice]:
        """Takes up to `limit` due notices for one try: nobody else takes them until the lease
        ends; the try is counted now, so a sender that dies mid-send still used it up."""
        due = (
            select(
                notice.c.id,
                notice.c.correlation_id,
                notice.c.application_id,
                notice.c.recipient,
                notice.c.channel,
                notice.c.address,
                notice.c.subject,
                notice.c.body,
                notice.c.sms_params,
                notice.c.attempts,
            )
            .where(
                notice.c.status == Status.pending,
                notice.c.next_attempt_at <= now,
                or_(notice.c.lease_until.is_(None), notice.c.lease_until < now),
            )
            .order_by(notice.c.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        rows = [LeasedNotice(**row) for row in (await self._session.execute(due)).mappings()]
        if rows:
            await self._session.execute(
                update(notice)
                .where(notice.c.id.in_([row.id for row in rows]))
                .values(lease_until=now + lease, attempts=notice.c.attempts + 1, updated_at=now)
            )
        return rows

    async def settle(self, notice_id: uuid.UUID, leased_attempts: int, **values: object) -> bool:
        """Records a try's outcome, unless the notice moved on meanwhile (another try, resend):
        `leased_attempts` is the count the lease left; `values` may give a try back."""
        result = await self._session.execute(
            update(notice)
            .where(
                notice.c.id == notice_id,
                notice.c.status == Status.pending,
                notice.c.attempts == leased_attempts,
            )
            .values(lease_until=None, **values)
        )
        return bool(affected(result))
