"""What is wrong with some input: every problem at once, each naming its field, in Chinese."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: the field's path and what is wrong, in Chinese."""

    field: str
    message: str


class Invalid(ValueError):
    """Input that breaks the rules; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


class Refused(Exception):
    """An action the application's state does not allow now; `message` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
