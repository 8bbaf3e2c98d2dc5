"""decide/evolve for an application: each command accepted and refused from each status it
concerns, the standing after each event, and the reports review and the committee send."""

from datetime import UTC, date, datetime

import pytest

from services.intake.domain.actions import (
    STATUS_AFTER,
    Edit,
    Edited,
    Hear,
    Heard,
    News,
    StagePoint,
    Submit,
    Submitted,
    Withdraw,
    WithdrawalRequested,
    WithdrawalStillPending,
    decide,
    evolve,
)
from services.intake.domain.application import (
    Action,
    Standing,
    Status,
    WithdrawalOutcome,
    allowed_actions,
)
from services.intake.domain.problems import Invalid, Refused
from services.intake.domain.season import SubmissionWindow
from shared.contracts.vocabulary import StageState
from tests.unit.intake.test_submission_rules import IDENTITY, ready

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)  # 17:00 in China, the same day
EDITABLE_STANDINGS = {
    "draft": Standing(Status.draft, 0, 0),
    "rejected": Standing(Status.rejected, 1, 5),
    "withdrawn": Standing(Status.withdrawn, 1, 3),
    "correction": Standing(Status.correction_requested, 1, 4, 2, StageState.pending_approval),
}
HELD_STANDINGS = {
    "submitted": Standing(Status.submitted, 1, 1),
    "waiting-at-first": Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt),
    "received": Standing(Status.in_review, 1, 3, 1, StageState.pending_approval),
    "second-stage": Standing(Status.in_review, 1, 5, 2, StageState.pending_receipt),
    "at-committee": Standing(Status.at_committee, 1, 7),
    "committee-passed": Standing(Status.committee_passed, 1, 8),
    "sent-to-senior": Standing(Status.sent_to_senior, 1, 9),
    "not-recommended": Standing(Status.not_recommended, 1, 9),
}
EDIT_REFUSAL = "申报已提交，审核期间不能修改；退回补正、不予接收或撤回后方可修改"

# -- Edit -----------------------------------------------------------------------------------


@pytest.mark.parametrize("standing", EDITABLE_STANDINGS.values(), ids=EDITABLE_STANDINGS)
def test_the_draft_may_change_while_no_department_holds_it(standing: Standing) -> None:
    edited = decide(standing, Edit(), NOW)
    assert edited == Edited(NOW)
    assert evolve(standing, edited) == standing


@pytest.mark.parametrize("standing", HELD_STANDINGS.values(), ids=HELD_STANDINGS)
def test_the_draft_is_not_changed_while_it_is_held(standing: Standing) -> None:
    with pytest.raises(Refused) as refused:
        decide(standing, Edit(), NOW)
    assert refused.value.text == EDIT_REFUSAL


# -- Submit ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "corrects"),
    [("draft", False), ("rejected", False), ("withdrawn", False), ("correction", True)],
)
def test_a_ready_draft_is_the_next_submission(name: str, corrects: bool) -> None:
    standing = EDITABLE_STANDINGS[name]
    submitted = decide(standing, Submit(ready(), IDENTITY), NOW)
    assert (submitted.at, submitted.number, submitted.sequence, submitted.corrects) == (
        NOW,
        standing.submission + 1,
        standing.last_sequence + 1,
        corrects,
    )
    assert submitted.report.passed


@pytest.mark.parametrize("standing", HELD_STANDINGS.values(), ids=HELD_STANDINGS)
def test_nothing_is_submitted_while_it_is_held(standing: Standing) -> None:
    with pytest.raises(Refused) as refused:
        decide(standing, Submit(ready(), IDENTITY), NOW)
    assert refused.value.text == EDIT_REFUSAL


def test_a_submission_clears_what_was_said_about_the_previous_one() -> None:
    returned = Standing(Status.correction_requested, 1, 4, 2, StageState.pending_approval, True)
    submitted = decide(returned, Submit(ready(), IDENTITY), NOW)
    assert evolve(returned, submitted) == Standing(Status.submitted, 2, 5)


def test_a_correction_keeps_the_employer_facts_that_decided_the_route() -> None:
    moved = Submit(ready(), IDENTITY, employer_changed=True)
    with pytest.raises(Refused) as refused:
        decide(EDITABLE_STANDINGS["correction"], moved, NOW)
    assert refused.value.text == (
        "退回补正期间不能更改单位信息（报送路线已确定）；请将单位信息改回原样后再提交，"
        "如单位确有变化，请联系退回部门"
    )
    with pytest.raises(Invalid):  # the draft's own problems are named first
        decide(
            EDITABLE_STANDINGS["correction"], Submit(ready(photo=None), IDENTITY, None, True), NOW
        )
    # a resubmission after a refusal starts a new route: its employer may change
    assert decide(EDITABLE_STANDINGS["rejected"], moved, NOW).corrects is False


