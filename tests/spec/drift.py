"""Drift between the spec and botocore's own model of the Pinpoint service.

The reference page is frozen, but the AWS SDK model kept moving; this compares the spec with
botocore's `GetCampaignActivities` item by item. A difference is either listed, with its reason, in
spec/drift-allowlist.yaml (ALLOWED) or it is DRIFT; a listed difference that no longer occurs is
STALE, so the allow-list cannot rot. Run `python -m tests.spec.drift` (`make drift`) for the table;
it exits 1 on DRIFT or STALE.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import botocore.session
from botocore.model import ListShape, MapShape, OperationModel, ServiceModel, Shape, StructureShape

from tests.spec.common import (
    ALLOWLIST_PATH,
    JSONDict,
    deref,
    is_json_media_type,
    iter_operations,
    load_spec,
    read_allowlist,
    ref_name,
    schema_types,
    security_requirements,
    spec_path,
)

SERVICE = "pinpoint"
OPERATION = "GetCampaignActivities"

# OpenAPI parameter locations as botocore names them.
LOCATIONS = {"path": "uri", "query": "querystring", "header": "header", "cookie": "cookie"}
# botocore shape types as JSON Schema types; timestamps are their own kind on both sides.
JSON_TYPES = {
    "string": "string", "blob": "string", "boolean": "boolean", "integer": "integer",
    "long": "integer", "short": "integer", "byte": "integer", "biginteger": "integer",
    "float": "number", "double": "number", "bigdecimal": "number", "timestamp": "timestamp",
    "list": "array", "map": "object", "structure": "object",
}  # fmt: skip
# Auth as the spec (x-amazon-apigateway-authtype) and botocore (signatureVersion, auth) spell it.
AUTH = {"awsSigv4": "sigv4", "v4": "sigv4", "aws.auth#sigv4": "sigv4", "none": "none"}


@dataclass(frozen=True)
class Row:
    """One compared item; None means the side does not have it."""

    item: str
    spec: str | None
    sdk: str | None

    @property
    def differs(self) -> bool:
        return self.spec != self.sdk

    @property
    def key(self) -> str:
        """The allow-list key: stable for a given difference, new when the difference changes."""
        if self.spec is None:
            return f"{self.item}: missing in spec"
        if self.sdk is None:
            return f"{self.item}: missing in SDK"
        return f"{self.item}: spec {self.spec} != SDK {self.sdk}"


@dataclass(frozen=True)
class Verdict:
    row: Row
    status: str  # OK, ALLOWED or DRIFT
    reason: str = ""


@dataclass(frozen=True)
class Report:
    verdicts: list[Verdict]
    stale: list[str]  # allow-list keys that match no current difference

    @property
    def drift(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status == "DRIFT"]

    @property
    def ok(self) -> bool:
        return not self.drift and not self.stale


def load_service_model() -> ServiceModel:
    return botocore.session.get_session().get_service_model(SERVICE)


def load_allowlist(path: Path = ALLOWLIST_PATH) -> dict[str, str]:
    """key -> reason; a malformed file is an error, not an empty list."""
    return read_allowlist(path)


def evaluate(rows: Sequence[Row], allowed: dict[str, str]) -> Report:
    verdicts: list[Verdict] = []
    for row in rows:
        if not row.differs:
            verdicts.append(Verdict(row, "OK"))
        elif row.key in allowed:
            verdicts.append(Verdict(row, "ALLOWED", allowed[row.key]))
        else:
            verdicts.append(Verdict(row, "DRIFT"))
    seen = {row.key for row in rows if row.differs}
    return Report(verdicts, [key for key in allowed if key not in seen])


# --- the comparison ----------------------------------------------------------------------------


def compare(spec: JSONDict, model: ServiceModel, operation_name: str = OPERATION) -> list[Row]:
    """Every compared item of the service, the operation, its input, output and errors."""
    info = spec.get("info", {})
    rows = [
        Row("service.apiVersion", info.get("x-aws-api-version"), model.api_version),
        Row("service.signingName", info.get("x-aws-signing-name"), model.signing_name),
    ]
    sdk_op = model.operation_model(operation_name)
    found = [
        (path, method, item, op)
        for path, method, item, op in iter_operations(spec)
        if op.get("operationId") == operation_name
    ]
    if not found:
        return [*rows, Row(f"operation.{operation_name}", None, _http(sdk_op))]
    path, method, path_item, operation = found[0]
    rows += _compare_operations(spec, model, path)
    where = f"operation.{operation_name}"
    success = sorted(str(c) for c in operation.get("responses", {}) if str(c).startswith("2"))
    rows += [
        Row(f"{where}.method", method, str(sdk_op.http.get("method"))),
        Row(f"{where}.requestUri", path, str(sdk_op.http.get("requestUri"))),
        Row(f"{where}.responseCode", success[0] if success else None, _response_code(sdk_op)),
        Row(f"{where}.auth", _spec_auth(spec, operation), _sdk_auth(model, sdk_op)),
    ]
    rows += _compare_input(_named_parameters(spec, path_item, operation), sdk_op)
    rows += _compare_output(spec, operation, sdk_op)
    rows += _compare_errors(spec, operation, sdk_op)
    return rows


def _http(op: OperationModel) -> str:
    return f"{op.http.get('method')} {op.http.get('requestUri')}"


def _response_code(op: OperationModel) -> str:
    return str(op.http.get("responseCode", 200))


def _compare_operations(spec: JSONDict, model: ServiceModel, path: str) -> list[Row]:
    """The methods on the operation's path, on both sides (botocore has no CORS preflights)."""
    spec_ops = {m: str(op.get("operationId")) for p, m, _, op in iter_operations(spec) if p == path}
    sdk_ops: dict[str, str] = {}
    for name in model.operation_names:
        http = model.operation_model(name).http
        if str(http.get("requestUri", "")).split("?", 1)[0] == path:
            sdk_ops[str(http.get("method"))] = name
    return [
        Row(f"operation.{method} {path}", spec_ops.get(method), sdk_ops.get(method))
        for method in sorted(spec_ops.keys() | sdk_ops.keys())
    ]


