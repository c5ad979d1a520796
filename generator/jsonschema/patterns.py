"""ECMA-262 regular expressions (JSON Schema's ``pattern``) as Python ones with the same meaning.

Compiled with ``re.ASCII`` so ``\\d``/``\\w``/``\\b`` are ASCII as in ECMA-262; ``\\s``/``\\S`` get
ECMA-262's Unicode whitespace set; ``$`` becomes ``\\Z`` (Python's ``$`` would also match before
a final newline); ``.`` excludes all ECMA-262 line terminators; ``(?<name>`` and ``\\k<name>``
become Python's named groups. Constructs Python lacks (``\\p{...}``, ``\\u{...}``, ``\\cX``) are
rejected.
"""

from __future__ import annotations

import re

from generator.errors import SpecError, location

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


def check_pattern(pattern: str, path: tuple[str | int, ...]) -> None:
    """Raise a SpecError located at ``path`` unless ``pattern`` translates and compiles."""
    try:
        compile_pattern(pattern)
    except (ValueError, re.error) as exc:
        raise SpecError(location(path), f"invalid regular expression: {exc}") from None


__all__ = ["check_pattern", "compile_pattern", "translate_pattern"]
