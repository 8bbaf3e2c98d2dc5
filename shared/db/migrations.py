"""Alembic, driven from code: each service keeps its own migrations/ and calls these.

Alembic is imported by the functions that use it, not by this module: with the Mako templates it
loads, it is a quarter of a second that every API and worker would otherwise pay at start-up for
the migrate command and the readiness check only."""

import asyncio
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, MetaData

from shared.db.engine import create_engine

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(script_location: Path, database_url: str) -> "Config":
    from alembic.config import Config  # lazily: see the module's docstring

    config = Config()
    config.set_main_option("script_location", str(script_location))
    # passed as an attribute, not an ini option: ini interpolation would mangle '%' in passwords
    config.attributes["database_url"] = database_url
    return config


def upgrade(script_location: Path, database_url: str) -> None:
    """Brings the database at `database_url` to the newest revision."""
    from alembic import command  # lazily: see the module's docstring

    command.upgrade(alembic_config(script_location, database_url), "head")


def revision(script_location: Path, message: str) -> None:
    """Autogenerates a new revision from the difference between the models and a scratch SQLite
    database brought to head (batch operations, so the result runs on PostgreSQL too)."""
    from alembic import command  # lazily: see the module's docstring

    with tempfile.TemporaryDirectory() as scratch:
        config = alembic_config(script_location, f"sqlite+aiosqlite:///{scratch}/scratch.db")
        command.upgrade(config, "head")
        command.revision(config, message=message, autogenerate=True)


async def upgrade_async(script_location: Path, database_url: str) -> None:
    """`upgrade` from inside a running event loop (alembic's env runs its own loop)."""
    await asyncio.to_thread(upgrade, script_location, database_url)


def run_migrations(metadata: MetaData) -> None:
    """The body of every service's migrations/env.py."""
    from alembic import context  # lazily: see the module's docstring

    url = context.config.attributes["database_url"]
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    asyncio.run(_run_online(url, metadata))


async def _run_online(url: str, metadata: MetaData) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run_on_connection, metadata)
    finally:
        await engine.dispose()


def _run_on_connection(connection: Connection, metadata: MetaData) -> None:
    from alembic import context  # lazily: see the module's docstring

    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
