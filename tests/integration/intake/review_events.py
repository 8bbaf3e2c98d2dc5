"""Events about an application published onto the broker exactly as review publishes them."""

import uuid
from datetime import UTC, datetime
from typing import Any

from shared.contracts import (
    ApplicationRejected,
    Contract,
    Envelope,
    OrganisationRef,
    Refusal,
    StageRef,
)
from shared.contracts.vocabulary import Role
from tests.support import broker
from tests.support.polling import eventually
from tests.support.system import RunningSystem


async def publish(system: RunningSystem, event: Contract, *, sequence: int) -> Envelope:
    envelope = Envelope.wrap(
        event, occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4(), sequence=sequence
    )
    async with broker.channel(system.amqp_url) as chan:
        await broker.publish_raw(
            chan,
            event.routing_key(),
            envelope.model_dump_json().encode(),
            message_id=str(envelope.message_id),
        )
    return envelope


def refusal_at_first_stage(
    application_id: str, case_id: str, organisation: tuple[str, str], **changes: Any
) -> ApplicationRejected:
    """不予接收 at the first stage of a county route: no lower unit sent it."""
    code, name = organisation
    return ApplicationRejected(
        application_id=uuid.UUID(application_id),
        submission=changes.pop("submission", 1),
        case_id=uuid.UUID(case_id),
        stage=StageRef(
            position=1,
            stage_count=4,
            role=Role.county_hr,
            organisation=OrganisationRef(code=code, name=name),
        ),
        lower_unit=None,
        reasons=changes.pop("reasons", ["评审表与申报简表的现从事专业不一致", "照片不清晰"]),
        rejected_at=datetime.now(UTC),
        refusal=changes.pop("refusal", Refusal.not_received),
    )


async def shown(
    system: RunningSystem, headers: dict[str, str], application_id: str, **expected: Any
) -> dict[str, Any]:
    """The progress screen once it shows `expected` (e.g. status="rejected")."""

    async def probe() -> dict[str, Any] | None:
        response = await system.intake.get(f"/applications/{application_id}", headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body if all(body[k] == v for k, v in expected.items()) else None

    return await eventually(probe, what=f"progress showing {expected}")
