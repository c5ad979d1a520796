"""Tests of the mock as a test service: the Python API, the pytest plugin, the installable wheel."""
