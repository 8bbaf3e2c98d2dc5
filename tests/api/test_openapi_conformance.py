"""Every operation of every service's OpenAPI document, fuzzed by schemathesis in-process on real
PostgreSQL: no server error, no status the document does not list, no answer that breaks its
schema. Generic on purpose: an endpoint added tomorrow is covered by the same run.

Each case goes as one of the callers (nobody, the applicant, a department of each role, the
operator), in turn. `API_FUZZ_CASES` (default 1000) is the number of cases per
service, spread over its operations."""

import itertools
import math
import os
from typing import Any

import hypothesis
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.services import APPS, Services

CASES_PER_SERVICE = int(os.environ.get("API_FUZZ_CASES", "1000"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _schema(service: str) -> Any:
    document = APPS[service]().openapi()  # the document only: no database, no broker
    schema = schemathesis.openapi.from_dict(document)
    operations = sum(1 for result in schema.get_all_operations() if result.ok())
    return schema, max(1, math.ceil(CASES_PER_SERVICE / max(1, operations)))


def _conformance_test(service: str) -> Any:
    schema, examples = _schema(service)
    turns = itertools.count()

    @schema.parametrize()
    @hypothesis.settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(hypothesis.HealthCheck),
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate, hypothesis.Phase.shrink],
    )
    def test(case: Any, api: Services) -> None:
        who = api.callers[next(turns) % len(api.callers)]
        app = api.apps[service]
        response = case.call(app=app, base_url="http://testserver", headers=who.headers)
        try:
            case.validate_response(response, checks=CHECKS, headers=who.headers)
        except Exception as failure:
            failure.add_note(f"{service}, as {who.label}")
            raise

    test.__name__ = f"test_{service}_api_conforms_to_its_openapi_document"
    return test


for _service in APPS:
    globals()[f"test_{_service}_api_conforms_to_its_openapi_document"] = _conformance_test(_service)
