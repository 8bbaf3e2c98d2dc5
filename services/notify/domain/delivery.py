"""When to try a notice again, and when to give up."""

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    base: timedelta
    longest: timedelta

    def backoff(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failed try: base, 2×base, 4×base … up to longest."""
        return min(self.base * (1 << min(max(attempts - 1, 0), 30)), self.longest)

    def next_try(self, attempts: int, *, permanent: bool, now: datetime) -> datetime | None:
        """When to try again after the `attempts`-th try failed; None: give up (failed).
        A permanent refusal (unknown mailbox, malformed number) is not worth retrying."""
        if permanent or attempts >= self.max_attempts:
            return None
        return now + self.backoff(attempts)
