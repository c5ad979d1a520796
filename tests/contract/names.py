"""Names shared by the runner and the checks, without importing either.

Importing ``tests.contract.checks`` registers its checks with schemathesis for the whole process,
so the pytest process (where other suites may use schemathesis) only ever imports this module.
"""

from __future__ import annotations

from typing import Final

AUTH_ENV: Final = "CONTRACT_AUTH"
ACCESS_KEY_ENV: Final = "AWS_ACCESS_KEY_ID"
CUSTOM_CHECKS: Final = (
    "aws_request_id",
    "aws_error_shape",
    "allow_on_405",
    "items_match_path",
    "positive_400_by_design",
    "unknown_resource_not_found",
    "pagination_walk",
    "sigv4_accepted",
    "unsigned_request_forbidden",
)
SIGV4_ONLY_CHECKS: Final = frozenset({"sigv4_accepted", "unsigned_request_forbidden"})
