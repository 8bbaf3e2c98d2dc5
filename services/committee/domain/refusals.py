"""The committee's refusals, members of the one family shared/http.py answers
(shared/refusals.py): each names its Chinese message once, so no route chooses a status code.
Refusals about a case carry it as it stands (docs/errors.md: a 409 says what the screen should
show now); those of a meeting, a 公示 or an objection live beside their rules."""

from shared.refusals import Conflict, NotFound


class NotOurs(NotFound):
    """Not there, or not the caller's (case, meeting, batch, objection): the same answer, so ids
    cannot be probed."""

    message = "不存在或不属于本办公室"


class NothingToPrint(NotFound):
    message = "该申报材料没有可打印的表格"


class BatchAlreadyReceived(Conflict):
    message = "该批次已经接收"


class NothingToSend(Conflict):
    """网上送审 with nobody selected for the senior committee (or everybody held back)."""

    message = "没有待网上送审的申报材料：请先在“高评委设置”中选中推荐对象"


class ObjectionTaken(Conflict):
    """Another clerk decided the objection first."""

    message = "其他人已先处理了该异议，请刷新后再试"
