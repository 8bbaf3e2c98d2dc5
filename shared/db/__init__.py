"""Database plumbing: metadata, engines, the outbox and inbox tables, the unit of work."""

from shared.db.base import service_metadata
from shared.db.engine import create_engine, session_factory, statement_session_factory
from shared.db.messaging_tables import MessagingTables, messaging_tables
from shared.db.types import UTCDateTime
from shared.db.unit_of_work import Clock, UnitOfWork, utc_now

__all__ = [
    "Clock",
    "MessagingTables",
    "UTCDateTime",
    "UnitOfWork",
    "create_engine",
    "messaging_tables",
    "service_metadata",
    "session_factory",
    "statement_session_factory",
    "utc_now",
]
