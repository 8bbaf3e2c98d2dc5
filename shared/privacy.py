"""Personal data never appears in full outside the service owning it: masks, a log scrubber.

The ID number's mask keeps only the region code (地址码, its first six digits): the birth date is
shown in clear on the forms, and the sequence digits with the check digit are what would give
the rest away, so all twelve are hidden. With region, birth date and sex known, 500 numbers
still fit a masked one (docs/privacy.md says who may see the full number, and where)."""

import re

# an 18-character resident ID number, or an 11-digit mainland mobile number, not inside a longer
# run of digits
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{11}[\dXx](?![0-9A-Za-z])")
REGION_DIGITS = 6
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def mask_id_number(id_number: str) -> str:
    """330106199001011234 -> 330106************ (region kept; birth date, sequence and check
    digit hidden)."""
    if len(id_number) <= REGION_DIGITS:
        return "*" * len(id_number)
    return id_number[:REGION_DIGITS] + "*" * (len(id_number) - REGION_DIGITS)


def mask_phone(phone: str) -> str:
    """13812345678 -> 138****5678."""
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_email(email: str) -> str:
    """zhang.san@example.com -> z***@example.com"""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def scrub(text: str) -> str:
    """Masks every ID number and mobile number found in free text."""
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "*" * 12, text)
    return _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
