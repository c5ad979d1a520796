"""Validate the document against the schema of its OpenAPI version (3.0.x or 3.1.x), as
written (before any normalization); the first error at its location.

Importing openapi-spec-validator costs several times what validating a document does, and a
regenerate mostly sees a document it has validated before. So a document that passed is
remembered, by a hash of its content and of the validator's installed versions, as an empty file
in the user's cache folder (``$XDG_CACHE_HOME``, else ``~/.cache``, then
``pinpoint-generator/valid``); a document seen valid is not validated (nor the validator
imported) again. A failing document is never remembered, so its error is always the validator's.

One 3.1 form is tolerated in a 3.0 document: ``type: 'null'`` (which 3.0 lacks, and which
real 3.0 documents write for "null is allowed"). The 3.0 schema is extended by exactly that
value of ``type``, so everything else that is broken still fails; normalization reads such a
schema as 3.1 already does, with a located warning.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

from generator.errors import SpecError, location

# Bumped whenever this module changes what it accepts, so a remembered verdict is not reused.
_RULES = "3.0+type-null"
# The distributions whose versions decide what the validation says.
_VALIDATOR_PACKAGES = (
    "openapi_spec_validator",
    "openapi_schema_validator",
    "jsonschema",
    "jsonschema_path",
)


def validate_document(document: dict[str, Any]) -> None:
    """Validate against the OpenAPI 3.0 or 3.1 schema; report the first error at its location."""
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        found = f"Swagger {document['swagger']!r}" if "swagger" in document else repr(version)
        raise SpecError(
            "openapi", f"unsupported version {found}: an OpenAPI 3.0.x or 3.1.x document"
        )
    marker = _marker(document)
    if marker is not None and marker.is_file():
        return
    _validate(document)
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:  # a read-only home: validate every time
            pass


def _marker(document: dict[str, Any]) -> Path | None:
    """Where a valid ``document`` is remembered; None when the validator's versions are unknown."""
    versions = _validator_versions()
    if versions is None:
        return None
    content = json.dumps([sys.version, versions, _RULES, document], sort_keys=True, default=repr)
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "pinpoint-generator" / "valid" / digest


def _validator_versions() -> list[str] | None:
    """The names of the validator's ``.dist-info`` folders, which hold the versions (cheaper
    than importing :mod:`importlib.metadata`, which costs more than a validation)."""
    found: list[str] = []
    listings: dict[str, list[str]] = {}
    for package in _VALIDATOR_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            return None
        site = os.path.dirname(os.path.dirname(spec.origin))
        try:
            names = listings.setdefault(site, sorted(os.listdir(site)))
        except OSError:
            return None
        infos = [n for n in names if n.startswith(f"{package}-") and n.endswith(".dist-info")]
        if len(infos) != 1:
            return None
        found.append(infos[0])
    return found


def _validate(document: dict[str, Any]) -> None:
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v31
    from referencing.exceptions import Unresolvable

    version = str(document.get("openapi"))
    v30 = version.startswith("3.0.")
    validator: Any = _v30_validator() if v30 else OpenAPIV31SpecValidator
    try:
        errors = list(validator(document).iter_errors())
    except Unresolvable as exc:  # the validator follows $refs itself and gives up on these
        ref = str(getattr(exc, "ref", ""))
        where = _find_ref(document, ref, ())
        if not where and ref.startswith("/"):  # the validator reports a local ref bare
            ref = "#" + ref
            where = _find_ref(document, ref, ())
        if ref.startswith("#"):
            raise SpecError(location(where), f"$ref {ref!r} does not resolve") from None
        raise SpecError(
            location(where), f"unsupported $ref {ref!r}: only local refs ('#/...') are"
        ) from None
    if errors:
        # The most specific error is the deepest one; ties keep the validator's order.
        first = max(errors, key=lambda e: len(e.absolute_path))
        if first.schema_path and first.schema_path[-1] in ("oneOf", "anyOf") and not first.context:
            raw = validator.raw_schema if v30 else schema_v31
            first = _deepest(document, raw, first) or first
        message = _short(str(first.message).splitlines()[0])
        path = _keys(document, tuple(first.absolute_path))
        raise SpecError(location(_absolute(document, path, first.instance)), message)


