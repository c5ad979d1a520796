"""The state of one compilation, which every keyword module writes into.

Units (schemas that get their own functions), unique names, shared module constants and the
call graph live here; the walks over a schema are declared here and implemented by
:class:`generator.jsonschema.compiler.SchemaCompiler`, so a keyword module can recurse into a
subschema without importing the compiler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer, lit
from generator.jsonschema.patterns import translate_pattern
from generator.naming import Names, snake
from generator.spec.refs import decode_pointer, resolve_local
from generator.spec.subset import ANNOTATION_KEYWORDS, ASSERTED_FORMATS

Parts = list[tuple[str, bool]]  # optimistic conjuncts, each with whether its False is definitive
Add = Callable[..., None]  # appends one error: add(keyword, message expression[, at])
HOLE = "\x00"  # where an optimistic expression's value goes, before bind() puts it there


@dataclass
class Unit:
    """A schema that compiles to its own function pair (a root, a $ref target, a branch)."""

    path: SchemaPath
    name: str
    data: JSON
    calls: set[SchemaPath] = field(default_factory=set)  # units its code calls
    own_formats: bool = False  # an asserted format inside its inline part
    formats: bool = False  # ... or in anything it calls (fixpoint)


class Context:
    """Units, names and constants of one document's compiled module."""

    def __init__(self, document: JSON, source: str = "(schema)") -> None:
        self.document = document
        self.source = source
        self.units: dict[SchemaPath, Unit] = {}
        self.names = Names({"any"})  # unit names: _ok_<name>, _err_<name>...
        self.constants: dict[str, str] = {}  # expression -> name
        self.constant_lines: list[str] = []
        self.functions: list[str] = []
        self.pending: list[Unit] = []
        self.checked: set[SchemaPath] = set()
        self._counter = 0
        self._current: Unit | None = None
        self._hashes = False  # the optimistic code being written tests hashable membership

    # -- documents and units -----------------------------------------------------------------
    def resolve(self, ref: JSON, where: SchemaPath) -> SchemaPath:
        """The document path a local ``$ref`` names (percent-decoded), or a located SpecError."""
        return resolve_local(self.document, ref, where)

    def pointer_path(self, pointer: str) -> SchemaPath:
        """The path of a raw JSON pointer as the model writes them ("#/a/b~1c", no %-escapes)."""
        return decode_pointer(self.document, pointer)

    def node(self, path: SchemaPath) -> JSON:
        node = self.document
        for token in path:
            node = node[token]
        return node

    def unit(self, path: SchemaPath, hint: str | None = None) -> Unit:
        """The unit for the schema at ``path``, creating (and queueing) it on first use."""
        found = self.units.get(path)
        if found is not None:
            return found
        data = self.node(path)
        self.check(data, path)
        name = self.fresh_name(hint or self.hint_for(path))
        unit = Unit(path=path, name=name, data=data)
        self.units[path] = unit
        self.pending.append(unit)
        return unit

    def hint_for(self, path: SchemaPath) -> str:
        if len(path) >= 3 and path[0] == "components" and path[1] == "schemas":
            base = snake(str(path[2]))
            rest = "_".join(snake(str(t)) for t in path[3:] if t not in ("properties",))
            return f"{base}_{rest}" if rest else base
        if self._current is not None:
            return f"{self._current.name}_sub"
        return "schema"

    def fresh_name(self, hint: str) -> str:
        return self.names.claim(re.sub(r"\W+", "_", hint).strip("_") or "schema")

    def constant(self, expression: str, prefix: str) -> str:
        """A module-level constant, shared between identical expressions."""
        name = self.constants.get(expression)
        if name is None:
            name = f"_{prefix}{len(self.constants) + 1}"
            self.constants[expression] = name
            self.constant_lines.append(f"{name}: Final = {expression}")
        return name

    def var(self, prefix: str = "x") -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def pattern(self, pattern: str) -> str:
        """The name of a compiled pattern's bound ``search``."""
        translated = translate_pattern(pattern)
        return self.constant(f"re.compile({lit(translated)}, re.ASCII).search", "P")

    def track_format(self) -> bool:
        """Note that the current unit holds an asserted format (it needs an ``_okf_`` twin)."""
        if self._current is not None:
            self._current.own_formats = True
        return False

    def hashes(self) -> None:
        """Note that the optimistic code tests membership in a frozenset (TypeError for lists)."""
        self._hashes = True

    # -- calls between units -----------------------------------------------------------------
    def call(
        self, path: SchemaPath, formats: bool, *, hint: str | None = None, precise: bool = False
    ) -> str:
        """The fast function name of the unit at ``path``, recording the edge."""
        unit = self.unit(path, hint)
        if self._current is not None:
            self._current.calls.add(path)
        return f"{'_okf_' if formats else '_okp_' if precise else '_ok_'}{unit.name}"

    def precise_call(self, path: SchemaPath, formats: bool) -> str:
        """From the precise path: never the optimistic one, whose fallback would come back
        here (that would make recursive schemas quadratic or worse)."""
        return self.call(path, formats, precise=True)

    def explain_test(self, path: SchemaPath, v: str) -> str:
        unit = self.unit(path)
        if self._current is not None:
            self._current.calls.add(path)
        return f"(_okf_{unit.name} if f else _ok_{unit.name})({v})"

    def explain_call(self, w: Writer, path: SchemaPath, v: str, ptr: Ptr) -> None:
        unit = self.unit(path)
        if self._current is not None:
            self._current.calls.add(path)
        w.line(f"_err_{unit.name}({v}, {ptr.render()}, e, f)")

    def bind(self, expression: str, source: str) -> str:
        """Put ``source`` where ``expression`` has holes: inline if once, else a walrus."""
        count = expression.count(HOLE)
        if count <= 1:
            return expression.replace(HOLE, source)
        var = self.var("y")
        first = expression.index(HOLE)
        rest = expression[first + len(HOLE) :].replace(HOLE, var)
        return f"{expression[:first]}({var} := {source}){rest}"

    # -- the walks (implemented by the compiler) -------------------------------------------------
    def check(self, data: JSON, path: SchemaPath) -> None:
        """Reject what the compiler does not support, with the location."""
        raise NotImplementedError

    def opt_parts(
        self,
        schema: JSON,
        path: SchemaPath,
        x: str,
        stack: tuple[SchemaPath, ...],
        *,
        partial: bool = False,
    ) -> Parts | None:
        """The optimistic conjuncts of ``schema`` on expression ``x``; None when it needs loops."""
        raise NotImplementedError

    def opt_stmt(
        self,
        w: Writer,
        schema: JSON,
        path: SchemaPath,
        v: str,
        fail: str,
        stack: tuple[SchemaPath, ...],
    ) -> None:
        """Optimistic statements that run ``fail`` unless ``v`` surely satisfies ``schema``."""
        raise NotImplementedError

    def fast(
        self,
        w: Writer,
        schema: JSON,
        path: SchemaPath,
        v: str,
        known: frozenset[str] | None,
        formats: bool,
    ) -> bool:
        """Precise fast-path statements; True when the code always fails."""
        raise NotImplementedError

    def explain(
        self,
        w: Writer,
        schema: JSON,
        path: SchemaPath,
        v: str,
        ptr: Ptr,
        known: frozenset[str] | None,
    ) -> None:
        """Error-path statements that append every error of ``v``."""
        raise NotImplementedError

    def explain_skip_valid(
        self, w: Writer, schema: JSON, path: SchemaPath, x: str, ptr: Ptr
    ) -> None:
        """Explain a subschema; a $ref-only one first asks its fast path (most items are valid)."""
        if isinstance(schema, dict) and set(schema) == {"$ref"}:
            target = self.resolve(schema["$ref"], (*path, "$ref"))
            with w.block(f"if not {self.explain_test(target, x)}:"):
                self.explain_call(w, target, x, ptr)
        else:
            self.explain(w, schema, path, x, ptr, None)


