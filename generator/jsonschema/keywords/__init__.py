"""One module per keyword family; each keyword's check, fast path and error path side by side.

``string``, ``number``, ``array`` and ``object`` hold the keywords that only apply to one
instance type (a :class:`~generator.jsonschema.keywords.base.Family` each); ``types`` holds
``type``/``enum``/``const``, ``applicators`` ``allOf``/``anyOf``/``oneOf``/``not``, ``ref``
``$ref`` and ``$defs``. :mod:`generator.jsonschema.compiler` walks a schema and dispatches here.
"""
