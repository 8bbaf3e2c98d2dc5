"""What the handlers refuse beyond the domain's rules: intake's members of the shared refusal
family (shared/refusals.py), each with the Chinese words it is answered in."""

import uuid

from shared.refusals import InvalidInput, NotFound, Unauthenticated


class ApplicationNotFound(NotFound):
    """No such application, or not the caller's: the same answer, so ids cannot be probed."""

    message = "申报不存在"

    def __init__(self, application_id: uuid.UUID | None = None) -> None:
        super().__init__()
        self.application_id = application_id


class FileNotFound(NotFound):
    message = "文件不存在"

    def __init__(self, file_id: uuid.UUID | None = None) -> None:
        super().__init__()
        self.file_id = file_id


class AccountNotFound(NotFound):
    message = "账号不存在"


class BadPhoneCode(InvalidInput):
    """The SMS code is wrong, used, expired or tried too often: deliberately not saying which."""

    def __init__(self) -> None:
        super().__init__([("phone_code", "短信验证码不正确或已失效，请重新获取")])


class BadCredentials(Unauthenticated):
    """Unknown ID number or wrong password: deliberately not saying which."""

    message = "身份证号码或密码不正确"


class IdempotencyKeyReused(InvalidInput):
    """The key was already used for a different submission of this application."""

    def __init__(self) -> None:
        super().__init__(
            [("Idempotency-Key", "此幂等键已用于另一次提交，请使用新的键")], where="header"
        )
