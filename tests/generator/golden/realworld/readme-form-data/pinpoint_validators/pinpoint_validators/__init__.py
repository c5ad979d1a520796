"""Validators for x-www-form-urlencoded support 1.0.0, generated from the OpenAPI document; do not edit.

See ``pinpoint_validators.validators`` for what each function checks and README.md for usage.
"""

from pinpoint_validators.validators import (
    SCHEMA_NAMES,
    ValidationError,
    ValidationFailed,
    check,
    is_valid,
    is_valid_demo_form_data_body_application_x_www_form_urlencoded,
    is_valid_demo_form_data_request,
    is_valid_demo_form_data_response,
    is_valid_demo_form_data_response_200,
    is_valid_demo_form_data_response_401,
    is_valid_response,
    is_valid_token,
    predicate,
    validate,
    validate_demo_form_data_body_application_x_www_form_urlencoded,
    validate_demo_form_data_request,
    validate_demo_form_data_response,
    validate_demo_form_data_response_200,
    validate_demo_form_data_response_401,
    validate_response,
    validate_token,
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
    "validate_token",
    "is_valid_token",
    "validate_demo_form_data_request",
    "is_valid_demo_form_data_request",
    "validate_demo_form_data_body_application_x_www_form_urlencoded",
    "is_valid_demo_form_data_body_application_x_www_form_urlencoded",
    "validate_demo_form_data_response_200",
    "is_valid_demo_form_data_response_200",
    "validate_demo_form_data_response_401",
    "is_valid_demo_form_data_response_401",
    "validate_demo_form_data_response",
    "is_valid_demo_form_data_response",
]
