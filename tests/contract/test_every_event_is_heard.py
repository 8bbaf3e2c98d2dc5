"""Every contract has a consumer: the relay publishes with `mandatory`, so an event no queue is
bound to comes back from the broker as unroutable and is retried (and logged) for ever."""

from services.committee.consumers import SUBSCRIPTIONS as COMMITTEE
from services.intake.consumers import SUBSCRIPTIONS as INTAKE
from services.notify.consumers import subscriptions as notify_subscriptions
from services.notify.rendering import Renderer
from services.review.consumers import subscriptions as review_subscriptions
from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_ROUTES,
    ReferenceData,
    load_directory,
    load_routes,
)
from shared.contracts import CONTRACTS
from shared.messaging import Subscription


def _subscriptions() -> dict[str, tuple[Subscription, ...]]:
    reference = ReferenceData(load_directory(DEFAULT_DIRECTORY), load_routes(DEFAULT_ROUTES))
    return {
        "intake": INTAKE,
        "review": review_subscriptions(reference),
        "committee": COMMITTEE,
        "notify": notify_subscriptions(Renderer("http://portal")),
    }


def _heard() -> dict[str, list[str]]:
    heard: dict[str, list[str]] = {}
    for service, subscriptions in _subscriptions().items():
        for subscription in subscriptions:
            for routing_key in subscription.by_routing_key:
                heard.setdefault(routing_key, []).append(service)
    return heard


def test_every_contract_is_consumed_by_some_service() -> None:
    heard = _heard()
    assert [c.routing_key() for c in CONTRACTS if c.routing_key() not in heard] == []


def test_the_applicants_contact_details_go_to_notify_only() -> None:
    assert _heard()["intake.applicant_contact_provided.v1"] == ["notify"]
    assert _heard()["intake.phone_code_requested.v1"] == ["notify"]


def test_no_service_hears_its_own_events() -> None:
    own = {key: services for key, services in _heard().items() if key.split(".")[0] in services}
    assert own == {}


def test_the_registry_lists_every_queue_each_service_consumes_from() -> None:
    """The topology the deployment declares (registry.CONSUMERS) is the services' own."""
    from shared.contracts.registry import CONSUMERS
    from shared.messaging import queue_name

    declared = {(q.service, q.name, frozenset(q.routing_keys)) for q in CONSUMERS}
    consumed = {
        (service, queue_name(service, s.contract), frozenset(s.by_routing_key))
        for service, subscriptions in _subscriptions().items()
        for s in subscriptions
    }
    assert declared == consumed


def test_every_queue_an_event_must_reach_is_known_to_its_publisher() -> None:
    from shared.contracts.registry import published_by

    for contract in CONTRACTS:
        queues = published_by(contract.producer)[contract.routing_key()]
        assert {q.service for q in queues} == set(_heard()[contract.routing_key()])


def test_the_applicants_full_id_number_goes_to_review_only() -> None:
    assert _heard()["intake.applicant_identity_provided.v1"] == ["review"]
