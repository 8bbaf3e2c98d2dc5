"""The buttons the portal shows come from the rules: edit and submit while the draft is the
applicant's; 撤回 only until the first department has received it, and not twice."""

from datetime import UTC, datetime

import pytest

from services.intake.domain.actions import Edit, Edited, Withdraw, decide
from services.intake.domain.application import Action, Standing, Status, allowed_actions
from services.intake.domain.problems import Refused
from shared.contracts.vocabulary import StageState

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("standing", "actions"),
    [
        (Standing(Status.draft, 0, 0), [Action.edit, Action.submit]),
        (Standing(Status.rejected, 1, 3), [Action.edit, Action.resubmit]),
        (Standing(Status.withdrawn, 1, 3), [Action.edit, Action.resubmit]),
        (Standing(Status.submitted, 1, 1), [Action.withdraw]),
        (Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt), [Action.withdraw]),
        (Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt, True), []),
        (Standing(Status.in_review, 1, 3, 1, StageState.pending_approval), []),
        (Standing(Status.in_review, 1, 5, 2, StageState.pending_receipt), []),
        (Standing(Status.at_committee, 1, 9), []),
        # 退回补正: editable, and the resubmission is a correction (back to the same stage)
        (Standing(Status.correction_requested, 1, 4, 2, StageState.pending_approval),
         [Action.edit, Action.correct]),
    ],
    ids=[
        "draft", "rejected", "withdrawn", "submitted", "waiting-at-first", "withdrawal-asked",
        "received", "second-stage", "committee", "returned-for-correction",
    ],
)  # fmt: skip
def test_allowed_actions(standing: Standing, actions: list[Action]) -> None:
    assert allowed_actions(standing) == actions


def test_a_correction_can_be_edited_but_not_withdrawn() -> None:
    returned = Standing(Status.correction_requested, 1, 4, 2, StageState.pending_approval)
    # no refusal: the forms may be changed
    assert decide(returned, Edit(), NOW) == Edited(NOW)
    with pytest.raises(Refused, match="无需撤回"):
        decide(returned, Withdraw(), NOW)
