"""操作记录 as the operator reads it: every action labelled in Chinese (a label left out is a type
error, and this test finds none missing), who and what in words where the records and notify's
own data say it, the detail as labelled lines, the filter's choices; the stored strings as
they were."""

import uuid

from services.notify.commands import EVERY_CHANNEL, ResendFailedNotices, ResendNotice
from services.notify.domain.notices import Channel
from services.notify.handlers.operator import resend_failed_notices, resend_notice
from services.notify.models import audit
from services.notify.views.audit import notice_targets
from shared.audit import ACTION_LABELS, AuditAction, Audited, audit_page, record
from tests.unit.notify.fake import NOW, Factory, failed_notice, transaction


def test_every_action_has_its_own_chinese_label() -> None:
    assert set(ACTION_LABELS) == set(AuditAction)
    labels = list(ACTION_LABELS.values())
    assert len(set(labels)) == len(labels)
    assert not any(label.isascii() for label in labels)


async def test_notifys_records_name_the_notice_the_channel_and_the_actor_in_words(
    uow_factory: Factory,
) -> None:
    failed = await failed_notice(uow_factory)
    operator = uuid.uuid4()
    async with transaction(uow_factory) as uow:
        await resend_notice(uow, ResendNotice(failed, operator, "10.0.0.9"))
        await resend_failed_notices(uow, ResendFailedNotices(operator, Channel.email))
        await resend_failed_notices(uow, ResendFailedNotices(operator))
        # what other services' records look like, in the same shape
        for entry in (
            Audited("cli:ops", "account.disable", str(uuid.uuid4()), "host-1"),
            Audited(
                "applicant:" + (me := str(uuid.uuid4())),
                "account.register",
                me,
                "10.1.1.1",
                {"id_number": "330122************"},
            ),
            Audited(
                str(operator),
                "account.create",
                "xihu_hr",
                None,
                {"organisation_code": "330106.county_hr", "kind": "department", "x": None},
            ),
            Audited(str(operator), "something.older", "x", None, {"note": "保留原样"}),
        ):
            await record(uow.session, audit, entry, at=NOW)

    async with uow_factory() as uow:
        page = await audit_page(
            uow.session,
            audit,
            action=None,
            limit=50,
            offset=0,
            actions=(AuditAction.notice_resend, AuditAction.notice_resend_failed),
            targets=notice_targets,
        )
    by_action = {r.action: r for r in page.items}
    assert len(page.items) == page.total == 7
    resent = by_action["notice.resend"]
    assert (resent.target, resent.actor) == (str(failed), str(operator))  # stored as before
    assert resent.action_label == "重发通知"
    assert resent.target_label == "发给桐庐县人力资源和社会保障局的电子邮件"
    assert resent.actor_label is None  # an account id: review's accounts name it
    every = [r for r in page.items if r.action == "notice.resend_failed"]
    assert [(r.target, r.target_label) for r in every] == [
        (EVERY_CHANNEL, "全部渠道发送失败的通知"),
        ("email", "电子邮件发送失败的通知"),
    ]
    assert by_action["account.disable"].actor_label == "命令行（系统用户 ops）"
    registered = by_action["account.register"]
    assert registered.actor_label == "申报人（证件号码 330122************）"
    assert registered.target_label == "本人账号"
    assert [(d.label, d.value) for d in registered.details] == [
        ("证件号码（已隐去部分）", "330122************")
    ]
    created = by_action["account.create"]
    assert (created.action_label, created.target_label) == ("新建账号", "账号 xihu_hr")
    assert [(d.key, d.label, d.value) for d in created.details] == [
        ("kind", "账号类别", "部门账号"),
        ("organisation_code", "所属机构", "330106.county_hr"),  # the screen names it
    ]
    older = by_action["something.older"]
    assert (older.action_label, older.target_label) == ("something.older", None)
    assert [(d.label, d.value) for d in older.details] == [("note", "保留原样")]
    assert [(a.value, a.label) for a in page.actions] == [
        ("notice.resend", "重发通知"),
        ("notice.resend_failed", "全部重发失败的通知"),
    ]


async def test_by_default_the_filters_choices_are_the_actions_recorded(
    uow_factory: Factory,
) -> None:
    async with transaction(uow_factory) as uow:
        for action in ("account.reset_password", "account.create", "account.reset_password"):
            await record(uow.session, audit, Audited("a", action, "t"), at=NOW)
        await record(uow.session, audit, Audited("a", "not.an.action", "t"), at=NOW)
    async with uow_factory() as uow:
        page = await audit_page(uow.session, audit, action="account.create", limit=10, offset=0)
    assert [r.action for r in page.items] == ["account.create"]
    assert [(a.value, a.label) for a in page.actions] == [
        ("account.create", "新建账号"),
        ("account.reset_password", "重置密码"),
    ]
