"""Contract testing: schemathesis runs the spec against a server (``make contract``).

``run`` drives the pinned schemathesis CLI; ``hooks`` is the module the CLI loads (custom checks,
SigV4 signing, in-process ASGI targets); ``schemathesis.toml`` holds every relaxation of a check.
"""
