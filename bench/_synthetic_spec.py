"""A deterministic OpenAPI 3.1 document of 250 operations and 500 schemas (issue #13's size
target), shaped like a real service's: 50 resources, each with the five CRUD operations
(paginated list, create, get, update, delete), ten schemas (the resource, its summary, create
and update bodies, a page, two enums, nested settings, tags, an ``allOf`` event), references
between resources, formats, bounds and patterns, nullable fields, a request-id header, and
shared error responses.

``python -m bench._synthetic_spec OUT.json`` writes it; ``bench.regenerate`` times the
generator on it. The same arguments always give the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RESOURCES = (
    "account", "alarm", "alert", "archive", "artifact", "asset", "audit", "backup", "batch",
    "bucket", "build", "campaign", "certificate", "channel", "cluster", "comment", "contact",
    "dashboard", "dataset", "deployment", "device", "domain", "endpoint", "environment",
    "event", "export", "feature", "firewall", "flow", "function", "gateway", "group", "image",
    "incident", "index", "invoice", "job", "key", "layer", "listener", "message", "metric",
    "model", "monitor", "network", "notebook", "order", "pipeline", "policy", "queue",
)  # fmt: skip
ERROR = "#/components/responses/"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def _plural(name: str) -> str:
    return f"{name}es" if name.endswith(("s", "x", "ch")) else f"{name}s"


def _schemas(index: int, name: str) -> dict[str, Any]:
    """The ten schemas of one resource; each resource's owner is the next one's summary."""
    cls = _pascal(name)
    owner = _pascal(RESOURCES[(index + 1) % len(RESOURCES)])
    identifier = {"type": "string", "pattern": f"^{name[:3]}-[0-9a-f]{{8,32}}$"}
    return {
        cls: {
            "type": "object",
            "description": f"A {name}.",
            "required": ["Id", "Name", "Status", "CreatedAt"],
            "properties": {
                "Id": identifier,
                "Name": {"type": "string", "minLength": 1, "maxLength": 128},
                "Status": _ref(f"{cls}Status"),
                "Kind": _ref(f"{cls}Kind"),
                "CreatedAt": {"type": "string", "format": "date-time"},
                "UpdatedAt": {"type": ["string", "null"], "format": "date-time"},
                "Settings": _ref(f"{cls}Settings"),
                "Tags": {"type": "array", "items": _ref(f"{cls}Tag"), "maxItems": 50},
                "Owner": _ref(f"{owner}Summary"),
                "Count": {"type": "integer", "format": "int64", "minimum": 0},
                "Ratio": {"type": "number", "minimum": 0, "maximum": 1},
                "Enabled": {"type": "boolean", "default": True},
                "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "examples": [
                {
                    "Id": f"{name[:3]}-0123abcd",
                    "Name": f"my {name}",
                    "Status": "ACTIVE",
                    "CreatedAt": "2026-01-02T03:04:05Z",
                }
            ],
        },
        f"{cls}Summary": {
            "type": "object",
            "required": ["Id"],
            "properties": {
                "Id": identifier,
                "Name": {"type": "string"},
                "Status": _ref(f"{cls}Status"),
            },
        },
        f"{cls}Create": {
            "type": "object",
            "required": ["Name"],
            "properties": {
                "Name": {"type": "string", "minLength": 1, "maxLength": 128},
                "Kind": _ref(f"{cls}Kind"),
                "Settings": _ref(f"{cls}Settings"),
                "Tags": {"type": "array", "items": _ref(f"{cls}Tag")},
            },
        },
        f"{cls}Update": {
            "type": "object",
            "minProperties": 1,
            "properties": {
                "Name": {"type": "string", "minLength": 1, "maxLength": 128},
                "Status": _ref(f"{cls}Status"),
                "Settings": _ref(f"{cls}Settings"),
            },
        },
        f"{cls}Page": {
            "type": "object",
            "required": ["Items"],
            "properties": {
                "Items": {"type": "array", "items": _ref(cls)},
                "NextToken": {"type": "string", "description": "The next page's token."},
            },
        },
        f"{cls}Status": {"type": "string", "enum": ["CREATING", "ACTIVE", "FAILED", "DELETING"]},
        f"{cls}Kind": {"type": "string", "enum": ["STANDARD", "PREMIUM", f"{name.upper()}_ONLY"]},
        f"{cls}Settings": {
            "type": "object",
            "properties": {
                "Retention": {
                    "type": "object",
                    "properties": {
                        "Days": {"type": "integer", "minimum": 1, "maximum": 3650},
                        "Mode": {"type": "string", "enum": ["GOVERNANCE", "COMPLIANCE"]},
                    },
                },
                "Notify": {"type": "array", "items": {"type": "string", "format": "email"}},
                "Limit": {"type": ["integer", "null"], "minimum": 0},
            },
        },
        f"{cls}Tag": {
            "type": "object",
            "required": ["Key", "Value"],
            "properties": {
                "Key": {"type": "string", "pattern": "^[A-Za-z0-9_.:/=+@-]{1,128}$"},
                "Value": {"type": "string", "maxLength": 256},
            },
        },
        f"{cls}Event": {
            "allOf": [
                _ref(f"{cls}Summary"),
                {
                    "type": "object",
                    "properties": {
                        "At": {"type": "string", "format": "date-time"},
                        "Change": {"type": "string", "enum": ["CREATED", "UPDATED", "DELETED"]},
                    },
                },
            ]
        },
    }


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _paths(name: str) -> dict[str, Any]:
    cls = _pascal(name)
    plural = _plural(name)
    request_id = {"$ref": "#/components/parameters/RequestId"}
    item_id = {"name": f"{name}-id", "in": "path", "required": True, "schema": {"type": "string"}}
    common = {"400": {"$ref": ERROR + "BadRequest"}, "429": {"$ref": ERROR + "TooManyRequests"}}
    missing = {"404": {"$ref": ERROR + "NotFound"}}
    return {
        f"/v1/{plural}": {
            "get": {
                "operationId": f"list{_pascal(plural)}",
                "summary": f"List the {plural}.",
                "tags": [name],
                "parameters": [
                    request_id,
                    {
                        "name": "page-size",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                    {"name": "token", "in": "query", "schema": {"type": "string"}},
                    {"name": "status", "in": "query", "schema": _ref(f"{cls}Status")},
                ],
                "responses": {"200": _json(_ref(f"{cls}Page")), **common},
            },
            "post": {
                "operationId": f"create{cls}",
                "tags": [name],
                "parameters": [request_id],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{cls}Create")}},
                },
                "responses": {
                    "201": _json(_ref(cls), "Created"),
                    "409": {"$ref": ERROR + "Conflict"},
                    **common,
                },
            },
        },
        f"/v1/{plural}/{{{name}-id}}": {
            "parameters": [item_id],
            "get": {
                "operationId": f"get{cls}",
                "tags": [name],
                "parameters": [request_id],
                "responses": {"200": _json(_ref(cls)), **missing, **common},
            },
            "patch": {
                "operationId": f"update{cls}",
                "tags": [name],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{cls}Update")}},
                },
                "responses": {"200": _json(_ref(cls)), **missing, **common},
            },
            "delete": {
                "operationId": f"delete{cls}",
                "tags": [name],
                "responses": {"204": {"description": "Deleted"}, **missing, **common},
            },
        },
    }


def document() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for index, name in enumerate(RESOURCES):
        schemas.update(_schemas(index, name))
        paths.update(_paths(name))
    error = {
        "type": "object",
        "required": ["Message"],
        "properties": {"Message": {"type": "string"}, "RequestID": {"type": "string"}},
    }
    schemas["Error"] = error
    responses = {
        name: _json(_ref("Error"), description)
        for name, description in (
            ("BadRequest", "The request is not valid."),
            ("NotFound", "No such resource."),
            ("Conflict", "The resource exists already."),
            ("TooManyRequests", "Slow down."),
        )
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic Fleet API", "version": "2026-01-01"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": responses,
            "parameters": {
                "RequestId": {
                    "name": "X-Request-Id",
                    "in": "header",
                    "schema": {"type": "string", "maxLength": 64},
                }
            },
        },
    }


def write(path: Path) -> dict[str, int]:
    """Write the document; return its operation and schema counts."""
    doc = document()
    path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    operations = sum(len([m for m in item if m != "parameters"]) for item in doc["paths"].values())
    return {"operations": operations, "schemas": len(doc["components"]["schemas"])}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m bench._synthetic_spec OUT.json", file=sys.stderr)
        raise SystemExit(2)
    print(write(Path(sys.argv[1])))
