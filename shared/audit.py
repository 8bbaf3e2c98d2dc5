"""Who did what, when and from where: the operator's and the departments' consequential actions
(accounts created, disabled, enabled, reset; passwords changed; notices resent; full ID numbers
revealed; dead letters replayed) leave one record each.

A record is written in the same transaction as the action it describes (a failed action leaves
none), and logged (`audit_recorded`) once that transaction commits. The table is append-only:
on PostgreSQL a trigger refuses UPDATE and DELETE (`APPEND_ONLY`, run by each service's
migration). Records name accounts by id and targets by id; never a full ID number or phone.

What the operator reads is said in Chinese: each action's label (`AuditAction`, whose labels are
exhaustive, so an action without one is a type error), the actor and the target where the
record itself tells who they are (a command line's user, an applicant's own account, the
account a new login was made for; a service may label its own targets from its data, as notify
does its notices), and the detail as labelled lines. The stored strings never change: an action
recorded before it had a member is answered with its string as its label."""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, assert_never

import sqlalchemy as sa
import structlog
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
from shared.service import ServiceContext

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
    from alembic import op  # only a migration needs alembic: not loaded by every service start

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
    from alembic import op  # only a migration needs alembic: not loaded by every service start

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


class AuditAction(StrEnum):
    """Every action a service records, by the string it stores."""

    account_create = "account.create"
    account_disable = "account.disable"
    account_enable = "account.enable"
    account_reset_password = "account.reset_password"
    account_change_password = "account.change_password"
    account_register = "account.register"
    id_number_reveal = "id_number.reveal"
    notice_resend = "notice.resend"
    notice_resend_failed = "notice.resend_failed"


def action_label(action: AuditAction) -> str:
    """The action as the operator reads it (exhaustive: mypy refuses a member left out)."""
    match action:
        case AuditAction.account_create:
            return "新建账号"
        case AuditAction.account_disable:
            return "停用账号"
        case AuditAction.account_enable:
            return "启用账号"
        case AuditAction.account_reset_password:
            return "重置密码"
        case AuditAction.account_change_password:
            return "修改密码"
        case AuditAction.account_register:
            return "注册账号"
        case AuditAction.id_number_reveal:
            return "查看完整证件号码"
        case AuditAction.notice_resend:
            return "重发通知"
        case AuditAction.notice_resend_failed:
            return "全部重发失败的通知"
        case _:
            assert_never(action)


ACTION_LABELS: Mapping[AuditAction, str] = {action: action_label(action) for action in AuditAction}


def label_of_action(stored: str) -> str:
    """A stored action's label; one no member names (recorded before it had one) as stored."""
    try:
        return ACTION_LABELS[AuditAction(stored)]
    except ValueError:
        return stored


# the detail's keys and values, as the operator reads them (unknown ones are shown as stored)
DETAIL_LABELS = {
    "kind": "账号类别",
    "organisation_code": "所属机构",
    "id_number": "证件号码（已隐去部分）",
}
DETAIL_VALUE_LABELS = {"kind": {"department": "部门账号", "admin": "系统管理员账号"}}


def actor_label(actor: str, detail: Mapping[str, Any] | None) -> str | None:
    """Who acted, where the record says it: a command line's system user, an applicant (by
    the masked ID number the record keeps). None for a bare account id: its service's accounts
    name it (review's operator list, on the screen)."""
    kind, _, who = actor.partition(":")
    if kind == "cli" and who:
        return f"命令行（系统用户 {who}）"
    if kind == "applicant" and who:
        number = (detail or {}).get("id_number")
        return f"申报人（证件号码 {number}）" if number else "申报人"
    return None


def target_label(action: str, target: str, actor: str) -> str | None:
    """What it was done to, where the record says it: the holder's own account, or the
    account a new login was made for (its username). None where only the target's service
    knows it."""
    if target == actor or actor == f"applicant:{target}":
        return "本人账号"
    if action == AuditAction.account_create:
        return f"账号 {target}"
    return None


@dataclass(frozen=True)
class Audited:
    actor: str
    action: AuditAction
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


class AuditDetailOut(BaseModel):
    key: str = Field(description="the detail's key as stored, e.g. organisation_code")
    label: str = Field(title="项目", description="the key in Chinese")
    value: str = Field(title="内容", description="the value, in Chinese where it is a code word")


