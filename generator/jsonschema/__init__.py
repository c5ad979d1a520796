"""A JSON Schema 2020-12 compiler (the subset OpenAPI 3.1 uses), independent of any target.

:mod:`~generator.jsonschema.compiler` walks a schema and dispatches each keyword to its module
under ``keywords/``; :mod:`~generator.jsonschema.emit` writes the source,
:mod:`~generator.jsonschema.runtime` is the code every compiled module starts with, and
:mod:`~generator.jsonschema.patterns` translates ECMA-262 regular expressions.
"""

from generator.jsonschema.compiler import SchemaCompiler, compile_schema
from generator.jsonschema.patterns import compile_pattern, translate_pattern

__all__ = ["SchemaCompiler", "compile_pattern", "compile_schema", "translate_pattern"]
