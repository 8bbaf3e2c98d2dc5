"""What an application's JSON columns hold, as intake writes them: the contracts' own JSON
(`model_dump(mode="json")`), kept as stored and read by key, so the keys are named here.
A key an older row may lack is NotRequired and is read with `.get`."""

from typing import NotRequired, TypedDict


class StoredOrganisation(TypedDict):
    """An OrganisationRef."""

    code: str
    name: str
    email: NotRequired[str | None]


class StoredStageRef(TypedDict):
    """A StageRef: a stage of the route and who works on it."""

    position: int
    stage_count: int
    role: str
    organisation: StoredOrganisation


class StoredStage(StoredStageRef):
    """Where the current submission is: the stage, and the screen it waits on there."""

    state: str  # a StageState


class StoredRejection(TypedDict):
    """An ApplicationRejected's stage, lower unit, reasons and moment."""

    stage: StoredStageRef | None
    lower_unit: StoredOrganisation | None
    reasons: list[str]
    rejected_at: str


class StoredCorrectionItem(TypedDict):
    """A CorrectionItem: one field to correct and what is wrong with it."""

    form: str
    form_label: str
    field: str
    field_label: str
    note: str


class StoredCorrection(TypedDict):
    """A CorrectionRequested, whole (退回补正)."""

    application_id: str
    submission: int
    case_id: str
    stage: StoredStageRef
    lower_unit: StoredOrganisation | None
    items: list[StoredCorrectionItem]
    returned_from: str
    requested_at: str


class StoredWithdrawal(TypedDict):
    """The applicant's withdrawal request and, once review answered, its answer."""

    outcome: str  # a WithdrawalOutcome
    requested_at: NotRequired[str]  # absent if review answered a request intake never saw
    settled_at: NotRequired[str]
    reason: NotRequired[str | None]


class StoredEmployer(TypedDict, total=False):
    """The employer step's facts (an Employer, `dataclasses.asdict`); drafts saved before kinds
    came from the directory said `ownership` and `provincial_unit` instead."""

    name: str
    kind: str
    kind_label: str
    level: str
    region_code: str
    unit_code: str | None
    unit_name: str | None
    unit_role: str | None
    ownership: str
    provincial_unit: str | None
