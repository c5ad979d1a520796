"""A faster ``__init__`` for the frozen, slotted dataclasses a request makes.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``, around the
class's ``__setattr__`` that refuses changes: half of what building a request object costs. The
classes here are declared with ``init=False`` and an ``__init__`` that sets each slot through its
descriptor, which the refusing ``__setattr__`` does not guard. They stay frozen for everyone
else: assigning a field still raises ``FrozenInstanceError``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["slot_setter"]


def slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The function that sets the slot ``name`` of an instance of ``cls``."""
    setter: Callable[[Any, Any], None] = vars(cls)[name].__set__
    return setter
