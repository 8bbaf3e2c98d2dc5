"""Notify's input vocabulary: what the consumers and the API ask the handlers to do."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from services.notify.domain.notices import Channel, Contact, Heard, Outcome


@dataclass(frozen=True)
class TellOutcome:
    """An application was refused or not recommended: tell the applicant and the lower unit."""

    heard: Heard
    outcome: Outcome


@dataclass(frozen=True)
class KeepContact:
    """Intake's contact details for one submission; the notices that waited for them go out."""

    application_id: uuid.UUID
    submission: int
    contact: Contact
    provided_at: datetime


@dataclass(frozen=True)
class SendPhoneCode:
    """Intake's one-time SMS code for a phone: send it at once."""

    heard: Heard
    request_id: uuid.UUID
    phone: str
    code: str
    purpose: str
    valid_minutes: int


@dataclass(frozen=True)
class ResendNotice:
    """The operator sends a failed notice again: its tries start over. `by` is the operator's
    account id and `source` the client's address, for the audit record."""

    notice_id: uuid.UUID
    by: uuid.UUID
    source: str | None = None


EVERY_CHANNEL = "every channel"  # the audit target of a resend of every channel's failed notices


@dataclass(frozen=True)
class ResendFailedNotices:
    """After an outage the operator sends every failed notice (of one channel) again."""

    by: uuid.UUID
    channel: Channel | None = None
    source: str | None = None


@dataclass(frozen=True)
class MarkMessageRead:
    message_id: uuid.UUID
    organisation_code: str


@dataclass(frozen=True)
class TellDepartment:
    """A department (or committee office) told about a case of one of its applicants: by
    e-mail and in its 站内消息."""

    heard: Heard
    case_id: uuid.UUID
    application_id: uuid.UUID
    submission: int
    organisation_code: str
    organisation_name: str
    applicant_name: str


@dataclass(frozen=True)
class ChaseDepartment(TellDepartment):
    """催办: review says a case has waited at a department past its role's working days."""

    list_label: str
    entered_at: datetime
    working_days_waiting: int
    stage_limit: int
    period: int


@dataclass(frozen=True)
class TellOfficeOfObjection(TellDepartment):
    """异议: somebody objected to an applicant of the office's 公示; the office is to decide it."""

    objection_id: uuid.UUID
    publicity_ends_on: date
    filed_at: datetime
