"""What intake hears from the other services: progress events become a RecordProgress command,
review's directory is kept for the employer step.

A new kind of progress is one more `on_<event>` here (with its `News`) and one more Subscription
below: the timeline and the ordering by sequence follow from RecordProgress, the status from
the domain (domain/actions.py)."""

from typing import Any

import structlog

from services.intake.commands import RecordProgress
from services.intake.domain import progress
from services.intake.domain.actions import News
from services.intake.domain.progress import Milestone
from services.intake.handlers.directory import keep_directory
from services.intake.handlers.progress import record_progress
from services.intake.models import account_state
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.account_state import record_account_change
from shared.contracts import (
    AccountChanged,
    ApplicationNotRecommended,
    ApplicationRejected,
    CaseStageChanged,
    CaseWithdrawn,
    CommitteeApplicationRejected,
    CommitteeProgressed,
    CorrectionRequested,
    DirectoryPublished,
    Envelope,
    Refusal,
    SeasonPublished,
    SentToSeniorCommittee,
    WithdrawalRefused,
)
from shared.contracts.committee import (
    COMMITTEE_STEP_LABELS,
    CommitteeStep,
    NotRecommendedVerdict,
)
from shared.messaging import Subscription, required_sequence

log = structlog.get_logger(__name__)

# the committee's step, in intake's words (where each leaves the application: the domain's)
COMMITTEE_NEWS = {
    CommitteeStep.received: News.committee_received,
    CommitteeStep.passed: News.committee_passed,
    CommitteeStep.senior_received: News.senior_received,
}


async def on_case_stage_changed(
    uow: IntakeUnitOfWork, event: CaseStageChanged, envelope: Envelope
) -> None:
    stage = event.stage
    milestone = progress.stage_changed(
        stage.organisation.name, stage.position, event.state, event.changed_at
    )
    await _record(
        uow,
        event,
        envelope,
        milestone,
        News.stage_changed,
        stage={**stage.model_dump(mode="json"), "state": event.state.value},
    )
    # the stage's organisation and every earlier holder (a corrected submission reaches the
    # departments it never passed through again): each may open its materials as the case
    for code in dict.fromkeys([*event.held_by, stage.organisation.code]):
        await uow.materials.grant(event.application_id, event.submission, code, event.changed_at)


async def on_application_rejected(
    uow: IntakeUnitOfWork, event: ApplicationRejected, envelope: Envelope
) -> None:
    organisation = event.stage.organisation.name if event.stage else None
    rejection = event.model_dump(
        mode="json", include={"stage", "lower_unit", "reasons", "rejected_at"}
    )
    milestone = progress.rejected(
        organisation, event.reasons, event.rejected_at, disagreed=_disagreed(event)
    )
    await _record(uow, event, envelope, milestone, News.rejected, rejection=rejection)


async def on_correction_requested(
    uow: IntakeUnitOfWork, event: CorrectionRequested, envelope: Envelope
) -> None:
    """退回补正: the application is the applicant's to correct; the items are kept on it."""
    organisation = event.stage.organisation.name
    lines = [f"{i.form_label}“{i.field_label or i.field}”：{i.note}" for i in event.items]
    milestone = progress.correction_requested(organisation, lines, event.requested_at)
    await _record(
        uow,
        event,
        envelope,
        milestone,
        News.correction_requested,
        stage={**event.stage.model_dump(mode="json"), "state": event.returned_from.value},
        correction=event.model_dump(mode="json"),
    )


def _disagreed(event: ApplicationRejected) -> bool | None:
    """A committee office's refusal is 不予接收; review says which it was."""
    if isinstance(event, CommitteeApplicationRejected):
        return False
    if event.refusal is None or event.refusal == Refusal.unroutable:
        return None
    return event.refusal == Refusal.disagreed


