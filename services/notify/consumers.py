"""What notify hears: refusals (review's and the committee's, on one queue), 退回补正, decisions
not to recommend, the applicant's contact details, account changes, review's directory (where units'
notices go), intake's one-time SMS codes, review's 催办 and the committee's 异议. Each becomes a
command."""

from services.notify.commands import (
    ChaseDepartment,
    KeepContact,
    SendPhoneCode,
    TellOfficeOfObjection,
    TellOutcome,
)
from services.notify.domain.notices import Contact, Heard, Kind, Outcome, Unit, clean_reasons
from services.notify.handlers.events import (
    chase_department,
    keep_contact,
    send_phone_code,
    tell_office_of_objection,
    tell_outcome,
)
from services.notify.models import account_state
from services.notify.rendering import Renderer
from services.notify.repository.units import Listing
from services.notify.unit_of_work import NotifyUnitOfWork
from shared.account_state import record_account_change
from shared.contracts import (
    AccountChanged,
    ApplicantContactProvided,
    ApplicationNotRecommended,
    ApplicationRejected,
    CaseOverdue,
    CommitteeApplicationRejected,
    Contract,
    CorrectionRequested,
    DirectoryPublished,
    Envelope,
    ObjectionFiled,
    OrganisationRef,
    PhoneCodeRequested,
)
from shared.contracts.committee import NotRecommendedVerdict
from shared.contracts.vocabulary import STAGE_STATE_LABELS
from shared.messaging import Subscription


def subscriptions(renderer: Renderer) -> tuple[Subscription, ...]:
    async def on_application_rejected(
        uow: NotifyUnitOfWork, event: ApplicationRejected, envelope: Envelope
    ) -> None:
        await tell_outcome(uow, _told(event, envelope, rejected(event)), renderer)

    async def on_correction_requested(
        uow: NotifyUnitOfWork, event: CorrectionRequested, envelope: Envelope
    ) -> None:
        await tell_outcome(uow, _told(event, envelope, correction_requested(event)), renderer)

    async def on_not_recommended(
        uow: NotifyUnitOfWork, event: ApplicationNotRecommended, envelope: Envelope
    ) -> None:
        await tell_outcome(uow, _told(event, envelope, not_recommended(event)), renderer)

    async def on_contact_provided(
        uow: NotifyUnitOfWork, event: ApplicantContactProvided, _: Envelope
    ) -> None:
        contact = Contact(event.applicant_name, event.phone.strip(), event.email or None)
        command = KeepContact(event.application_id, event.submission, contact, event.provided_at)
        await keep_contact(uow, command, renderer)

    async def on_directory_published(
        uow: NotifyUnitOfWork, event: DirectoryPublished, _: Envelope
    ) -> None:
        listings = [Listing(org.code, org.name, org.email or None) for org in event.organisations]
        await uow.units.keep_directory(listings, published_at=event.published_at)

    async def on_phone_code(
        uow: NotifyUnitOfWork, event: PhoneCodeRequested, envelope: Envelope
    ) -> None:
        command = SendPhoneCode(
            heard=_heard(event, envelope),
            request_id=event.request_id,
            phone=event.phone.strip(),
            code=event.code,
            purpose=event.purpose.value,
            valid_minutes=event.valid_minutes,
        )
        await send_phone_code(uow, command, renderer)

    async def on_case_overdue(
        uow: NotifyUnitOfWork, event: CaseOverdue, envelope: Envelope
    ) -> None:
        command = ChaseDepartment(
            heard=_heard(event, envelope),
            case_id=event.case_id,
            application_id=event.application_id,
            submission=event.submission,
            organisation_code=event.organisation.code,
            organisation_name=event.organisation.name,
            applicant_name=event.applicant_name,
            list_label=STAGE_STATE_LABELS[event.state],
            entered_at=event.entered_at,
            working_days_waiting=event.working_days_waiting,
            stage_limit=event.stage_limit,
            period=event.period,
        )
        await chase_department(uow, command, renderer)

    async def on_objection_filed(
        uow: NotifyUnitOfWork, event: ObjectionFiled, envelope: Envelope
    ) -> None:
        command = TellOfficeOfObjection(
            heard=_heard(event, envelope),
            objection_id=event.objection_id,
            case_id=event.case_id,
            application_id=event.application_id,
            submission=event.submission,
            organisation_code=event.office.code,
            organisation_name=event.office.name,
            applicant_name=event.applicant_name,
            publicity_ends_on=event.publicity_ends_on,
            filed_at=event.filed_at,
        )
        await tell_office_of_objection(uow, command, renderer)

    async def on_account_changed(uow: NotifyUnitOfWork, event: AccountChanged, _: Envelope) -> None:
        await record_account_change(uow.session, account_state, event)

    return (
        Subscription(
            ApplicationRejected, on_application_rejected, also=(CommitteeApplicationRejected,)
        ),
        Subscription(ApplicationNotRecommended, on_not_recommended),
        Subscription(CorrectionRequested, on_correction_requested),
        Subscription(ApplicantContactProvided, on_contact_provided),
        Subscription(AccountChanged, on_account_changed),
        Subscription(DirectoryPublished, on_directory_published),
        Subscription(PhoneCodeRequested, on_phone_code),
        Subscription(CaseOverdue, on_case_overdue),
        Subscription(ObjectionFiled, on_objection_filed),
    )


