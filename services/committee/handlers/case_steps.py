"""What every committee handler does with a case: find it (404 if not the caller's), decide and
evolve it (domain/actions.py), save it against the version it was loaded at (409 if somebody
was first), record the history entry, announce what domain/told.py says is told."""

import uuid
from dataclasses import replace
from datetime import datetime

from services.committee.domain.actions import Command, decide, evolve, history
from services.committee.domain.case import CaseChanged, CommitteeCase, Origin, Unit
from services.committee.domain.refusals import NotOurs
from services.committee.domain.told import (
    LowerUnit,
    Notice,
    NotRecommended,
    Progressed,
    Rejected,
    SentOn,
    told,
)
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import (
    ApplicationNotRecommended,
    CommitteeApplicationRejected,
    CommitteeProgressed,
    CommitteeStep,
    Contract,
    OrganisationRef,
    Refusal,
    SeniorCommitteeRef,
    SentToSeniorCommittee,
    StageRef,
)
from shared.contracts.committee import NotRecommendedVerdict
from shared.contracts.vocabulary import Role


async def own_case(uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str) -> CommitteeCase:
    case = await uow.cases.get(case_id)
    if case is None or case.office_code != office_code:
        raise NotOurs()
    return case


async def transition(
    uow: CommitteeUnitOfWork,
    case: CommitteeCase,
    command: Command,
    *,
    actor: uuid.UUID | None,
    organisation_code: str | None,
) -> CommitteeCase:
    """The case after `command`, saved (if `case` is still current), its history entry
    recorded and what it tells emitted in order, numbered on from the case's sequence."""
    event = decide(case, command, uow.clock())
    notices = told(case, event)
    after = replace(evolve(case, event), sequence=case.sequence + len(notices))
    if not await uow.cases.save(after, expected_version=case.version):
        raise CaseChanged(case=await uow.cases.get(case.id))
    action, text = history(event)
    await uow.cases.record(
        after, action, at=event.at, organisation_code=organisation_code, actor=actor, text=text
    )
    if notices:
        await announce(uow, case, notices, event.at)
    return after


async def announce(
    uow: CommitteeUnitOfWork, case: CommitteeCase, notices: list[Notice], at: datetime
) -> None:
    """Emits each notice as its contract, numbered on from the case's sequence before it."""
    origin = await uow.cases.origin(case.id)
    for offset, notice in enumerate(notices, start=1):
        await uow.emit(
            announcement(case, origin, notice, at),
            correlation_id=origin.correlation_id,
            sequence=case.sequence + offset,
        )


def organisation(unit: Unit) -> OrganisationRef:
    return OrganisationRef(code=unit.code, name=unit.name, email=unit.email)


def announcement(case: CommitteeCase, origin: Origin, notice: Notice, at: datetime) -> Contract:
    """The contract that says `notice` about the case."""
    application_id, submission, case_id = case.application_id, case.submission, case.id
    office = organisation(origin.office)
    match notice:
        case Progressed(step):
            return CommitteeProgressed(
                application_id=application_id, submission=submission, case_id=case_id,
                office=office, step=CommitteeStep(step), at=at,
            )  # fmt: skip
        case NotRecommended(reason, failed):
            verdict = NotRecommendedVerdict.failed if failed else NotRecommendedVerdict.not_selected
            return ApplicationNotRecommended(
                application_id=application_id,
                submission=submission,
                case_id=case_id,
                office=office,
                lower_unit=organisation(origin.sent_by),
                reasons=[reason],
                decided_at=at,
                verdict=verdict,
            )
        case Rejected(reason, lower_unit, senior_office):
            stage = origin.office_stage
            at_stage = StageRef(
                position=stage.position,
                stage_count=stage.stage_count,
                role=stage.role,
                organisation=organisation(stage.organisation),
            )
            if senior_office is not None:  # one stage past the mid-committee office's
                at_stage = StageRef(
                    position=stage.position + 1,
                    stage_count=stage.stage_count + 1,
                    role=Role.senior_committee_office,
                    organisation=organisation(senior_office),
                )
            lower = origin.sent_by if lower_unit is LowerUnit.sent_by else origin.office
            return CommitteeApplicationRejected(
                application_id=application_id,
                submission=submission,
                case_id=case_id,
                stage=at_stage,
                lower_unit=organisation(lower),
                reasons=[reason],
                refusal=Refusal.not_received,
                rejected_at=at,
            )
        case SentOn(batch_id, batch_size, committee):
            return SentToSeniorCommittee(
                application_id=application_id,
                submission=submission,
                case_id=case_id,
                batch_id=batch_id,
                batch_size=batch_size,
                office=office,
                senior_committee=SeniorCommitteeRef(code=committee.code, name=committee.name),
                senior_office=OrganisationRef(
                    code=committee.office_code, name=committee.office_name
                ),
                sent_at=at,
            )
    raise TypeError(notice)
