"""What a submit reads once it holds the application's lock, and what it writes: a fixed few
statements whatever the draft holds (issue #17: each is a round trip, on the path every applicant
takes). The lock itself stays a statement of its own (ApplicationRepository.get_for_update): a
statement's reads see the database as it was when the statement began, so only a read sent after
the lock is granted sees what the holder before it committed."""

from dataclasses import dataclass

from sqlalchemy import Insert, Label, RowMapping, Update, Uuid, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import Standing
from services.intake.domain.progress import Milestone
from services.intake.domain.season import SubmissionWindow
from services.intake.models import (
    applicant_account,
    application_form,
    application_version,
    season_copy,
)
from services.intake.repository.applications import submitted_update
from services.intake.repository.drafts import files_of
from services.intake.repository.history import entry_insert, version_insert
from services.intake.repository.records import (
    AccountRecord,
    ApplicationRecord,
    StoredFileRecord,
    VersionRecord,
)
from services.intake.repository.season import window_of
from shared.contracts import SeasonPublished
from shared.contracts.vocabulary import FormKind
from shared.db.statements import SelectRows
from shared.json_object import JsonObject
from shared.season_copy import CURRENT

_SEASON = "season"
_REPLAYED = "replayed"


@dataclass(frozen=True)
class SubmissionInputs:
    """What a submit (or a check of the draft) reads under the application's lock."""

    account: AccountRecord
    forms: dict[FormKind, JsonObject]  # the kinds saved so far
    files: list[StoredFileRecord]
    window: SubmissionWindow | None  # the season's as intake last heard it; None: open
    replayed: int | None  # the submission the idempotency key asked about made, if any


class SubmissionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def inputs(
        self, row: ApplicationRecord, *, idempotency_key: str | None = None
    ) -> SubmissionInputs:
        """Two statements: the account with, beside it, each form of the draft, the season and
        the submission `idempotency_key` made; then the draft's files. The season is read
        afresh every time, so a submit sees a new one the moment intake keeps it."""
        statement = _INPUTS if idempotency_key is None else _INPUTS_AND_REPLAYED
        found = await self._session.execute(
            statement,
            {
                "application_id": row.id,
                "account_id": row.account_id,
                "idempotency_key": idempotency_key,
            },
        )
        head = found.mappings().one()  # an application belongs to an account
        files = await self._session.execute(files_of(row.id))
        return SubmissionInputs(
            account=AccountRecord.of(head),
            forms=_forms(head),
            files=[StoredFileRecord.of(file) for file in files.mappings()],
            window=window_of(_season(head)),
            replayed=head.get(_REPLAYED),
        )

    async def store(self, version: VersionRecord, standing: Standing, milestone: Milestone) -> None:
        """The submission kept as it was sent, the first line of its timeline and the
        application's new standing (what review said about the previous one cleared); fails
        (IntegrityError) if the version's idempotency key was used for this application before.
        On PostgreSQL one statement: the two inserts go as CTEs of the update."""
        writes = (
            version_insert(version),
            entry_insert(
                version.application_id,
                submission=version.submission,
                sequence=version.sequence,
                milestone=milestone,
            ),
        )
        update = submitted_update(
            version.application_id,
            standing,
            at=version.submitted_at,
            correlation_id=version.correlation_id,
        )
        await self._together(update, *writes)

    async def _together(self, update: Update, *inserts: Insert) -> None:
        """PostgreSQL runs data-modifying CTEs; SQLite (the handler tests' fake) has none, so
        there each goes on its own, in the same transaction."""
        if self._session.get_bind().dialect.name != "postgresql":
            for statement in (*inserts, update):
                await self._session.execute(statement)
            return
        ctes = [insert.cte(f"written_{n}") for n, insert in enumerate(inserts, start=1)]
        await self._session.execute(update.add_cte(*ctes))


def _form_column(kind: FormKind) -> str:
    return f"form_{kind.value}"


def _inputs_statement() -> SelectRows:
    """The account with, beside it, one column per form kind (NULL until saved) and the season's
    (NULL until one is set): scalar subqueries, one row in all. Built once, its values bound."""
    application_id = bindparam("application_id", type_=Uuid)
    forms = [
        select(application_form.c.data)
        .where(application_form.c.application_id == application_id)
        .where(application_form.c.kind == kind)
        .scalar_subquery()
        .label(_form_column(kind))
        for kind in FormKind
    ]
    season = (
        select(season_copy.c.content)
        .where(season_copy.c.name == CURRENT)
        .scalar_subquery()
        .label(_SEASON)
    )
    return select(applicant_account, *forms, season).where(
        applicant_account.c.id == bindparam("account_id", type_=Uuid)
    )


def _replayed_column() -> Label[int]:
    """The submission the bound idempotency key made for the application (NULL if none)."""
    return (
        select(application_version.c.submission)
        .where(application_version.c.application_id == bindparam("application_id", type_=Uuid))
        .where(application_version.c.idempotency_key == bindparam("idempotency_key"))
        .scalar_subquery()
        .label(_REPLAYED)
    )


_INPUTS = _inputs_statement()
_INPUTS_AND_REPLAYED = _INPUTS.add_columns(_replayed_column())


def _forms(head: RowMapping) -> dict[FormKind, JsonObject]:
    return {kind: data for kind in FormKind if (data := head[_form_column(kind)]) is not None}


def _season(head: RowMapping) -> SeasonPublished | None:
    content = head[_SEASON]
    return None if content is None else SeasonPublished.model_validate(content)
