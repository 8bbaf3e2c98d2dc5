"""Notices as the templates write them: who refused, where, every reason, what next, the link."""

import dataclasses
import uuid
from datetime import UTC, datetime

from services.notify.domain.notices import APPLICANT, Channel, Kind, Outcome, Unit, clean_reasons
from services.notify.rendering import Renderer

RENDERER = Renderer("http://portal.example:8001/")
COUNTY_HR = Unit("330122.county_hr", "桐庐县人力资源和社会保障局", "hr@example.gov.cn")
OUTCOME = Outcome(
    kind=Kind.rejected,
    application_id=uuid.UUID("11111111-2222-3333-4444-555555555555"),
    submission=2,
    case_id=uuid.uuid4(),
    decided_by=Unit("330100.city_bureau", "杭州市住房和城乡建设局", None),
    role="city_bureau",
    position=2,
    stage_count=4,
    lower_unit=COUNTY_HR,
    reasons=clean_reasons(["现从事专业在四张表中不一致", "照片不清晰，身份证号330122198503121234"]),
    decided_at=datetime(2026, 11, 28, 1, 30, tzinfo=UTC),
)
LINK = "http://portal.example:8001/applications/11111111-2222-3333-4444-555555555555"


def render(outcome: Outcome, recipient: str, channel: Channel, name: str | None = "张三"):  # type: ignore[no-untyped-def]
    recipient_name = name if recipient == APPLICANT else COUNTY_HR.name
    return RENDERER.render(
        outcome,
        recipient=recipient,
        recipient_name=recipient_name,
        channel=channel,
        applicant_name=name,
    )


def test_the_applicants_e_mail_says_who_refused_where_why_and_what_to_do_next() -> None:
    mail = render(OUTCOME, APPLICANT, Channel.email)
    assert mail.subject == "【职称申报】您的申报材料已被退回"
    assert mail.body.startswith("张三，您好：")
    assert "未通过杭州市住房和城乡建设局的审核（不予接收或审核不同意）" in mail.body
    assert "第2个审核环节，共4个" in mail.body
    assert "市主管部门" in mail.body
    assert "1. 现从事专业在四张表中不一致" in mail.body
    assert "2. 照片不清晰，身份证号330122************" in mail.body
    assert "修改申报材料后重新提交" in mail.body
    assert "2026年11月28日 09:30" in mail.body  # Beijing time
    assert LINK in mail.body


def test_the_sms_is_short_and_links_to_the_application() -> None:
    sms = render(OUTCOME, APPLICANT, Channel.sms)
    assert sms.subject is None
    assert sms.body.startswith("【职称申报】张三，您好")
    assert "等2项" in sms.body
    assert "请修改后重新提交" in sms.body
    assert sms.body.rstrip().endswith(LINK)
    assert sms.sms_params == ["张三", LINK]


def test_the_lower_unit_is_told_which_applicant_it_sent_up() -> None:
    mail = render(OUTCOME, COUNTY_HR.code, Channel.email)
    assert mail.body.startswith("桐庐县人力资源和社会保障局：")
    assert "贵单位报送的张三的" in mail.body
    assert str(OUTCOME.application_id) in mail.body
    message = render(OUTCOME, COUNTY_HR.code, Channel.inbox)
    assert message.subject == "退回：张三（第2次提交）"
    assert "照片不清晰" in message.body
    # the unit opens the case in the 管理端, not the applicant's page it cannot log in to
    case_page = f"http://portal.example:8001/admin/department/case/{OUTCOME.case_id}"
    assert case_page in mail.body
    assert case_page in message.body
    assert LINK not in mail.body


