"""Property-based fuzz of every operation in the app's OpenAPI schema (schemathesis, in-process
ASGI): no 5xx, and every response conforms to its documentation: a documented status, a documented
content type (JSON or text/event-stream), documented headers and the documented body schema.
POST /v1/index is fuzzed with no admin keys configured, so it must answer 403 and never re-index."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.http.app import create_app
from api.service import ReferatService
from indexer.config import Settings

# The schema does not depend on the index, so the app is built at import (schemathesis needs the
# schema then) and given the session's service before the first case runs. No keys: /v1/index
# must stay closed (403) while being fuzzed.
FUZZ_APP: FastAPI = create_app(
    Settings(_env_file=None, api_keys=[], admin_keys=[]),  # type: ignore[call-arg]
    service=None,
    mount_ui=False,
)
schema = schemathesis.openapi.from_asgi("/openapi.json", FUZZ_APP)


@pytest.fixture(autouse=True)
def _serve_the_corpus(service: ReferatService) -> None:
    FUZZ_APP.state.settings = service.settings.model_copy(update={"api_keys": [], "admin_keys": []})
    FUZZ_APP.state.service = service


@pytest.mark.integration
@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_fuzz_no_5xx_no_schema_violation(case: schemathesis.Case) -> None:
    response = case.call()
    if case.path == "/v1/index":
        # Closed without admin keys (403), or a method it does not have (405): never run.
        assert response.status_code in (403, 405), response.text
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_headers_conformance,
            response_schema_conformance,
        ],
    )
