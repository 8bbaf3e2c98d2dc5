"""Notify's tables (its own database)."""

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)

from shared.account_state import account_state_table
from shared.audit import audit_table
from shared.db import UTCDateTime, messaging_tables, service_metadata

metadata = service_metadata()
messaging = messaging_tables(metadata)
audit = audit_table(metadata)  # who did what (shared/audit.py)

# one notice to one recipient on one channel; its id is derived from (event, recipient, channel)
notice = Table(
    "notice",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("event_id", Uuid, nullable=False),
    Column("event_type", String(60), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("application_id", Uuid, nullable=False),
    Column("submission", Integer, nullable=False),
    Column("case_id", Uuid),
    Column("correlation_id", Uuid, nullable=False),
    Column("recipient", String(60), nullable=False),  # "applicant" or an organisation code
    Column("recipient_name", String(200)),
    Column("channel", String(10), nullable=False),
    Column("address", String(200)),  # phone or e-mail address; never shown in full
    Column("subject", String(300)),
    Column("body", Text),
    Column("sms_params", JSON),
    Column("facts", JSON, nullable=False),  # the outcome, to write the notice once addressed
    Column("status", String(20), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UTCDateTime),
    Column("lease_until", UTCDateTime),
    Column("last_error", Text),  # the provider's last answer, personal data masked
    Column("provider_ref", String(200)),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Column("read_at", UTCDateTime),  # in-system messages only
    UniqueConstraint("event_id", "recipient", "channel"),
)
Index("ix_notice_due", notice.c.status, notice.c.next_attempt_at)
Index("ix_notice_application", notice.c.application_id, notice.c.created_at)
Index("ix_notice_recipient", notice.c.recipient, notice.c.channel, notice.c.created_at)

# one row per application heard of: a contact and a refusal arriving at once both lock it, so
# neither can miss the other (the refusal's notices would otherwise wait for ever)
application = Table(
    "application",
    metadata,
    Column("application_id", Uuid, primary_key=True),
    Column("last_heard_at", UTCDateTime, nullable=False),
)

# personal data from intake (ApplicantContactProvided): only notify keeps it
applicant_contact = Table(
    "applicant_contact",
    metadata,
    Column("application_id", Uuid, primary_key=True),
    Column("submission", Integer, primary_key=True),
    Column("name", String(50), nullable=False),
    Column("phone", String(20), nullable=False),
    Column("email", String(200)),
    Column("provided_at", UTCDateTime, nullable=False),
)

# where notices to each unit go, as review's directory last published it (DirectoryPublished);
# never taken from the payload of the event a notice is about
unit_address = Table(
    "unit_address",
    metadata,
    Column("code", String(60), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(200)),
    Column("active", Boolean, nullable=False),
    Column("listed_at", UTCDateTime, nullable=False),
)

# the newest state of each department or operator account, from review's AccountChanged
account_state = account_state_table(metadata)
