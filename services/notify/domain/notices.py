"""Who is told, on which channel, when an application is refused or not recommended.

The applicant hears by SMS and e-mail (e-mail only if intake knows an address); the lower-level
unit that sent the case up, when there is one, by e-mail and by a message in its in-system list.
The applicant's notices wait (awaiting_contact) until intake's contact details arrive: they
travel on another queue and may come second. A notice's id is derived from (event, recipient,
channel), so the same event can never yield a second notice to the same place."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from shared.privacy import scrub

APPLICANT = "applicant"
PHONE_CODE = "phone_code"  # the kind of a notice carrying a one-time SMS code
OVERDUE = "overdue"  # 催办: a department chased for a case waiting past its working days
OBJECTION = "objection"  # 异议: a committee office told of an objection to its 公示
_NOTICE_NAMESPACE = uuid.UUID("6f1f2a8e-4c1e-4a53-9a0c-1f0a3c6e2b71")


class Channel(StrEnum):
    sms = "sms"
    email = "email"
    inbox = "inbox"  # the lower unit's in-system message list


class Status(StrEnum):
    awaiting_contact = "awaiting_contact"  # the applicant's contact details have not arrived
    pending = "pending"  # due for sending (again, after a failed try)
    sent = "sent"
    failed = "failed"  # gave up: the provider's last answer is kept
    skipped = "skipped"  # nowhere to send it (no e-mail address known)


STATUS_LABELS = {
    Status.awaiting_contact: "等待申报对象联系方式",
    Status.pending: "待发送",
    Status.sent: "已发送",
    Status.failed: "发送失败",
    Status.skipped: "未发送（无地址）",
}
CHANNEL_LABELS = {Channel.sms: "短信", Channel.email: "电子邮件", Channel.inbox: "站内消息"}


class Kind(StrEnum):
    rejected = "rejected"  # refused at a review stage, by a sender that did not say how
    not_received = "not_received"  # 不予接收 at a review stage
    disagreed = "disagreed"  # 审核不同意 at a review stage
    unroutable = "unroutable"  # no route could be opened
    refused_by_office = "refused_by_office"  # a committee office: 不予接收
    not_recommended = "not_recommended"  # 未通过中评委评审 / 未被推荐
    # 退回补正: not a refusal; the route goes on once corrected (applicant only)
    correction_requested = "correction_requested"


@dataclass(frozen=True)
class Heard:
    """The event a notice answers: its id names the notice (written once), its type and
    correlation go along to the record and the provider's log."""

    event_id: uuid.UUID
    event_type: str
    correlation_id: uuid.UUID


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    email: str | None


@dataclass(frozen=True)
class Outcome:
    """What happened to one submission, as the notices tell it. Free text is already scrubbed."""

    kind: Kind
    application_id: uuid.UUID
    submission: int
    case_id: uuid.UUID | None
    decided_by: Unit | None  # None: no route could be opened for it
    role: str | None
    position: int | None
    stage_count: int | None
    lower_unit: Unit | None
    reasons: tuple[str, ...]
    decided_at: datetime
    # not_recommended only: True when the committee passed the applicant but did not recommend
    # them to the senior committee, False when its vote did not pass them
    committee_passed: bool | None = None


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    email: str | None


@dataclass(frozen=True)
class Planned:
    notice_id: uuid.UUID
    recipient: str  # APPLICANT or the unit's organisation code
    recipient_name: str | None
    channel: Channel
    status: Status
    address: str | None


def notice_id(event_id: uuid.UUID, recipient: str, channel: Channel) -> uuid.UUID:
    """The same (event, recipient, channel) always names the same notice."""
    return uuid.uuid5(_NOTICE_NAMESPACE, f"{event_id}/{recipient}/{channel}")


def clean_reasons(reasons: list[str]) -> tuple[str, ...]:
    """Reasons as a notice may show them: no ID number or phone in full, no blanks."""
    return tuple(scrub(r.strip()) for r in reasons if r.strip())


def plan(event_id: uuid.UUID, outcome: Outcome, contact: Contact | None) -> list[Planned]:
    """Every notice `outcome` calls for, addressed as far as is known now."""
    planned = [
        _for_applicant(event_id, channel, contact) for channel in (Channel.sms, Channel.email)
    ]
    unit = outcome.lower_unit
    if unit is not None:
        planned.append(_planned(event_id, unit, Channel.email, unit.email))
        planned.append(_planned(event_id, unit, Channel.inbox, None, Status.sent))
    return planned


def addressed(channel: Channel, contact: Contact) -> tuple[Status, str | None]:
    """An applicant's notice once the contact details are known."""
    address = contact.phone if channel == Channel.sms else contact.email
    return (Status.pending, address) if address else (Status.skipped, None)


def _for_applicant(event_id: uuid.UUID, channel: Channel, contact: Contact | None) -> Planned:
    status, address = addressed(channel, contact) if contact else (Status.awaiting_contact, None)
    name = contact.name if contact else None
    return Planned(
        notice_id(event_id, APPLICANT, channel), APPLICANT, name, channel, status, address
    )


def _planned(
    event_id: uuid.UUID,
    unit: Unit,
    channel: Channel,
    address: str | None,
    status: Status | None = None,
) -> Planned:
    status = status or (Status.pending if address else Status.skipped)
    return Planned(
        notice_id(event_id, unit.code, channel), unit.code, unit.name, channel, status, address
    )
