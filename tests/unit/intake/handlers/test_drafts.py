"""Saving the draft on the fake: each save is the route's one transaction; a refusal stores
nothing; a draft announces nothing."""

import pytest

from deploy.season import forms_for
from services.intake.commands import CreateDraft, SaveEmployer, SaveForm
from services.intake.domain.application import Status
from services.intake.domain.employer import EmployerChoice
from services.intake.domain.problems import Invalid
from services.intake.handlers import drafts
from services.intake.handlers.directory import DirectoryNotReady, keep_directory
from services.intake.handlers.errors import ApplicationNotFound
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FormKind
from tests.unit.intake.handlers.fake import PUBLISHED, Intake, applicant, registered

EMPLOYER = EmployerChoice("杭州市西湖区某某建设有限公司", "public", "330106")


async def test_the_employer_and_a_form_are_saved_and_nothing_is_announced(
    intake: Intake,
) -> None:
    person = applicant()
    account = await registered(intake, person)
    announced = await intake.outbox()
    summary = forms_for({"applicant": person, "employer": {"name": EMPLOYER.name}})["summary"]

    async with intake.transaction() as uow:
        await keep_directory(uow, PUBLISHED)
        application_id = await drafts.create_draft(uow, CreateDraft(account))
        await drafts.save_employer(uow, SaveEmployer(account, application_id, EMPLOYER))
        form = FORM_MODELS[FormKind.summary].model_validate(summary)
        await drafts.save_form(uow, SaveForm(account, application_id, FormKind.summary, form))

    async with intake.uow_factory() as uow:
        row = await uow.applications.get_for_update(application_id, account)
        forms = await uow.drafts.forms(application_id)
    assert row is not None
    assert row.status == Status.draft
    assert row.employer is not None
    assert (row.employer["kind"], row.employer["region_code"]) == ("public", "330106")
    assert list(forms) == [FormKind.summary]
    assert forms[FormKind.summary]["name"] == "张三"
    assert await intake.outbox() == announced


async def test_a_refused_save_stores_nothing(intake: Intake) -> None:
    account = await registered(intake, applicant())
    async with intake.transaction() as uow:
        await keep_directory(uow, PUBLISHED)
        application_id = await drafts.create_draft(uow, CreateDraft(account))

    wrong = EmployerChoice(EMPLOYER.name, "public", "999999")
    with pytest.raises(Invalid) as refused:
        async with intake.transaction() as uow:
            await drafts.save_employer(uow, SaveEmployer(account, application_id, wrong))

    assert [p.field for p in refused.value.problems] == ["employer.region_code"]
    async with intake.uow_factory() as uow:
        row = await uow.applications.get_for_update(application_id, account)
    assert row is not None
    assert row.employer is None


async def test_someone_elses_draft_is_not_found(intake: Intake) -> None:
    owner = await registered(intake, applicant())
    other = await registered(intake, applicant(serial="456", name="李四"))
    async with intake.transaction() as uow:
        await keep_directory(uow, PUBLISHED)
        application_id = await drafts.create_draft(uow, CreateDraft(owner))

    with pytest.raises(ApplicationNotFound) as refused:
        async with intake.transaction() as uow:
            await drafts.save_employer(uow, SaveEmployer(other, application_id, EMPLOYER))
    assert (refused.value.status, refused.value.text) == (404, "申报不存在")


async def test_the_employer_step_waits_for_the_directory(intake: Intake) -> None:
    account = await registered(intake, applicant())
    async with intake.transaction() as uow:
        application_id = await drafts.create_draft(uow, CreateDraft(account))

    with pytest.raises(DirectoryNotReady) as refused:
        async with intake.transaction() as uow:
            await drafts.save_employer(uow, SaveEmployer(account, application_id, EMPLOYER))
    assert refused.value.status == 503
    assert refused.value.headers == {"Retry-After": "5"}
