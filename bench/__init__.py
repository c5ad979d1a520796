"""Benchmarks that print ratios against their peers measured in the same run (``python -m bench``)."""