def _spec_auth(spec: JSONDict, operation: JSONDict) -> str:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    requirements = security_requirements(spec, operation)
    kinds = sorted(
        AUTH.get(str(schemes.get(name, {}).get("x-amazon-apigateway-authtype")), "?")
        for requirement in requirements
        for name in requirement
    )
    return ",".join(kinds) or "none"


def _sdk_auth(model: ServiceModel, op: OperationModel) -> str:
    if op.auth_type is not None:
        return AUTH.get(op.auth_type, op.auth_type)
    declared = op.auth or model.metadata.get("auth") or [model.signature_version]
    if isinstance(declared, str):
        declared = [declared]
    return AUTH.get(str(declared[0]), str(declared[0]))


def _named_parameters(
    spec: JSONDict, path_item: JSONDict, operation: JSONDict
) -> list[tuple[str | None, JSONDict]]:
    """(component name or None, parameter); operation parameters override path-level ones."""
    merged: dict[tuple[str, str], tuple[str | None, JSONDict]] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = deref(spec, raw)
        merged[(parameter["in"], parameter["name"])] = (ref_name(raw), parameter)
    return list(merged.values())


def _compare_input(parameters: list[tuple[str | None, JSONDict]], op: OperationModel) -> list[Row]:
    """Parameters and located input members, matched by wire name (headers case-insensitively)
    and, failing that, by the spec component name = botocore member name."""
    shape = op.input_shape
    members = shape.members if shape is not None else {}
    required = set(shape.required_members) if shape is not None else set()

    def wire(location: str, name: str) -> str:
        return name.casefold() if location == "header" else name

    unmatched_sdk = {
        wire(str(m.serialization.get("location", "body")), m.serialization.get("name", name)): name
        for name, m in members.items()
    }
    pairs: list[tuple[str | None, JSONDict | None, str | None]] = []
    unmatched_spec: list[tuple[str | None, JSONDict]] = []
    for component, parameter in parameters:
        location = LOCATIONS.get(parameter["in"], "")
        member = unmatched_sdk.pop(wire(location, parameter["name"]), None)
        if member is None:
            unmatched_spec.append((component, parameter))
        else:
            pairs.append((component, parameter, member))
    for component, parameter in unmatched_spec:
        by_name = [k for k, v in unmatched_sdk.items() if v == component]
        pairs.append((component, parameter, unmatched_sdk.pop(by_name[0]) if by_name else None))
    pairs += [(None, None, member) for member in unmatched_sdk.values()]

    rows: list[Row] = []
    for component, param, member in pairs:
        sdk_shape = members[member] if member is not None else None
        label = member or component or (param["name"] if param else "?")
        where = f"input.{label}"
        if param is None or sdk_shape is None:
            spec_side = f"{param['in']} {param['name']}" if param else None
            sdk_side = (
                f"{sdk_shape.serialization.get('location', 'body')} "
                f"{sdk_shape.serialization.get('name', member)}"
                if sdk_shape is not None
                else None
            )
            rows.append(Row(where, spec_side, sdk_side))
            continue
        rows += [
            Row(
                f"{where}.location",
                LOCATIONS.get(param["in"], param["in"]),
                str(sdk_shape.serialization.get("location", "body")),
            ),
            Row(
                f"{where}.locationName",
                param["name"],
                str(sdk_shape.serialization.get("name", member)),
            ),
            Row(f"{where}.type", _spec_type(param.get("schema", {})), _sdk_type(sdk_shape)),
            Row(
                f"{where}.required",
                _flag(bool(param.get("required", False))),
                _flag(member in required),
            ),
        ]
    return rows


