"""Which 催办 is due (issue 16): one on passing the limit, the next on passing twice it, …"""

import pytest

from services.review.domain.season import Waiting


@pytest.mark.parametrize(
    ("waited", "limit", "period"),
    [(0, 3, None), (3, 3, None), (4, 3, 1), (6, 3, 1), (7, 3, 2), (10, 3, 3), (9, None, None)],
)
def test_the_reminder_period_follows_the_working_days_waited(
    waited: int, limit: int | None, period: int | None
) -> None:
    assert Waiting(waited, limit).reminder_period == period
