"""注册 on the fake: the SMS code proves the phone, a wrong one is counted and refused."""

import pytest
from sqlalchemy import select

from services.intake.commands import Register
from services.intake.domain.account import Registration
from services.intake.handlers.accounts import register
from services.intake.handlers.errors import BadPhoneCode
from services.intake.models import audit, phone_code
from shared.contracts import CodePurpose, PhoneCodeRequested
from tests.support.applications import PASSWORD
from tests.unit.intake.handlers.fake import Intake, applicant, sms_code


async def test_a_registration_with_the_right_code_creates_the_account(intake: Intake) -> None:
    person = applicant()
    code = await sms_code(intake, person["phone"], CodePurpose.register)

    account = await register(
        intake.uow_factory, Register(Registration(**person, password=PASSWORD), code)
    )

    async with intake.uow_factory() as uow:
        stored = await uow.accounts.by_id_number(person["id_number"])
        audited = (await uow.session.execute(select(audit.c.action))).scalars().all()
        used = (await uow.session.execute(select(phone_code.c.used_at))).scalars().all()
    assert stored is not None
    assert stored.id == account
    assert (stored.name, stored.phone, stored.token_version) == ("张三", person["phone"], 1)
    assert audited == ["account.register"]
    assert all(at is not None for at in used)
    # the code went to notify; the account itself is announced to nobody
    assert [key for key, _ in await intake.outbox()] == [PhoneCodeRequested.routing_key()]


async def test_a_wrong_code_is_refused_and_its_try_is_kept(intake: Intake) -> None:
    person = applicant()
    code = await sms_code(intake, person["phone"], CodePurpose.register)
    wrong = "000000" if code != "000000" else "111111"

    with pytest.raises(BadPhoneCode) as refused:
        await register(
            intake.uow_factory, Register(Registration(**person, password=PASSWORD), wrong)
        )

    assert refused.value.status == 422
    assert refused.value.errors == [("phone_code", "短信验证码不正确或已失效，请重新获取")]
    async with intake.uow_factory() as uow:
        assert await uow.accounts.by_id_number(person["id_number"]) is None
        tries = (await uow.session.execute(select(phone_code.c.tries))).scalars().all()
    assert tries == [1]  # committed although the registration was refused


async def test_a_registered_id_number_is_answered_as_a_new_one(intake: Intake) -> None:
    person = applicant()
    first = await sms_code(intake, person["phone"], CodePurpose.register)
    await register(intake.uow_factory, Register(Registration(**person, password=PASSWORD), first))
    again = Registration(**{**person, "name": "李四"}, password=PASSWORD)
    async with intake.uow_factory() as uow:  # as if the resend minute had passed
        await uow.session.execute(phone_code.delete())
        await uow.commit()
    second = await sms_code(intake, person["phone"], CodePurpose.register)

    assert await register(intake.uow_factory, Register(again, second)) is None
    async with intake.uow_factory() as uow:
        stored = await uow.accounts.by_id_number(person["id_number"])
    assert stored is not None
    assert stored.name == "张三"
