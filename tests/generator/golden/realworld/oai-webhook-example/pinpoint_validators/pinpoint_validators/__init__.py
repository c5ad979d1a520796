"""Validators for Webhook Example 1.0.0, generated from the OpenAPI document; do not edit.

See ``pinpoint_validators.validators`` for what each function checks and README.md for usage.
"""

from pinpoint_validators.validators import (
    SCHEMA_NAMES,
    ValidationError,
    ValidationFailed,
    check,
    is_valid,
    is_valid_pet,
    is_valid_response,
    predicate,
    validate,
    validate_pet,
    validate_response,
)

__all__ = [
    "SCHEMA_NAMES",
    "ValidationError",
    "ValidationFailed",
    "check",
    "is_valid",
    "predicate",
    "is_valid_response",
    "validate",
    "validate_response",
    "validate_pet",
    "is_valid_pet",
]
