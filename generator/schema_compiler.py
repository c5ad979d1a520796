"""Compile JSON Schema 2020-12 (the subset OpenAPI 3.1 specs use) into plain Python source.

The output is one standalone module (standard library only) with two functions per schema:
``_ok_<name>(value) -> bool``, straight-line code that only answers valid/invalid (no error
objects, no pointer strings: the hot path of a server), and ``_err_<name>(value, pointer,
errors, formats)``, which collects located :class:`ValidationError`s and only runs once the fast
path said "invalid". Both are generated from the same keyword walk, so they agree by
construction (and the tests check that they do).

Semantics worth knowing (documented in the generated README too):

* JSON data model: ``bool`` is neither an integer nor a number, ``1.0`` is an integer, ``1 == 1.0``
  for ``enum``/``const``/``uniqueItems`` but ``True != 1``. Objects are ``dict``s, arrays ``list``s.
* ``pattern`` (and ``patternProperties``) are ECMA-262 regular expressions matched with
  ``re.search`` semantics (unanchored). They are translated to Python: compiled with ``re.ASCII``
  so ``\\d``/``\\w``/``\\b`` are ASCII as in ECMA-262; ``\\s``/``\\S`` get ECMA-262's Unicode
  whitespace set; ``$`` becomes ``\\Z`` (Python's ``$`` would also match before a final newline);
  ``.`` excludes all ECMA-262 line terminators; ``(?<name>`` and ``\\k<name>`` become Python's
  named groups. Constructs Python lacks (``\\p{...}``, ``\\u{...}``, ``\\cX``) are rejected.
* ``multipleOf`` on non-integers compares the decimal text of the numbers exactly (so 0.0075 is a
  multiple of 0.0001, as a person reading the JSON expects), never float division.
* ``format`` is an annotation unless the caller opts in (``formats=True``); then ``date-time``
  (RFC 3339, leap seconds included), ``date`` (RFC 3339 full-date), ``int32`` and ``int64`` assert.
* ``$ref`` must be local (``#/...``, percent-encoded or not); every referenced schema compiles to
  its own function pair, so recursive schemas work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from generator.errors import SpecError, location
from generator.model import ApiModel, Operation, Parameter
from generator.naming import snake

JSON = Any
Path = tuple[str | int, ...]

ASSERTED_FORMATS = ("date-time", "date", "int32", "int64")
_STRING_FORMATS = {"date-time": "_fmt_date_time", "date": "_fmt_date"}
_NUMBER_FORMATS = {"int32": "_fmt_int32", "int64": "_fmt_int64"}
JSON_TYPES = ("string", "integer", "number", "boolean", "null", "array", "object")


# ---------------------------------------------------------------------------------------------
# ECMA-262 regular expressions -> Python
# ---------------------------------------------------------------------------------------------

# ECMA-262 WhiteSpace and LineTerminator code points (what its \s matches).
_ECMA_SPACE = (
    "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)
_ECMA_DOT = "[^\\n\\r\\u2028\\u2029]"


def translate_pattern(pattern: str) -> str:
    """Rewrite an ECMA-262 pattern into a Python one with the same meaning (under re.ASCII).

    Raises ``ValueError`` for ECMA-262 constructs Python cannot express here; ``re.error`` comes
    later from ``re.compile`` for anything else Python rejects.
    """
    out: list[str] = []
    in_class = False
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise ValueError("pattern ends with a lone backslash")
            e = pattern[i + 1]
            i += 2
            if e == "s":
                out.append(_ECMA_SPACE if in_class else f"[{_ECMA_SPACE}]")
            elif e == "S":
                if in_class:
                    raise ValueError("\\S inside a character class is not supported")
                out.append(f"[^{_ECMA_SPACE}]")
            elif e in "pP" or (e == "u" and pattern.startswith("{", i)):
                raise ValueError(f"unsupported escape \\{e}{{...}}")
            elif e == "c":
                raise ValueError("unsupported control escape \\c")
            elif e == "k" and pattern.startswith("<", i):
                end = pattern.find(">", i)
                if end < 0:
                    raise ValueError("unterminated \\k<name>")
                out.append(f"(?P={pattern[i + 1 : end]})")
                i = end + 1
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[":
                out.append("\\[")  # a literal in ECMA-262; Python warns about nested sets
                i += 1
                continue
            out.append(c)
            i += 1
            continue
        if c == "[":
            if pattern.startswith("[]", i):  # matches nothing in ECMA-262
                out.append("(?!)")
                i += 2
                continue
            if pattern.startswith("[^]", i):  # matches anything in ECMA-262
                out.append("[\\s\\S]")
                i += 3
                continue
            in_class = True
            out.append("[^" if pattern.startswith("[^", i) else "[")
            i += len(out[-1])
            continue
        if c == "$":
            out.append("\\Z")
        elif c == ".":
            out.append(_ECMA_DOT)
        elif c == "(" and pattern.startswith("?<", i + 1) and pattern[i + 3 : i + 4] not in "=!":
            out.append("(?P<")
            i += 3
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The Python regular expression for an ECMA-262 ``pattern`` (raises ValueError/re.error)."""
    return re.compile(translate_pattern(pattern), re.ASCII)


# ---------------------------------------------------------------------------------------------
# The runtime every generated module starts with
# ---------------------------------------------------------------------------------------------

_PRELUDE = '''
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Final


@dataclass(frozen=True, slots=True)
class ValidationError:
    """One failed keyword: where (a JSON pointer into the value), which keyword, and why."""

    pointer: str
    keyword: str
    message: str


class ValidationFailed(ValueError):
    """Raised by :func:`check`; ``errors`` holds every error, the message names the first."""

    def __init__(self, name: str, errors: list[ValidationError]) -> None:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{name}: at {first.pointer or '/'!r}: {first.message}{more}")
        self.name = name
        self.errors = errors


_Check = Callable[[Any], bool]
_Explain = Callable[[Any, str, list[ValidationError], bool], None]
_Entry = tuple[_Check, _Check, _Explain]
_MISSING: Final = object()
_ECMA_SPACE: Final = frozenset(
    "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007"
    "\\u2008\\u2009\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)


def _r(value: object) -> str:
    """A short repr for messages: a 10,000-item array must not become a 1 MB message."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _esc(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _is_int(v: object) -> bool:
    """JSON integer: an int that is not a bool, or a float with no fractional part."""
    if isinstance(v, int):
        return not isinstance(v, bool)
    return isinstance(v, float) and v.is_integer()


def _is_num(v: object) -> bool:
    """JSON number: int or float, but never bool."""
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _key(v: object) -> object:
    """A hashable key with JSON equality: 1 and 1.0 collide, True and 1 do not."""
    if v is True or v is False:
        return (bool, v)
    if isinstance(v, str) or v is None:
        return v
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, list):
        return (list, tuple(map(_key, v)))
    if isinstance(v, dict):
        return (dict, frozenset((k, _key(x)) for k, x in v.items()))
    return (object, id(v))


def _unique(v: list[Any]) -> bool:
    if len(v) < 2:
        return True
    return len(set(map(_key, v))) == len(v)


def _multiple(v: int | float, m: Fraction) -> bool:
    """Exact test on the decimal text of ``v``: 0.0075 is a multiple of 0.0001."""
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return False
        q = Fraction(repr(v)) / m
    else:
        q = v / m
    return q.denominator == 1


def _fmt_int32(v: int | float) -> bool:
    return _is_int(v) and -2147483648 <= v <= 2147483647


def _fmt_int64(v: int | float) -> bool:
    return _is_int(v) and -9223372036854775808 <= v <= 9223372036854775807


_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME = re.compile(r"([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))")
_MONTH_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_date(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= _MONTH_DAYS[month - 1]:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return month != 2 or day <= 28 or leap


def _fmt_date(v: str) -> bool:
    """RFC 3339 full-date."""
    m = _DATE.fullmatch(v)
    return m is not None and _valid_date(int(m[1]), int(m[2]), int(m[3]))


def _fmt_date_time(v: str) -> bool:
    """RFC 3339 date-time; a leap second (:60) only at 23:59 UTC."""
    d = _DATE.match(v)
    if d is None or len(v) < 11 or v[10] not in "Tt":
        return False
    t = _TIME.fullmatch(v, 11)
    if t is None or not _valid_date(int(d[1]), int(d[2]), int(d[3])):
        return False
    hour, minute, second = int(t[1]), int(t[2]), int(t[3])
    off_h, off_m = (int(t[5]), int(t[6])) if t[4] else (0, 0)
    if hour > 23 or minute > 59 or second > 60 or off_h > 23 or off_m > 59:
        return False
    if second == 60:
        sign = -1 if t[4] == "-" else 1
        minutes = (hour * 60 + minute - sign * (off_h * 60 + off_m)) % 1440
        return minutes == 23 * 60 + 59
    return True


def _scalar(v: str, kinds: tuple[str, ...]) -> Any:
    """A parameter's wire text as the first of ``kinds`` it parses as, else the text itself."""
    for kind in kinds:
        if kind == "integer" and _INT_TEXT.fullmatch(v):
            return int(v)
        if kind == "number" and _NUM_TEXT.fullmatch(v):
            return int(v) if _INT_TEXT.fullmatch(v) else float(v)
        if kind == "boolean" and v in ("true", "false"):
            return v == "true"
    return v


_INT_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUM_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _ok_any(v: Any) -> bool:
    return True


def _err_any(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    return None


_okp_any = _okf_any = _ok_any
'''