def conjunction(parts: list[str]) -> str:
    if not parts:
        return "True"
    if "False" in parts:
        return "False"
    return parts[0] if len(parts) == 1 else "(" + " and ".join(parts) + ")"


def tail(v: str, text: str) -> str:
    """A message expression: the value's short repr, then fixed text."""
    return f"_r({v}) + {lit(text)}"


def short(value: JSON) -> str:
    """A short repr for messages written at compile time."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def is_empty(schema: JSON) -> bool:
    """A schema with no assertion at all (only annotations): it accepts everything."""
    return (
        isinstance(schema, dict)
        and all(
            k in ANNOTATION_KEYWORDS or k == "$defs" or k.startswith("x-") or k == "format"
            for k in schema
        )
        and schema.get("format") not in ASSERTED_FORMATS
    )


def is_count(value: JSON) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return isinstance(value, int) and value >= 0


def is_number(value: JSON) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def kind_test(kind: str, v: str) -> str:
    """Whether ``v`` is an instance of one keyword family's type."""
    return {
        "string": f"isinstance({v}, str)",
        "number": f"_is_num({v})",
        "array": f"isinstance({v}, list)",
        "object": f"isinstance({v}, dict)",
    }[kind]


KIND_TYPES = {
    "string": frozenset({"string"}),
    "number": frozenset({"integer", "number"}),
    "array": frozenset({"array"}),
    "object": frozenset({"object"}),
}