def test_an_office_that_refuses_says_not_received_and_a_committee_says_not_recommended() -> None:
    refused = dataclasses.replace(OUTCOME, kind=Kind.refused_by_office)
    assert "被杭州市住房和城乡建设局不予接收" in render(refused, APPLICANT, Channel.email).body
    office = Unit("mid.3301", "杭州市建设工程专业中评委办公室", None)
    not_recommended = dataclasses.replace(
        OUTCOME,
        kind=Kind.not_recommended,
        decided_by=office,
        role=None,
        position=None,
        committee_passed=True,
    )
    mail = render(not_recommended, APPLICANT, Channel.email)
    assert mail.subject == "【职称申报】评审结果通知：未被推荐至高评委"
    assert "已通过中评委评审，但未被杭州市建设工程专业中评委办公室推荐至高评委" in mail.body
    failed = render(
        dataclasses.replace(not_recommended, committee_passed=False), APPLICANT, Channel.email
    )
    assert failed.subject == "【职称申报】评审结果通知：未通过中评委评审"
    assert "未通过中评委评审（评审会由杭州市建设工程专业中评委办公室组织）" in failed.body
    assert "或" not in failed.subject
    assert "请与桐庐县人力资源和社会保障局联系" in mail.body
    assert "重新提交" not in render(not_recommended, APPLICANT, Channel.sms).body


def test_without_a_route_or_a_known_name_the_notice_still_reads_well() -> None:
    no_route = dataclasses.replace(
        OUTCOME, decided_by=None, role=None, position=None, stage_count=None, lower_unit=None
    )
    mail = render(no_route, APPLICANT, Channel.email, name=None)
    assert mail.body.startswith("申报对象，您好：")
    assert "无法确定报送路线" in mail.body
    assert "None" not in mail.body


def test_the_notice_says_whether_it_was_not_received_or_disagreed() -> None:
    refused = dataclasses.replace(OUTCOME, kind=Kind.not_received)
    disagreed = dataclasses.replace(OUTCOME, kind=Kind.disagreed)
    sms = render(refused, APPLICANT, Channel.sms).body
    mail = render(disagreed, APPLICANT, Channel.email).body
    assert "被杭州市住房和城乡建设局不予接收，已退回" in sms
    assert "申报材料经杭州市住房和城乡建设局审核不同意，已退回" in mail


CORRECTION = dataclasses.replace(
    OUTCOME,
    kind=Kind.correction_requested,
    lower_unit=None,
    reasons=clean_reasons(["综合表“现从事专业”：与申报简表不一致", "评审表“工作单位”：请填写全称"]),
)


def test_the_correction_notice_lists_every_item_and_says_it_comes_back_to_the_department() -> None:
    mail = render(CORRECTION, APPLICANT, Channel.email)
    assert mail.subject == "【职称申报】退回补正通知：请按意见修改后重新提交"
    assert "被杭州市住房和城乡建设局退回补正" in mail.body
    assert "需补正的内容（一次性告知）：" in mail.body
    assert "1. 综合表“现从事专业”：与申报简表不一致" in mail.body
    assert "2. 评审表“工作单位”：请填写全称" in mail.body
    assert "请登录系统，按上述2项补正意见逐项修改" in mail.body
    assert "退回杭州市住房和城乡建设局，在同一审核环节继续办理" in mail.body
    assert "第一个审核环节开始重新办理" not in mail.body
    sms = render(CORRECTION, APPLICANT, Channel.sms)
    assert "退回补正" in sms.body
    assert "需补正2项：1.综合表“现从事专业”：与申报简表不一致；2.评审表" in sms.body
    assert "请登录系统按意见修改后重新提交，补正后将退回杭州市住房和城乡建设局继续办理" in sms.body
    assert sms.body.rstrip().endswith(LINK)


def test_a_refusal_says_the_route_ends_and_a_new_submission_starts_from_the_beginning() -> None:
    refused = dataclasses.replace(OUTCOME, kind=Kind.not_received)
    mail = render(refused, APPLICANT, Channel.email)
    assert "不予接收" in mail.body
    assert "本次申报的审核流程已终止" in mail.body
    assert "重新提交即为新的一次申报，将从第一个审核环节开始重新办理" in mail.body
    assert "退回补正" not in mail.body
