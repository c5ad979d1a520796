"""Reads an OpenAPI 3.1 document into an intermediate model and renders packages from it.

The pipeline runs one way: load (PyYAML) -> validate (openapi-spec-validator) -> resolve local
``$ref``s and build the model (:mod:`generator.parser`) -> render each target's Jinja2 templates
(:mod:`generator.targets`) -> format (:mod:`generator.formatting`) -> write or compare.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
