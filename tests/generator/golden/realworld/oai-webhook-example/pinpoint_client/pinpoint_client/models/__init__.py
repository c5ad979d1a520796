"""Contains all the data models used in inputs/outputs"""

from .pet import Pet

__all__ = ("Pet",)
