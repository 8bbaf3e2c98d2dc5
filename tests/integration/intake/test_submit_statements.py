"""How many SQL statements one submit sends to PostgreSQL (issue #17): each is a round trip, on
the path every applicant takes, most of them in the last days before the deadline. The bound is
the count as it stands: a change that adds a statement to the path has to say why here."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from tests.support.applications import fresh_application_body, prepared
from tests.support.system import RunningSystem

# the token check; then in the submit's transaction the application's lock, the account with
# the forms, the season and the key's submission, the files, the writes in one statement, and the
# outbox's one INSERT (BEGIN, COMMIT and the pool's ping go without a cursor: not counted here).
# It was 11 before issue #17: each read and each write a statement of its own.
STATEMENTS_PER_SUBMIT = 6


@contextmanager
def executed(system: RunningSystem) -> Iterator[list[str]]:
    """The statements intake's API executes in the block. Its engine serves requests only (the
    workers have an engine of their own), and the test makes one request at a time."""
    engine = system.intake_app.state.services.engine.sync_engine
    statements: list[str] = []

    def count(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


async def test_a_submit_takes_at_most_its_counted_statements(system: RunningSystem) -> None:
    headers, application_id = await prepared(system.intake, fresh_application_body())
    key = {"Idempotency-Key": f"count-{application_id}"}  # as the portal sends it: the replay read
    with executed(system) as statements:
        answer = await system.intake.post(
            f"/applications/{application_id}/submit", headers=headers | key
        )
    assert answer.status_code == 202, answer.text
    first_lines = "\n".join(statement.split("\n")[0][:100] for statement in statements)
    assert 0 < len(statements) <= STATEMENTS_PER_SUBMIT, first_lines
