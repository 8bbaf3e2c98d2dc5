"""Cases: the aggregate (case + route), saved with optimistic concurrency, and its history."""

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, RowMapping, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.actions import Corrected, Event, OpinionSigned, ReturnedForCorrection
from services.review.domain.case import Application, Case, Status, Stop
from services.review.domain.routes import EmployerFacts
from services.review.models import (
    case_history,
    organisation,
    review_case,
    route_stage,
    stage_reminder,
)
from services.review.repository.case_opening import OPEN_CASE, open_case_parameters
from services.review.repository.history_details import HistoryDetails
from shared.contracts import ApplicationSubmitted, OrganisationRef, ReviewOpinion
from shared.contracts.regions import region_level
from shared.contracts.vocabulary import Role
from shared.db.statements import affected


class CaseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, case: Case, submitted: ApplicationSubmitted) -> None:
        """The case opened from `submitted` (kept whole: the forms, for the case page) and its
        route. On PostgreSQL in one statement, one round trip (`case_opening.OPEN_CASE`)."""
        row, stages = _case_row(case, submitted), _stage_rows(case)
        if self._session.get_bind().dialect.name == "postgresql":
            await self._session.execute(OPEN_CASE, open_case_parameters(row, stages))
            return
        await self._session.execute(insert(review_case).values(**row))
        await self._session.execute(insert(route_stage), stages)

    async def get(self, case_id: uuid.UUID) -> Case | None:
        return await self._load(review_case.c.id == case_id)

    async def get_submission(self, application_id: uuid.UUID, submission: int) -> Case | None:
        return await self._load(
            (review_case.c.application_id == application_id)
            & (review_case.c.submission == submission)
        )

    async def save(self, case: Case, *, expected_version: int) -> bool:
        """Writes the case if nobody changed it since `expected_version`; False if somebody did.
        One conditional UPDATE: of two concurrent writers exactly one wins."""
        result = await self._session.execute(
            update(review_case)
            .where(review_case.c.id == case.id, review_case.c.version == expected_version)
            .values(
                position=case.position,
                status=case.status,
                paper_checked=case.paper_checked,
                sequence=case.sequence,
                version=case.version,
                stage_entered_at=case.stage_entered_at,
                submission=case.application.submission,
                returned_from=case.returned_from,
            )
        )
        if not affected(result):
            return False
        await self._session.execute(
            update(route_stage)
            .where(route_stage.c.case_id == case.id, route_stage.c.position == case.position)
            .values(state=case.status)
        )
        return True

    async def replace_submitted(self, case_id: uuid.UUID, corrected: ApplicationSubmitted) -> None:
        """The corrected submission's materials, in place of the returned one's (the history
        keeps both numbers and the diff; intake keeps both versions in full)."""
        summary = corrected.forms.summary if corrected.forms else None
        await self._session.execute(
            update(review_case)
            .where(review_case.c.id == case_id)
            .values(
                submitted=corrected.model_dump(mode="json"),
                applicant_name=corrected.applicant.name,
                id_number_masked=corrected.applicant.id_number_masked,
                employer_name=corrected.employer.name,
                current_profession=summary.current_profession if summary else None,
                applied_title=summary.applied_title if summary else None,
            )
        )

    async def stage_left(
        self, case_id: uuid.UUID, position: int, outcome: str, at: datetime
    ) -> None:
        await self._session.execute(
            update(route_stage)
            .where(route_stage.c.case_id == case_id, route_stage.c.position == position)
            .values(left_at=at, outcome=outcome, state=outcome)
        )

    async def stage_entered(self, case_id: uuid.UUID, position: int, at: datetime) -> None:
        await self._session.execute(
            update(route_stage)
            .where(route_stage.c.case_id == case_id, route_stage.c.position == position)
            .values(entered_at=at)
        )

    async def stage_restarted(self, case_id: uuid.UUID, position: int, at: datetime) -> None:
        """The stage's time starts again (a corrected case is back): entered now, and 催办 counts
        its periods from now, as if none had been sent."""
        await self.stage_entered(case_id, position, at)
        await self._session.execute(
            delete(stage_reminder).where(
                stage_reminder.c.case_id == case_id, stage_reminder.c.position == position
            )
        )

    async def record(self, case: Case, event: Event, *, action: str, position: int) -> None:
        """Appends one history entry; history is never updated or deleted."""
        opinion = event if isinstance(event, OpinionSigned) else None
        actor = event.actor
        await self._session.execute(
            insert(case_history).values(
                case_id=case.id,
                version=case.version,
                position=position,
                organisation_code=case.route[position - 1].organisation_code,
                action=action,
                actor_account_id=actor.account_id if actor else None,
                actor_name=actor.name if actor else None,
                decision=opinion.decision if opinion else None,
                text=_text(event),
                signer=opinion.signer if opinion else None,
                details=_details(event),
                at=event.at,
            )
        )

    async def submitted(self, case_id: uuid.UUID) -> ApplicationSubmitted:
        """The submission the case was opened from (or, once corrected, the corrected one)."""
        query = select(review_case.c.submitted).where(review_case.c.id == case_id)
        return ApplicationSubmitted.model_validate(
            (await self._session.execute(query)).scalar_one()
        )

    async def opinions(self, case: Case) -> list[ReviewOpinion]:
        """Every review opinion signed on the case, in the order they were signed."""
        rows = await self._session.execute(
            select(case_history)
            .where(case_history.c.case_id == case.id, case_history.c.action == "opinion_signed")
            .order_by(case_history.c.version)
        )
        return [
            ReviewOpinion(
                position=row["position"],
                organisation=OrganisationRef(
                    code=row["organisation_code"],
                    name=case.route[row["position"] - 1].organisation_name,
                ),
                decision=row["decision"],
                text=row["text"],
                signer=row["signer"],
                signed_at=row["at"],
            )
            for row in rows.mappings()
        ]

    async def _load(self, where: ColumnElement[bool]) -> Case | None:
        query = select(review_case).where(where)
        row = (await self._session.execute(query)).mappings().first()
        if row is None:
            return None
        stops = await self._session.execute(
            select(
                route_stage,
                organisation.c.name.label("organisation_name"),
                organisation.c.email.label("organisation_email"),
            )
            .join(organisation, organisation.c.code == route_stage.c.organisation_code)
            .where(route_stage.c.case_id == row["id"])
            .order_by(route_stage.c.position)
        )
        return _case(row, tuple(_stop(stop) for stop in stops.mappings()))


