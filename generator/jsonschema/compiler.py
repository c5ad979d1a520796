"""Compile JSON Schema 2020-12 (the subset OpenAPI 3.1 specs use) into plain Python source.

Every unit (a root, a ``$ref`` target, an applicator branch) gets three functions:
``_ok_<name>(value)``, an optimistic path of exact-type tests fused into few expressions (refs
inlined) that hands anything it cannot confirm to ``_okp_<name>``, the precise fast path that
only answers valid/invalid (no error objects: the hot path of a server), and
``_err_<name>(value, pointer, errors, formats)``, which collects located ``ValidationError``s and
only runs once a fast path said "invalid". An ``_okf_`` twin asserts ``format`` (``formats=True``).

The three walks (:meth:`SchemaCompiler.opt_parts`, :meth:`~SchemaCompiler.fast`,
:meth:`~SchemaCompiler.explain`) visit the keywords in one fixed order and dispatch to the
keyword modules (``keywords/``), where each keyword's check and its code for every path sit
side by side; the tests check that the paths agree.

Semantics worth knowing (documented in the generated README too): see
:mod:`generator.jsonschema.keywords.types` (the JSON data model),
:mod:`generator.jsonschema.patterns` (ECMA-262 ``pattern``), ``multipleOf`` compares the
decimal text exactly, ``format`` annotates unless asserted, and ``$ref`` must be local.
"""

from __future__ import annotations

from typing import Any

from generator.jsonschema.check import FAMILIES, SchemaChecker
from generator.jsonschema.context import KIND_TYPES, Parts, Unit, conjunction, kind_test
from generator.jsonschema.emit import (
    JSON,
    Ptr,
    SchemaPath,
    Writer,
    api_source,
    lit,
    module_source,
    registry_source,
)
from generator.jsonschema.keywords import applicators, array, ref, types
from generator.jsonschema.keywords import object as objects

_LOOP_KEYWORDS = ("prefixItems", "items", "patternProperties", "additionalProperties")
_MAX_DEPTH = 10  # nested blocks before a subschema gets its own function (Python allows 20)


