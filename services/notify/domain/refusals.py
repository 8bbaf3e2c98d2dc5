"""What notify refuses, as members of the shared family (shared/refusals.py): each says its
status by its base class and its Chinese message once; shared/http.py answers them."""

from shared.refusals import Conflict, NotFound


class NoticeNotFound(NotFound):
    """No notice of that id (the operator's screens)."""

    message = "通知不存在"


class MessageNotFound(NotFound):
    """No in-system message of that id for the asking organisation (another's is not shown)."""

    message = "消息不存在"


class NotResendable(Conflict):
    """Only a failed notice is sent again by hand; the others are sent, due or waiting."""

    message = "只有发送失败的通知可以重新发送"
