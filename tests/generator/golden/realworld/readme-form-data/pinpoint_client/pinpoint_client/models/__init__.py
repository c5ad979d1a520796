"""Contains all the data models used in inputs/outputs"""

from .token import Token

__all__ = ("Token",)
