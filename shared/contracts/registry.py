"""Routing key <-> contract: the one list of every message the services exchange."""

from shared.contracts.committee import COMMITTEE_CONTRACTS
from shared.contracts.envelope import Contract, Envelope
from shared.contracts.intake import INTAKE_CONTRACTS
from shared.contracts.review import REVIEW_CONTRACTS

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
