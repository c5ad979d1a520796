"""Reads an OpenAPI 3.1 document into an intermediate model and renders packages from it.

The pipeline runs one way (:mod:`generator.pipeline`): load (:mod:`generator.spec.load`) ->
validate (:mod:`generator.spec.validate`, openapi-spec-validator) -> resolve local ``$ref``s
(:mod:`generator.spec.refs`) and build the model (:mod:`generator.model`) -> render each target
(:mod:`generator.targets`; the validators compiled by :mod:`generator.jsonschema`) -> format
(:mod:`generator.formatting`) -> write or compare (:mod:`generator.output`).
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
