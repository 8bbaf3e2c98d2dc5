"""An application as intake sees it: submitted, then followed through review's events."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from services.intake.domain.employer import Employer, Problem, employer_problems
from services.intake.domain.identity import InvalidIdNumber, normalise_mobile, parse_id_number


class Status(StrEnum):
    submitted = "submitted"  # committed here; review has not opened its case yet
    in_review = "in_review"
    rejected = "rejected"


STATUS_LABELS = {
    Status.submitted: "已提交，等待受理",
    Status.in_review: "审核中",
    Status.rejected: "不予接收或审核未通过",
}


class InvalidSubmission(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Applicant:
    name: str
    id_number: str
    phone: str


@dataclass(frozen=True)
class Submission:
    """A new application, checked: what `submit` returns for the handler to store and announce."""

    id: uuid.UUID
    number: int
    applicant: Applicant
    employer: Employer
    sequence: int
    submitted_at: datetime
    correlation_id: uuid.UUID


def submit(
    applicant: Applicant, employer: Employer, *, now: datetime, correlation_id: uuid.UUID
) -> Submission:
    """Checks the applicant and employer facts; raises InvalidSubmission listing every problem."""
    problems: list[Problem] = []
    name = applicant.name.strip()
    if not name:
        problems.append(Problem("applicant.name", "姓名不能为空"))
    id_number = phone = ""
    try:
        id_number = parse_id_number(applicant.id_number, today=now.date()).value
    except InvalidIdNumber as exc:
        problems.append(Problem("applicant.id_number", str(exc)))
    try:
        phone = normalise_mobile(applicant.phone)
    except ValueError as exc:
        problems.append(Problem("applicant.phone", str(exc)))
    problems += employer_problems(employer)
    if problems:
        raise InvalidSubmission(problems)
    return Submission(
        id=uuid.uuid4(),
        number=1,
        applicant=Applicant(name=name, id_number=id_number, phone=phone),
        employer=employer,
        sequence=1,
        submitted_at=now,
        correlation_id=correlation_id,
    )