def test_a_draft_with_problems_is_refused_listing_them() -> None:
    with pytest.raises(Invalid) as refused:
        decide(EDITABLE_STANDINGS["draft"], Submit(ready(photo=None), IDENTITY), NOW)
    assert [(p.field, p.message) for p in refused.value.problems] == [("photo", "尚未上传照片")]


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [
        (date(2026, 12, 1), date(2026, 12, 31),
         "2026年度申报尚未开始：申报时间为2026年12月01日至2026年12月31日"),
        (date(2026, 11, 1), date(2026, 11, 27),
         "2026年度申报已截止：申报时间为2026年11月01日至2026年11月27日"),
    ],
    ids=["not-yet-open", "closed"],
)  # fmt: skip
def test_nothing_is_submitted_outside_the_seasons_window(
    opens: date, closes: date, message: str
) -> None:
    window = SubmissionWindow(2026, opens, closes)
    with pytest.raises(Refused) as refused:
        decide(EDITABLE_STANDINGS["draft"], Submit(ready(), IDENTITY, window), NOW)
    assert refused.value.text == message


def test_the_window_is_counted_in_chinas_days_and_checked_first() -> None:
    window = SubmissionWindow(2026, date(2026, 11, 1), date(2026, 11, 28))
    inside = decide(EDITABLE_STANDINGS["draft"], Submit(ready(), IDENTITY, window), NOW)
    assert isinstance(inside, Submitted)
    late_evening = datetime(2026, 11, 28, 16, 30, tzinfo=UTC)  # 00:30 on the 29th in China
    with pytest.raises(Refused, match="已截止"):
        decide(EDITABLE_STANDINGS["draft"], Submit(ready(), IDENTITY, window), late_evening)
    with pytest.raises(Refused, match="已截止"):  # before it is asked whether it is editable
        decide(HELD_STANDINGS["submitted"], Submit(ready(), IDENTITY, window), late_evening)


# -- Withdraw -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["submitted", "waiting-at-first"])
def test_a_withdrawal_is_asked_for_until_the_first_department_receives_it(name: str) -> None:
    standing = HELD_STANDINGS[name]
    requested = decide(standing, Withdraw(), NOW)
    assert requested == WithdrawalRequested(NOW)
    after = evolve(standing, requested)
    assert after.withdrawal_pending
    assert after.status == standing.status
    assert allowed_actions(after) == []  # not asked twice


def test_asking_again_while_waiting_changes_nothing() -> None:
    waiting = Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt, True)
    again = decide(waiting, Withdraw(), NOW)
    assert again == WithdrawalStillPending(NOW)
    assert evolve(waiting, again) == waiting


@pytest.mark.parametrize(
    ("standing", "message"),
    [
        *[(s, "申报材料已被接收，不能撤回") for k, s in HELD_STANDINGS.items() if k not in
          ("submitted", "waiting-at-first")],
        *[(s, "申报当前未在审核中，无需撤回") for s in EDITABLE_STANDINGS.values()],
    ],
    ids=[*(k for k in HELD_STANDINGS if k not in ("submitted", "waiting-at-first")),
         *EDITABLE_STANDINGS],
)  # fmt: skip
def test_a_withdrawal_is_refused_once_received_or_when_nothing_is_held(
    standing: Standing, message: str
) -> None:
    with pytest.raises(Refused) as refused:
        decide(standing, Withdraw(), NOW)
    assert refused.value.text == message


# -- Hear: what review and the committee report ---------------------------------------------

IN_REVIEW = Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt, True)
SECOND_STAGE = StagePoint(2, StageState.pending_receipt)


@pytest.mark.parametrize(
    ("news", "status"),
    [
        (News.stage_changed, Status.in_review),
        (News.rejected, Status.rejected),
        (News.correction_requested, Status.correction_requested),
        (News.withdrawn, Status.withdrawn),
        (News.committee_received, Status.at_committee),
        (News.committee_passed, Status.committee_passed),
        (News.senior_received, Status.sent_to_senior),
        (News.sent_to_senior, Status.sent_to_senior),
        (News.not_recommended, Status.not_recommended),
    ],
)
def test_the_newest_news_moves_the_status(news: News, status: Status) -> None:
    heard = decide(IN_REVIEW, Hear(news, submission=1, sequence=3), NOW)
    assert (heard.newest, heard.status) == (True, status)
    after = evolve(IN_REVIEW, heard)
    assert (after.status, after.submission, after.last_sequence) == (status, 1, 3)
    # only a department's news says where it is: the others clear the stage
    assert (after.stage_position, after.stage_state) == (None, None)


