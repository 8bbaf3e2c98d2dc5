"""Who did what, when and from where: the operator's and the departments' consequential actions
(accounts created, disabled, enabled, reset; passwords changed; notices resent; full ID numbers
revealed; dead letters replayed) leave one record each.

A record is written in the same transaction as the action it describes (a failed action leaves
none), and logged (`audit_recorded`) once that transaction commits. The table is append-only:
on PostgreSQL a trigger refuses UPDATE and DELETE (`APPEND_ONLY`, run by each service's
migration). Records name accounts by id and targets by id; never a full ID number or phone."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import sqlalchemy as sa
import structlog
from alembic import op
from fastapi import APIRouter, Depends, Query, Request
from pydantic import AwareDatetime, BaseModel, Field
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db.types import UTCDateTime
from shared.http import MAX_INTEGER

log = structlog.get_logger("audit")

TABLE = "audit_record"
APPEND_ONLY = (
    f"create function {TABLE}_append_only() returns trigger language plpgsql as "
    f"$$ begin raise exception '{TABLE} is append-only'; end $$",
    f"create trigger {TABLE}_append_only before update or delete on {TABLE} "
    f"for each row execute function {TABLE}_append_only()",
)
DROP_APPEND_ONLY = (
    f"drop trigger if exists {TABLE}_append_only on {TABLE}",
    f"drop function if exists {TABLE}_append_only()",
)


def create_audit_table() -> None:
    """The migration that adds the table (review's and notify's run the same one). It is
    written out here, not built from `audit_table`, so that a later change to the model needs
    a migration of its own."""
    op.create_table(
        TABLE,
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.create_index(f"ix_{TABLE}_at", ["at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":  # no UPDATE, no DELETE
        for statement in APPEND_ONLY:
            op.execute(statement)


def drop_audit_table() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DROP_APPEND_ONLY:
            op.execute(statement)
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.drop_index(f"ix_{TABLE}_at")
    op.drop_table(TABLE)


def audit_table(metadata: MetaData) -> Table:
    table = Table(
        TABLE,
        metadata,
        Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
        Column("at", UTCDateTime, nullable=False),
        Column("actor", String(100), nullable=False),  # an account id, or cli:<system user>
        Column("action", String(60), nullable=False),  # e.g. account.disable
        Column("target", String(200), nullable=False),  # what it was done to, by id
        Column("source", String(100)),  # the client's address, or the host of a command line
        Column("detail", JSON),
    )
    Index(f"ix_{TABLE}_at", table.c.at)
    return table


@dataclass(frozen=True)
class Audited:
    actor: str
    action: str
    target: str
    source: str | None = None
    detail: dict[str, Any] | None = None


def source_of(request: Request) -> str | None:
    """The client's address (uvicorn sets it from X-Forwarded-For of a trusted proxy)."""
    return request.client.host if request.client else None


async def record(session: AsyncSession, table: Table, entry: Audited, *, at: datetime) -> None:
    """Adds the record to the session's transaction; the caller's commit keeps it."""
    await session.execute(
        insert(table).values(
            at=at,
            actor=entry.actor,
            action=entry.action,
            target=entry.target,
            source=entry.source,
            detail=entry.detail,
        )
    )
    log.info(
        "audit_recorded",
        actor=entry.actor,
        action=entry.action,
        target=entry.target,
        source=entry.source,
    )


class AuditRecordOut(BaseModel):
    id: int
    at: datetime
    actor: str = Field(title="操作人")
    action: str = Field(title="操作")
    target: str = Field(title="对象")
    source: str | None = Field(title="来源地址")
    detail: dict[str, Any] | None = Field(title="详情")


class AuditPage(BaseModel):
    items: list[AuditRecordOut]
    total: int


async def audit_page(
    session: AsyncSession,
    table: Table,
    *,
    action: str | None,
    limit: int,
    offset: int,
    actor: str | None = None,
    since: datetime | None = None,
    before: datetime | None = None,
) -> AuditPage:
    """Newest first, optionally of one action, of one actor, from `since`, before `before`."""
    where: list[Any] = []
    if action is not None:
        where.append(table.c.action == action)
    if actor is not None:
        where.append(table.c.actor == actor)
    if since is not None:
        where.append(table.c.at >= since)
    if before is not None:
        where.append(table.c.at < before)
    total = (
        await session.execute(select(func.count()).select_from(table).where(*where))
    ).scalar_one()
    rows = await session.execute(
        select(table).where(*where).order_by(table.c.id.desc()).limit(limit).offset(offset)
    )
    return AuditPage(
        items=[AuditRecordOut.model_validate(row._mapping) for row in rows], total=int(total)
    )


def audit_router(
    table: Table,
    *,
    operator: Callable[..., Any],
    services: Callable[[Request], Any],
    examples: str,
) -> APIRouter:
    """GET /audit for the operator (`operator`: the service's operator-only dependency;
    `services(request)`: its context, whose uow_factory opens a session)."""
    router = APIRouter(prefix="/audit", tags=["operator"])

    @router.get("", response_model=AuditPage, dependencies=[Depends(operator)])
    async def audit_records(
        request: Request,
        action: Annotated[str | None, Query(max_length=60, description=examples)] = None,
        actor: Annotated[
            str | None, Query(max_length=100, description="an account id, or cli:<user>")
        ] = None,
        since: Annotated[AwareDatetime | None, Query(description="at or after")] = None,
        before: Annotated[AwareDatetime | None, Query(description="strictly before")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_INTEGER)] = 0,
    ) -> AuditPage:
        """The audit records, newest first, optionally of one action, one actor, a time span."""
        async with services(request).uow_factory() as uow:
            return await audit_page(
                uow.session,
                table,
                action=action,
                actor=actor,
                since=since,
                before=before,
                limit=limit,
                offset=offset,
            )

    return router