class SchemaCompiler(SchemaChecker):
    """Compiles schemas of one JSON document into function pairs and module constants."""

    # -- compiling -----------------------------------------------------------------------------
    def compile_pending(self) -> None:
        """Generate every queued unit (and what they queue in turn), then the format variants."""
        done: list[Unit] = []
        while self.pending:
            unit = self.pending.pop(0)
            self.emit_unit(unit)
            done.append(unit)
        # Which units reach an asserted format: a fixpoint over the call graph.
        changed = True
        while changed:
            changed = False
            for unit in self.units.values():
                if not unit.formats and (
                    unit.own_formats or any(self.units[c].formats for c in unit.calls)
                ):
                    unit.formats = changed = True
        for unit in done:
            if unit.formats:
                self.emit_fast(unit, formats=True)
            else:
                self.functions.append(f"_okf_{unit.name} = _okp_{unit.name}")

    def emit_unit(self, unit: Unit) -> None:
        self.emit_fast(unit, formats=False)
        self.emit_optimistic(unit)
        self._current, self._counter = unit, 0
        w = Writer()
        with w.block(
            f"def _err_{unit.name}(v: Any, p: str, e: list[ValidationError], f: bool) -> None:"
        ):
            self.explain(w, unit.data, unit.path, "v", Ptr(), None)
        self.functions.append("\n".join(w.lines))
        self._current = None

    def emit_fast(self, unit: Any, *, formats: bool) -> None:
        """The precise fast path: ``_okp_`` (formats annotate) or ``_okf_`` (formats assert)."""
        self._current, self._counter = unit, 0
        prefix = "_okf_" if formats else "_okp_"
        w = Writer()
        with w.block(f"def {prefix}{unit.name}(v: Any) -> bool:"):
            terminal = self.fast(w, unit.data, unit.path, "v", None, formats)
            if not terminal:
                w.line("return True")
        self.functions.append("\n".join(w.lines))
        self._current = None

    def emit_optimistic(self, unit: Unit) -> None:
        """``_ok_``: exact-type checks fused into few expressions, refs inlined; anything it
        cannot confirm (a str subclass, 1.0 as an integer, an invalid value) goes to ``_okp_``.
        """
        self._current, self._counter = unit, 0
        w = Writer()
        fail = f"return _okp_{unit.name}(v)"
        self._hashes = False
        body = Writer()
        body.depth = 1
        self.opt_stmt(body, unit.data, unit.path, "v", fail, (unit.path,))
        with w.block(f"def _ok_{unit.name}(v: Any, *, formats: bool = False) -> bool:"):
            # The keyword lets is_valid_<name> be this very function: no wrapper call.
            with w.block("if formats:"):
                w.line(f"return _okf_{unit.name}(v)")
            if self._hashes:  # `x in frozenset` raises TypeError for a list or dict x
                with w.block("try:"):
                    w.lines += ["    " + line for line in body.lines]
                with w.block("except TypeError:"):
                    w.line(fail)
            else:
                w.lines += body.lines
            w.line("return True")
        self.functions.append("\n".join(w.lines))
        self._current = None

    # -- the optimistic path ---------------------------------------------------------------------
    def opt_stmt(
        self,
        w: Writer,
        schema: JSON,
        path: SchemaPath,
        v: str,
        fail: str,
        stack: tuple[SchemaPath, ...],
    ) -> None:
        parts = self.opt_parts(schema, path, v, stack)
        if parts is not None:
            _emit_groups(w, parts, fail)
            return
        s: dict[str, Any] = schema  # only dicts can fail to be expressions
        kinds = types.types_of(s["type"]) if "type" in s else []
        loops = {k: s[k] for k in _LOOP_KEYWORDS if k in s}
        kind = "array" if kinds == ["array"] else "object" if kinds == ["object"] else None
        if kind is None or (kind == "array") != bool({"items", "prefixItems"} & set(loops)):
            # Loops on a value of unknown type: let the precise path decide it all.
            with w.block(f"if not {self.call(path, False, precise=True)}({v}):"):
                w.line(fail)
            return
        rest = {k: value for k, value in s.items() if k not in loops and k != "allOf"}
        if "patternProperties" in loops:
            rest.pop("additionalProperties", None)
        for index, sub in enumerate(s.get("allOf", ())):
            self.opt_stmt(w, sub, (*path, "allOf", index), v, fail, stack)
        head = self.opt_parts(rest, path, v, stack, partial=True)
        assert head and head[0][0].startswith(f"type({v}) is "), head
        _emit_groups(w, head, fail)
        if kind == "array":
            array.optimistic_items(self, w, loops, path, v, fail, stack)
        else:
            objects.optimistic_properties(self, w, s, loops, path, v, fail, stack)

    def opt_parts(
        self,
        schema: JSON,
        path: SchemaPath,
        x: str,
        stack: tuple[SchemaPath, ...],
        *,
        partial: bool = False,
    ) -> Parts | None:
        """The conjuncts of an expression true only if ``x`` surely satisfies ``schema``, each
        with whether its False is definitive (only an exact-type test is not: a str subclass or
        1.0 fails it yet may be valid); None when the schema needs loops (items,
        patternProperties, additionalProperties schemas). ``x`` may appear several times; its
        first textual occurrence is always evaluated first (callers bind a walrus there).
        """
        if schema is True:
            return []
        if schema is False:
            return [("False", True)]
        s: dict[str, Any] = schema
        if s.get("items", True) is not True or s.get("prefixItems") or s.get("patternProperties"):
            return None
        if s.get("additionalProperties", True) not in (True, False):
            return None
        parts = ref.optimistic(self, s, path, x, stack)
        typed, known = types.optimistic(self, s, x)
        parts += typed
        for family in FAMILIES:
            conditions = family.optimistic(self, s, path, x, stack, partial)
            if conditions is None:
                return None
            if not conditions:
                continue
            compatible = KIND_TYPES[family.kind]
            if known is not None and not known & compatible:
                continue
            if known is not None and known <= compatible:
                parts += conditions
            else:
                joined = " and ".join(c for c, _ in conditions)
                definitive = all(d for _, d in conditions)
                parts.append((f"(not {kind_test(family.kind, x)} or ({joined}))", definitive))
        combined = applicators.optimistic(self, s, path, x, stack)
        if combined is None:
            return None
        parts += combined
        return [(p, d) for p, d in parts if p != "True"]

    # -- the fast path: statements that ``return False`` on the first failure --------------------
    def fast(
        self,
        w: Writer,
        schema: JSON,
        path: SchemaPath,
        v: str,
        known: frozenset[str] | None,
        formats: bool,
    ) -> bool:
        """Emit the checks of ``schema`` on variable ``v``; True when the code always fails."""
        if schema is True:
            return False
        if schema is False:
            w.line("return False")
            return True
        if w.depth > _MAX_DEPTH and self._current is not None and path != self._current.path:
            fn = self.precise_call(path, formats)
            with w.block(f"if not {fn}({v}):"):
                w.line("return False")
            return False
        s: dict[str, Any] = schema
        ref.fast(self, w, s, path, v, formats)
        known = types.fast(self, w, s, v, known)
        for family in FAMILIES:
            if not family.applies_fast(self, s, formats):
                continue
            guard = _guard(family.kind, v, known)
            if guard is False:
                continue
            if guard is None:
                family.fast(self, w, s, path, v, formats)
            else:
                with w.block(f"if {guard}:"):
                    family.fast(self, w, s, path, v, formats)
        return applicators.fast(self, w, s, path, v, known, formats)

    # -- the error path: statements that append every error ------------------------------------
    def explain(
        self,
        w: Writer,
        schema: JSON,
        path: SchemaPath,
        v: str,
        ptr: Ptr,
        known: frozenset[str] | None,
    ) -> None:
        def add(keyword_: str, message: str, at: Ptr = ptr) -> None:
            w.line(f"e.append(ValidationError({at.render()}, {lit(keyword_)}, {message}))")

        if schema is True:
            return
        if schema is False:
            add("false", f"'False schema does not allow ' + _r({v})")
            return
        if w.depth > _MAX_DEPTH and self._current is not None and path != self._current.path:
            self.explain_call(w, path, v, ptr)
            return
        s: dict[str, Any] = schema
        ref.explain(self, w, s, path, v, ptr)
        types.explain(self, w, s, v, add)
        for family in FAMILIES:
            if not family.applies_explain(s):
                continue
            guard = _guard(family.kind, v, None)
            assert isinstance(guard, str)
            with w.block(f"if {guard}:"):
                family.explain(self, w, s, path, v, ptr, add)
        applicators.explain(self, w, s, path, v, ptr, known, add)

    # -- the module ------------------------------------------------------------------------------
    def module(self, docstring: str, extra: str = "") -> str:
        """The whole module: prelude, constants, functions, then ``extra`` (registry, API...)."""
        return module_source(docstring, self.constant_lines, self.functions, extra)


