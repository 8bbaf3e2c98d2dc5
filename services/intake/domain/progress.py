"""进度查询: one line of the applicant's timeline per event about the application, in Chinese.

Each event another service publishes about the application becomes a `Milestone` here; a new kind
of progress (the committee's, say) is a new function and a consumer that calls it."""

from dataclasses import dataclass
from datetime import datetime

from shared.contracts.vocabulary import StageState


@dataclass(frozen=True)
class Milestone:
    at: datetime
    summary: str
    organisation: str | None = None  # who acted; None for the applicant or the system
    reasons: tuple[str, ...] = ()


def submitted(number: int, at: datetime) -> Milestone:
    verb = "提交申报" if number == 1 else "修改后重新提交申报"
    return Milestone(at, f"{verb}（第 {number} 次），已通过一致性和照片检查")


def withdrawal_requested(at: datetime) -> Milestone:
    return Milestone(at, "申请撤回申报")


def stage_changed(organisation: str, position: int, state: StageState, at: datetime) -> Milestone:
    if state == StageState.pending_receipt:
        source = "个人报送材料" if position == 1 else "单位上报材料"
        summary = f"申报材料已报送至{organisation}，待接收（{source}）"
    elif state == StageState.pending_approval:
        summary = f"{organisation}已接收申报材料，待审批"
    else:
        summary = f"{organisation}已签署审核意见，待报送"
    return Milestone(at, summary, organisation)


def rejected(
    organisation: str | None, reasons: list[str], at: datetime, *, disagreed: bool | None
) -> Milestone:
    """不予接收 or 审核不同意, as the refusing service said (None: an older sender did not)."""
    if organisation is None:
        return Milestone(at, "申报未能受理：无法确定报送路线", None, tuple(reasons))
    what = {
        True: f"经{organisation}审核不同意",
        False: f"{organisation}不予接收",
        None: f"{organisation}退回了申报",
    }[disagreed]
    return Milestone(at, f"{what}，申报已退回", organisation, tuple(reasons))


def correction_requested(organisation: str, items: list[str], at: datetime) -> Milestone:
    """退回补正: every item to correct, and where the corrected application goes."""
    summary = (
        f"{organisation}退回补正：请按以下意见修改后重新提交，补正后申报材料退回{organisation}"
        "继续办理"
    )
    return Milestone(at, summary, organisation, tuple(items))


def corrected(number: int, organisation: str, changes: list[str], at: datetime) -> Milestone:
    """The corrected submission, and what it changed."""
    summary = f"已按退回补正意见修改并重新提交（第 {number} 次），申报材料退回{organisation}"
    return Milestone(at, summary, None, tuple(changes) or ("表单内容未作修改",))


def withdrawn(at: datetime) -> Milestone:
    return Milestone(at, "撤回成功，申报已撤回")


def withdrawal_refused(reason: str, at: datetime) -> Milestone:
    return Milestone(at, "撤回未获同意", None, (reason,))


def not_recommended(
    office: str, reasons: list[str], at: datetime, *, committee_passed: bool
) -> Milestone:
    """Which of the two happened: the vote did not pass, or it passed without a recommendation."""
    summary = "中评委评审通过，但未被推荐至高评委" if committee_passed else "未通过中评委评审"
    return Milestone(at, f"{office}：{summary}", office, tuple(reasons))


def committee_step(office: str, step_label: str, at: datetime) -> Milestone:
    return Milestone(at, f"{office}：{step_label}", office)


def sent_to_senior_committee(office: str, senior_committee: str, at: datetime) -> Milestone:
    return Milestone(at, f"{office}已网上送审至{senior_committee}", office)
