"""Which of the fiche's questions a change answers (no Qt here: plain rules).

The fiche technique asks of every change: what changed, what existed before and what
exists now, who decided it, where exactly and at which level, whether it still goes on,
its specific goal and its tangible results. The catalogue marks those fields with
``precision: true``.
"""

from __future__ import annotations

from typing import Any

from mra_desktop.core.protocol import Protocol


def is_answered(field: str, value: Any) -> bool:
    if field == "ongoing":
        return value in ("yes", "no")  # "unknown" is not an answer yet
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    return bool(value)


def missing_fields(change: Any, protocol: Protocol) -> list[str]:
    """The precision fields ``change`` leaves unanswered, in the catalogue's order."""
    return [
        name for name in protocol.precision_fields() if not is_answered(name, getattr(change, name))
    ]


def missing_in_values(values: dict[str, Any], protocol: Protocol) -> list[str]:
    return [name for name in protocol.precision_fields() if not is_answered(name, values.get(name))]


def score(change: Any, protocol: Protocol) -> tuple[int, int]:
    """(answered, asked) for one change."""
    total = len(protocol.precision_fields())
    return total - len(missing_fields(change, protocol)), total
