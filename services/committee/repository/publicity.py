"""公示 and the objections filed against it."""

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import RowMapping, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.publicity import (
    Objection,
    ObjectionIn,
    ObjectionStatus,
    Publicity,
)
from services.committee.models import (
    committee_case,
    objection,
    publicity,
    publicity_case,
)
from services.committee.repository.case_records import CaseRecord, case_records
from shared.db.statements import affected


def _publicity(row: RowMapping) -> Publicity:
    return Publicity(
        row["id"], row["office_code"], row["starts_on"], row["working_days"], row["ends_on"]
    )


def _objection(row: RowMapping) -> Objection:
    return Objection(
        id=row["id"],
        publicity_id=row["publicity_id"],
        case_id=row["case_id"],
        office_code=row["office_code"],
        objector_name=row["objector_name"],
        phone=row["phone"],
        email=row["email"],
        text=row["text"],
        filed_at=row["filed_at"],
        status=ObjectionStatus(row["status"]),
        decision_reason=row["decision_reason"],
        decided_at=row["decided_at"],
        applicant_name=row["applicant_name"],
        employer_name=row["employer_name"],
    )


class PublicityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, published: Publicity, case_ids: Iterable[uuid.UUID], *, by: uuid.UUID, at: datetime
    ) -> None:
        await self._session.execute(
            insert(publicity).values(
                id=published.id, office_code=published.office_code,
                starts_on=published.starts_on, working_days=published.working_days,
                ends_on=published.ends_on, published_by=by, published_at=at,
            )
        )  # fmt: skip
        await self._session.execute(
            insert(publicity_case),
            [{"publicity_id": published.id, "case_id": case_id} for case_id in case_ids],
        )

    async def get(self, publicity_id: uuid.UUID) -> Publicity | None:
        query = select(publicity).where(publicity.c.id == publicity_id)
        row = (await self._session.execute(query)).mappings().first()
        return _publicity(row) if row else None

    async def of_cases(self, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Publicity]:
        """The publicity each of the cases is listed in (cases never published are left out)."""
        ids = list(case_ids)
        if not ids:
            return {}
        query = (
            select(publicity_case.c.case_id, publicity)
            .join(publicity, publicity.c.id == publicity_case.c.publicity_id)
            .where(publicity_case.c.case_id.in_(ids))
        )
        rows = (await self._session.execute(query)).mappings()
        return {row["case_id"]: _publicity(row) for row in rows}

    async def of_office(self, office_code: str) -> list[tuple[Publicity, datetime]]:
        """The office's publicities, newest first, each with when it was published."""
        query = (
            select(publicity)
            .where(publicity.c.office_code == office_code)
            .order_by(publicity.c.starts_on.desc(), publicity.c.published_at.desc())
        )
        rows = (await self._session.execute(query)).mappings()
        return [(_publicity(row), row["published_at"]) for row in rows]

    async def running_on(self, today: date) -> list[Publicity]:
        """Every office's publicity in its period on `today` (the public page)."""
        query = (
            select(publicity)
            .where(publicity.c.starts_on <= today, publicity.c.ends_on >= today)
            .order_by(publicity.c.starts_on, publicity.c.office_code)
        )
        return [_publicity(row) for row in (await self._session.execute(query)).mappings()]

    async def cases_of(self, publicity_id: uuid.UUID) -> list[CaseRecord]:
        """The case rows the publicity lists, by name."""
        query = (
            select(committee_case)
            .join(publicity_case, publicity_case.c.case_id == committee_case.c.id)
            .where(publicity_case.c.publicity_id == publicity_id)
            .order_by(committee_case.c.applicant_name, committee_case.c.id)
        )
        return await case_records(self._session, query)

    # --- objections ------------------------------------------------------------------------

    async def add_objection(
        self,
        objection_id: uuid.UUID,
        published: Publicity,
        case_id: uuid.UUID,
        filed: ObjectionIn,
        at: datetime,
    ) -> None:
        await self._session.execute(
            insert(objection).values(
                id=objection_id, publicity_id=published.id, case_id=case_id,
                office_code=published.office_code, objector_name=filed.objector_name,
                phone=filed.phone, email=filed.email, text=filed.text, filed_at=at,
                status=ObjectionStatus.open.value,
            )
        )  # fmt: skip

    async def open_objections(self, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
        ids = list(case_ids)
        if not ids:
            return {}
        query = (
            select(objection.c.case_id, func.count())
            .where(objection.c.case_id.in_(ids), objection.c.status == ObjectionStatus.open)
            .group_by(objection.c.case_id)
        )
        return {case_id: int(n) for case_id, n in await self._session.execute(query)}

    async def objection(self, objection_id: uuid.UUID) -> Objection | None:
        query = (
            select(objection, committee_case.c.applicant_name, committee_case.c.employer_name)
            .join(committee_case, committee_case.c.id == objection.c.case_id)
            .where(objection.c.id == objection_id)
        )
        row = (await self._session.execute(query)).mappings().first()
        return _objection(row) if row else None

    async def objections(
        self,
        office_code: str,
        *,
        decided: bool | None = None,
        publicity_id: uuid.UUID | None = None,
    ) -> list[Objection]:
        """The office's objections with the applicant's name, oldest first."""
        query = (
            select(objection, committee_case.c.applicant_name, committee_case.c.employer_name)
            .join(committee_case, committee_case.c.id == objection.c.case_id)
            .where(objection.c.office_code == office_code)
        )
        if decided is not None:
            open_ = objection.c.status == ObjectionStatus.open
            query = query.where(~open_ if decided else open_)
        if publicity_id is not None:
            query = query.where(objection.c.publicity_id == publicity_id)
        rows = await self._session.execute(query.order_by(objection.c.filed_at))
        return [_objection(row) for row in rows.mappings()]

    async def count_open(self, office_code: str) -> int:
        query = select(func.count()).where(
            objection.c.office_code == office_code, objection.c.status == ObjectionStatus.open
        )
        return int((await self._session.execute(query)).scalar_one())

    async def decide(
        self,
        objection_id: uuid.UUID,
        status: ObjectionStatus,
        reason: str,
        *,
        by: uuid.UUID,
        at: datetime,
    ) -> bool:
        """Records the decision unless somebody decided it first."""
        result = await self._session.execute(
            update(objection)
            .where(objection.c.id == objection_id, objection.c.status == ObjectionStatus.open)
            .values(status=status.value, decision_reason=reason, decided_by=by, decided_at=at)
        )
        return bool(affected(result))
