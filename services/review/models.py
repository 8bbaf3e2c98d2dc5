"""Review's tables (its own database)."""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)

from shared.audit import audit_table
from shared.db import UTCDateTime, messaging_tables, service_metadata

metadata = service_metadata()
messaging = messaging_tables(metadata)
audit = audit_table(metadata)  # who did what (shared/audit.py)

organisation = Table(
    "organisation",
    metadata,
    Column("code", String(60), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(40), nullable=False),
    Column("region_code", String(6), nullable=False),
    Column("sends_to", String(60)),
    Column("email", String(200)),
    # false once dropped from the directory file; kept because cases refer to it
    Column("active", Boolean, nullable=False),
)

# every directory and route table review has published (review.directory_published), by digest:
# a start with unchanged data publishes nothing
directory_publication = Table(
    "directory_publication",
    metadata,
    Column("digest", String(64), primary_key=True),
    Column("published_at", UTCDateTime, nullable=False),
)

# the season the operator set (one row: the current one), as review.season_published carries it
season = Table(
    "season",
    metadata,
    Column("id", Integer, primary_key=True),  # always 1
    Column("content", JSON, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("updated_by", String(100), nullable=False),
)

# 催办 sent: one row per (case, stage, period), so that a department is chased once per period
# however many workers look
stage_reminder = Table(
    "stage_reminder",
    metadata,
    Column("case_id", Uuid, ForeignKey("review_case.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("period", Integer, primary_key=True),
    Column("sent_at", UTCDateTime, nullable=False),
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
    Column("kind", String(40), nullable=False),  # the employer kind (routes.toml [[kind]])
    Column("level", String(10), nullable=False),
    Column("region_code", String(6), nullable=False),
    Column("unit_code", String(60)),  # the organisation the applicant named, if the kind names one
    Column("current_profession", String(100)),
    Column("applied_title", String(50)),  # 申报资格, from the 申报简表, for the lists
    # the submitted forms snapshot, check report and file references, as intake sent them
    Column("submitted", JSON, nullable=False),
    Column("position", Integer, nullable=False),
    Column("stage_count", Integer, nullable=False),
    Column("status", String(30), nullable=False),
    Column("paper_checked", Boolean, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("correlation_id", Uuid, nullable=False),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("stage_entered_at", UTCDateTime, nullable=False),
    # 退回补正: while with the applicant, the status the case comes back to
    Column("returned_from", String(30)),
    UniqueConstraint("application_id", "submission"),
)

route_stage = Table(
    "route_stage",
    metadata,
    Column("case_id", Uuid, ForeignKey("review_case.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("role", String(40), nullable=False),
    Column("organisation_code", String(60), ForeignKey("organisation.code"), nullable=False),
    Column("paper_check_required", Boolean, nullable=False),
    Column("entered_at", UTCDateTime),
    # set when the case leaves this stage: forwarded, refused, disagreed, withdrawn
    Column("left_at", UTCDateTime),
    Column("outcome", String(20)),
    # the case's status while it is at this stage, then the outcome it left with; None until it
    # arrives. The department lists read it alone, so a busy department's lists stay fast.
    Column("state", String(30)),
)
Index("ix_route_stage_organisation", route_stage.c.organisation_code, route_stage.c.position)
# the lists' badges and pages read these alone (index-only on PostgreSQL)
Index(
    "ix_route_stage_worklist",
    route_stage.c.organisation_code,
    route_stage.c.state,
    route_stage.c.entered_at,
    postgresql_include=["position", "left_at", "case_id"],
)
Index(
    "ix_route_stage_processed",
    route_stage.c.organisation_code,
    route_stage.c.left_at,
    postgresql_include=["position", "state", "entered_at", "case_id"],
)

# the lists' badges without counting the lists: every change to route_stage adds its +1/-1 per
# (organisation, state, at its first stage) here (triggers, PostgreSQL only: migrations), and the
# worker folds each key's rows into one (repository/tallies.py). Rows are only ever inserted by
# writers, so a busy department's actions never wait for one another on a counter.
stage_tally = Table(
    "stage_tally",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("organisation_code", String(60), nullable=False),
    Column("state", String(30), nullable=False),
    Column("at_first", Boolean, nullable=False),
    Column("n", BigInteger, nullable=False),
)
Index("ix_stage_tally_organisation", stage_tally.c.organisation_code)

# append-only: who did what, when, with which opinion, at every stage
case_history = Table(
    "case_history",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("case_id", Uuid, ForeignKey("review_case.id"), nullable=False),
    Column("version", Integer, nullable=False),  # the case's version this entry made
    Column("position", Integer, nullable=False),
    Column("organisation_code", String(60), nullable=False),
    Column("action", String(30), nullable=False),
    Column("actor_account_id", Uuid),
    Column("actor_name", String(100)),
    Column("decision", String(20)),
    Column("text", Text),
    Column("signer", String(100)),
    # 退回补正's items, a correction's submissions and diff
    Column("details", JSON),
    Column("at", UTCDateTime, nullable=False),
    # one transition per version: two clerks can never both move the case from one state
    UniqueConstraint("case_id", "version"),
)

account = Table(
    "account",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("username", String(60), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("kind", String(20), nullable=False),  # department | admin
    Column("organisation_code", String(60), ForeignKey("organisation.code")),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("token_version", Integer, nullable=False),
    Column("failed_logins", Integer, nullable=False),
    Column("locked_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# the answer to each (account, Idempotency-Key), replayed when a request is retried
idempotent_request = Table(
    "idempotent_request",
    metadata,
    Column("account_id", Uuid, primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("status_code", Integer, nullable=False),
    Column("body", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# the applicant's full ID number, from intake's ApplicantIdentityProvided: shown only to the
# department holding the case, on an explicit 显示完整号码 that is recorded below
applicant_identity = Table(
    "applicant_identity",
    metadata,
    Column("application_id", Uuid, primary_key=True),
    Column("submission", Integer, primary_key=True),
    Column("id_number", String(18), nullable=False),
    Column("provided_at", UTCDateTime, nullable=False),
)

# every 显示完整号码: who, of which organisation, when (part of the case's history)
id_number_reveal = Table(
    "id_number_reveal",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("case_id", Uuid, ForeignKey("review_case.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("organisation_code", String(60), nullable=False),
    Column("actor_account_id", Uuid, nullable=False),
    Column("actor_name", String(100), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)