def _details(event: Event) -> HistoryDetails | None:
    if isinstance(event, ReturnedForCorrection):
        return {
            "returned_from": event.returned_from.value,
            "items": [
                {
                    "form": item.form.value if item.form else None,
                    "field": item.field,
                    "field_label": item.field_label,
                    "note": item.note,
                }
                for item in event.items
            ],
        }
    if isinstance(event, Corrected):
        return {
            "corrects_submission": event.corrects_submission,
            "submission": event.application.submission,
            "changes": [
                {
                    "form": c.form.value,
                    "field": c.field,
                    "field_label": c.field_label,
                    "before": c.before,
                    "after": c.after,
                }
                for c in event.changes
            ],
        }
    return None


def _text(event: Event) -> str | None:
    for field in ("reason", "text", "note"):
        if value := getattr(event, field, None):
            return str(value)
    return None


def _case_row(case: Case, submitted: ApplicationSubmitted) -> dict[str, object]:
    application, employer = case.application, case.application.employer
    return {
        "id": case.id,
        "application_id": application.application_id,
        "submission": application.submission,
        "applicant_name": application.applicant_name,
        "id_number_masked": application.id_number_masked,
        "employer_name": application.employer_name,
        "kind": employer.kind,
        "level": region_level(employer.region_code or ""),
        "region_code": employer.region_code,
        "unit_code": employer.unit_code,
        "current_profession": application.current_profession,
        "applied_title": submitted.forms.summary.applied_title if submitted.forms else None,
        "submitted": submitted.model_dump(mode="json"),
        "position": case.position,
        "stage_count": len(case.route),
        "status": case.status,
        "paper_checked": case.paper_checked,
        "sequence": case.sequence,
        "version": case.version,
        "correlation_id": application.correlation_id,
        "opened_at": case.opened_at,
        "stage_entered_at": case.stage_entered_at,
        "returned_from": case.returned_from,
    }


def _stage_rows(case: Case) -> list[dict[str, object]]:
    """The case's route, its first stage entered as the case opens."""
    return [
        {
            "case_id": case.id,
            "position": stop.position,
            "role": stop.role,
            "organisation_code": stop.organisation_code,
            "paper_check_required": stop.paper_check_required,
            "entered_at": case.opened_at if stop.position == 1 else None,
            "state": case.status.value if stop.position == 1 else None,
        }
        for stop in case.route
    ]


def _case(row: RowMapping, route: tuple[Stop, ...]) -> Case:
    return Case(
        id=row["id"],
        application=Application(
            application_id=row["application_id"],
            submission=row["submission"],
            applicant_name=row["applicant_name"],
            id_number_masked=row["id_number_masked"],
            employer_name=row["employer_name"],
            employer=EmployerFacts(row["kind"], row["region_code"], row["unit_code"]),
            current_profession=row["current_profession"],
            correlation_id=row["correlation_id"],
        ),
        route=route,
        position=row["position"],
        status=Status(row["status"]),
        paper_checked=row["paper_checked"],
        sequence=row["sequence"],
        version=row["version"],
        opened_at=row["opened_at"],
        stage_entered_at=row["stage_entered_at"],
        returned_from=Status(row["returned_from"]) if row["returned_from"] else None,
    )


def _stop(row: RowMapping) -> Stop:
    return Stop(
        position=row["position"],
        role=Role(row["role"]),
        organisation_code=row["organisation_code"],
        organisation_name=row["organisation_name"],
        paper_check_required=row["paper_check_required"],
        organisation_email=row["organisation_email"],
    )