def test_every_news_has_its_status_or_leaves_it() -> None:
    assert set(STATUS_AFTER) == set(News)
    assert [news for news, status in STATUS_AFTER.items() if status is None] == [
        News.withdrawal_refused
    ]


def test_a_stage_change_says_where_the_submission_is_now() -> None:
    heard = decide(IN_REVIEW, Hear(News.stage_changed, 1, 3, SECOND_STAGE), NOW)
    after = evolve(IN_REVIEW, heard)
    assert (after.status, after.stage_position, after.stage_state) == (
        Status.in_review,
        2,
        StageState.pending_receipt,
    )
    assert allowed_actions(after) == []  # past the first department: no 撤回


def test_a_correction_request_keeps_the_stage_that_returned_it() -> None:
    returned_from = StagePoint(2, StageState.pending_approval)
    heard = decide(IN_REVIEW, Hear(News.correction_requested, 1, 3, returned_from), NOW)
    after = evolve(IN_REVIEW, heard)
    assert (after.status, after.stage_position, after.stage_state) == (
        Status.correction_requested,
        2,
        StageState.pending_approval,
    )
    assert allowed_actions(after) == [Action.edit, Action.correct]


@pytest.mark.parametrize("sequence", [1, 2], ids=["older", "the-same"])
def test_late_news_is_kept_in_the_timeline_only(sequence: int) -> None:
    heard = decide(IN_REVIEW, Hear(News.rejected, 1, sequence), NOW)
    assert (heard.newest, heard.status, heard.settles) == (False, None, None)
    assert evolve(IN_REVIEW, heard) == IN_REVIEW


def test_news_of_an_earlier_submission_moves_nothing() -> None:
    resubmitted = Standing(Status.submitted, 2, 6, withdrawal_pending=True)
    heard = decide(resubmitted, Hear(News.withdrawn, submission=1, sequence=9), NOW)
    assert (heard.newest, heard.status, heard.settles) == (False, None, None)
    assert evolve(resubmitted, heard) == resubmitted


def test_a_withdrawal_settles_the_request_and_the_status() -> None:
    heard = decide(IN_REVIEW, Hear(News.withdrawn, 1, 3), NOW)
    assert heard == Heard(
        NOW,
        news=News.withdrawn,
        submission=1,
        sequence=3,
        newest=True,
        status=Status.withdrawn,
        stage=None,
        settles=WithdrawalOutcome.withdrawn,
    )
    assert evolve(IN_REVIEW, heard) == Standing(Status.withdrawn, 1, 3)


def test_a_refused_withdrawal_leaves_the_case_where_it_was() -> None:
    heard = decide(IN_REVIEW, Hear(News.withdrawal_refused, 1, 3), NOW)
    assert (heard.newest, heard.status, heard.settles) == (True, None, WithdrawalOutcome.refused)
    assert evolve(IN_REVIEW, heard) == Standing(
        Status.in_review, 1, 3, 1, StageState.pending_receipt, withdrawal_pending=False
    )


def test_the_answer_to_a_withdrawal_settles_it_even_when_it_arrives_late() -> None:
    moved_on = Standing(Status.in_review, 1, 4, 1, StageState.pending_approval, True)
    heard = decide(moved_on, Hear(News.withdrawal_refused, 1, 3), NOW)
    assert (heard.newest, heard.settles) == (False, WithdrawalOutcome.refused)
    assert evolve(moved_on, heard) == Standing(
        Status.in_review, 1, 4, 1, StageState.pending_approval, withdrawal_pending=False
    )


# -- the buttons and the rules agree --------------------------------------------------------

EVERY_STANDING = EDITABLE_STANDINGS | HELD_STANDINGS | {"withdrawal-asked": IN_REVIEW}


@pytest.mark.parametrize("standing", EVERY_STANDING.values(), ids=EVERY_STANDING)
def test_a_button_is_shown_exactly_when_its_command_is_accepted(standing: Standing) -> None:
    actions = allowed_actions(standing)
    try:
        decide(standing, Edit(), NOW)
        editable = True
    except Refused:
        editable = False
    try:
        withdrawable = isinstance(decide(standing, Withdraw(), NOW), WithdrawalRequested)
    except Refused:
        withdrawable = False
    assert (Action.edit in actions) is editable
    submits = {Action.submit, Action.resubmit, Action.correct} & set(actions)
    assert len(submits) == (1 if editable else 0)
    assert (Action.withdraw in actions) is withdrawable
