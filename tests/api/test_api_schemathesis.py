"""Property-based run of the published OpenAPI schema against the Django app, every operation, anonymous and with an
editor's token, every check schemathesis has (no server error, status codes, content types, headers and bodies as
documented, negative data refused, positive data accepted unless stored data refuses it, ...). As the editor,
validation and deletes are exercised too. Bounded (a few examples per operation) so the suite stays fast; raise
API_FUZZ_EXAMPLES for a longer hunt (the figures of a long run are in bench/RESULTS.md)."""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import max_response_time, positive_data_acceptance
from schemathesis.config import SchemathesisConfig

# Only the random-fuzzing phase: the "coverage" phase walks every boundary of every parameter (hundreds of cases per
# operation), which belongs in a nightly run, not in every test run.
config = SchemathesisConfig()
# API_FUZZ_PHASES=examples,coverage,fuzzing for the full run recorded in bench/RESULTS.md.
config.projects.default.phases.update(phases=os.environ.get("API_FUZZ_PHASES", "examples,fuzzing").split(","))
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=config)
EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "4"))
TALLY = os.environ.get("API_FUZZ_TALLY")
# Refusals of schema-valid requests that no schema can foresee, each with its own error code: a reference to a row
# that does not exist (`does_not_exist`), a duplicate (`unique`), a sum over rows in several units (`mixed_units`),
# a range whose end is before its start (`inverted_range`), parameters fine alone but not together
# (`combination_refused`: page with cursor), a cursor from another list (`stale_cursor`), evidence offsets that do
# not point at their text on the stored page (`span_mismatch`), a parent that the stored tree refuses (`tree_conflict`:
# a place inside itself, a county under a village). Any other 400 to a schema-valid request means the
# schema promises what the API refuses: a failure.
DATA_DEPENDENT_CODES = frozenset(
    {
        "does_not_exist",
        "unique",
        "mixed_units",
        "inverted_range",
        "combination_refused",
        "stale_cursor",
        "span_mismatch",
        "tree_conflict",
    }
)


def positive_data_acceptance_but_stored_state(ctx, response, case):
    """schemathesis's positive_data_acceptance, except for the refusals above (one shared code in the error body)."""
    if response.status_code == 400:
        try:
            code = response.json().get("code")
        except ValueError:
            code = None
        if code in DATA_DEPENDENT_CODES:
            return None
    return positive_data_acceptance(ctx, response, case)


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


@pytest.mark.parametrize("who", ["anonymous", "editor"])
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db
def test_every_operation_conforms(case, who, world, editor_token, keep_test_connection):
    headers = {"Authorization": f"Token {editor_token}"} if who == "editor" else {}
    # Every check; timing left out (speed lives in bench/), positive_data_acceptance with the exceptions above.
    response = case.call_and_validate(
        headers=headers,
        excluded_checks=[max_response_time, positive_data_acceptance],
        additional_checks=[positive_data_acceptance_but_stored_state],
    )
    if TALLY:  # the long run's figures: one line per request
        with open(TALLY, "a", encoding="utf-8") as tally:
            mode = case.meta.generation.mode.value if case.meta is not None else "-"
            try:
                code = response.json().get("code", "-") if response.status_code >= 400 else "-"
            except ValueError:
                code = "-"
            line = f"{who} {case.operation.method.upper()} {case.operation.path} {response.status_code} {mode} {code}"
            tally.write(line + "\n")
