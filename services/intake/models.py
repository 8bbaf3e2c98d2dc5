"""Intake's tables (its own database)."""

from sqlalchemy import JSON, Column, Integer, String, Table, Uuid

from shared.db import UTCDateTime, messaging_tables, service_metadata

metadata = service_metadata()
messaging = messaging_tables(metadata)

application = Table(
    "application",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("submission", Integer, nullable=False),
    Column("applicant_name", String(50), nullable=False),
    Column("id_number", String(18), nullable=False),
    Column("phone", String(11), nullable=False),
    Column("employer_name", String(200), nullable=False),
    Column("ownership", String(40), nullable=False),
    Column("level", String(10), nullable=False),
    Column("region_code", String(6), nullable=False),
    Column("provincial_unit", String(60)),
    Column("status", String(20), nullable=False),
    # where it is now, from review's events (None until the first arrives)
    Column("stage", JSON),
    Column("rejection", JSON),
    Column("last_sequence", Integer, nullable=False),
    Column("correlation_id", Uuid, nullable=False),
    Column("idempotency_key", String(200), unique=True),
    Column("request_fingerprint", String(64)),
    Column("submitted_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)
