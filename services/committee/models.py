"""The committee service's tables (its own database)."""

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)

from shared.account_state import account_state_table
from shared.db import UTCDateTime, messaging_tables, service_metadata
from shared.season_copy import season_copy_table

metadata = service_metadata()
messaging = messaging_tables(metadata)
account_state = account_state_table(metadata)

committee_case = Table(
    "committee_case",
    metadata,
    Column("id", Uuid, primary_key=True),  # the review case it was handed off as
    Column("application_id", Uuid, nullable=False),
    Column("submission", Integer, nullable=False),
    Column("office_code", String(60), nullable=False, index=True),
    Column("office_name", String(200), nullable=False),
    Column("office_email", String(200)),
    Column("office_stage", JSON, nullable=False),  # its place at the end of the route
    Column("sent_by_code", String(60), nullable=False),
    Column("sent_by_name", String(200), nullable=False),
    Column("sent_by_email", String(200)),
    # what the screens and exports show: from the submission (ID number masked by intake)
    Column("applicant_name", String(50), nullable=False),
    Column("id_number_masked", String(18), nullable=False),
    Column("gender", String(10)),
    Column("employer_name", String(200), nullable=False),
    Column("current_profession", String(100)),
    Column("current_title", String(100)),
    Column("applied_title", String(100)),
    Column("submitted", JSON, nullable=False),
    Column("opinions", JSON, nullable=False),
    Column("status", String(30), nullable=False),
    Column("senior_committee", String(60)),
    Column("meeting_id", Uuid, ForeignKey("meeting.id")),
    Column("batch_id", Uuid, ForeignKey("batch.id")),
    Column("sequence", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("correlation_id", Uuid, nullable=False),
    Column("handed_off_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("application_id", "submission"),
)

# append-only: what happened to each case at the committee, by whom
case_event = Table(
    "case_event",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("case_id", Uuid, ForeignKey("committee_case.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("action", String(30), nullable=False),
    Column("organisation_code", String(60)),
    Column("actor_account_id", Uuid),
    Column("text", Text),
    Column("at", UTCDateTime, nullable=False),
    UniqueConstraint("case_id", "version"),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("office_code", String(60), nullable=False, index=True),
    Column("held_on", Date, nullable=False),
    Column("members_enrolled", Integer, nullable=False),  # 在册委员人数: the membership
    Column("members_attending", Integer, nullable=False),  # 到会委员人数: who came
    Column("confirmed_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
)

# never updated: a newer entry for the same case supersedes; a correction says why
vote_entry = Table(
    "vote_entry",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("meeting_id", Uuid, ForeignKey("meeting.id"), nullable=False),
    Column("case_id", Uuid, ForeignKey("committee_case.id"), nullable=False),
    Column("entry_no", Integer, nullable=False),
    Column("present", Integer, nullable=False),
    Column("in_favour", Integer, nullable=False),
    Column("against", Integer, nullable=False),
    Column("abstain", Integer, nullable=False),
    Column("passed", Integer, nullable=False),  # 1/0 under the rule in force when recorded
    Column("correction_reason", Text),
    Column("recorded_by", Uuid, nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
    UniqueConstraint("case_id", "entry_no"),
)

batch = Table(
    "batch",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("office_code", String(60), nullable=False, index=True),
    Column("senior_committee", String(60), nullable=False),
    Column("senior_office_code", String(60), nullable=False, index=True),
    Column("case_count", Integer, nullable=False),
    Column("idempotency_key", String(200)),
    Column("sent_by", Uuid, nullable=False),
    Column("sent_at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime),
    UniqueConstraint("office_code", "idempotency_key"),
)

# 公示: the recommended applicants an office publishes, for a number of working days
publicity = Table(
    "publicity",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("office_code", String(60), nullable=False, index=True),
    Column("starts_on", Date, nullable=False),
    Column("working_days", Integer, nullable=False),
    Column("ends_on", Date, nullable=False),  # the period's last working day
    Column("published_by", Uuid, nullable=False),
    Column("published_at", UTCDateTime, nullable=False),
)

# which case a publicity lists: a case is published once
publicity_case = Table(
    "publicity_case",
    metadata,
    Column("case_id", Uuid, ForeignKey("committee_case.id"), primary_key=True),
    Column("publicity_id", Uuid, ForeignKey("publicity.id"), nullable=False, index=True),
)

# 异议: filed by anyone during the period; the office records 成立 / 不成立 with a reason
objection = Table(
    "objection",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("publicity_id", Uuid, ForeignKey("publicity.id"), nullable=False),
    Column("case_id", Uuid, ForeignKey("committee_case.id"), nullable=False, index=True),
    Column("office_code", String(60), nullable=False, index=True),
    Column("objector_name", String(30), nullable=False),
    Column("phone", String(20)),
    Column("email", String(200)),
    Column("text", Text, nullable=False),
    Column("filed_at", UTCDateTime, nullable=False),
    Column("status", String(20), nullable=False),
    Column("decision_reason", Text),
    Column("decided_by", Uuid),
    Column("decided_at", UTCDateTime),
)

# the season as review last published it (review.season_published): its local closures count
season_copy = season_copy_table(metadata)
