"""Validate the document against the schema of its OpenAPI version (3.0.x or 3.1.x), before
any normalization; the first error at its location."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError, location


def validate_document(document: dict[str, Any]) -> None:
    """Validate against the OpenAPI 3.0 or 3.1 schema; report the first error at its location."""
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        found = f"Swagger {document['swagger']!r}" if "swagger" in document else repr(version)
        raise SpecError(
            "openapi", f"unsupported version {found}: an OpenAPI 3.0.x or 3.1.x document"
        )
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    validator = OpenAPIV30SpecValidator if version.startswith("3.0.") else OpenAPIV31SpecValidator
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
        message = _short(str(first.message).splitlines()[0])
        raise SpecError(
            location(_absolute(document, tuple(first.absolute_path), first.instance)), message
        )


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
