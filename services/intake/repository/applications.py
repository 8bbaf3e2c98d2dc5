"""Applications in intake's database: the row every command on an application locks first."""

import uuid
from datetime import datetime

from sqlalchemy import RowMapping, Update, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import Standing, Status, WithdrawalOutcome
from services.intake.models import application
from services.intake.repository.records import ApplicationRecord
from services.intake.repository.stored import StoredWithdrawal
from shared.contracts.vocabulary import StageState
from shared.db.statements import affected


class ApplicationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(self, application_id: uuid.UUID, account_id: uuid.UUID, now: datetime) -> None:
        await self._session.execute(
            insert(application).values(
                id=application_id,
                account_id=account_id,
                status=Status.draft,
                submission=0,
                last_sequence=0,
                created_at=now,
                updated_at=now,
            )
        )

    async def get_for_update(
        self, application_id: uuid.UUID, account_id: uuid.UUID
    ) -> ApplicationRecord | None:
        """The application's row, locked until commit; None if it is not this applicant's.

        Every command on an application takes this lock first, so a form saved while the same
        application is being submitted either lands before the snapshot or is refused after it."""
        result = await self._session.execute(
            select(application)
            .where(application.c.id == application_id, application.c.account_id == account_id)
            .with_for_update()
        )
        return _record(result.mappings().first())

    async def locked(self, application_id: uuid.UUID) -> ApplicationRecord | None:
        """The application's row, locked until commit, whoever it belongs to (for consumers)."""
        result = await self._session.execute(
            select(application).where(application.c.id == application_id).with_for_update()
        )
        return _record(result.mappings().first())

    async def change(self, application_id: uuid.UUID, *, now: datetime, **values: object) -> None:
        await self._session.execute(
            update(application)
            .where(application.c.id == application_id)
            .values(updated_at=now, **values)
        )

    async def update_if_newer(
        self,
        application_id: uuid.UUID,
        *,
        submission: int,
        sequence: int,
        at: datetime,
        **values: object,
    ) -> bool:
        """Applies `values` only if `sequence` is newer than the last one applied to the same
        submission. One conditional UPDATE, so concurrent deliveries cannot move it backwards."""
        result = await self._session.execute(
            update(application)
            .where(
                application.c.id == application_id,
                application.c.submission == submission,
                application.c.last_sequence < sequence,
            )
            .values(last_sequence=sequence, updated_at=at, **values)
        )
        return bool(affected(result))

    async def settle_withdrawal(
        self, application_id: uuid.UUID, *, submission: int, withdrawal: StoredWithdrawal
    ) -> None:
        """Review's answer to a withdrawal request, whatever order the events came in: it answers
        the applicant's question, it does not move the case."""
        await self._session.execute(
            update(application)
            .where(application.c.id == application_id, application.c.submission == submission)
            .values(withdrawal=withdrawal)
        )


def submitted_update(
    application_id: uuid.UUID, standing: Standing, *, at: datetime, correlation_id: uuid.UUID
) -> Update:
    """The new submission is current, standing as the domain evolved it: what review said about
    the previous one is cleared."""
    return (
        update(application)
        .where(application.c.id == application_id)
        .values(
            updated_at=at,
            status=standing.status,
            submission=standing.submission,
            last_sequence=standing.last_sequence,
            stage=None,
            rejection=None,
            withdrawal=None,
            correction=None,
            correlation_id=correlation_id,
            submitted_at=at,
        )
    )


def _record(row: RowMapping | None) -> ApplicationRecord | None:
    return None if row is None else ApplicationRecord.of(row)


def standing_of(row: ApplicationRecord) -> Standing:
    stage, withdrawal = row.stage, row.withdrawal
    return Standing(
        status=Status(row.status),
        submission=row.submission,
        last_sequence=row.last_sequence,
        stage_position=stage["position"] if stage else None,
        stage_state=StageState(stage["state"]) if stage else None,
        withdrawal_pending=withdrawal is not None
        and withdrawal["outcome"] == WithdrawalOutcome.pending,
    )
