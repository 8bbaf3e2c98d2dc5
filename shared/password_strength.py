"""Whether a new password is strong enough (zxcvbn's estimate), said in Chinese."""

from collections.abc import Sequence

from zxcvbn import zxcvbn

# zxcvbn's score: 0 too guessable … 4 very unguessable; 3 resists an offline attack on a slow
# hash for a long while, 2 does not
MIN_SCORE = 3
ADVICE = (
    "请使用至少 10 位、不易猜到的密码，例如由几个不相关的词语加数字和符号组成；"
    "不要使用常见密码、连续或重复的字符、姓名、身份证号码或手机号码"
)


def weak_password_problem(password: str, *, user_inputs: Sequence[str] = ()) -> str | None:
    """None if the password will do, else why not and what would, in Chinese. `user_inputs` are
    the account's own facts (name, ID number, phone, username): a password built on them is
    judged as the guess it is."""
    inputs = [i for i in user_inputs if i]
    result = zxcvbn(password[:100], user_inputs=inputs)
    if int(result["score"]) >= MIN_SCORE:
        return None
    return f"密码强度不足：{ADVICE}"
