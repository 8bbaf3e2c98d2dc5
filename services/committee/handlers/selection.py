"""高评委设置 and 待网上送审: choose whom to recommend to which senior committee, then send them
online as one batch. Sending twice sends nothing twice: a retried request with the same
Idempotency-Key gets the first batch back, and a second send finds nothing left to send. An
applicant whose 公示 has not ended, or who has an open objection, stays behind (`holds`)."""

import uuid
from dataclasses import dataclass

from services.committee.domain import case as rules
from services.committee.domain.case import CommitteeCase, Status
from services.committee.domain.refusals import NothingToSend
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.handlers.case_steps import (
    advance,
    office_ref,
    own_case,
    sent_by_ref,
)
from services.committee.handlers.publicity import holds
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import (
    ApplicationNotRecommended,
    OrganisationRef,
    SeniorCommitteeRef,
    SentToSeniorCommittee,
)
from shared.contracts.committee import NotRecommendedVerdict


@dataclass(frozen=True)
class Plan:
    chosen: list[CommitteeCase]  # sent now
    held: list[tuple[CommitteeCase, str]]  # selected, held back, and why
    passed_over: list[CommitteeCase]  # marked 未被推荐 with the batch


@dataclass(frozen=True)
class Sent:
    batch_id: uuid.UUID
    case_ids: list[uuid.UUID]
    not_recommended: list[uuid.UUID]


async def select(
    uow: CommitteeUnitOfWork,
    case_id: uuid.UUID,
    office_code: str,
    committee: SeniorCommittee,
    actor: uuid.UUID,
) -> CommitteeCase:
    """Chooses a passed applicant for recommendation (only passed ones may be)."""
    case = await own_case(uow, case_id, office_code)
    after = rules.select(case, committee.code, uow.clock())
    return await advance(
        uow,
        case,
        after,
        "selected",
        actor=actor,
        organisation_code=office_code,
        text=committee.name,
    )


async def unselect(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str, actor: uuid.UUID
) -> CommitteeCase:
    case = await own_case(uow, case_id, office_code)
    published = case.id in await uow.publicity.of_cases([case.id])
    after = rules.unselect(case, uow.clock(), published=published)
    return await advance(uow, case, after, "unselected", actor=actor, organisation_code=office_code)


async def send_batch(
    uow: CommitteeUnitOfWork,
    office_code: str,
    committee: SeniorCommittee,
    *,
    actor: uuid.UUID,
    idempotency_key: str | None,
    publicity_required: bool,
) -> Sent:
    """网上送审: every applicant selected for `committee` goes, in one batch (SentToSeniorCommittee
    each); the passed ones of the same meetings not selected are told they were not recommended."""
    if idempotency_key and (known := await uow.batches.by_key(office_code, idempotency_key)):
        return Sent(known.id, [c.id for c in await uow.cases.in_batch(known.id)], [])
    planned = await batch_plan(uow, office_code, committee, publicity_required=publicity_required)
    chosen, passed_over = planned.chosen, planned.passed_over
    if not chosen and planned.held:
        names = [
            f"{(await uow.cases.row(c.id)).applicant_name}（{why}）" for c, why in planned.held
        ]
        raise NothingToSend("暂无可网上送审的申报材料：" + "；".join(names))
    if not chosen:
        raise NothingToSend()
    batch_id, now = uuid.uuid4(), uow.clock()
    await uow.batches.add(
        id=batch_id, office_code=office_code, senior_committee=committee.code,
        senior_office_code=committee.office_code, case_count=len(chosen),
        idempotency_key=idempotency_key, sent_by=actor, sent_at=now,
    )  # fmt: skip
    for case in chosen:
        sent = await _sent(uow, case, batch_id, len(chosen), committee)
        await advance(
            uow,
            case,
            rules.send(case, batch_id, now),
            "sent",
            actor=actor,
            organisation_code=office_code,
            told=[sent],
        )
    await _not_recommended(uow, office_code, passed_over, actor)
    return Sent(batch_id, [c.id for c in chosen], [c.id for c in passed_over])


async def batch_plan(
    uow: CommitteeUnitOfWork,
    office_code: str,
    committee: SeniorCommittee,
    *,
    publicity_required: bool,
) -> Plan:
    """What 网上送审 to `committee` sends now (every applicant selected for it whose 公示 has
    ended without an open objection), who is held back and why, and who goes unrecommended with
    it (the passed, unselected applicants of the same meetings)."""
    selected = [
        c
        for c in await uow.cases.of_office(office_code, Status.selected)
        if c.senior_committee == committee.code
    ]
    held = await holds(uow, [c.id for c in selected], required=publicity_required)
    chosen = [c for c in selected if c.id not in held]
    meetings = {c.meeting_id for c in chosen}
    passed_over = [
        c for c in await uow.cases.of_office(office_code, Status.passed) if c.meeting_id in meetings
    ]
    return Plan(chosen, [(c, held[c.id]) for c in selected if c.id in held], passed_over)


async def _sent(
    uow: CommitteeUnitOfWork,
    case: CommitteeCase,
    batch_id: uuid.UUID,
    batch_size: int,
    committee: SeniorCommittee,
) -> SentToSeniorCommittee:
    row = await uow.cases.row(case.id)
    return SentToSeniorCommittee(
        application_id=case.application_id,
        submission=case.submission,
        case_id=case.id,
        batch_id=batch_id,
        batch_size=batch_size,
        office=office_ref(row),
        senior_committee=SeniorCommitteeRef(code=committee.code, name=committee.name),
        senior_office=senior_office(committee),
        sent_at=uow.clock(),
    )


async def _not_recommended(
    uow: CommitteeUnitOfWork, office_code: str, passed_over: list[CommitteeCase], actor: uuid.UUID
) -> None:
    for case in passed_over:
        row = await uow.cases.row(case.id)
        told = ApplicationNotRecommended(
            application_id=case.application_id,
            submission=case.submission,
            case_id=case.id,
            office=office_ref(row),
            lower_unit=sent_by_ref(row),
            reasons=["中评委评审通过，但未被推荐至高评委"],
            decided_at=uow.clock(),
            verdict=NotRecommendedVerdict.not_selected,
        )
        after = rules.not_recommended(case, uow.clock())
        await advance(
            uow,
            case,
            after,
            "not_recommended",
            actor=actor,
            organisation_code=office_code,
            told=[told],
        )


def senior_office(committee: SeniorCommittee) -> OrganisationRef:
    return OrganisationRef(code=committee.office_code, name=committee.office_name)
