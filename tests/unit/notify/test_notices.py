"""Which recipients and channels an outcome yields, and what they may show."""

import uuid
from datetime import UTC, datetime

from services.notify.domain.facts import as_facts, from_facts
from services.notify.domain.notices import (
    APPLICANT,
    Channel,
    Contact,
    Kind,
    Outcome,
    Status,
    Unit,
    addressed,
    clean_reasons,
    notice_id,
    plan,
)

EVENT = uuid.uuid4()
COUNTY_HR = Unit(
    "330122.county_hr", "桐庐县人力资源和社会保障局", "330122.county_hr@example.gov.cn"
)
CITY_BUREAU = Unit("330100.city_bureau", "杭州市住房和城乡建设局", None)
CONTACT = Contact("张三", "13812345678", "zhang3@example.com")


def outcome(lower_unit: Unit | None = COUNTY_HR) -> Outcome:
    return Outcome(
        kind=Kind.rejected,
        application_id=uuid.uuid4(),
        submission=1,
        case_id=uuid.uuid4(),
        decided_by=CITY_BUREAU,
        role="city_bureau",
        position=2,
        stage_count=4,
        lower_unit=lower_unit,
        reasons=("现从事专业在四张表中不一致",),
        decided_at=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
    )


def where(planned: list, recipient: str, channel: Channel):  # type: ignore[no-untyped-def]
    return next(p for p in planned if (p.recipient, p.channel) == (recipient, channel))


def test_a_refusal_sent_up_by_a_lower_unit_tells_the_applicant_and_that_unit() -> None:
    planned = plan(EVENT, outcome(), CONTACT)
    assert {(p.recipient, p.channel) for p in planned} == {
        (APPLICANT, Channel.sms),
        (APPLICANT, Channel.email),
        (COUNTY_HR.code, Channel.email),
        (COUNTY_HR.code, Channel.inbox),
    }
    assert where(planned, APPLICANT, Channel.sms).address == "13812345678"
    assert where(planned, APPLICANT, Channel.email).address == "zhang3@example.com"
    assert where(planned, COUNTY_HR.code, Channel.email).address == COUNTY_HR.email
    assert where(planned, COUNTY_HR.code, Channel.inbox).status == Status.sent
    assert all(p.status == Status.pending for p in planned if p.channel != Channel.inbox)


def test_a_refusal_at_the_first_stage_tells_only_the_applicant() -> None:
    planned = plan(EVENT, outcome(lower_unit=None), CONTACT)
    assert {(p.recipient, p.channel) for p in planned} == {
        (APPLICANT, Channel.sms),
        (APPLICANT, Channel.email),
    }


def test_the_applicants_notices_wait_for_the_contact_details() -> None:
    planned = plan(EVENT, outcome(), None)
    for channel in (Channel.sms, Channel.email):
        waiting = where(planned, APPLICANT, channel)
        assert (waiting.status, waiting.address) == (Status.awaiting_contact, None)
    assert where(planned, COUNTY_HR.code, Channel.email).status == Status.pending


def test_without_an_e_mail_address_the_e_mail_is_skipped_and_the_sms_still_goes() -> None:
    no_email = Contact("张三", "13812345678", None)
    assert addressed(Channel.email, no_email) == (Status.skipped, None)
    assert addressed(Channel.sms, no_email) == (Status.pending, "13812345678")
    unit_without = Unit("330100.city_hr", "杭州市人力资源和社会保障局", None)
    planned = plan(EVENT, outcome(lower_unit=unit_without), no_email)
    assert where(planned, unit_without.code, Channel.email).status == Status.skipped
    assert where(planned, unit_without.code, Channel.inbox).status == Status.sent


def test_the_same_event_recipient_and_channel_always_name_the_same_notice() -> None:
    first = plan(EVENT, outcome(), CONTACT)
    again = plan(EVENT, outcome(), None)
    assert [p.notice_id for p in first] == [p.notice_id for p in again]
    assert len({p.notice_id for p in first}) == 4
    assert notice_id(uuid.uuid4(), APPLICANT, Channel.sms) != notice_id(
        EVENT, APPLICANT, Channel.sms
    )


def test_reasons_never_carry_an_id_number_or_a_phone_in_full() -> None:
    cleaned = clean_reasons(
        ["身份证号330122198503121234与表中不一致，电话13812345678", "  ", "照片"]
    )
    assert cleaned == ("身份证号330122************与表中不一致，电话138****5678", "照片")


def test_an_outcome_kept_as_facts_comes_back_the_same() -> None:
    kept = outcome()
    assert from_facts(as_facts(kept)) == kept
    assert from_facts(as_facts(outcome(lower_unit=None))).lower_unit is None
