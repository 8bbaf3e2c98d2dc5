"""What the handlers refuse beyond the domain's rules."""

from datetime import datetime


class ApplicationNotFound(LookupError):
    """No such application, or not the caller's: the same answer, so ids cannot be probed."""


class FileNotFound(LookupError):
    pass


class BadPhoneCode(Exception):
    """The SMS code is wrong, used, expired or tried too often: deliberately not saying which."""


class BadCredentials(Exception):
    """Unknown ID number or wrong password: deliberately not saying which."""


class LockedOut(Exception):
    """Too many failed logins in a row: no further attempt is checked until `until`."""

    def __init__(self, until: datetime) -> None:
        super().__init__(until.isoformat())
        self.until = until


class IdempotencyKeyReused(Exception):
    """The key was already used for a different submission of this application."""
