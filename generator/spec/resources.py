"""Schema resources (``$id``) and dynamic references (``$dynamicRef``), read into the plain
local-``$ref`` form the model reads.

JSON Schema 2020-12 lets a schema be a resource of its own (``$id``, a base URI) and bind a
reference while validating: ``$dynamicRef: '#T'`` goes to the outermost ``$dynamicAnchor: T``
among the resources being evaluated. That is how a document writes a generic
``PaginatedResource<T>`` (Scalar's Galaxy does). The model has neither resources nor a dynamic
scope, so before the rest of normalization:

* a ``$ref`` that names a resource by its URI (``https://x/schemas/Page``, or relative to the
  enclosing ``$id``) becomes the local ref of that schema; then every ``$id`` is dropped with
  one located warning (local ``#/...`` refs are read against the document, as OpenAPI tools
  read them);
* a ``$ref`` whose target holds ``$dynamicRef``s bound by a resource around the ``$ref`` is
  *specialized*: the referring schema gets a copy of the target in which each ``$dynamicRef``
  is the bound anchor's schema. Every other ``$dynamicRef`` is the anchor that its own
  enclosing resources bind (outermost first). The anchors' ``$defs`` entries then go, when
  no ``$ref`` names them.

The result validates what the document's schemas validate. What this cannot read that way is
a located error: a ``$dynamicRef`` that is not ``#name`` or has no anchor, and a dynamic scope
that runs through more than one ``$ref`` (a specialized copy, or a schema that is itself
referred to from another binding resource, that again reaches a bound ``$dynamicRef``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urljoin

from generator.errors import SpecError, location
from generator.spec.refs import DocPath, encode_pointer, node_at, resolve_local
from generator.spec.subset import (
    ANNOTATION_KEYWORDS,
    FREE_JSON_KEYS,
    SUBSCHEMA_LISTS,
    SUBSCHEMA_MAPS,
    SUBSCHEMA_SINGLE,
)

Warn = Callable[[DocPath, str, str], None]
_KEYWORDS = ("$id", "$dynamicRef", "$dynamicAnchor")


@dataclass
class _Schemas:
    """Every schema of the document: its path, and the resources (paths of ``$id`` schemas,
    outermost first) that enclose it, itself included."""

    nodes: dict[DocPath, dict[str, Any]] = field(default_factory=dict)
    chains: dict[DocPath, tuple[DocPath, ...]] = field(default_factory=dict)

    def anchor(self, resource: DocPath, name: str) -> DocPath | None:
        """The ``$dynamicAnchor: name`` of a resource (not of a resource nested in it)."""
        for path, node in self.nodes.items():
            if (
                node.get("$dynamicAnchor") == name
                and self.chains[path][-1:] == (resource,)
                and path[: len(resource)] == resource
            ):
                return path
        return None

    def binding(self, chain: tuple[DocPath, ...], name: str) -> DocPath | None:
        """The anchor a ``$dynamicRef: '#name'`` takes in that dynamic scope: the outermost."""
        for resource in chain:
            found = self.anchor(resource, name)
            if found is not None:
                return found
        return None


def resolve_resources(document: dict[str, Any], warn: Warn) -> None:
    """Rewrite ``document`` in place (a copy of the user's) as the module's docstring says."""
    schemas = _collect(document)
    if not any(k in node for node in schemas.nodes.values() for k in _KEYWORDS):
        return
    _refs_by_uri(document, schemas)
    dynamic = {p: n for p, n in schemas.nodes.items() if "$dynamicRef" in n}
    names = {p: _anchor_name(p, n["$dynamicRef"]) for p, n in dynamic.items()}
    for path, name in names.items():
        own = schemas.chains[path][-1] if schemas.chains[path] else ()
        if schemas.anchor(own, name) is None:
            raise SpecError(
                location((*path, "$dynamicRef")),
                f"$dynamicRef '#{name}' has no $dynamicAnchor {name!r} in its resource",
            )
    sites = _sites(document, schemas, names)
    for site in sorted(sites, key=len, reverse=True):  # the deepest first: paths stay valid
        _specialize(document, schemas, site, sites[site], names)
    _defaults(document)
    _cleanup(document, warn)


def _collect(document: dict[str, Any]) -> _Schemas:
    found = _Schemas()
    for path, node, chain in _walk(document):
        found.nodes[path] = node
        found.chains[path] = chain
    return found


def _walk(
    node: Any, path: DocPath = ()
) -> Iterator[tuple[DocPath, dict[str, Any], tuple[DocPath, ...]]]:
    """Every schema (dict) of the document in document order, where normalization finds them:
    ``schema`` fields, ``components.schemas``, and their subschemas."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in FREE_JSON_KEYS or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key == "schema" or path == ("components", "schemas"):
                yield from _subschemas(value, (*path, key), ())
            elif isinstance(value, (dict, list)):
                yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def _subschemas(
    node: Any, path: DocPath, chain: tuple[DocPath, ...]
) -> Iterator[tuple[DocPath, dict[str, Any], tuple[DocPath, ...]]]:
    if not isinstance(node, dict):
        return
    if isinstance(node.get("$id"), str):
        chain = (*chain, path)
    yield path, node, chain
    for key in SUBSCHEMA_MAPS:
        if isinstance(node.get(key), dict):
            for name, sub in node[key].items():
                yield from _subschemas(sub, (*path, key, name), chain)
    for key in SUBSCHEMA_LISTS:
        if isinstance(node.get(key), list):
            for index, sub in enumerate(node[key]):
                yield from _subschemas(sub, (*path, key, index), chain)
    for key in SUBSCHEMA_SINGLE:
        yield from _subschemas(node.get(key), (*path, key), chain)


def _refs_by_uri(document: dict[str, Any], schemas: _Schemas) -> None:
    """``$ref``s that name a resource by its (absolute or relative) URI become local refs."""
    bases: dict[DocPath, str] = {}
    for path, chain in sorted(schemas.chains.items(), key=lambda item: len(item[0])):
        if chain and chain[-1] == path:
            parent = bases.get(chain[-2], "") if len(chain) > 1 else ""
            bases[path] = urldefrag(urljoin(parent, schemas.nodes[path]["$id"])).url
    by_uri = {uri: path for path, uri in bases.items()}
    for path, node in schemas.nodes.items():
        ref = node.get("$ref")
        if not isinstance(ref, str) or ref.startswith("#"):
            continue
        chain = schemas.chains[path]
        uri, fragment = urldefrag(urljoin(bases[chain[-1]] if chain else "", ref))
        if uri not in by_uri:
            continue  # not a resource of this document: the parser reports it, located
        if fragment and not fragment.startswith("/"):
            raise SpecError(
                location((*path, "$ref")), f"unsupported $ref {ref!r}: plain-name fragments"
            )
        node["$ref"] = encode_pointer(by_uri[uri]) + fragment


def _anchor_name(path: DocPath, ref: Any) -> str:
    if not isinstance(ref, str) or not ref.startswith("#") or ref[1:2] in ("", "/"):
        raise SpecError(
            location((*path, "$dynamicRef")),
            f"unsupported $dynamicRef {ref!r}: only '#name' (a $dynamicAnchor's name)",
        )
    return ref[1:]


def _target(document: dict[str, Any], path: DocPath, ref: str) -> DocPath:
    return resolve_local(document, ref, (*path, "$ref"))


def _under(path: DocPath, root: DocPath) -> bool:
    return path[: len(root)] == root


def _sites(
    document: dict[str, Any], schemas: _Schemas, names: dict[DocPath, str]
) -> dict[DocPath, DocPath]:
    """The ``$ref``s to specialize (site -> target): those around which a resource binds a
    ``$dynamicRef`` of the target to another anchor than its own resource does."""
    refs: dict[DocPath, DocPath] = {}
    for path, node in schemas.nodes.items():
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            refs[path] = _target(document, path, ref)
    bound = {path: _rebound(schemas, path, target, names) for path, target in refs.items()}
    sites = {path: refs[path] for path, rebound in bound.items() if rebound}
    for path, target in refs.items():
        # A site inside this $ref's target whose names this $ref's resources bind too: the
        # outermost binding would win, through two $refs.
        for site in sites:
            if site != path and _under(site, target):
                chain = schemas.chains[path]
                if path in sites or any(schemas.binding(chain, n) for n in bound[site]):
                    _too_deep(path)
    return sites


def _rebound(
    schemas: _Schemas, site: DocPath, target: DocPath, names: dict[DocPath, str]
) -> set[str]:
    """The names of the target's ``$dynamicRef``s that the site's resources bind elsewhere."""
    chain = schemas.chains[site]
    return {
        name
        for path, name in names.items()
        if _under(path, target)
        and schemas.binding((*chain, *schemas.chains[path]), name)
        != schemas.binding(schemas.chains[path], name)
    }


def _too_deep(where: DocPath) -> None:
    raise SpecError(
        location((*where, "$ref")),
        "unsupported dynamic scope: a $dynamicRef bound through more than one $ref",
    )


def _specialize(
    document: dict[str, Any],
    schemas: _Schemas,
    site: DocPath,
    target: DocPath,
    names: dict[DocPath, str],
) -> None:
    """The site's ``$ref`` becomes a copy of its target, each ``$dynamicRef`` in it bound."""
    chain = schemas.chains[site]
    specialized = copy.deepcopy(schemas.nodes[target])
    for path, name in sorted(names.items(), key=lambda item: len(item[0]), reverse=True):
        if not _under(path, target):
            continue
        anchor = schemas.binding((*chain, *schemas.chains[path]), name)
        assert anchor is not None  # checked: every $dynamicRef has its own anchor
        holder = node_at(specialized, path[len(target) :]) if path != target else specialized
        replacement = _bound_schema(schemas, anchor, path)
        if path == target:
            specialized = _merged(_without(holder, "$dynamicRef"), replacement)
        else:
            parent = node_at(specialized, path[len(target) : -1])
            parent[path[-1]] = _merged(_without(holder, "$dynamicRef"), replacement)
    for key in ("$id", "$defs"):  # the copy's $defs stay reachable in the original
        specialized.pop(key, None)
    for _, node, _ in _subschemas(specialized, (), ()):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            inner = _target(document, site, node["$ref"])
            if any(
                _under(p, inner) and schemas.binding(chain, n) for p, n in names.items()
            ):  # the copy reaches a bound $dynamicRef again (a recursive generic)
                _too_deep(site)
    merged = _merged(_without(node_at(document, site), "$ref"), specialized)
    node_at(document, site[:-1])[site[-1]] = merged


def _bound_schema(schemas: _Schemas, anchor: DocPath, where: DocPath) -> dict[str, Any]:
    schema = _without(schemas.nodes[anchor], "$dynamicAnchor", "$id")
    if any("$dynamicRef" in node for _, node, _ in _subschemas(schema, (), ())):
        raise SpecError(
            location((*where, "$dynamicRef")),
            "unsupported $dynamicRef: its anchor's schema holds another $dynamicRef",
        )
    return copy.deepcopy(schema)


def _defaults(document: dict[str, Any]) -> None:
    """Every ``$dynamicRef`` left is bound by its own enclosing resources."""
    schemas = _collect(document)
    for path, node in sorted(schemas.nodes.items(), key=lambda item: len(item[0]), reverse=True):
        if "$dynamicRef" not in node:
            continue
        name = _anchor_name(path, node["$dynamicRef"])
        anchor = schemas.binding(schemas.chains[path], name)
        assert anchor is not None
        replacement = _merged(_without(node, "$dynamicRef"), _bound_schema(schemas, anchor, path))
        node_at(document, path[:-1])[path[-1]] = replacement


def _cleanup(document: dict[str, Any], warn: Warn) -> None:
    """The anchors' own ``$defs`` entries go (unless a ``$ref`` names them), then the
    ``$dynamicAnchor``s, then each ``$id``, warned."""
    schemas = _collect(document)
    targets = {
        _target(document, path, node["$ref"])
        for path, node in schemas.nodes.items()
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")
    }
    for path, node in schemas.nodes.items():
        defs = node.get("$defs")
        if isinstance(defs, dict):
            for name in [
                n for n, d in defs.items() if isinstance(d, dict) and "$dynamicAnchor" in d
            ]:
                inside = (*path, "$defs", name)
                if not any(_under(t, inside) for t in targets):
                    del defs[name]
            if not defs:
                del node["$defs"]
    for path, node in _collect(document).nodes.items():
        node.pop("$dynamicAnchor", None)
        if "$id" in node:
            del node["$id"]
            warn(
                (*path, "$id"),
                "'$id' (a schema's base URI) is skipped: refs by that URI are read as local"
                " refs, and '#/...' refs in it against the document",
                "$id",
            )


def _without(node: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k not in keys}


def _merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """One schema that asserts what ``base`` and ``extra`` both assert: side by side when
    their keywords do not overlap (``base``'s annotations win), else ``extra`` under
    ``allOf``."""
    if not (set(base) & set(extra)) - ANNOTATION_KEYWORDS:
        return {**extra, **base}
    return {**base, "allOf": [*base.get("allOf", []), extra]}


__all__ = ["resolve_resources"]
