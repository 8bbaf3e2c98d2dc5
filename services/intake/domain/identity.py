"""Resident ID numbers (GB 11643-1999) and mobile phone numbers."""

import re
from dataclasses import dataclass
from datetime import date

from shared.contracts.vocabulary import Gender

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# province-level codes of GB/T 2260 (the first two digits of an ID number)
_PROVINCES = frozenset(
    {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
        "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
        "63", "64", "65", "71", "81", "82",
    }
)  # fmt: skip
_ID_SHAPE = re.compile(r"\d{17}[\dX]")
_MOBILE = re.compile(r"1[3-9]\d{9}")


@dataclass(frozen=True)
class IdNumber:
    value: str
    birth_date: date
    gender: Gender


class InvalidIdNumber(ValueError):
    pass


def check_digit(first17: str) -> str:
    return _CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def parse_id_number(raw: str, *, today: date) -> IdNumber:
    """The ID number's facts, or InvalidIdNumber saying (in Chinese) what is wrong."""
    value = raw.strip().upper()
    if len(value) != 18:
        raise InvalidIdNumber(f"身份证号码应为 18 位，现为 {len(value)} 位")
    if not _ID_SHAPE.fullmatch(value):
        raise InvalidIdNumber("身份证号码前 17 位应为数字，最后一位为数字或 X")
    if value[:2] not in _PROVINCES:
        raise InvalidIdNumber("身份证号码的地址码无效")
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise InvalidIdNumber("身份证号码中的出生日期无效") from None
    if not date(1900, 1, 1) <= birth <= today:
        raise InvalidIdNumber("身份证号码中的出生日期无效")
    if check_digit(value[:17]) != value[17]:
        raise InvalidIdNumber("身份证号码校验位不正确")
    gender = Gender.male if int(value[16]) % 2 else Gender.female
    return IdNumber(value=value, birth_date=birth, gender=gender)


def normalise_mobile(raw: str) -> str:
    """An 11-digit mainland mobile number (spaces, dashes and +86 removed), or ValueError."""
    digits = re.sub(r"[\s-]", "", raw)
    digits = digits.removeprefix("+86")
    if not _MOBILE.fullmatch(digits):
        raise ValueError("手机号码应为 11 位数字，以 1 开头")
    return digits
