"""Review's tables (its own database)."""

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    Uuid,
)

from shared.db import UTCDateTime, messaging_tables, service_metadata

metadata = service_metadata()
messaging = messaging_tables(metadata)

organisation = Table(
    "organisation",
    metadata,
    Column("code", String(60), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(40), nullable=False),
    Column("region_code", String(6), nullable=False),
    Column("sends_to", String(60)),
    # false once dropped from the directory file; kept because cases refer to it
    Column("active", Boolean, nullable=False),
)

review_case = Table(
    "review_case",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("application_id", Uuid, nullable=False),
    Column("submission", Integer, nullable=False),
    Column("applicant_name", String(50), nullable=False),
    Column("id_number_masked", String(18), nullable=False),
    Column("employer_name", String(200), nullable=False),
    Column("ownership", String(40), nullable=False),
    Column("level", String(10), nullable=False),
    Column("region_code", String(6), nullable=False),
    Column("provincial_unit", String(60)),
    Column("position", Integer, nullable=False),
    Column("stage_count", Integer, nullable=False),
    Column("state", String(30), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("correlation_id", Uuid, nullable=False),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("stage_entered_at", UTCDateTime, nullable=False),
    UniqueConstraint("application_id", "submission"),
)

route_stage = Table(
    "route_stage",
    metadata,
    Column("case_id", Uuid, ForeignKey("review_case.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("role", String(40), nullable=False),
    Column("organisation_code", String(60), ForeignKey("organisation.code"), nullable=False),
)
Index("ix_route_stage_organisation", route_stage.c.organisation_code, route_stage.c.position)
