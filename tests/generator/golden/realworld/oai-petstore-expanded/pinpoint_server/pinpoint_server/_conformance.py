"""``validate_responses``: check what a handler answers against the spec before it is sent.

A mock that drifts from the spec misleads every client tested against it, so in tests the app
can refuse to send a response the spec does not allow: a status it does not declare, a required
header missing, or a JSON body its schema rejects (a :class:`RawJSON` is parsed for this).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pinpoint_server import _validators
from pinpoint_server.responses import RawJSON

__all__ = ["ResponseSpec", "violation"]


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """One declared response: its body schema (a validator name) and its required headers."""

    validator: str | None
    required_headers: tuple[str, ...]  # lower case


def violation(
    operation_id: str,
    responses: Mapping[str, ResponseSpec],
    status: int,
    body: object,
    header_names: Iterable[bytes],
) -> str | None:
    """Describe how the response breaks the spec, or None when it conforms."""
    spec = (
        responses.get(str(status))
        or responses.get(f"{status // 100}XX")
        or responses.get("default")
    )
    prefix = f"response of {operation_id} {status}"
    if spec is None:
        return f"{prefix} violates the spec: the status is not declared"
    present = {name.decode("latin-1").lower() for name in header_names}
    for name in spec.required_headers:
        if name not in present:
            return f"{prefix} violates the spec: the required header {name!r} is missing"
    if spec.validator is None or body is None:
        return None
    value = body
    if isinstance(body, RawJSON):
        try:
            value = json.loads(body.data)
        except ValueError as exc:
            return f"{prefix} violates the spec: the body is not valid JSON ({exc})"
    errors = _validators.validate(spec.validator, value, formats=True)
    if not errors:
        return None
    error = errors[0]
    return f"{prefix} violates the spec at {error.pointer or '/'}: {error.message}"
