"""Review's input vocabulary."""

import uuid
from dataclasses import dataclass

from services.review.domain.case import Application


@dataclass(frozen=True)
class StartReview:
    """A submitted application arrived: open its case at the first stage of its route."""

    application: Application
    causation_id: uuid.UUID