def _compare_output(spec: JSONDict, operation: JSONDict, op: OperationModel) -> list[Row]:
    """The 200 body against the output payload (or the output's body members, when unwrapped)."""
    success = operation.get("responses", {}).get(_response_code(op))
    schema = _json_schema(spec, success) if success is not None else None
    output = op.output_shape
    body: Shape | None = output
    if output is not None and "payload" in output.serialization:
        body = output.members[output.serialization["payload"]]
    spec_name = ref_name(schema) if schema is not None else None
    sdk_name = body.name if body is not None else None
    rows = [Row("output.payload", spec_name, sdk_name)]
    if schema is not None and body is not None:
        rows += _compare_schema(spec, f"output.{spec_name or sdk_name}", schema, body, set())
    return rows


def _compare_errors(spec: JSONDict, operation: JSONDict, op: OperationModel) -> list[Row]:
    """Error responses (named by their components.responses entry) against the error shapes."""
    spec_errors: dict[str, tuple[str, JSONDict]] = {}
    for status, response in operation.get("responses", {}).items():
        if str(status)[0] in "45":
            resolved = deref(spec, response)
            name = ref_name(response) or _named_in(resolved) or f"status {status}"
            spec_errors[name] = (str(status), resolved)
    sdk_errors = {shape.name: shape for shape in op.error_shapes}
    rows: list[Row] = []
    for name in sorted(spec_errors.keys() | sdk_errors.keys()):
        spec_side = spec_errors.get(name)
        sdk_shape = sdk_errors.get(name)
        sdk_status = (
            str(sdk_shape.metadata.get("error", {}).get("httpStatusCode"))
            if sdk_shape is not None
            else None
        )
        if spec_side is None or sdk_shape is None:
            rows.append(Row(f"error.{name}", spec_side[0] if spec_side else None, sdk_status))
            continue
        status, response = spec_side
        rows += [
            Row(f"error.{name}.httpStatusCode", status, sdk_status),
            Row(f"error.{name}.description-names", _named_in(response) or "(none)", name),
        ]
        schema = _json_schema(spec, response)
        if schema is not None:
            rows += _compare_schema(spec, f"error.{name}", schema, sdk_shape, set())
    return rows


def _named_in(response: JSONDict) -> str | None:
    """The error name that ends a description: '... was not found (NotFoundException).'"""
    match = re.search(r"\((\w+)\)\.?$", str(response.get("description", "")).strip())
    return match[1] if match else None


def _json_schema(spec: JSONDict, response: JSONDict) -> Any:
    content = deref(spec, response).get("content", {})
    for media_type, media in content.items():
        if is_json_media_type(media_type):
            return media.get("schema")
    return None