def _guard(kind: str, v: str, known: frozenset[str] | None) -> str | bool | None:
    """The condition for keywords of ``kind``: None when always true, False when never."""
    if known is None:
        return kind_test(kind, v)
    compatible = KIND_TYPES[kind]
    if known <= compatible:
        return None
    if not known & compatible:
        return False
    if known - compatible == {"null"}:
        return f"{v} is not None"
    return kind_test(kind, v)


def _emit_groups(w: Writer, parts: Parts, fail: str) -> None:
    """``if not (...)`` per run of conjuncts: an uncertain run falls back to the precise path,
    a definitive one (a call that already answered precisely) returns False at once, which
    keeps recursive schemas linear."""
    # Only calls matter (a definitive False elsewhere may as well take the precise path).
    parts = [(p, d and "_ok_" in p) for p, d in parts]
    index = 0
    while index < len(parts):
        definitive = parts[index][1]
        run = []
        while index < len(parts) and parts[index][1] == definitive:
            run.append(parts[index][0])
            index += 1
        with w.block(f"if not {conjunction(run) if len(run) > 1 else f'({run[0]})'}:"):
            w.line("return False" if definitive else fail)


def compile_schema(schema: JSON, *, name: str = "root", docstring: str = "Validators.") -> str:
    """A module validating one standalone schema (its own document for ``#`` refs), as ``name``.

    Used by the JSON-Schema-Test-Suite tests; raises SpecError for anything unsupported.
    """
    compiler = SchemaCompiler(schema)
    unit = compiler.unit((), hint="root")
    compiler.compile_pending()
    return compiler.module(docstring, registry_source([(name, unit.name)], {}) + api_source())
