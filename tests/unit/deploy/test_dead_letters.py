"""What `python -m deploy.dead_letters show` prints: the facts to judge a message by, and its
body without any full ID number or mobile number."""

import json
import uuid
from datetime import UTC, datetime

from deploy.dead_letters import DeadLetter, details, why_not_replayable
from shared.contracts import Envelope


def test_show_masks_personal_data_in_the_body() -> None:
    body = {
        "type": "ApplicantContactProvided",
        "payload": {"phone": "13812345678", "id_number": "330122198503121234", "name": "张三"},
    }
    letter = DeadLetter(
        queue="notify.applicant_contact_provided",
        message_id="m-1",
        type="ApplicantContactProvided",
        application_id=None,
        routing_key="intake.applicant_contact_provided.v1",
        reason="delivery_limit",
        died_at=None,
        deaths=1,
        body=json.dumps(body, ensure_ascii=False).encode(),
    )
    shown = details(letter)
    assert "13812345678" not in shown
    assert "330122198503121234" not in shown
    assert "138****5678" in shown
    assert "intake.applicant_contact_provided.v1" in shown
    assert "delivery_limit" in shown
    assert "张三" in shown


def _letter(**changes: object) -> DeadLetter:
    envelope = Envelope(
        message_id=uuid.uuid4(),
        type="ApplicationRejected",
        version=1,
        producer="committee",
        occurred_at=datetime.now(UTC),
        correlation_id=uuid.uuid4(),
        payload={},
    )
    facts: dict[str, object] = {
        "queue": "notify.application_rejected",
        "message_id": "m-2",
        "type": "ApplicationRejected",
        "application_id": None,
        "routing_key": "committee.application_rejected.v1",
        "reason": "delivery_limit",
        "died_at": None,
        "deaths": 1,
        "body": envelope.model_dump_json().encode(),
    }
    return DeadLetter(**(facts | changes))  # type: ignore[arg-type]


def test_only_a_letter_the_broker_dead_lettered_from_its_queue_may_be_replayed() -> None:
    assert why_not_replayable(_letter()) is None
    not_here = why_not_replayable(_letter(dead_lettered_here=False))
    assert not_here is not None
    assert "x-death" in not_here
    # a key the queue does not consume would reach other services' queues, never this one's
    other_key = why_not_replayable(_letter(routing_key="review.case_stage_changed.v1"))
    assert other_key is not None
    assert "review.case_stage_changed.v1" in other_key
    assert why_not_replayable(_letter(body=b"not json")) is not None
