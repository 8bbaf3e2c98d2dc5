"""ID numbers and phones never appear in full in log lines."""

import json
import logging

import pytest
import structlog

from services.intake.domain.identity import check_digit
from shared.logging import configure_logging
from shared.privacy import mask_id_number, mask_phone, scrub
from tests.support.reconstruction import MIN_CANDIDATES, candidates, fewest_candidates


def test_masks_keep_only_what_identifies_nothing() -> None:
    assert mask_id_number("33010619850312123X") == "330106************"
    assert mask_phone("13812345678") == "138****5678"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id 33010619850312123X ok", "id 330106************ ok"),
        ("phone=13812345678.", "phone=138****5678."),
        ("order 1234567890123456789012 stays", "order 1234567890123456789012 stays"),
        (
            "a uuid 0cc70d88-0b1d-4e57-9d87-faaa921ac296",
            "a uuid 0cc70d88-0b1d-4e57-9d87-faaa921ac296",
        ),
    ],
)
def test_scrub_masks_personal_data_in_free_text(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_log_lines_are_scrubbed_whatever_logger_wrote_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("test", json=True)
    try:
        structlog.get_logger("x").info("submitted", id_number="33010619850312123X")
        logging.getLogger("some.library").warning("phone 13812345678 failed")
        lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    finally:
        configure_logging("tests", json=True)
    assert lines[0]["id_number"] == "330106************"
    assert lines[1]["event"] == "phone 138****5678 failed"


def test_a_masked_number_leaves_at_least_500_candidates_with_region_birth_and_sex_known() -> None:
    number = "33010619850312735" + check_digit("33010619850312735")
    assert candidates(mask_id_number(number), number) >= MIN_CANDIDATES
    assert fewest_candidates(scrub(f"log line: {number} failed"), number) == 500
    # what the mask used to show (region and the last four) gives the number away at once
    assert candidates(number[:6] + "*" * 8 + number[-4:], number) == 1