def rejected(event: ApplicationRejected) -> Outcome:
    stage = event.stage
    return Outcome(
        kind=_kind(event),
        application_id=event.application_id,
        submission=event.submission,
        case_id=event.case_id,
        decided_by=_unit(stage.organisation) if stage else None,
        role=stage.role.value if stage else None,
        position=stage.position if stage else None,
        stage_count=stage.stage_count if stage else None,
        lower_unit=_unit(event.lower_unit) if event.lower_unit else None,
        reasons=clean_reasons(event.reasons),
        decided_at=event.rejected_at,
    )


def correction_requested(event: CorrectionRequested) -> Outcome:
    """退回补正: the applicant alone is told, with every item; no unit is (nothing ended)."""
    stage = event.stage
    return Outcome(
        kind=Kind.correction_requested,
        application_id=event.application_id,
        submission=event.submission,
        case_id=event.case_id,
        decided_by=_unit(stage.organisation),
        role=stage.role.value,
        position=stage.position,
        stage_count=stage.stage_count,
        lower_unit=None,
        reasons=clean_reasons(
            [f"{i.form_label}“{i.field_label or i.field}”：{i.note}" for i in event.items]
        ),
        decided_at=event.requested_at,
    )


def _kind(event: ApplicationRejected) -> Kind:
    """不予接收, 审核不同意 or no route, as the refusing service said."""
    if isinstance(event, CommitteeApplicationRejected):
        return Kind.refused_by_office
    return Kind(event.refusal.value) if event.refusal else Kind.rejected


def not_recommended(event: ApplicationNotRecommended) -> Outcome:
    return Outcome(
        kind=Kind.not_recommended,
        application_id=event.application_id,
        submission=event.submission,
        case_id=event.case_id,
        decided_by=_unit(event.office),
        role=None,
        position=None,
        stage_count=None,
        lower_unit=_unit(event.lower_unit) if event.lower_unit else None,
        reasons=clean_reasons(event.reasons),
        decided_at=event.decided_at,
        committee_passed=_committee_passed(event),
    )


def _committee_passed(event: ApplicationNotRecommended) -> bool:
    """Whether the committee's vote passed the applicant; older senders said it in words only."""
    if event.verdict is not None:
        return event.verdict == NotRecommendedVerdict.not_selected
    return not event.reasons[0].startswith("未通过中评委评审")


def _told(event: Contract, envelope: Envelope, outcome: Outcome) -> TellOutcome:
    return TellOutcome(_heard(event, envelope), outcome)


def _heard(event: Contract, envelope: Envelope) -> Heard:
    return Heard(envelope.message_id, event.routing_key(), envelope.correlation_id)


def _unit(ref: OrganisationRef) -> Unit:
    """The unit as the event names it; its address comes from notify's own directory."""
    return Unit(ref.code, ref.name, None)