_API = '''

def _entry(name: str) -> _Entry:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown schema name {name!r}; see SCHEMA_NAMES") from None


def _explain(entry: _Entry, value: object, formats: bool) -> list[ValidationError]:
    if (entry[1] if formats else entry[0])(value):
        return []
    errors: list[ValidationError] = []
    entry[2](value, "", errors, formats)
    return errors


def validate(name: str, value: object, *, formats: bool = False) -> list[ValidationError]:
    """Every error of ``value`` against the schema registered as ``name``; empty when valid.

    ``formats=True`` makes ``format`` assert (date-time, date, int32, int64) instead of annotate.
    """
    return _explain(_entry(name), value, formats)


def is_valid(name: str, value: object, *, formats: bool = False) -> bool:
    """The fast path: only whether ``value`` is valid, without building any error."""
    return (_entry(name)[1] if formats else _entry(name)[0])(value)


def predicate(name: str, *, formats: bool = False) -> Callable[[Any], bool]:
    """``is_valid`` for one schema, looked up once: for code that checks many values."""
    entry = _entry(name)
    return entry[1] if formats else entry[0]


def check(name: str, value: object, *, formats: bool = False) -> None:
    """Raise :class:`ValidationFailed` when ``value`` is invalid."""
    errors = _explain(_entry(name), value, formats)
    if errors:
        raise ValidationFailed(name, errors)


def _response_entry(operation_id: str, status: int) -> _Entry | None:
    table = _RESPONSES[operation_id]
    text = str(status)
    return table.get(text) or table.get(text[:1] + "XX") or table.get("default")


def validate_response(
    operation_id: str, status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a response body, found by status as OpenAPI does: exact, then 4XX, then default."""
    entry = _response_entry(operation_id, status)
    if entry is None:
        return [ValidationError("", "status", f"status {status} is not declared for {operation_id}")]
    return _explain(entry, body, formats)


def is_valid_response(
    operation_id: str, status: int, body: object, *, formats: bool = False
) -> bool:
    entry = _response_entry(operation_id, status)
    return entry is not None and (entry[1] if formats else entry[0])(body)
'''


# ---------------------------------------------------------------------------------------------
# Code generation
# ---------------------------------------------------------------------------------------------


