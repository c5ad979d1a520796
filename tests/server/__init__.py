"""Tests of the server target. Importing the package makes generated/pinpoint_server importable
even without the venv's .pth file (``make venv`` writes one), before any test module runs."""

from tests.server.support import ensure_importable

ensure_importable()
