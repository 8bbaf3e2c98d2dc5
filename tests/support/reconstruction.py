"""What an attacker can make of a masked ID number: how many real numbers still fit it.

The attacker is given the most a screen could tell them: the region (地址码), the birth date and
the sex (the forms show 出生日期 and 性别), so only the sequence digits and the check digit are
left to guess; every masked form of the number in a text is tried against every candidate."""

import re

from services.intake.domain.identity import check_digit

# 18 characters of digits and mask stars (the last may be X): a masked or a full ID number
_MASKED = re.compile(r"(?<![0-9A-Za-z*])[0-9*]{17}[0-9Xx*](?![0-9A-Za-z*])")
MIN_CANDIDATES = 500


def candidates(masked: str, id_number: str) -> int:
    """How many valid numbers with `id_number`'s region, birth date and sex fit `masked`."""
    known, sex = id_number[:14], int(id_number[16]) % 2
    count = 0
    for sequence in range(1000):
        if sequence % 2 != sex:
            continue
        first17 = known + f"{sequence:03d}"
        full = first17 + check_digit(first17)
        if all(m == "*" or m.upper() == c for m, c in zip(masked, full, strict=True)):
            count += 1
    return count


def masked_forms(text: str, id_number: str) -> list[str]:
    """Every masked (or full) form of `id_number` in `text`: those its own digits fit."""
    return [
        m
        for m in _MASKED.findall(text)
        if all(c == "*" or c.upper() == d for c, d in zip(m, id_number.upper(), strict=True))
    ]


def fewest_candidates(text: str, id_number: str) -> int | None:
    """The fewest numbers any form of `id_number` in `text` leaves; None if it is not there."""
    found = masked_forms(text, id_number)
    return min(candidates(m, id_number) for m in found) if found else None
