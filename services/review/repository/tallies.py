"""The lists' badges from the stage tally (models.stage_tally): what each organisation holds per
(state, at its first stage), read as the sum of a few rows instead of a count of its stages."""

from dataclasses import dataclass

from sqlalchemy import Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.models import stage_tally

# one folder at a time (two would only wait on each other's rows); any constant of our own
_FOLDING_LOCK = 0x7A11E5

# every key with more than one row becomes one row holding their sum (none when it is 0); the
# rows a writer adds meanwhile are not in this statement's snapshot and wait for the next fold
_FOLD = text(
    """
    WITH spread AS (
        SELECT organisation_code, state, at_first FROM stage_tally
        GROUP BY organisation_code, state, at_first HAVING count(*) > 1
    ), gone AS (
        DELETE FROM stage_tally AS tally USING spread
        WHERE tally.organisation_code = spread.organisation_code
          AND tally.state = spread.state AND tally.at_first = spread.at_first
        RETURNING tally.organisation_code, tally.state, tally.at_first, tally.n
    ), folded AS (
        INSERT INTO stage_tally (organisation_code, state, at_first, n)
        SELECT organisation_code, state, at_first, sum(n) FROM gone
        GROUP BY organisation_code, state, at_first HAVING sum(n) <> 0
    )
    SELECT count(*) FROM gone
    """
)


@dataclass(frozen=True)
class Tally:
    state: str
    at_first: bool
    count: int


def tally_statement(organisation_code: str) -> Select[str, bool, int]:
    """The organisation's tally, a few rows per key at most (tests/integration/review/
    test_list_plans.py reads its plan)."""
    return (
        select(stage_tally.c.state, stage_tally.c.at_first, func.sum(stage_tally.c.n))
        .where(stage_tally.c.organisation_code == organisation_code)
        .group_by(stage_tally.c.state, stage_tally.c.at_first)
    )


class TallyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def of(self, organisation_code: str) -> list[Tally]:
        rows = await self._session.execute(tally_statement(organisation_code))
        return [Tally(state, bool(at_first), int(n)) for state, at_first, n in rows if n]

    async def fold(self) -> int:
        """Folds every key's rows into one; returns how many rows it folded (0 while another
        worker is folding)."""
        locked = text("SELECT pg_try_advisory_xact_lock(:key)").bindparams(key=_FOLDING_LOCK)
        if not await self._session.scalar(locked):
            return 0
        return int(await self._session.scalar(_FOLD) or 0)
