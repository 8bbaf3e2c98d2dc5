"""What is wrong with some input, or why the application's state refuses an action: the
service's own members of the shared refusal family (shared/refusals.py), in Chinese."""

from dataclasses import dataclass

from shared.refusals import Conflict, InvalidInput


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: the field's path and what is wrong, in Chinese."""

    field: str
    message: str


class Invalid(InvalidInput):
    """Input that breaks the rules (422); `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__([(p.field, p.message) for p in problems])
        self.problems = problems


class Refused(Conflict):
    """An action the application's state does not allow now (409), saying why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