async def on_case_withdrawn(
    uow: IntakeUnitOfWork, event: CaseWithdrawn, envelope: Envelope
) -> None:
    milestone = progress.withdrawn(event.withdrawn_at)
    await _record(uow, event, envelope, milestone, News.withdrawn)


async def on_withdrawal_refused(
    uow: IntakeUnitOfWork, event: WithdrawalRefused, envelope: Envelope
) -> None:
    milestone = progress.withdrawal_refused(event.reason, event.refused_at)
    await _record(uow, event, envelope, milestone, News.withdrawal_refused)


async def on_committee_progressed(
    uow: IntakeUnitOfWork, event: CommitteeProgressed, envelope: Envelope
) -> None:
    label = COMMITTEE_STEP_LABELS[event.step]
    milestone = progress.committee_step(event.office.name, label, event.at)
    await _record(uow, event, envelope, milestone, COMMITTEE_NEWS[event.step])


async def on_sent_to_senior_committee(
    uow: IntakeUnitOfWork, event: SentToSeniorCommittee, envelope: Envelope
) -> None:
    milestone = progress.sent_to_senior_committee(
        event.office.name, event.senior_committee.name, event.sent_at
    )
    await _record(uow, event, envelope, milestone, News.sent_to_senior)
    # the senior committee office holds the application now: it opens its materials as its case
    await uow.materials.grant(
        event.application_id, event.submission, event.senior_office.code, event.sent_at
    )


async def on_not_recommended(
    uow: IntakeUnitOfWork, event: ApplicationNotRecommended, envelope: Envelope
) -> None:
    passed = (
        event.verdict == NotRecommendedVerdict.not_selected
        if event.verdict is not None
        else not event.reasons[0].startswith("未通过中评委评审")  # older senders said it in words
    )
    milestone = progress.not_recommended(
        event.office.name, event.reasons, event.decided_at, committee_passed=passed
    )
    await _record(uow, event, envelope, milestone, News.not_recommended)


async def on_directory_published(
    uow: IntakeUnitOfWork, event: DirectoryPublished, _: Envelope
) -> None:
    await keep_directory(uow, event)


async def on_season_published(uow: IntakeUnitOfWork, event: SeasonPublished, _: Envelope) -> None:
    kept = await uow.season.keep(event)
    log.info("season_received", year=event.year, kept=kept)


async def on_account_changed(
    uow: IntakeUnitOfWork, event: AccountChanged, envelope: Envelope
) -> None:
    """Department tokens (for the materials) are judged by the account's newest state."""
    await record_account_change(uow.session, account_state, event)


async def _record(
    uow: IntakeUnitOfWork,
    event: Any,
    envelope: Envelope,
    milestone: Milestone,
    news: News,
    **details: Any,
) -> None:
    """Every event here is about one submission of one application and carries its sequence."""
    command = RecordProgress(
        application_id=event.application_id,
        submission=event.submission,
        sequence=required_sequence(envelope),
        milestone=milestone,
        news=news,
        **details,
    )
    await record_progress(uow, command)


SUBSCRIPTIONS = (
    Subscription(CaseStageChanged, on_case_stage_changed),
    # a refusal is a refusal, whether a department or a committee office made it
    Subscription(
        ApplicationRejected, on_application_rejected, also=(CommitteeApplicationRejected,)
    ),
    Subscription(CaseWithdrawn, on_case_withdrawn),
    Subscription(CorrectionRequested, on_correction_requested),
    Subscription(WithdrawalRefused, on_withdrawal_refused),
    Subscription(CommitteeProgressed, on_committee_progressed),
    Subscription(SentToSeniorCommittee, on_sent_to_senior_committee),
    Subscription(ApplicationNotRecommended, on_not_recommended),
    # review owns the employer kinds, regions, units and routes; the employer step uses them
    Subscription(DirectoryPublished, on_directory_published),
    Subscription(SeasonPublished, on_season_published),
    Subscription(AccountChanged, on_account_changed),
)
