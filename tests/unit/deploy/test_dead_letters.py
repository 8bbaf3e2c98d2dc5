"""What `python -m deploy.dead_letters show` prints: the facts to judge a message by, and its
body without any full ID number or mobile number."""

import json

from deploy.dead_letters import DeadLetter, details


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