def _v30_validator() -> Any:
    """openapi-spec-validator's 3.0 validator, its schema's ``Schema.type`` also taking
    ``'null'`` (the one 3.1 form tolerated in 3.0; see the module's docstring)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator
    from openapi_spec_validator.schemas import schema_v30
    from openapi_spec_validator.schemas.backend import get_validator_for

    schema = copy.deepcopy(dict(schema_v30))
    types = schema["definitions"]["Schema"]["properties"]["type"]["enum"]
    if "null" not in types:
        types.append("null")
    schema["id"] = f"{schema['id']}/type-null"  # not the stock schema's id

    class Tolerant(OpenAPIV30SpecValidator):
        schema_validator = get_validator_for(schema)
        raw_schema = schema

    return Tolerant


def _deepest(document: dict[str, Any], schema: Any, error: Any) -> Any:
    """The deepest error under a failed ``oneOf``/``anyOf``, which the validator's fast
    backend (jsonschema-rs) reports without its branches' errors, so that the user reads
    ``...properties.tag.type: ['string', 'null'] is not of type 'string'`` rather than "the
    schema is not valid under any of the given schemas". Found by the pure-Python jsonschema
    on the failing document only; None when it finds nothing there."""
    from jsonschema.validators import validator_for

    path = _keys(document, tuple(error.absolute_path))
    try:
        found = [
            e
            for e in validator_for(schema)(schema).iter_errors(document)
            if tuple(e.absolute_path)[: len(path)] == path
        ]
    except Exception:  # a better message only: the first one still stands
        return None
    if not found:
        return None
    deepest = max(found, key=lambda e: len(e.absolute_path))
    while deepest.context:
        deepest = max(deepest.context, key=lambda e: len(e.absolute_path))
    return deepest


def _keys(document: Any, path: tuple[Any, ...]) -> tuple[Any, ...]:
    """The path with the document's own keys: jsonschema-rs gives a status code key such as
    ``"200"`` as the number 200."""
    keys: list[Any] = []
    node = document
    for token in path:
        if isinstance(node, dict) and token not in node and str(token) in node:
            token = str(token)
        keys.append(token)
        try:
            node = node[token]
        except (LookupError, TypeError):
            keys += path[len(keys) :]
            break
    return tuple(keys)


def _short(message: str, limit: int = 240) -> str:
    """The validator quotes the whole failing value; a long one is cut to its start."""
    if len(message) <= limit:
        return message
    verdict = message.rfind(" is not ")
    if verdict > 0:
        return f"{message[: limit // 3]}... (cut){message[verdict:]}"
    return f"{message[:limit]}... (cut)"


def _follow(node: Any, path: tuple[Any, ...]) -> Any:
    for token in path:
        if (isinstance(node, dict) and token in node) or (
            isinstance(node, list) and isinstance(token, int) and token < len(node)
        ):
            node = node[token]
        else:
            raise LookupError(token)
    return node


def _absolute(document: Any, path: tuple[Any, ...], instance: Any) -> tuple[Any, ...]:
    """The full path of an error: errors inside schemas come with a path relative to the schema,
    so look for the first place in the document where that path leads to the failing value."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(document, ())]
    while stack:
        node, prefix = stack.pop(0)
        try:
            if _follow(node, path) is instance or (not prefix and _follow(node, path) == instance):
                return (*prefix, *path)
        except LookupError:
            pass
        if isinstance(node, dict):
            stack += [(v, (*prefix, k)) for k, v in node.items() if isinstance(v, (dict, list))]
        elif isinstance(node, list):
            stack += [(v, (*prefix, i)) for i, v in enumerate(node) if isinstance(v, (dict, list))]
    return path


def _find_ref(node: Any, ref: str, prefix: tuple[Any, ...]) -> tuple[Any, ...]:
    """Where the document holds ``{"$ref": ref}`` (the first place), else the document."""
    if isinstance(node, dict):
        if node.get("$ref") == ref:
            return (*prefix, "$ref")
        children: Any = node.items()
    elif isinstance(node, list):
        children = enumerate(node)
    else:
        return ()
    for key, child in children:
        found = _find_ref(child, ref, (*prefix, key))
        if found:
            return found
    return ()
