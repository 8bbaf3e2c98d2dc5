"""Routing key <-> contract: the one list of every message the services exchange, and who hears
each one (CONSUMERS: the broker topology every deployment declares before anything is
published)."""

from dataclasses import dataclass

from shared.contracts.committee import (
    COMMITTEE_CONTRACTS,
    ApplicationNotRecommended,
    CommitteeApplicationRejected,
    CommitteeProgressed,
    ObjectionFiled,
    SentToSeniorCommittee,
)
from shared.contracts.envelope import Contract, Envelope, snake_case
from shared.contracts.intake import (
    INTAKE_CONTRACTS,
    ApplicantContactProvided,
    ApplicantIdentityProvided,
    ApplicationCorrected,
    ApplicationSubmitted,
    PhoneCodeRequested,
    WithdrawalRequested,
)
from shared.contracts.review import (
    REVIEW_CONTRACTS,
    AccountChanged,
    ApplicationRejected,
    CaseHandedOff,
    CaseOverdue,
    CaseStageChanged,
    CaseWithdrawn,
    CorrectionRequested,
    DirectoryPublished,
    SeasonPublished,
    WithdrawalRefused,
)

# each producer's module lists its own contracts
CONTRACTS: tuple[type[Contract], ...] = (
    *INTAKE_CONTRACTS,
    *REVIEW_CONTRACTS,
    *COMMITTEE_CONTRACTS,
)

_BY_ROUTING_KEY: dict[str, type[Contract]] = {c.routing_key(): c for c in CONTRACTS}
assert len(_BY_ROUTING_KEY) == len(CONTRACTS), "two contracts share a routing key"


class UnknownContract(LookupError):
    pass


def contract_for(routing_key: str) -> type[Contract]:
    try:
        return _BY_ROUTING_KEY[routing_key]
    except KeyError:
        raise UnknownContract(f"no contract is registered for {routing_key!r}") from None


def open_envelope(contract: type[Contract], envelope: Envelope) -> Contract:
    """The envelope's payload as `contract`; raises ValueError if it is not that contract."""
    if (envelope.type, envelope.version) != (contract.type_name(), contract.version):
        raise ValueError(
            f"envelope carries {envelope.type} v{envelope.version}, "
            f"expected {contract.type_name()} v{contract.version}"
        )
    return contract.model_validate(envelope.payload)


@dataclass(frozen=True)
class ConsumingQueue:
    """`service` hears `contract` on its queue `<service>.<contract>`; `also` lists the same
    event from other producers, bound to the same queue."""

    service: str
    contract: type[Contract]
    also: tuple[type[Contract], ...] = ()

    @property
    def name(self) -> str:
        return f"{self.service}.{snake_case(self.contract.type_name())}"

    @property
    def routing_keys(self) -> tuple[str, ...]:
        return tuple(c.routing_key() for c in (self.contract, *self.also))


# Every queue of the system. A service's Subscriptions must match its rows here (a contract
# test holds it); a new consumer is a row here first, so the deployment declares its queue
# before the first event it must hear is published.
CONSUMERS: tuple[ConsumingQueue, ...] = (
    ConsumingQueue("intake", CaseStageChanged),
    ConsumingQueue("intake", ApplicationRejected, also=(CommitteeApplicationRejected,)),
    ConsumingQueue("intake", CaseWithdrawn),
    ConsumingQueue("intake", WithdrawalRefused),
    ConsumingQueue("intake", CommitteeProgressed),
    ConsumingQueue("intake", SentToSeniorCommittee),
    ConsumingQueue("intake", ApplicationNotRecommended),
    # review owns the employer kinds, regions, units and routes; intake's employer step uses them
    ConsumingQueue("intake", DirectoryPublished),
    # the season's submission window, which intake's submit keeps
    ConsumingQueue("intake", SeasonPublished),
    ConsumingQueue("intake", AccountChanged),
    # 退回补正: the application becomes editable, the items shown on it
    ConsumingQueue("intake", CorrectionRequested),
    ConsumingQueue("review", ApplicationSubmitted),
    ConsumingQueue("review", WithdrawalRequested),
    ConsumingQueue("review", ApplicantIdentityProvided),
    # the corrected application returns to the department that sent it back
    ConsumingQueue("review", ApplicationCorrected),
    ConsumingQueue("committee", CaseHandedOff),
    ConsumingQueue("committee", AccountChanged),
    # the season's local closures, which 公示's working days skip
    ConsumingQueue("committee", SeasonPublished),
    ConsumingQueue("notify", ApplicationRejected, also=(CommitteeApplicationRejected,)),
    ConsumingQueue("notify", ApplicationNotRecommended),
    # 退回补正: the applicant is told what to correct
    ConsumingQueue("notify", CorrectionRequested),
    ConsumingQueue("notify", ApplicantContactProvided),
    ConsumingQueue("notify", AccountChanged),
    # 催办: the department is e-mailed and told in its 站内消息
    ConsumingQueue("notify", CaseOverdue),
    # where units' notices go: notify keeps the addresses review publishes, never an event's own
    ConsumingQueue("notify", DirectoryPublished),
    ConsumingQueue("notify", PhoneCodeRequested),
    # 异议 to a 公示: the office is e-mailed and told in its 站内消息
    ConsumingQueue("notify", ObjectionFiled),
)


def queues_of(service: str) -> tuple[ConsumingQueue, ...]:
    """The queues `service` consumes from."""
    return tuple(q for q in CONSUMERS if q.service == service)


def published_by(service: str) -> dict[str, tuple[ConsumingQueue, ...]]:
    """For each routing key `service` publishes: every queue that must hear it."""
    keys = [c.routing_key() for c in CONTRACTS if c.producer == service]
    return {key: tuple(q for q in CONSUMERS if key in q.routing_keys) for key in keys}
