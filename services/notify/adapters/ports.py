"""What the delivery loop needs of a channel: send one notice, say what the provider answered.

Adapters never raise for a provider's refusal or absence: they answer a `Delivery`, and say
whether trying again could help (`permanent`), or whether the provider was not reached at all
(`unreachable`: an outage, which uses up none of the notice's tries)."""

import uuid
from dataclasses import dataclass
from typing import Protocol

from shared.privacy import mask_email, mask_phone, scrub


@dataclass(frozen=True)
class Outgoing:
    notice_id: uuid.UUID  # also the idempotency key: same event, recipient and channel
    address: str
    subject: str | None
    body: str
    sms_params: list[str]


@dataclass(frozen=True)
class Delivery:
    accepted: bool
    answer: str  # the provider's answer, personal data masked
    provider_ref: str | None = None
    permanent: bool = False
    unreachable: bool = False  # no connection to the provider: nothing was handed over


class Sender(Protocol):
    async def send(self, notice: Outgoing) -> Delivery: ...


def answer_of(text: str, address: str) -> str:
    """A provider's answer as it may be stored and logged: the address and any ID number or
    phone in it masked (also a phone written +86…, which the generic scrubber does not see)."""
    if "@" in address:
        text = text.replace(address, masked_address(address))
    else:
        number = address.removeprefix("+86")
        for form in ("+86" + number, "86" + number, number):
            text = text.replace(form, mask_phone(number))
    return scrub(text)[:1000]


def masked_address(address: str) -> str:
    """138****5678, or z***@example.com: enough for an operator to recognise it."""
    if "@" not in address:
        return mask_phone(address.removeprefix("+86"))
    return mask_email(address)


def e164(phone: str) -> str:
    """A mainland mobile number as the providers want it: +8613812345678."""
    digits = phone.strip().replace(" ", "").replace("-", "")
    return digits if digits.startswith("+") else "+86" + digits
