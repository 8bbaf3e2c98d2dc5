"""Who a refusal at a case's current stage tells, and how (及时反馈下一级报送单位和申报对象):
the applicant by SMS and e-mail; the unit that sent the case up by e-mail, where the directory
knows its address, and by an in-system message. Notify sends exactly these."""

from dataclasses import dataclass

from services.review.domain.case import Case

SMS, EMAIL, INBOX = "短信", "电子邮件", "站内消息"


@dataclass(frozen=True)
class Told:
    who: str  # applicant | lower_unit
    who_label: str
    name: str
    channels: tuple[str, ...]


def told_on_refusal(case: Case) -> list[Told]:
    """Empty when the case is not at a stage where it could be refused."""
    if not case.active:
        return []
    told = [Told("applicant", "申报对象", case.application.applicant_name, (SMS, EMAIL))]
    if (sender := case.previous) is not None:
        channels = (EMAIL, INBOX) if sender.organisation_email else (INBOX,)
        told.append(Told("lower_unit", "报送单位", sender.organisation_name, channels))
    return told
