"""Whether a schema lies inside the supported subset, checked once, where each keyword lives.

The parser checks every schema of the document with :class:`SchemaChecker` (so an unsupported
keyword or a bad value is a located error whatever the targets), and the compiler, a
subclass, compiles what passed. Each keyword's value check sits in its keyword module.
"""

from __future__ import annotations

from generator.errors import SpecError, location
from generator.jsonschema.context import Context
from generator.jsonschema.emit import JSON, SchemaPath
from generator.jsonschema.keywords import applicators, array, number, ref, string, types
from generator.jsonschema.keywords import object as objects
from generator.jsonschema.keywords.base import Check, Family
from generator.spec.subset import SUPPORTED_KEYWORDS

# The keywords that apply to one instance type, in the order every walk visits them (after
# $ref and type/enum/const, before the applicators).
FAMILIES: tuple[Family, ...] = (string.FAMILY, number.FAMILY, array.FAMILY, objects.FAMILY)
# Each keyword's value check (annotations have none).
CHECKS: dict[str, Check] = {
    **types.CHECKS,
    **{key: check for family in FAMILIES for key, check in family.checks.items()},
    **applicators.CHECKS,
    **ref.CHECKS,
}


class SchemaChecker(Context):
    """Checks the schemas of one document; each path once."""

    def check(self, data: JSON, path: SchemaPath) -> None:
        """Reject what the compiler does not support, located; subschemas too, but not the
        targets of ``$ref``s (each is checked where it sits, or when it is compiled)."""
        if path in self.checked:
            return
        self.checked.add(path)
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
            check = CHECKS.get(key)
            if check is not None:
                check(self, value, (*path, key))
