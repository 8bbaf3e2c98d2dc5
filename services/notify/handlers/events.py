"""What notify does with the events it hears: plan and write notices, address the applicant's
ones once the contact details are known."""

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime

import structlog

from services.notify.commands import (
    ChaseDepartment,
    KeepContact,
    SendPhoneCode,
    TellDepartment,
    TellOfficeOfObjection,
    TellOutcome,
)
from services.notify.domain.facts import as_facts
from services.notify.domain.notices import (
    APPLICANT,
    OBJECTION,
    OVERDUE,
    PHONE_CODE,
    Channel,
    Contact,
    Planned,
    Status,
    addressed,
    notice_id,
    plan,
)
from services.notify.rendering import Rendered, Renderer
from services.notify.repository.notices import NewNotice, WaitingNotice
from services.notify.unit_of_work import NotifyUnitOfWork

log = structlog.get_logger(__name__)


async def tell_outcome(uow: NotifyUnitOfWork, command: TellOutcome, renderer: Renderer) -> None:
    """Writes every notice the outcome calls for; those already written are left as they are.
    The lower unit's address is notify's own (review's directory), whatever the event said."""
    outcome, now = command.outcome, uow.clock()
    if (unit := outcome.lower_unit) is not None:
        email = await uow.units.email_of(unit.code)
        if email is None:
            log.warning("unit_address_unknown", organisation=unit.code)
        outcome = replace(outcome, lower_unit=replace(unit, email=email))
        command = replace(command, outcome=outcome)
    await uow.contacts.lock_application(outcome.application_id, now)
    contact = await uow.contacts.for_submission(outcome.application_id, outcome.submission)
    planned = plan(command.heard.event_id, outcome, contact)
    added = await uow.notices.add([_new(command, p, renderer, contact, now) for p in planned])
    log.info(
        "notices_planned",
        application_id=str(outcome.application_id),
        added=added,
        waiting_for_contact=sum(p.status == Status.awaiting_contact for p in planned),
    )


async def keep_contact(uow: NotifyUnitOfWork, command: KeepContact, renderer: Renderer) -> None:
    """Keeps the contact details; the applicant's notices that waited for them become due."""
    now = uow.clock()
    await uow.contacts.lock_application(command.application_id, now)
    await uow.contacts.keep(
        command.application_id, command.submission, command.contact, command.provided_at
    )
    waiting = await uow.notices.awaiting_contact(command.application_id, command.submission)
    for waiting_notice in waiting:
        await _address(uow, waiting_notice, command.contact, renderer)
    log.info("contact_kept", application_id=str(command.application_id), addressed=len(waiting))


async def _address(
    uow: NotifyUnitOfWork, waiting: WaitingNotice, contact: Contact, renderer: Renderer
) -> None:
    status, address = addressed(waiting.channel, contact)
    rendered = renderer.render(
        waiting.outcome,
        recipient=waiting.recipient,
        recipient_name=contact.name,
        channel=waiting.channel,
        applicant_name=contact.name,
    )
    await uow.notices.address(
        waiting.id,
        status=status,
        address=address,
        recipient_name=contact.name,
        text=rendered,
        now=uow.clock(),
    )


async def send_phone_code(
    uow: NotifyUnitOfWork, command: SendPhoneCode, renderer: Renderer
) -> None:
    """Writes the code's SMS as a notice due at once; the delivery loop sends it. A code's
    notice is about its request: `application_id` is the request's id, `submission` 0."""
    now = uow.clock()
    rendered = renderer.phone_code(
        code=command.code, valid_minutes=command.valid_minutes, purpose=command.purpose
    )
    code_notice = NewNotice(
        id=notice_id(command.heard.event_id, APPLICANT, Channel.sms),
        heard=command.heard,
        kind=PHONE_CODE,
        application_id=command.request_id,
        submission=0,
        case_id=None,
        facts={"kind": PHONE_CODE, "purpose": command.purpose},
        recipient=APPLICANT,
        recipient_name=None,
        channel=Channel.sms,
        address=command.phone,
        text=rendered,
        status=Status.pending,
        at=now,
    )
    await uow.notices.add([code_notice])
    log.info("phone_code_notice_planned", request_id=str(command.request_id))


async def chase_department(
    uow: NotifyUnitOfWork, command: ChaseDepartment, renderer: Renderer
) -> None:
    """催办: an e-mail to the department (at the address notify keeps for it) and a message in
    its 站内消息 linking to the case; once per event, however often it arrives."""
    added = await _tell_department(
        uow,
        command,
        kind=OVERDUE,
        facts={"kind": OVERDUE, "period": command.period},
        render=lambda channel: renderer.overdue(command, channel),
    )
    log.info(
        "department_chased",
        organisation=command.organisation_code,
        case_id=str(command.case_id),
        period=command.period,
        added=added,
    )


async def tell_office_of_objection(
    uow: NotifyUnitOfWork, command: TellOfficeOfObjection, renderer: Renderer
) -> None:
    """异议: the committee office is e-mailed and told in its 站内消息, linking to 公示与异议."""
    added = await _tell_department(
        uow,
        command,
        kind=OBJECTION,
        facts={"kind": OBJECTION, "objection_id": str(command.objection_id)},
        render=lambda channel: renderer.objection(command, channel),
    )
    log.info(
        "office_told_of_objection",
        organisation=command.organisation_code,
        case_id=str(command.case_id),
        added=added,
    )


async def _tell_department(
    uow: NotifyUnitOfWork,
    command: TellDepartment,
    *,
    kind: str,
    facts: Mapping[str, object],
    render: Callable[[Channel], Rendered],
) -> int:
    """An e-mail to the organisation (at the address notify keeps for it, skipped if none) and
    a message in its 站内消息; ids from (event, organisation, channel): written once."""
    now = uow.clock()
    email = await uow.units.email_of(command.organisation_code)
    notices = []
    for channel, status, address in (
        (Channel.email, Status.pending if email else Status.skipped, email),
        (Channel.inbox, Status.sent, None),
    ):
        rendered = render(channel)
        notices.append(
            NewNotice(
                id=notice_id(command.heard.event_id, command.organisation_code, channel),
                heard=command.heard,
                kind=kind,
                application_id=command.application_id,
                submission=command.submission,
                case_id=command.case_id,
                facts=facts,
                recipient=command.organisation_code,
                recipient_name=command.organisation_name,
                channel=channel,
                address=address,
                text=replace(rendered, sms_params=None),
                status=status,
                at=now,
            )
        )
    return await uow.notices.add(notices)


def _new(
    command: TellOutcome,
    planned: Planned,
    renderer: Renderer,
    contact: Contact | None,
    now: datetime,
) -> NewNotice:
    """One planned notice of the outcome, worded unless it waits for the contact details."""
    rendered = None
    if planned.status != Status.awaiting_contact:
        rendered = renderer.render(
            command.outcome,
            recipient=planned.recipient,
            recipient_name=planned.recipient_name,
            channel=planned.channel,
            applicant_name=contact.name if contact else None,
        )
    outcome = command.outcome
    return NewNotice(
        id=planned.notice_id,
        heard=command.heard,
        kind=outcome.kind,
        application_id=outcome.application_id,
        submission=outcome.submission,
        case_id=outcome.case_id,
        facts=as_facts(outcome),
        recipient=planned.recipient,
        recipient_name=planned.recipient_name,
        channel=planned.channel,
        address=planned.address,
        text=rendered,
        status=planned.status,
        at=now,
    )
