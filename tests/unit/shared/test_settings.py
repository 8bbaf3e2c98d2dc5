"""Each service logs in to the broker as its own user; AMQP_URL is only the fallback; a token
secret without real entropy stops the start with one line."""

import pytest

from services.intake.settings import IntakeSettings
from services.review.settings import ReviewSettings


def test_a_services_own_broker_url_wins_over_the_shared_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AMQP_URL", "amqp://shared:pw@broker/")
    monkeypatch.setenv("INTAKE_AMQP_URL", "amqp://intake:pw@broker/")
    assert IntakeSettings().amqp_url == "amqp://intake:pw@broker/"
    assert ReviewSettings().amqp_url == "amqp://shared:pw@broker/", "review has none of its own"


@pytest.mark.parametrize(
    "secret", ["a" * 32, "0123456789" * 4, "abcdefghijklmnopqrstuvwxyz012345", "short-but-random-8"]
)
def test_a_token_secret_without_entropy_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, secret: str
) -> None:
    monkeypatch.setenv("AUTH_SECRET", secret)
    with pytest.raises(RuntimeError) as refused:
        IntakeSettings().token_secret()
    assert "\n" not in str(refused.value)
    assert "AUTH_SECRET" in str(refused.value)


def test_a_random_token_secret_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTH_SECRET", "rPN6QBpQlnax6lbRG9P0-fXk2Lw8sTz5HvYc")
    assert IntakeSettings().token_secret().startswith("rPN6")
