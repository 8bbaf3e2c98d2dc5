"""The organisation directory (机构目录): reference data for any logged-in user."""

from fastapi import APIRouter, Depends

from services.review.api.dependencies import ServicesDep, any_account
from services.review.api.schemas import OrganisationOut, organisation_out
from shared.contracts.vocabulary import Role

router = APIRouter(tags=["directory"], dependencies=[Depends(any_account)])


@router.get("/organisations", response_model=list[OrganisationOut])
async def list_organisations(
    services: ServicesDep, role: Role | None = None
) -> list[OrganisationOut]:
    """The organisations taking part, optionally of one role."""
    return [
        organisation_out(org)
        for org in services.reference.directory
        if role is None or org.role == role
    ]
