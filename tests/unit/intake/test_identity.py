"""Resident ID numbers (GB 11643-1999) and mobile numbers."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.intake.domain.identity import (
    InvalidIdNumber,
    check_digit,
    normalise_mobile,
    parse_id_number,
)
from shared.contracts.vocabulary import Gender

TODAY = date(2026, 11, 28)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
regions = st.sampled_from(["330106", "110105", "440305", "330782", "650102"])
serials = st.integers(min_value=0, max_value=999).map(lambda n: f"{n:03d}")


def make(region: str, birth: date, serial: str) -> str:
    first17 = region + birth.strftime("%Y%m%d") + serial
    return first17 + check_digit(first17)


@given(regions, births, serials)
def test_every_well_formed_number_is_accepted_with_its_birth_date_and_gender(
    region: str, birth: date, serial: str
) -> None:
    parsed = parse_id_number(make(region, birth, serial), today=TODAY)
    assert parsed.birth_date == birth
    assert parsed.gender == (Gender.male if int(serial[-1]) % 2 else Gender.female)


@given(regions, births, serials, st.integers(min_value=0, max_value=16), st.integers(1, 9))
def test_changing_any_one_digit_breaks_the_check_digit(
    region: str, birth: date, serial: str, position: int, delta: int
) -> None:
    number = make(region, birth, serial)
    changed = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    with pytest.raises(InvalidIdNumber):
        parse_id_number(changed, today=TODAY)


@given(regions, births, serials)
def test_a_wrong_check_character_is_refused_as_such(region: str, birth: date, serial: str) -> None:
    number = make(region, birth, serial)
    wrong = next(c for c in "0123456789X" if c != number[-1])
    with pytest.raises(InvalidIdNumber, match="校验位"):
        parse_id_number(number[:-1] + wrong, today=TODAY)


def test_a_lower_case_x_is_read_as_x() -> None:
    assert parse_id_number("11010519491231002x", today=TODAY).value == "11010519491231002X"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("3301061985031212", "应为 18 位"),
        ("33010619850312123Y", "前 17 位应为数字"),
        ("9901061985031212" + "34", "地址码无效"),
        (make("330106", date(1985, 3, 12), "123")[:10] + "0230" + "1234", "出生日期无效"),
        (make("330106", TODAY + timedelta(days=1), "123"), "出生日期无效"),
        (make("330106", date(1899, 12, 31), "123"), "出生日期无效"),
    ],
)
def test_what_is_wrong_with_an_invalid_number_is_said(raw: str, message: str) -> None:
    with pytest.raises(InvalidIdNumber, match=message):
        parse_id_number(raw, today=TODAY)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+86 199-1234-5678", "19912345678"),
    ],
)
def test_mobile_numbers_are_normalised(raw: str, normal: str) -> None:
    assert normalise_mobile(raw) == normal


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "0571-8888888", ""])
def test_not_a_mobile_number(raw: str) -> None:
    with pytest.raises(ValueError, match="手机号码"):
        normalise_mobile(raw)


def iso_7064_valid(number: str) -> bool:
    """MOD 11-2 as ISO 7064 states it (weights 2^(17-i) mod 11, the sum with the check value
    ≡ 1): an oracle written apart from the table-driven `check_digit`."""
    values = [10 if c == "X" else int(c) for c in number]
    return sum(v * pow(2, 17 - i, 11) for i, v in enumerate(values)) % 11 == 1


def _with_one_character_set(number: str, position: int, character: str) -> str:
    return number[:position] + character + number[position + 1 :]


# valid numbers, the same with one character set to anything (a bad date, a bad check digit, an
# unknown region, or still valid), and arbitrary 18-character strings
valid = st.builds(make, regions, births, serials)
near_valid = st.builds(
    _with_one_character_set,
    valid,
    st.integers(0, 17),
    st.sampled_from("0123456789X"),
)
eighteen = st.one_of(valid, near_valid, st.text(alphabet="0123456789X", min_size=18, max_size=18))


@given(eighteen)
def test_any_18_characters_are_accepted_exactly_when_every_rule_holds(number: str) -> None:
    try:
        birth: date | None = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    expected = (
        "X" not in number[:17]
        and number[:2] in {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
                           "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
                           "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"}
        and birth is not None
        and date(1900, 1, 1) <= birth <= TODAY
        and iso_7064_valid(number)
    )  # fmt: skip
    try:
        parse_id_number(number, today=TODAY)
        accepted = True
    except InvalidIdNumber:
        accepted = False
    assert accepted == expected


@given(regions, births, serials)
def test_valid_numbers_pass_the_independent_oracle_too(
    region: str, birth: date, serial: str
) -> None:
    assert iso_7064_valid(make(region, birth, serial))


@given(st.text(max_size=40))
def test_any_input_is_either_a_number_or_a_reason_never_a_crash(raw: str) -> None:
    try:
        outcome = parse_id_number(raw, today=TODAY).value
    except InvalidIdNumber as exc:
        outcome = str(exc)
    assert len(outcome) == 18 or outcome.startswith("身份证号码")