class _Writer:
    """Lines of Python with an indentation level."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        self.line(header)
        self.depth += 1
        mark = len(self.lines)
        yield
        if len(self.lines) == mark:
            self.line("pass")
        self.depth -= 1


def _lit(value: JSON) -> str:
    """A Python literal for JSON data."""
    return repr(value)


def _pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class _Ptr:
    """A pointer expression: the runtime base ``p`` plus literal or computed tokens."""

    parts: tuple[tuple[bool, str], ...] = ()  # (is_literal, text or expression)

    def child(self, token: str | int) -> _Ptr:
        return _Ptr((*self.parts, (True, _pointer_token(token))))

    def dynamic(self, expression: str) -> _Ptr:
        return _Ptr((*self.parts, (False, expression)))

    def render(self) -> str:
        pieces = ["p"]
        literal = ""
        for is_literal, text in self.parts:
            if is_literal:
                literal += "/" + text
            else:
                pieces.append(_lit(literal + "/"))
                literal = ""
                pieces.append(text)
        if literal:
            pieces.append(_lit(literal))
        return " + ".join(pieces)


@dataclass
class _Unit:
    """A schema that compiles to its own function pair (a root, a $ref target, a branch)."""

    path: Path
    name: str
    data: JSON
    calls: set[Path] = field(default_factory=set)  # units its code calls
    own_formats: bool = False  # an asserted format inside its inline part
    formats: bool = False  # ... or in anything it calls (fixpoint)


_MAX_DEPTH = 10  # nested blocks before a subschema gets its own function (Python allows 20)


class SchemaCompiler:
    """Compiles schemas of one JSON document into function pairs and module constants."""

    def __init__(self, document: JSON, source: str = "(schema)") -> None:
        self.document = document
        self.source = source
        self.units: dict[Path, _Unit] = {}
        self.names: set[str] = {"any"}
        self.constants: dict[str, str] = {}  # expression -> name
        self.constant_lines: list[str] = []
        self.functions: list[str] = []
        self.pending: list[_Unit] = []
        self.checked: set[Path] = set()
        self._counter = 0
        self._current: _Unit | None = None
        self._hashes = False  # the optimistic code being written tests hashable membership

    # -- documents and units -----------------------------------------------------------------
    def resolve(self, ref: JSON, where: Path) -> Path:
        """The document path a local ``$ref`` names (percent-decoded), or a located SpecError."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise SpecError(
                location(where), f"unsupported $ref {ref!r}: only local refs ('#/...') are"
            )
        fragment = unquote(ref[1:])
        if fragment and not fragment.startswith("/"):
            raise SpecError(location(where), f"unsupported $ref {ref!r}: plain-name fragments")
        path: list[str | int] = []
        node = self.document
        for raw in fragment.split("/")[1:] if fragment else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
                path.append(token)
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
                path.append(int(token))
            else:
                raise SpecError(location(where), f"$ref {ref!r} does not resolve")
        return tuple(path)

    def pointer_path(self, pointer: str) -> Path:
        """The path of a raw JSON pointer as the model writes them ("#/a/b~1c", no %-escapes)."""
        path: list[str | int] = []
        node = self.document
        for raw in pointer.removeprefix("#").split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                path.append(int(token))
                node = node[int(token)]
            else:
                path.append(token)
                node = node[token]
        return tuple(path)

    def node(self, path: Path) -> JSON:
        node = self.document
        for token in path:
            node = node[token]
        return node

    def unit(self, path: Path, hint: str | None = None) -> _Unit:
        """The unit for the schema at ``path``, creating (and queueing) it on first use."""
        found = self.units.get(path)
        if found is not None:
            return found
        data = self.node(path)
        self.check(data, path)
        name = self.fresh_name(hint or self.hint_for(path))
        unit = _Unit(path=path, name=name, data=data)
        self.units[path] = unit
        self.pending.append(unit)
        return unit

    def hint_for(self, path: Path) -> str:
        if len(path) >= 3 and path[0] == "components" and path[1] == "schemas":
            base = snake(str(path[2]))
            rest = "_".join(snake(str(t)) for t in path[3:] if t not in ("properties",))
            return f"{base}_{rest}" if rest else base
        if self._current is not None:
            return f"{self._current.name}_sub"
        return "schema"

    def fresh_name(self, hint: str) -> str:
        base = re.sub(r"\W+", "_", hint).strip("_") or "schema"
        name, n = base, 1
        while name in self.names:
            n += 1
            name = f"{base}_{n}"
        self.names.add(name)
        return name

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

    # -- checking ------------------------------------------------------------------------------
    def check(self, data: JSON, path: Path) -> None:
        """Reject what the compiler does not support, with the location (the parser agrees)."""
        if path in self.checked:
            return
        self.checked.add(path)
        from generator.parser import SUPPORTED_KEYWORDS

        where = location(path)
        if isinstance(data, bool):
            return
        if not isinstance(data, dict):
            raise SpecError(where, "a schema must be an object or a boolean")
        for key, value in data.items():
            if not isinstance(key, str) or key.startswith("x-"):
                continue
            if key not in SUPPORTED_KEYWORDS:
                raise SpecError(where, f"unsupported keyword {key!r}")
            at = location((*path, key))
            if key == "type":
                types = value if isinstance(value, list) else [value]
                if not types or any(t not in JSON_TYPES for t in types):
                    raise SpecError(at, f"invalid type {value!r}")
            elif key in ("enum", "required", "allOf", "anyOf", "oneOf", "prefixItems"):
                if not isinstance(value, list) or (
                    key != "enum" and key != "required" and not value
                ):
                    raise SpecError(at, "must be a non-empty array")
                if key == "required" and not all(isinstance(v, str) for v in value):
                    raise SpecError(at, "must be an array of strings")
            elif key in (
                "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"
            ):  # fmt: skip
                if not _is_count(value):
                    raise SpecError(at, "must be a non-negative integer")
            elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
                if not _is_number(value):
                    raise SpecError(at, "must be a number")
            elif key == "multipleOf":
                if not _is_number(value) or value <= 0:
                    raise SpecError(at, "must be a number greater than 0")
            elif key == "uniqueItems":
                if not isinstance(value, bool):
                    raise SpecError(at, "must be a boolean")
            elif key in ("pattern", "format"):
                if not isinstance(value, str):
                    raise SpecError(at, "must be a string")
                if key == "pattern":
                    _check_pattern(value, (*path, key))
            elif key in ("properties", "patternProperties", "$defs"):
                if not isinstance(value, dict):
                    raise SpecError(at, "must be an object")
                for sub_key, sub in value.items():
                    if key == "patternProperties":
                        _check_pattern(sub_key, (*path, key, sub_key))
                    self.check(sub, (*path, key, sub_key))
            elif key == "$ref":
                self.resolve(value, (*path, key))
            if key in ("allOf", "anyOf", "oneOf", "prefixItems"):
                for index, sub in enumerate(value):
                    self.check(sub, (*path, key, index))
            elif key in ("additionalProperties", "items", "not"):
                self.check(value, (*path, key))

    # -- compiling -----------------------------------------------------------------------------
    def compile_pending(self) -> None:
        """Generate every queued unit (and what they queue in turn), then the format variants."""
        done: list[_Unit] = []
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

    def emit_unit(self, unit: _Unit) -> None:
        self.emit_fast(unit, formats=False)
        self.emit_optimistic(unit)
        self._current, self._counter = unit, 0
        w = _Writer()
        with w.block(
            f"def _err_{unit.name}(v: Any, p: str, e: list[ValidationError], f: bool) -> None:"
        ):
            self.explain(w, unit.data, unit.path, "v", _Ptr(), None)
        self.functions.append("\n".join(w.lines))
        self._current = None

    def emit_fast(self, unit: _Unit, *, formats: bool) -> None:
        """The precise fast path: ``_okp_`` (formats annotate) or ``_okf_`` (formats assert)."""
        self._current, self._counter = unit, 0
        prefix = "_okf_" if formats else "_okp_"
        w = _Writer()
        with w.block(f"def {prefix}{unit.name}(v: Any) -> bool:"):
            terminal = self.fast(w, unit.data, unit.path, "v", None, formats)
            if not terminal:
                w.line("return True")
        self.functions.append("\n".join(w.lines))
        self._current = None

    def emit_optimistic(self, unit: _Unit) -> None:
        """``_ok_``: exact-type checks fused into few expressions, refs inlined; anything it
        cannot confirm (a str subclass, 1.0 as an integer, an invalid value) goes to ``_okp_``.
        """
        self._current, self._counter = unit, 0
        w = _Writer()
        fail = f"return _okp_{unit.name}(v)"
        self._hashes = False
        body = _Writer()
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
    def inlinable(self, path: Path, stack: tuple[Path, ...]) -> bool:
        return path not in stack and _size(self.node(path)) <= _INLINE_SIZE

    def opt_stmt(
        self, w: _Writer, schema: JSON, path: Path, v: str, fail: str, stack: tuple[Path, ...]
    ) -> None:
        """Statements that run ``fail`` unless ``v`` surely satisfies ``schema``."""
        parts = self.opt_parts(schema, path, v, stack)
        if parts is not None:
            _emit_groups(w, parts, fail)
            return
        s: dict[str, Any] = schema  # only dicts can fail to be expressions
        types = _types(s["type"]) if "type" in s else []
        loops = {k: s[k] for k in _LOOP_KEYWORDS if k in s}
        kind = "array" if types == ["array"] else "object" if types == ["object"] else None
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
            prefix = loops.get("prefixItems", [])
            for index, sub in enumerate(prefix):
                with w.block(f"if len({v}) > {index}:"):
                    x = self.var("z")
                    w.line(f"{x} = {v}[{index}]")
                    self.opt_stmt(w, sub, (*path, "prefixItems", index), x, fail, stack)
            items = loops.get("items", True)
            if items is False:
                with w.block(f"if len({v}) > {len(prefix)}:"):
                    w.line(fail)
            elif items is not True:
                x = self.var("z")
                source = f"{v}[{len(prefix)}:]" if prefix else v
                with w.block(f"for {x} in {source}:"):
                    self.opt_stmt(w, items, (*path, "items"), x, fail, stack)
            return
        # Objects: properties that need loops get statements, their siblings are in the head.
        for name, sub in s.get("properties", {}).items():
            sub_path = (*path, "properties", name)
            if self.opt_expr(sub, sub_path, _HOLE, stack) is not None:
                continue
            x = self.var("z")
            if name in s.get("required", ()):
                w.line(f"{x} = {v}[{_lit(name)}]")
                self.opt_stmt(w, sub, sub_path, x, fail, stack)
            else:
                with w.block(f"if {_lit(name)} in {v}:"):
                    w.line(f"{x} = {v}[{_lit(name)}]")
                    self.opt_stmt(w, sub, sub_path, x, fail, stack)
        if loops:
            with w.block(f"if not {self.call(path, False, precise=True)}({v}):"):
                w.line(fail)

    def opt_expr(
        self, schema: JSON, path: Path, x: str, stack: tuple[Path, ...], *, partial: bool = False
    ) -> str | None:
        """One expression, true only if ``x`` surely satisfies ``schema``; None when the
        schema needs loops (items, patternProperties, additionalProperties schemas).

        ``x`` may appear several times; its first textual occurrence is always evaluated first
        (callers bind a walrus there).
        """
        parts = self.opt_parts(schema, path, x, stack, partial=partial)
        return None if parts is None else _conjunction([p for p, _ in parts])

    def opt_parts(
        self, schema: JSON, path: Path, x: str, stack: tuple[Path, ...], *, partial: bool = False
    ) -> list[tuple[str, bool]] | None:
        """The conjuncts of :meth:`opt_expr`, each with whether its False is definitive (only
        an exact-type test is not: a str subclass or 1.0 fails it yet may be valid)."""
        if schema is True:
            return []
        if schema is False:
            return [("False", True)]
        s: dict[str, Any] = schema
        if s.get("items", True) is not True or s.get("prefixItems") or s.get("patternProperties"):
            return None
        if s.get("additionalProperties", True) not in (True, False):
            return None
        parts: list[tuple[str, bool]] = []
        if "$ref" in s:
            target = self.resolve(s["$ref"], (*path, "$ref"))
            inner = (
                self.opt_parts(self.node(target), target, x, (*stack, target))
                if self.inlinable(target, stack)
                else None
            )
            parts += inner if inner is not None else [(f"{self.call(target, False)}({x})", True)]
        known: frozenset[str] | None = None
        enum: list[JSON] | None = s.get("enum")
        simple_enum = enum is not None and all(isinstance(m, str) or m is None for m in enum)
        if "type" in s:
            types = _types(s["type"])
            if enum is not None and simple_enum and all(_json_type_ok(m, types) for m in enum):
                pass  # membership in the enum implies the type
            else:
                test = self.exact_type_test(types, x)
                parts.append((test, set(types) <= {"null", "boolean"}))  # bool has no subclass
            known = frozenset(types)
        if enum is not None:
            if simple_enum:
                members = self.constant(f"frozenset({_lit(list(dict.fromkeys(enum)))})", "E")
                parts.append((f"{x} in {members}", True))
                self._hashes = True
                known = frozenset(_json_type(m) for m in enum)
            else:
                parts.append((self.enum_test(enum, x, None), True))
        if "const" in s:
            parts.append((self.const_test(s["const"], x), True))
        for kind in ("string", "number", "array", "object"):
            conditions = self.opt_kind(kind, s, path, x, stack, partial)
            if conditions is None:
                return None
            if not conditions:
                continue
            if known is not None and not known & _KIND_TYPES[kind]:
                continue
            if known is not None and known <= _KIND_TYPES[kind]:
                parts += conditions
            else:
                joined = " and ".join(c for c, _ in conditions)
                definitive = all(d for _, d in conditions)
                parts.append((f"(not {_kind_test(kind, x)} or ({joined}))", definitive))
        for index, sub in enumerate(s.get("allOf", ())):
            inner = self.opt_parts(sub, (*path, "allOf", index), x, stack)
            if inner is None:
                return None
            parts += inner
        if "anyOf" in s:
            tests = [
                f"{self.call((*path, 'anyOf', i), False)}({x})" for i in range(len(s["anyOf"]))
            ]
            parts.append((f"({' or '.join(tests)})", True))
        if "oneOf" in s:
            tests = [
                f"{self.call((*path, 'oneOf', i), False)}({x})" for i in range(len(s["oneOf"]))
            ]
            parts.append((f"({' + '.join(tests)}) == 1", True))
        if "not" in s:
            parts.append((f"not {self.call((*path, 'not'), False)}({x})", True))
        return [(p, d) for p, d in parts if p != "True"]

    def opt_kind(
        self,
        kind: str,
        s: dict[str, Any],
        path: Path,
        x: str,
        stack: tuple[Path, ...],
        partial: bool,
    ) -> list[tuple[str, bool]] | None:
        """Conditions of one instance type, for an ``x`` known to be of that type."""
        out: list[str] = []
        if kind == "object":
            return self.opt_object(s, path, x, stack, partial)
        if kind == "string":
            if s.get("minLength", 0) > 0:
                out.append(f"len({x}) >= {s['minLength']}")
            if "maxLength" in s:
                out.append(f"len({x}) <= {s['maxLength']}")
            if "pattern" in s:
                out.append(f"{self.pattern(s['pattern'])}({x}) is not None")
        elif kind == "number":
            for key, op in _BOUNDS.items():
                if key in s:
                    out.append(f"not {x} {op} {_lit(s[key])}")
            if "multipleOf" in s:
                out.append(self.multiple_test(s["multipleOf"], x))
        elif kind == "array":
            if s.get("minItems", 0) > 0:
                out.append(f"len({x}) >= {s['minItems']}")
            if "maxItems" in s:
                out.append(f"len({x}) <= {s['maxItems']}")
            if s.get("uniqueItems") is True:
                out.append(f"_unique({x})")
        return [(c, True) for c in out]

    def opt_object(
        self, s: dict[str, Any], path: Path, x: str, stack: tuple[Path, ...], partial: bool
    ) -> list[tuple[str, bool]] | None:
        """Object conditions; with ``partial``, properties that need loops are left out (the
        caller checks them with statements)."""
        out: list[tuple[str, bool]] = []
        if s.get("minProperties", 0) > 0:
            out.append((f"len({x}) >= {s['minProperties']}", True))
        if "maxProperties" in s:
            out.append((f"len({x}) <= {s['maxProperties']}", True))
        required = list(dict.fromkeys(s.get("required", ())))
        properties: dict[str, Any] = s.get("properties", {})
        checks: list[tuple[str, bool]] = []
        fetched: set[str] = set()
        for name, sub in properties.items():
            sub_path = (*path, "properties", name)
            parts = self.opt_parts(sub, sub_path, _HOLE, stack)
            if parts is None:
                if partial:
                    continue  # opt_stmt checks it after the head
                return None
            if not parts:
                continue
            inner = _conjunction([p for p, _ in parts])
            definitive = all(d for _, d in parts)
            if name in required and _rejects_none(inner):
                source: str | None = f"{x}.get({_lit(name)})"  # a missing key reads as None
                fetched.add(name)
            elif name in required:
                source = f"{x}[{_lit(name)}]"
            else:
                witness = self.witness(sub, sub_path)
                source = None if witness is None else f"{x}.get({_lit(name)}, {witness})"
            if source is None:
                bound = self.bind(inner, f"{x}[{_lit(name)}]")
                checks.append((f"({_lit(name)} not in {x} or {bound})", definitive))
            else:
                checks.append((self.bind(inner, source), definitive))
        out += [(f"{_lit(k)} in {x}", True) for k in required if k not in fetched]
        out += checks
        if s.get("additionalProperties", True) is False and not s.get("patternProperties"):
            if properties:
                names = self.constant(f"frozenset({_lit(list(properties))})", "N")
                out.append((f"{names}.issuperset({x})", True))
            else:
                out.append((f"len({x}) == 0", True))
        return out

    def exact_type_test(self, types: list[str], x: str) -> str:
        """Exact types only (subclasses and 1.0-as-integer go to the precise path)."""
        names = {_EXACT[t] for t in types}
        if "number" in types:
            names.add("int")
        if len(names) == 1:
            (name,) = names
            return f"{x} is None" if name == "type(None)" else f"type({x}) is {name}"
        ordered = ", ".join(sorted(names))
        tag = "TN" if "type(None)" in names else "T"
        return f"type({x}) in {self.constant(f'frozenset(({ordered}))', tag)}"

    def bind(self, expression: str, source: str) -> str:
        """Put ``source`` where ``expression`` has holes: inline if once, else a walrus."""
        count = expression.count(_HOLE)
        if count <= 1:
            return expression.replace(_HOLE, source)
        var = self.var("y")
        first = expression.index(_HOLE)
        rest = expression[first + len(_HOLE) :].replace(_HOLE, var)
        return f"{expression[:first]}({var} := {source}){rest}"

    def witness(self, schema: JSON, path: Path) -> str | None:
        """A literal that surely passes ``schema`` (the default for an absent optional property)."""
        if schema is True:
            return "None"
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema and set(schema) - _ANNOTATIONS_AND_FORMAT == {"$ref"}:
            target = self.resolve(schema["$ref"], (*path, "$ref"))
            return self.witness(self.node(target), target) if target != path else None
        if set(schema) - _ANNOTATIONS_AND_FORMAT - {"type", "enum", "const"}:
            return None
        types = _types(schema.get("type", list(JSON_TYPES)))
        candidates: list[JSON] = []
        if "const" in schema:
            candidates.append(schema["const"])
        candidates += schema.get("enum", [])
        candidates += ["", 0, False, None]
        for c in candidates:
            if not isinstance(c, (str, int, float, type(None))):
                continue
            if not _json_type_ok(c, types):
                continue
            if "enum" in schema and not any(_same(c, m) for m in schema["enum"]):
                continue
            if "const" in schema and not _same(c, schema["const"]):
                continue
            return _lit(c)
        return None

    def call(
        self, path: Path, formats: bool, *, hint: str | None = None, precise: bool = False
    ) -> str:
        """The fast function name of the unit at ``path``, recording the edge."""
        unit = self.unit(path, hint)
        if self._current is not None:
            self._current.calls.add(path)
        return f"{'_okf_' if formats else '_okp_' if precise else '_ok_'}{unit.name}"

    def precise_call(self, path: Path, formats: bool) -> str:
        """From the precise path: never the optimistic one, whose fallback would come back
        here (that would make recursive schemas quadratic or worse)."""
        return self.call(path, formats, precise=True)

    # -- the fast path: statements that ``return False`` on the first failure --------------------
    def fast(
        self,
        w: _Writer,
        schema: JSON,
        path: Path,
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
        if "$ref" in s:
            fn = self.precise_call(self.resolve(s["$ref"], (*path, "$ref")), formats)
            with w.block(f"if not {fn}({v}):"):
                w.line("return False")
        if "type" in s:
            types = _types(s["type"])
            with w.block(f"if not ({_type_test(types, v, fast=True)}):"):
                w.line("return False")
            known = _narrow(known, types)
        if "enum" in s:
            with w.block(f"if not {self.enum_test(s['enum'], v, known)}:"):
                w.line("return False")
        if "const" in s:
            with w.block(f"if not {self.const_test(s['const'], v)}:"):
                w.line("return False")
        for kind in ("string", "number", "array", "object"):
            checks = self.kind_checks(kind, s, formats)
            if not checks:
                continue
            guard = _guard(kind, v, known)
            if guard is False:
                continue
            if guard is None:
                self.fast_kind(w, kind, s, path, v, formats)
            else:
                with w.block(f"if {guard}:"):
                    self.fast_kind(w, kind, s, path, v, formats)
        for index, sub in enumerate(s.get("allOf", ())):
            if self.fast(w, sub, (*path, "allOf", index), v, known, formats):
                return True
        if "anyOf" in s:
            tests = [
                f"{self.precise_call((*path, 'anyOf', i), formats)}({v})"
                for i in range(len(s["anyOf"]))
            ]
            with w.block(f"if not ({' or '.join(tests)}):"):
                w.line("return False")
        if "oneOf" in s:
            tests = [
                f"{self.precise_call((*path, 'oneOf', i), formats)}({v})"
                for i in range(len(s["oneOf"]))
            ]
            count = self.var("n")
            w.line(f"{count} = 0")
            for test in tests:
                with w.block(f"if {test}:"):
                    w.line(f"{count} += 1")
            with w.block(f"if {count} != 1:"):
                w.line("return False")
        if "not" in s:
            with w.block(f"if {self.precise_call((*path, 'not'), formats)}({v}):"):
                w.line("return False")
        return False

    def kind_checks(self, kind: str, s: dict[str, Any], formats: bool) -> bool:
        keys = _KIND_KEYWORDS[kind]
        if any(k in s for k in keys):
            if (
                kind == "array"
                and s.get("uniqueItems") is False
                and not any(k in s for k in keys if k != "uniqueItems")
            ):
                return False
            if kind == "object" and set(s) & set(keys) <= {"properties"}:
                return any(sub is not True for sub in s["properties"].values())
            return True
        fmt = s.get("format")
        if kind == "string" and fmt in _STRING_FORMATS:
            return formats or self._track_format()
        if kind == "number" and fmt in _NUMBER_FORMATS:
            return formats or self._track_format()
        return False

    def _track_format(self) -> bool:
        if self._current is not None:
            self._current.own_formats = True
        return False

    def fast_kind(
        self, w: _Writer, kind: str, s: dict[str, Any], path: Path, v: str, formats: bool
    ) -> None:
        def fail_if(condition: str) -> None:
            with w.block(f"if {condition}:"):
                w.line("return False")

        if kind == "string":
            if "minLength" in s and s["minLength"] > 0:
                fail_if(f"len({v}) < {s['minLength']}")
            if "maxLength" in s:
                fail_if(f"len({v}) > {s['maxLength']}")
            if "pattern" in s:
                fail_if(f"{self.pattern(s['pattern'])}({v}) is None")
            fmt = s.get("format")
            if fmt in _STRING_FORMATS:
                self._track_format()
                if formats:
                    fail_if(f"not {_STRING_FORMATS[fmt]}({v})")
        elif kind == "number":
            for key, op in _BOUNDS.items():
                if key in s:
                    fail_if(f"{v} {op} {_lit(s[key])}")
            if "multipleOf" in s:
                fail_if(f"not {self.multiple_test(s['multipleOf'], v)}")
            fmt = s.get("format")
            if fmt in _NUMBER_FORMATS:
                self._track_format()
                if formats:
                    fail_if(f"not {_NUMBER_FORMATS[fmt]}({v})")
        elif kind == "array":
            if s.get("minItems", 0) > 0:
                fail_if(f"len({v}) < {s['minItems']}")
            if "maxItems" in s:
                fail_if(f"len({v}) > {s['maxItems']}")
            if s.get("uniqueItems") is True:
                fail_if(f"not _unique({v})")
            prefix = s.get("prefixItems", [])
            for index, sub in enumerate(prefix):
                if sub is True:
                    continue
                with w.block(f"if len({v}) > {index}:"):
                    x = self.var()
                    w.line(f"{x} = {v}[{index}]")
                    self.fast(w, sub, (*path, "prefixItems", index), x, None, formats)
            items = s.get("items", True)
            if items is False:
                fail_if(f"len({v}) > {len(prefix)}")
            elif items is not True:
                x = self.var()
                source = f"{v}[{len(prefix)}:]" if prefix else v
                with w.block(f"for {x} in {source}:"):
                    self.fast(w, items, (*path, "items"), x, None, formats)
        else:
            self.fast_object(w, s, path, v, formats, fail_if)

    def fast_object(
        self, w: _Writer, s: dict[str, Any], path: Path, v: str, formats: bool, fail_if: Any
    ) -> None:
        if "minProperties" in s and s["minProperties"] > 0:
            fail_if(f"len({v}) < {s['minProperties']}")
        if "maxProperties" in s:
            fail_if(f"len({v}) > {s['maxProperties']}")
        required: list[str] = list(dict.fromkeys(s.get("required", ())))
        if len(required) > 6:
            fail_if(f"not {self.constant(f'frozenset({_lit(required)})', 'K')} <= {v}.keys()")
        elif required:
            fail_if(" or ".join(f"{_lit(k)} not in {v}" for k in required))
        properties: dict[str, Any] = s.get("properties", {})
        for name, sub in properties.items():
            if sub is True or _is_empty(sub):
                continue
            x = self.var()
            sub_path = (*path, "properties", name)
            if name in required:
                w.line(f"{x} = {v}[{_lit(name)}]")
                self.fast(w, sub, sub_path, x, None, formats)
            else:
                with w.block(f"if {_lit(name)} in {v}:"):
                    w.line(f"{x} = {v}[{_lit(name)}]")
                    self.fast(w, sub, sub_path, x, None, formats)
        patterns: dict[str, Any] = s.get("patternProperties", {})
        extra = s.get("additionalProperties", True)
        names = self.constant(f"frozenset({_lit(list(properties))})", "N") if properties else None
        if not patterns and extra is False:
            if names is None:
                fail_if(f"len({v}) > 0")
            else:
                fail_if(f"not {names}.issuperset({v})")
            return
        active = [(p, sub) for p, sub in patterns.items() if sub is not True]
        if not active and (extra is True or _is_empty(extra)):
            return
        k, x = self.var("k"), self.var()
        with w.block(f"for {k}, {x} in {v}.items():"):
            matched = self.var("m") if patterns and extra is not True else None
            if matched:
                w.line(f"{matched} = False")
            for pattern, sub in patterns.items():
                with w.block(f"if {self.pattern(pattern)}({k}) is not None:"):
                    if matched:
                        w.line(f"{matched} = True")
                    self.fast(w, sub, (*path, "patternProperties", pattern), x, None, formats)
            if extra is not True and not _is_empty(extra):
                conditions = [f"not {matched}"] if matched else []
                if names:
                    conditions.append(f"{k} not in {names}")
                header = f"if {' and '.join(conditions)}:" if conditions else None
                if header:
                    with w.block(header):
                        self.fast(w, extra, (*path, "additionalProperties"), x, None, formats)
                else:
                    self.fast(w, extra, (*path, "additionalProperties"), x, None, formats)

    # -- the error path: statements that append every error ------------------------------------
    def explain(
        self,
        w: _Writer,
        schema: JSON,
        path: Path,
        v: str,
        ptr: _Ptr,
        known: frozenset[str] | None,
    ) -> None:
        def add(keyword_: str, message: str, at: _Ptr = ptr) -> None:
            w.line(f"e.append(ValidationError({at.render()}, {_lit(keyword_)}, {message}))")

        if schema is True:
            return
        if schema is False:
            add("false", f"'False schema does not allow ' + _r({v})")
            return
        if w.depth > _MAX_DEPTH and self._current is not None and path != self._current.path:
            self.explain_call(w, path, v, ptr)
            return
        s: dict[str, Any] = schema
        if "$ref" in s:
            self.explain_call(w, self.resolve(s["$ref"], (*path, "$ref")), v, ptr)
        if "type" in s:
            types = _types(s["type"])
            with w.block(f"if not ({_type_test(types, v, fast=False)}):"):
                names = ", ".join(repr(t) for t in types)
                add("type", f"_r({v}) + {_lit(' is not of type ' + names)}")
        if "enum" in s:
            with w.block(f"if not {self.enum_test(s['enum'], v, None)}:"):
                add("enum", f"_r({v}) + {_lit(' is not one of ' + _short(s['enum']))}")
        if "const" in s:
            with w.block(f"if not {self.const_test(s['const'], v)}:"):
                add("const", _lit(f"{_short(s['const'])} was expected"))
        for kind in ("string", "number", "array", "object"):
            if not any(k in s for k in _KIND_KEYWORDS[kind]) and not (
                (kind == "string" and s.get("format") in _STRING_FORMATS)
                or (kind == "number" and s.get("format") in _NUMBER_FORMATS)
            ):
                continue
            guard = _guard(kind, v, None)
            assert isinstance(guard, str)
            with w.block(f"if {guard}:"):
                self.explain_kind(w, kind, s, path, v, ptr, add)
        for index, sub in enumerate(s.get("allOf", ())):
            self.explain(w, sub, (*path, "allOf", index), v, ptr, known)
        for key in ("anyOf", "oneOf"):
            if key not in s:
                continue
            tests = [self.explain_test((*path, key, i), v) for i in range(len(s[key]))]
            if key == "anyOf":
                with w.block(f"if not ({' or '.join(tests)}):"):
                    add("anyOf", f"_r({v}) + ' is not valid under any of the given schemas'")
            else:
                count = self.var("n")
                w.line(f"{count} = {' + '.join(f'({t})' for t in tests)}")
                with w.block(f"if {count} == 0:"):
                    add("oneOf", f"_r({v}) + ' is not valid under any of the given schemas'")
                with w.block(f"elif {count} > 1:"):
                    add("oneOf", f"_r({v}) + ' is valid under more than one of the given schemas'")
        if "not" in s:
            with w.block(f"if {self.explain_test((*path, 'not'), v)}:"):
                add("not", f"_r({v}) + ' should not be valid under ' + {_lit(_short(s['not']))}")

    def explain_test(self, path: Path, v: str) -> str:
        unit = self.unit(path)
        if self._current is not None:
            self._current.calls.add(path)
        return f"(_okf_{unit.name} if f else _ok_{unit.name})({v})"

    def explain_call(self, w: _Writer, path: Path, v: str, ptr: _Ptr) -> None:
        unit = self.unit(path)
        if self._current is not None:
            self._current.calls.add(path)
        w.line(f"_err_{unit.name}({v}, {ptr.render()}, e, f)")

    def explain_kind(
        self, w: _Writer, kind: str, s: dict[str, Any], path: Path, v: str, ptr: _Ptr, add: Any
    ) -> None:
        def fail_if(condition: str, keyword_: str, message: str) -> None:
            with w.block(f"if {condition}:"):
                add(keyword_, message)

        if kind == "string":
            if "minLength" in s:
                fail_if(
                    f"len({v}) < {s['minLength']}",
                    "minLength",
                    self.tail(v, f" is shorter than {s['minLength']} characters"),
                )
            if "maxLength" in s:
                fail_if(
                    f"len({v}) > {s['maxLength']}",
                    "maxLength",
                    self.tail(v, f" is longer than {s['maxLength']} characters"),
                )
            if "pattern" in s:
                fail_if(
                    f"{self.pattern(s['pattern'])}({v}) is None",
                    "pattern",
                    self.tail(v, f" does not match {s['pattern']!r}"),
                )
            fmt = s.get("format")
            if fmt in _STRING_FORMATS:
                fail_if(
                    f"f and not {_STRING_FORMATS[fmt]}({v})",
                    "format",
                    self.tail(v, f" is not a valid {fmt!r}"),
                )
        elif kind == "number":
            for key, op in _BOUNDS.items():
                if key in s:
                    fail_if(
                        f"{v} {op} {_lit(s[key])}",
                        key,
                        self.tail(v, f" is {_BOUND_TEXT[key]} {s[key]!r}"),
                    )
            if "multipleOf" in s:
                fail_if(
                    f"not {self.multiple_test(s['multipleOf'], v)}",
                    "multipleOf",
                    self.tail(v, f" is not a multiple of {s['multipleOf']!r}"),
                )
            fmt = s.get("format")
            if fmt in _NUMBER_FORMATS:
                fail_if(
                    f"f and not {_NUMBER_FORMATS[fmt]}({v})",
                    "format",
                    self.tail(v, f" is not a valid {fmt!r}"),
                )
        elif kind == "array":
            if "minItems" in s:
                fail_if(
                    f"len({v}) < {s['minItems']}",
                    "minItems",
                    self.tail(v, f" has fewer than {s['minItems']} items"),
                )
            if "maxItems" in s:
                fail_if(
                    f"len({v}) > {s['maxItems']}",
                    "maxItems",
                    self.tail(v, f" has more than {s['maxItems']} items"),
                )
            if s.get("uniqueItems") is True:
                fail_if(f"not _unique({v})", "uniqueItems", f"_r({v}) + ' has non-unique elements'")
            prefix = s.get("prefixItems", [])
            for index, sub in enumerate(prefix):
                with w.block(f"if len({v}) > {index}:"):
                    x = self.var()
                    w.line(f"{x} = {v}[{index}]")
                    self.explain(w, sub, (*path, "prefixItems", index), x, ptr.child(index), None)
            items = s.get("items", True)
            if items is False:
                fail_if(
                    f"len({v}) > {len(prefix)}",
                    "items",
                    self.tail(v, f" has more than {len(prefix)} items"),
                )
            elif items is not True:
                i, x = self.var("i"), self.var()
                with w.block(f"for {i} in range({len(prefix)}, len({v})):"):
                    w.line(f"{x} = {v}[{i}]")
                    self.explain_skip_valid(w, items, (*path, "items"), x, ptr.dynamic(f"str({i})"))
        else:
            self.explain_object(w, s, path, v, ptr, add)

    def explain_skip_valid(self, w: _Writer, schema: JSON, path: Path, x: str, ptr: _Ptr) -> None:
        """Explain a subschema; a $ref-only one first asks its fast path (most items are valid)."""
        if isinstance(schema, dict) and set(schema) == {"$ref"}:
            target = self.resolve(schema["$ref"], (*path, "$ref"))
            with w.block(f"if not {self.explain_test(target, x)}:"):
                self.explain_call(w, target, x, ptr)
        else:
            self.explain(w, schema, path, x, ptr, None)

    def explain_object(
        self, w: _Writer, s: dict[str, Any], path: Path, v: str, ptr: _Ptr, add: Any
    ) -> None:
        for key, op, text in (
            ("minProperties", "<", "fewer"),
            ("maxProperties", ">", "more"),
        ):
            if key in s:
                with w.block(f"if len({v}) {op} {s[key]}:"):
                    add(key, self.tail(v, f" has {text} than {s[key]} properties"))
        for name in dict.fromkeys(s.get("required", ())):
            with w.block(f"if {_lit(name)} not in {v}:"):
                add("required", _lit(f"{name!r} is a required property"))
        properties: dict[str, Any] = s.get("properties", {})
        for name, sub in properties.items():
            if sub is True or _is_empty(sub):
                continue
            with w.block(f"if {_lit(name)} in {v}:"):
                x = self.var()
                w.line(f"{x} = {v}[{_lit(name)}]")
                self.explain_skip_valid(w, sub, (*path, "properties", name), x, ptr.child(name))
        patterns: dict[str, Any] = s.get("patternProperties", {})
        extra = s.get("additionalProperties", True)
        if not patterns and extra is True:
            return
        names = self.constant(f"frozenset({_lit(list(properties))})", "N") if properties else None
        k, x = self.var("k"), self.var()
        if extra is False:
            unexpected = self.var("u")
            w.line(f"{unexpected}: list[str] = []")
        with w.block(f"for {k}, {x} in {v}.items():"):
            matched = self.var("m") if patterns and extra is not True else None
            if matched:
                w.line(f"{matched} = False")
            at = ptr.dynamic(f"_esc({k})")
            for pattern, sub in patterns.items():
                with w.block(f"if {self.pattern(pattern)}({k}) is not None:"):
                    if matched:
                        w.line(f"{matched} = True")
                    self.explain(w, sub, (*path, "patternProperties", pattern), x, at, None)
            if extra is not True:
                conditions = [f"not {matched}"] if matched else []
                if names:
                    conditions.append(f"{k} not in {names}")
                with w.block(f"if {' and '.join(conditions) or 'True'}:"):
                    if extra is False:
                        w.line(f"{unexpected}.append({k})")
                    else:
                        self.explain(w, extra, (*path, "additionalProperties"), x, at, None)
        if extra is False:
            with w.block(f"if {unexpected}:"):
                add(
                    "additionalProperties",
                    f"'Additional properties are not allowed (' + ', '.join(map(repr, {unexpected}))"
                    f" + (' was' if len({unexpected}) == 1 else ' were') + ' unexpected)'",
                )

    @staticmethod
    def tail(v: str, text: str) -> str:
        """A message expression: the value's short repr, then fixed text."""
        return f"_r({v}) + {_lit(text)}"

    # -- shared expressions ----------------------------------------------------------------------
    def pattern(self, pattern: str) -> str:
        translated = translate_pattern(pattern)
        return self.constant(f"re.compile({_lit(translated)}, re.ASCII).search", "P")

    def enum_test(self, values: list[JSON], v: str, known: frozenset[str] | None) -> str:
        if values and all(isinstance(x, str) for x in values):
            members = self.constant(f"frozenset({_lit(list(dict.fromkeys(values)))})", "E")
            if known is not None and known <= {"string"}:
                return f"({v} in {members})"
            return f"(isinstance({v}, str) and {v} in {members})"
        keys = self.constant(f"frozenset(map(_key, {_lit(values)}))", "E")
        return f"(_key({v}) in {keys})"

    def const_test(self, value: JSON, v: str) -> str:
        if value is None or isinstance(value, bool):
            return f"({v} is {value!r})"
        if isinstance(value, str):
            return f"({v} == {_lit(value)})"
        return f"(_key({v}) == {self.constant(f'_key({_lit(value)})', 'C')})"

    def multiple_test(self, m: int | float, v: str) -> str:
        if isinstance(m, int) or (isinstance(m, float) and m.is_integer() and abs(m) < 2**53):
            divisor = int(m)
            if divisor == 1:
                return f"_is_int({v})"
            return f"(_multiple({v}, {self.constant(f'Fraction({divisor})', 'M')}) if type({v}) is float else {v} % {divisor} == 0)"
        return f"_multiple({v}, {self.constant(f'Fraction({_lit(repr(m))})', 'M')})"

    # -- the module ------------------------------------------------------------------------------
    def module(self, docstring: str, registry: Sequence[tuple[str, str]], extra: str = "") -> str:
        """The whole module: prelude, constants, functions, registry (name -> unit name), API."""
        body = [
            f'"""{_doc_text(docstring)}"""',
            _PRELUDE.strip("\n"),
            "",
            *self.constant_lines,
            "",
            *(f"\n\n{fn}" for fn in self.functions),
        ]
        if extra:
            body.append(extra)
        return "\n".join(body) + "\n"


_HOLE = "\x00"  # where opt_expr's value goes, before bind() puts the real expression there
_INLINE_SIZE = 200  # schema nodes: larger $ref targets are called, not inlined
_LOOP_KEYWORDS = ("prefixItems", "items", "patternProperties", "additionalProperties")
_ANNOTATIONS_AND_FORMAT = frozenset(
    {
        "title", "description", "default", "examples", "example", "deprecated", "readOnly",
        "writeOnly", "$comment", "contentMediaType", "contentEncoding", "externalDocs", "$schema",
        "format",
    }
)  # fmt: skip


_EXACT = {
    "string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "type(None)",
    "array": "list", "object": "dict",
}  # fmt: skip


def _size(schema: JSON) -> int:
    if isinstance(schema, dict):
        return 1 + sum(_size(v) for v in schema.values())
    if isinstance(schema, list):
        return 1 + sum(_size(v) for v in schema)
    return 1


def _json_type(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "array" if isinstance(value, list) else "object"


def _json_type_ok(value: JSON, types: list[str]) -> bool:
    kind = _json_type(value)
    return kind in types or (kind == "integer" and "number" in types)


def _same(a: JSON, b: JSON) -> bool:
    """JSON equality for scalars: bool never equals a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def _rejects_none(expression: str) -> bool:
    """Whether an opt_expr surely fails for None: it starts with an exact non-null type test
    or a membership test in a set of strings."""
    hole = _HOLE
    return expression.startswith(
        (f"type({hole}) is ", f"type({hole}) in _T", f"{hole} in _E")
    ) and not expression.startswith(f"type({hole}) in _TN")


def _conjunction(parts: list[str]) -> str:
    if not parts:
        return "True"
    if "False" in parts:
        return "False"
    return parts[0] if len(parts) == 1 else "(" + " and ".join(parts) + ")"


def _emit_groups(w: _Writer, parts: list[tuple[str, bool]], fail: str) -> None:
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
        with w.block(f"if not {_conjunction(run) if len(run) > 1 else f'({run[0]})'}:"):
            w.line("return False" if definitive else fail)


def _check_pattern(pattern: str, path: Path) -> None:
    try:
        compile_pattern(pattern)
    except (ValueError, re.error) as exc:
        raise SpecError(location(path), f"invalid regular expression: {exc}") from None


def _is_count(value: JSON) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return isinstance(value, int) and value >= 0


def _is_number(value: JSON) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_empty(schema: JSON) -> bool:
    """A schema with no assertion at all (only annotations): it accepts everything."""
    from generator.parser import ANNOTATION_KEYWORDS

    return (
        isinstance(schema, dict)
        and all(
            k in ANNOTATION_KEYWORDS or k == "$defs" or k.startswith("x-") or k == "format"
            for k in schema
        )
        and schema.get("format") not in ASSERTED_FORMATS
    )


def _short(value: JSON) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _doc_text(text: str) -> str:
    return text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _types(value: JSON) -> list[str]:
    return list(dict.fromkeys(value if isinstance(value, list) else [value]))


def _narrow(known: frozenset[str] | None, types: list[str]) -> frozenset[str]:
    new = frozenset(types)
    return new if known is None else known & new


_KIND_KEYWORDS = {
    "string": ("minLength", "maxLength", "pattern"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "array": ("minItems", "maxItems", "uniqueItems", "prefixItems", "items"),
    "object": (
        "minProperties", "maxProperties", "required", "properties", "patternProperties",
        "additionalProperties",
    ),
}  # fmt: skip
_KIND_TYPES = {
    "string": frozenset({"string"}),
    "number": frozenset({"integer", "number"}),
    "array": frozenset({"array"}),
    "object": frozenset({"object"}),
}
_BOUNDS = {"minimum": "<", "maximum": ">", "exclusiveMinimum": "<=", "exclusiveMaximum": ">="}
_BOUND_TEXT = {
    "minimum": "less than the minimum of",
    "maximum": "greater than the maximum of",
    "exclusiveMinimum": "less than or equal to the exclusive minimum of",
    "exclusiveMaximum": "greater than or equal to the exclusive maximum of",
}


def _kind_test(kind: str, v: str) -> str:
    return {
        "string": f"isinstance({v}, str)",
        "number": f"_is_num({v})",
        "array": f"isinstance({v}, list)",
        "object": f"isinstance({v}, dict)",
    }[kind]


def _guard(kind: str, v: str, known: frozenset[str] | None) -> str | bool | None:
    """The condition for keywords of ``kind``: None when always true, False when never."""
    if known is None:
        return _kind_test(kind, v)
    compatible = _KIND_TYPES[kind]
    if known <= compatible:
        return None
    if not known & compatible:
        return False
    if known - compatible == {"null"}:
        return f"{v} is not None"
    return _kind_test(kind, v)


def _type_test(types: Iterable[str], v: str, *, fast: bool) -> str:
    """A condition true when ``v`` has one of ``types``; the fast form tries exact types first."""
    tests: list[str] = []
    for t in types:
        if t == "string":
            tests += (
                [f"type({v}) is str", f"isinstance({v}, str)"]
                if fast
                else [f"isinstance({v}, str)"]
            )
        elif t == "integer":
            tests += [f"type({v}) is int", f"_is_int({v})"] if fast else [f"_is_int({v})"]
        elif t == "number":
            tests += (
                [f"type({v}) is int", f"type({v}) is float", f"_is_num({v})"]
                if fast
                else [f"_is_num({v})"]
            )
        elif t == "boolean":
            tests += [f"{v} is True", f"{v} is False"]
        elif t == "null":
            tests.append(f"{v} is None")
        elif t == "array":
            tests += (
                [f"type({v}) is list", f"isinstance({v}, list)"]
                if fast
                else [f"isinstance({v}, list)"]
            )
        elif t == "object":
            tests += (
                [f"type({v}) is dict", f"isinstance({v}, dict)"]
                if fast
                else [f"isinstance({v}, dict)"]
            )
    return " or ".join(dict.fromkeys(tests))


# ---------------------------------------------------------------------------------------------
# Public entry points
# ---------------------------------------------------------------------------------------------


def compile_schema(schema: JSON, *, name: str = "root", docstring: str = "Validators.") -> str:
    """A module validating one standalone schema (its own document for ``#`` refs), as ``name``.

    Used by the JSON-Schema-Test-Suite tests; raises SpecError for anything unsupported.
    """
    compiler = SchemaCompiler(schema)
    unit = compiler.unit((), hint="root")
    compiler.compile_pending()
    registry = _registry_source([(name, unit.name)], {})
    return compiler.module(docstring, [], registry + _API)


def _registry_source(
    entries: Sequence[tuple[str, str]], responses: Mapping[str, Sequence[tuple[str, str]]]
) -> str:
    lines = ["", "", "_REGISTRY: Final[dict[str, _Entry]] = {"]
    for registry_name, unit_name in entries:
        lines.append(f"    {_lit(registry_name)}: {_entry_tuple(unit_name)},")
    lines.append("}")
    lines.append("_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {")
    for operation_id, statuses in responses.items():
        lines.append(f"    {_lit(operation_id)}: {{")
        for status, unit_name in statuses:
            lines.append(f"        {_lit(status)}: {_entry_tuple(unit_name)},")
        lines.append("    },")
    lines.append("}")
    lines.append("SCHEMA_NAMES: Final = tuple(_REGISTRY)")
    return "\n".join(lines)


def _entry_tuple(unit_name: str) -> str:
    return f"(_ok_{unit_name}, _okf_{unit_name}, _err_{unit_name})"


@dataclass(frozen=True)
class _Public:
    """One registry entry and its readable functions."""

    registry_name: str
    function: str  # validate_<function>, is_valid_<function>
    unit: str
    summary: str


class _ModuleBuilder:
    """Walks the model: component schemas, then per operation its request, params, bodies."""

    def __init__(self, model: ApiModel) -> None:
        self.model = model
        self.compiler = SchemaCompiler(model.document, model.source)
        self.public: list[_Public] = []
        self.functions: set[str] = set()
        self.responses: dict[str, list[tuple[str, str]]] = {}
        self.extra: list[str] = []

    def schema_unit(self, pointer: str, name_hint: str) -> str:
        path = self.compiler.pointer_path(pointer)
        data = self.compiler.node(path)
        # A bare {"$ref": ...} reuses the target's functions instead of wrapping them.
        while isinstance(data, dict) and set(data) - {"description", "summary"} == {"$ref"}:
            path = self.compiler.resolve(data["$ref"], (*path, "$ref"))
            data = self.compiler.node(path)
        if data is True or _is_empty(data):
            return "any"
        hint = None if path[:2] == ("components", "schemas") else name_hint
        return self.compiler.unit(path, hint).name

    def add(self, registry_name: str, function: str, unit: str, summary: str) -> None:
        if function in self.functions:
            raise SpecError(
                registry_name, f"the validator name 'validate_{function}' is already taken"
            )
        self.functions.add(function)
        self.public.append(_Public(registry_name, function, unit, summary))

    def build(self, docstring: str) -> CompiledModule:
        for schema in self.model.schemas:
            assert schema.name is not None
            unit = self.compiler.unit(
                self.compiler.pointer_path(schema.pointer), snake(schema.name)
            ).name
            self.add(schema.name, snake(schema.name), unit, f"the {schema.name} schema")
        for op in self.model.operations:
            self.operation(op)
        self.compiler.compile_pending()
        registry = _registry_source(
            [(p.registry_name, p.unit) for p in self.public], self.responses
        )
        api = [*self.extra, registry, _API]
        names = list(_BASE_NAMES)
        schema_units = {unit.name for unit in self.compiler.units.values()}
        for p in self.public:
            api.append(_public_functions(p, p.unit in schema_units))
            names += [f"validate_{p.function}", f"is_valid_{p.function}"]
        for op in self.model.operations:
            if op.operation_id in self.responses:
                api.append(_response_functions(op))
                names += [
                    f"validate_{op.python_name}_response",
                    f"is_valid_{op.python_name}_response",
                ]
        api.append(f"\n\n__all__ = {_lit(names)}")
        source = self.compiler.module(docstring, [], "\n".join(api))
        entries = tuple((p.registry_name, p.summary) for p in self.public)
        return CompiledModule(source=source, names=tuple(names), entries=entries)

    def operation(self, op: Operation) -> None:
        params: list[tuple[Parameter, str]] = []
        for param in op.parameters:
            unit = self.parameter(op, param)
            params.append((param, unit))
            self.add(
                f"{op.operation_id}.{param.location}.{param.name}",
                f"{op.python_name}_{param.location}_{snake(param.name)}",
                unit,
                f"the {param.location} parameter {param.name!r} of {op.operation_id}",
            )
        request_unit = f"{op.python_name}_request"
        self.compiler.names.add(request_unit)
        self.extra.append(_request_functions(request_unit, params))
        self.add(
            f"{op.operation_id}.request",
            f"{op.python_name}_request",
            request_unit,
            f"the parameters of a {op.operation_id} request",
        )
        body = op.request_body.json if op.request_body else None
        if body is not None:
            unit = (
                self.schema_unit(body.schema.pointer, f"{op.python_name}_body")
                if body.schema
                else "any"
            )
            self.add(
                f"{op.operation_id}.body",
                f"{op.python_name}_body",
                unit,
                f"the request body of {op.operation_id}",
            )
        statuses: list[tuple[str, str]] = []
        for response in op.responses:
            media = response.json
            unit = (
                self.schema_unit(
                    media.schema.pointer, f"{op.python_name}_response_{response.status.lower()}"
                )
                if media and media.schema
                else "any"
            )
            statuses.append((response.status, unit))
            self.add(
                f"{op.operation_id}.response.{response.status}",
                f"{op.python_name}_response_{response.status.lower()}",
                unit,
                f"the {response.status} response body of {op.operation_id}",
            )
        if statuses:
            self.responses[op.operation_id] = statuses
            self.functions.add(f"{op.python_name}_response")

    def parameter(self, op: Operation, param: Parameter) -> str:
        """The unit for a parameter: its schema, behind a wire-text coercion when needed."""
        unit = self.schema_unit(param.schema.pointer, f"{op.python_name}_{snake(param.name)}")
        resolved = _top_schema(self.compiler, param.schema.pointer, raw=True)
        types = _types(resolved.get("type", [])) if isinstance(resolved, dict) else []
        array = "array" in types
        if array:
            items = resolved.get("items", True)
            item_types = _types(items.get("type", [])) if isinstance(items, dict) else []
            if isinstance(items, dict) and "$ref" in items:
                target = _top_schema(self.compiler, items["$ref"])
                item_types = _types(target.get("type", [])) if isinstance(target, dict) else []
            kinds = _coercions(item_types)
        else:
            kinds = _coercions(types)
        if not array and not kinds:
            return unit
        name = self.compiler.fresh_name(f"{op.python_name}_{param.location}_{snake(param.name)}")
        convert = ["if isinstance(v, str):", "    v = [v]"] if array else []
        if kinds:
            if array:
                convert += [
                    "if isinstance(v, list):",
                    f"    v = [_scalar(x, {kinds!r}) if isinstance(x, str) else x for x in v]",
                ]
            else:
                convert += ["if isinstance(v, str):", f"    v = _scalar(v, {kinds!r})"]
        body = "\n".join("    " + line for line in convert)
        self.compiler.functions.append(
            f"def _ok_{name}(v: Any) -> bool:\n{body}\n    return _ok_{unit}(v)\n\n\n"
            f"def _okf_{name}(v: Any) -> bool:\n{body}\n    return _okf_{unit}(v)\n\n\n"
            f"def _err_{name}(v: Any, p: str, e: list[ValidationError], f: bool) -> None:\n"
            f"{body}\n    _err_{unit}(v, p, e, f)"
        )
        return name


def _top_schema(compiler: SchemaCompiler, pointer: str, *, raw: bool = False) -> JSON:
    data = compiler.node(compiler.pointer_path(pointer) if raw else compiler.resolve(pointer, ()))
    seen = 0
    while isinstance(data, dict) and "$ref" in data and seen < 50:
        data = compiler.node(compiler.resolve(data["$ref"], ()))
        seen += 1
    return data


def _coercions(types: list[str]) -> tuple[str, ...]:
    """Which parsings a parameter's text gets: none when the schema takes strings (or any)."""
    if not types or "string" in types:
        return ()
    return tuple(t for t in ("integer", "number", "boolean") if t in types)


def _request_functions(name: str, params: list[tuple[Parameter, str]]) -> str:
    """Validators of the request parameters dict: {"path": {...}, "query": {...}, "header": {...}}."""
    fast = [f"def _ok_{name}(v: Any) -> bool:"]
    fastf = [f"def _okf_{name}(v: Any) -> bool:"]
    err = [f"def _err_{name}(v: Any, p: str, e: list[ValidationError], f: bool) -> None:"]
    fast.append("    if not isinstance(v, Mapping):\n        return False")
    fastf.append(fast[-1])
    err.append(
        "    if not isinstance(v, Mapping):\n"
        "        e.append(ValidationError(p, 'type', _r(v) + \" is not of type 'object'\"))\n"
        "        return"
    )
    for place in ("path", "query", "header"):
        group = [(param, unit) for param, unit in params if param.location == place]
        if not group:
            continue
        section = f"s_{place}"
        for lines in (fast, fastf):
            lines.append(f"    {section} = v.get({place!r}, {{}})")
            lines.append(f"    if not isinstance({section}, Mapping):\n        return False")
        err.append(f"    {section} = v.get({place!r}, {{}})")
        err.append(
            f"    if not isinstance({section}, Mapping):\n"
            f"        e.append(ValidationError(p + {'/' + place!r}, 'type', _r({section}) +"
            " \" is not of type 'object'\"))\n"
            "    else:"
        )
        for param, unit in group:
            wire = param.name.lower() if place == "header" else param.name
            at = f"p + {'/' + place + '/' + _pointer_token(wire)!r}"
            for lines, prefix in ((fast, "_ok_"), (fastf, "_okf_")):
                lines.append(f"    x = {section}.get({wire!r}, _MISSING)")
                if param.required:
                    lines.append("    if x is _MISSING:\n        return False")
                    lines.append(f"    if not {prefix}{unit}(x):\n        return False")
                else:
                    lines.append(
                        f"    if x is not _MISSING and not {prefix}{unit}(x):\n        return False"
                    )
            err.append(f"        x = {section}.get({wire!r}, _MISSING)")
            if param.required:
                message = f"{wire!r} is a required {place} parameter"
                err.append(
                    f"        if x is _MISSING:\n"
                    f"            e.append(ValidationError({at}, 'required', {message!r}))"
                )
                err.append(f"        else:\n            _err_{unit}(x, {at}, e, f)")
            else:
                err.append(f"        if x is not _MISSING:\n            _err_{unit}(x, {at}, e, f)")
    fast.append("    return True")
    fastf.append("    return True")
    return "\n\n\n" + "\n\n\n".join("\n".join(x) for x in (fast, fastf, err))


def _public_functions(p: _Public, schema_unit: bool) -> str:
    entry = _entry_tuple(p.unit)
    ok, okf, _ = (part.strip() for part in entry.strip("()").split(","))
    if schema_unit:  # the fast path itself takes `formats`: no wrapper on the hot path
        return f'''

def validate_{p.function}(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against {p.summary} ({p.registry_name!r}); empty when valid."""
    return _explain({entry}, value, formats)


is_valid_{p.function} = {ok}  # whether a value is valid against {p.summary}'''
    return f'''

def validate_{p.function}(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against {p.summary} ({p.registry_name!r}); empty when valid."""
    return _explain({entry}, value, formats)


def is_valid_{p.function}(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against {p.summary} ({p.registry_name!r})."""
    return {okf}(value) if formats else {ok}(value)'''


def _response_functions(op: Operation) -> str:
    return f'''

def validate_{op.python_name}_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a {op.operation_id} response body with this status; empty when valid."""
    return validate_response({op.operation_id!r}, status, body, formats=formats)


def is_valid_{op.python_name}_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a {op.operation_id} response body with this status is valid."""
    return is_valid_response({op.operation_id!r}, status, body, formats=formats)'''


@dataclass(frozen=True)
class CompiledModule:
    """The module source, the names it exports, and its registry (name, what it validates)."""

    source: str
    names: tuple[str, ...]
    entries: tuple[tuple[str, str], ...]


_BASE_NAMES = (
    "SCHEMA_NAMES",
    "ValidationError",
    "ValidationFailed",
    "check",
    "is_valid",
    "predicate",
    "is_valid_response",
    "validate",
    "validate_response",
)


def build_module(model: ApiModel, *, docstring: str) -> CompiledModule:
    """Like :func:`compile_module`, with the exported names and registry entries as well."""
    return _ModuleBuilder(model).build(docstring)


def compile_module(model: ApiModel, *, docstring: str) -> str:
    """Python source of a standalone module (stdlib only) with validators for every schema of the model.

    Registry names: each component schema by name; ``<operationId>.request`` (the parameters
    dict), ``<operationId>.<path|query|header>.<wire name>``, ``<operationId>.body`` and
    ``<operationId>.response.<status>``. Raises SpecError for an unsupported schema.
    """
    return build_module(model, docstring=docstring).source


__all__ = [
    "ASSERTED_FORMATS",
    "CompiledModule",
    "SchemaCompiler",
    "build_module",
    "compile_module",
    "compile_pattern",
    "compile_schema",
    "translate_pattern",
]
