"""Intake's tables (its own database). Personal data (ID number, phone, e-mail) lives only here."""

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    Uuid,
)

from shared.account_state import account_state_table
from shared.audit import audit_table
from shared.db import UTCDateTime, messaging_tables, service_metadata
from shared.season_copy import season_copy_table

metadata = service_metadata()
messaging = messaging_tables(metadata)
audit = audit_table(metadata)  # who registered or reset a password, when, from where

applicant_account = Table(
    "applicant_account",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(50), nullable=False),
    Column("id_number", String(18), nullable=False, unique=True),
    Column("phone", String(11), nullable=False),
    Column("email", String(254)),
    Column("password_hash", String(200), nullable=False),
    # bumped to revoke every token issued before (password reset, account disabled)
    Column("token_version", Integer, nullable=False),
    Column("failed_logins", Integer, nullable=False),
    Column("locked_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
)

# one-time SMS codes (短信验证码) for registration and password reset; only a digest is kept
phone_code = Table(
    "phone_code",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("phone", String(11), nullable=False),
    Column("purpose", String(10), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("tries", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime),
)
Index("ix_phone_code_phone", phone_code.c.phone, phone_code.c.purpose, phone_code.c.created_at)

application = Table(
    "application",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("account_id", Uuid, ForeignKey("applicant_account.id"), nullable=False, index=True),
    Column("status", String(20), nullable=False),
    Column("submission", Integer, nullable=False),  # 0 until first submitted
    Column("employer", JSON),  # the draft's employer facts, which decide the route
    # where the current submission is now, from review's events (None until the first arrives)
    Column("stage", JSON),
    Column("rejection", JSON),
    Column("withdrawal", JSON),
    # 退回补正: review.correction_requested's payload while the applicant corrects; then cleared
    Column("correction", JSON),
    Column("last_sequence", Integer, nullable=False),
    Column("correlation_id", Uuid),  # of the current submission's journey
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("submitted_at", UTCDateTime),
)

# the draft's forms, one row each, so saving one form never overwrites another
application_form = Table(
    "application_form",
    metadata,
    Column("application_id", Uuid, ForeignKey("application.id"), primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# the draft's files; contents are in the file store, addressed by sha256, never deleted there
stored_file = Table(
    "stored_file",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("application_id", Uuid, ForeignKey("application.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("title", String(50), nullable=False),
    Column("media_type", String(50), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("width", Integer),
    Column("height", Integer),
    Column("sharpness", Float),
    Column("uploaded_at", UTCDateTime, nullable=False),
)

# each submission as it was sent: forms (unmasked: intake's own copy), check report, files
application_version = Table(
    "application_version",
    metadata,
    Column("application_id", Uuid, ForeignKey("application.id"), primary_key=True),
    Column("submission", Integer, primary_key=True),
    Column("employer", JSON, nullable=False),
    Column("forms", JSON, nullable=False),
    Column("check_report", JSON, nullable=False),
    Column("files", JSON, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("correlation_id", Uuid, nullable=False),
    Column("idempotency_key", String(200)),
    Column("submitted_at", UTCDateTime, nullable=False),
    UniqueConstraint("application_id", "idempotency_key"),
)

# 进度查询: one row per event about a submission, shown in sequence order
timeline_entry = Table(
    "timeline_entry",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("application_id", Uuid, ForeignKey("application.id"), nullable=False),
    Column("submission", Integer, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("occurred_at", UTCDateTime, nullable=False),
    Column("organisation", String(200)),
    Column("summary", String(500), nullable=False),
    Column("reasons", JSON),
)
Index(
    "ix_timeline_entry_application",
    timeline_entry.c.application_id,
    timeline_entry.c.submission,
    timeline_entry.c.sequence,
)

# review's directory and route table as last published (review.directory_published): one row
directory_copy = Table(
    "directory_copy",
    metadata,
    Column("name", String(20), primary_key=True),  # always "current"
    Column("digest", String(64), nullable=False),
    Column("published_at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime, nullable=False),
    Column("content", JSON, nullable=False),  # the event's payload
)

# the season as review last published it (review.season_published): one row, its payload
season_copy = season_copy_table(metadata)

# which organisations may open a submission's photo and scans: every one review announced the
# case at (CaseStageChanged), kept for good, exactly as review lets them read the case itself
material_access = Table(
    "material_access",
    metadata,
    Column("application_id", Uuid, ForeignKey("application.id"), primary_key=True),
    Column("submission", Integer, primary_key=True),
    Column("organisation_code", String(60), primary_key=True),
    Column("since", UTCDateTime, nullable=False),
)

# the newest state of each department account, from review's AccountChanged
account_state = account_state_table(metadata)
