from services.committee.models import metadata
from shared.db.migrations import run_migrations

run_migrations(metadata)