def _compare_schema(
    spec: JSONDict, where: str, node: Any, shape: Shape, done: set[str]
) -> list[Row]:
    """A schema against a shape, recursively; each named structure is compared once."""
    if isinstance(shape, StructureShape):
        if where in done:
            return []
        done.add(where)
    schema = deref(spec, node)
    rows = [Row(f"{where}.type", _spec_type(schema), _sdk_type(shape))]
    if rows[0].differs:
        return rows
    if isinstance(shape, StructureShape):
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        sdk_required = set(shape.required_members)
        for name in [*properties, *(m for m in shape.members if m not in properties)]:
            label = f"{where}.{name}"
            member = shape.members.get(name)
            if name not in properties or member is None:
                spec_side = _spec_type(deref(spec, properties[name])) if member is None else None
                rows.append(Row(label, spec_side, _sdk_type(member) if member else None))
                continue
            rows.append(
                Row(f"{label}.required", _flag(name in required), _flag(name in sdk_required))
            )
            rows += _compare_member(spec, label, properties[name], member, done)
    elif isinstance(shape, ListShape):
        rows += _compare_member(spec, f"{where}[]", schema.get("items", {}), shape.member, done)
    elif isinstance(shape, MapShape):
        values = schema.get("additionalProperties", {})
        rows += _compare_member(spec, f"{where}{{}}", values, shape.value, done)
    rows += _compare_enum(where, schema, shape)
    return rows


def _compare_member(
    spec: JSONDict, where: str, node: Any, shape: Shape, done: set[str]
) -> list[Row]:
    """A named structure continues under its own name: output.ActivityResponse.Id, not a path."""
    if isinstance(shape, StructureShape):
        spec_name = ref_name(node)
        rows = [Row(f"{where}.shape", spec_name, shape.name)]
        section = where.split(".", 1)[0]
        return rows + _compare_schema(
            spec, f"{section}.{spec_name or shape.name}", node, shape, done
        )
    rows = _compare_schema(spec, where, node, shape, done)
    return rows


def _compare_enum(where: str, schema: JSONDict, shape: Shape) -> list[Row]:
    spec_enum = sorted(str(v) for v in schema.get("enum", []) if v is not None)
    sdk_enum = sorted(str(v) for v in getattr(shape, "enum", []) or [])
    if not spec_enum and not sdk_enum:
        return []
    return [Row(f"{where}.enum", ", ".join(spec_enum) or None, ", ".join(sdk_enum) or None)]


def _spec_type(schema: JSONDict) -> str:
    """The JSON type without 'null': botocore has no nulls, an absent member is its null."""
    types = [t for t in schema_types(schema) if t != "null"]
    if types == ["string"] and schema.get("format") == "date-time":
        return "timestamp"
    return "|".join(types) or "(untyped)"


def _sdk_type(shape: Shape) -> str:
    return JSON_TYPES.get(shape.type_name, shape.type_name)


def _flag(value: bool) -> str:
    return "true" if value else "false"


# --- the command -------------------------------------------------------------------------------


def render(report: Report) -> str:
    """An aligned table, then the stale entries and a one-line summary."""
    header = ("ITEM", "SPEC", "SDK", "STATUS")
    table = [
        (
            v.row.item,
            v.row.spec if v.row.spec is not None else "-",
            v.row.sdk if v.row.sdk is not None else "-",
            f"ALLOWED ({v.reason})" if v.status == "ALLOWED" else v.status,
        )
        for v in report.verdicts
    ]
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(3)]

    def line(cells: tuple[str, str, str, str]) -> str:
        return (
            "  ".join(c.ljust(w) for c, w in zip(cells[:3], widths, strict=True)) + "  " + cells[3]
        )

    out = [line(header), "  ".join("-" * w for w in widths) + "  " + "-" * 6]
    out += [line(cells) for cells in table]
    out += [f"STALE allow-list entry (no such difference any more): {key}" for key in report.stale]
    counts = {s: sum(v.status == s for v in report.verdicts) for s in ("OK", "ALLOWED", "DRIFT")}
    out.append(
        f"{len(report.verdicts)} items: {counts['OK']} OK, {counts['ALLOWED']} ALLOWED, "
        f"{counts['DRIFT']} DRIFT, {len(report.stale)} STALE"
    )
    return "\n".join(out)


def run(spec_file: Path | None = None, allowlist_file: Path = ALLOWLIST_PATH) -> Report:
    spec = load_spec(spec_file)
    return evaluate(compare(spec, load_service_model()), load_allowlist(allowlist_file))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.spec.drift", description=__doc__)
    parser.add_argument("--spec", type=Path, default=spec_path(), help="the OpenAPI document")
    parser.add_argument("--allowlist", type=Path, default=ALLOWLIST_PATH, help="known differences")
    args = parser.parse_args(argv)
    report = run(args.spec, args.allowlist)
    print(f"spec {args.spec} vs botocore {botocore.__version__} {SERVICE}.{OPERATION}")
    print(render(report))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