class AuditRecordOut(BaseModel):
    id: int
    at: datetime
    actor: str = Field(title="操作人")
    action: str = Field(title="操作")
    target: str = Field(title="对象")
    source: str | None = Field(title="来源地址")
    detail: dict[str, Any] | None = Field(title="详情")
    action_label: str = Field(title="操作", description="the action in Chinese")
    actor_label: str | None = Field(
        title="操作人", description="who acted, where the service knows it (else null)"
    )
    target_label: str | None = Field(
        title="对象", description="what it was done to, where the service knows it (else null)"
    )
    details: list[AuditDetailOut] = Field(title="详情", description="the detail, labelled")


class AuditActionOut(BaseModel):
    value: str = Field(description="the action as stored, for the `action` filter")
    label: str = Field(description="the action in Chinese")


class AuditPage(BaseModel):
    items: list[AuditRecordOut]
    total: int
    actions: list[AuditActionOut] = Field(
        description="the actions this service's records may be filtered by, labelled"
    )


# a service's own words for some of its records' targets: (session, records) -> target -> label
TargetLabels = Callable[[AsyncSession, Sequence[AuditRecordOut]], Awaitable[Mapping[str, str]]]


def record_out(row: Mapping[Any, Any]) -> AuditRecordOut:
    """A stored record with its labels (those only its service knows are added after)."""
    detail = row["detail"]
    return AuditRecordOut(
        id=row["id"],
        at=row["at"],
        actor=row["actor"],
        action=row["action"],
        target=row["target"],
        source=row["source"],
        detail=detail,
        action_label=label_of_action(row["action"]),
        actor_label=actor_label(row["actor"], detail),
        target_label=target_label(row["action"], row["target"], row["actor"]),
        details=detail_lines(detail),
    )


def detail_lines(detail: Mapping[str, Any] | None) -> list[AuditDetailOut]:
    """The detail as labelled lines: the keys known in DETAIL_LABELS' order, then the others;
    an empty value is left out."""
    known = list(DETAIL_LABELS)
    ordered = sorted((detail or {}).items(), key=lambda item: _place(known, item[0]))
    lines = []
    for key, value in ordered:
        if value is None:  # e.g. an operator's account has no organisation: nothing to say
            continue
        words = DETAIL_VALUE_LABELS.get(key, {})
        shown = str(value)
        lines.append(
            AuditDetailOut(
                key=key, label=DETAIL_LABELS.get(key, key), value=words.get(shown, shown)
            )
        )
    return lines


def _place(known: list[str], key: str) -> int:
    return known.index(key) if key in known else len(known)


def action_options(actions: Sequence[str]) -> list[AuditActionOut]:
    return [AuditActionOut(value=a, label=label_of_action(a)) for a in actions]


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
    actions: Sequence[AuditAction] | None = None,
    targets: TargetLabels | None = None,
) -> AuditPage:
    """Newest first, optionally of one action, of one actor, from `since`, before `before`.
    `actions`: those the service records (the filter's choices); by default those its table
    holds. `targets`: the service's own labels for its records' targets."""
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
    items = [record_out(row._mapping) for row in rows]
    if targets is not None:
        known = await targets(session, items)
        items = [
            item.model_copy(update={"target_label": known[item.target]})
            if item.target_label is None and item.target in known
            else item
            for item in items
        ]
    if actions is None:
        recorded = await session.execute(select(table.c.action).distinct())
        actions = sorted((AuditAction(a) for a in recorded.scalars() if a in _STORED), key=_order)
    return AuditPage(items=items, total=int(total), actions=action_options(actions))


_STORED = {action.value for action in AuditAction}


def _order(action: AuditAction) -> int:
    return list(AuditAction).index(action)


def audit_router(
    table: Table,
    *,
    operator: Callable[..., Any],
    services: Callable[[Request], Awaitable[ServiceContext[Any, Any]]],
    examples: str,
    actions: Sequence[AuditAction] | None = None,
    targets: TargetLabels | None = None,
) -> APIRouter:
    """GET /audit for the operator (`operator`: the service's operator-only dependency;
    `services(request)`: its context, whose uow_factory opens a session). `actions`: the
    actions the service records (default: those its table holds); `targets`: its own labels
    for its records' targets."""
    router = APIRouter(prefix="/audit", tags=["operator"])

    @router.get("", response_model=AuditPage, dependencies=[Depends(operator)])
    async def audit_records(
        context: Annotated[ServiceContext[Any, Any], Depends(services)],
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
        async with context.uow_factory() as uow:
            return await audit_page(
                uow.session,
                table,
                action=action,
                actor=actor,
                since=since,
                before=before,
                limit=limit,
                offset=offset,
                actions=actions,
                targets=targets,
            )

    return router
