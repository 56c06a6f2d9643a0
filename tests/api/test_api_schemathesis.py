"""Property-based run of the published OpenAPI schema against the Django app: no input may cause a server error,
and every response must match the schema. Writes run as an editor, so validation and deletes are exercised too.
Bounded (a few examples per operation) so the suite stays fast; raise API_FUZZ_EXAMPLES for a longer hunt."""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance
from schemathesis.config import SchemathesisConfig

# Only the random-fuzzing phase: the "coverage" phase walks every boundary of every parameter (hundreds of cases per
# operation), which belongs in a nightly run, not in every test run.
config = SchemathesisConfig()
config.projects.default.phases.update(phases=["examples", "fuzzing"])
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=config)
EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "4"))


@pytest.fixture
def keep_test_connection():
    """Django's WSGI handler closes the database connection around each request when it is inside a transaction;
    that would close the test's own transaction on PostgreSQL. Django's test client unhooks the same signals."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def editor_token(editor_user) -> str:
    from rest_framework.authtoken.models import Token

    return Token.objects.get_or_create(user=editor_user)[0].key


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db
def test_no_server_errors(case, world, editor_token, keep_test_connection):
    case.call_and_validate(
        headers={"Authorization": f"Token {editor_token}"},
        checks=[not_a_server_error, response_schema_conformance],
    )
