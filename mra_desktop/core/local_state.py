"""What one device remembers of its own use, kept in the database's ``local_setting``
table: where the facilitator was (to reopen there after a crash or a restart) and the
step timer of each meeting. It is part of the meeting's data on this device, and never
travels in a sync file.

Values are small JSON documents. One that cannot be read (written by hand, or by a
future version) counts as absent: the program then opens as on a first start.
"""

from __future__ import annotations

import json
from typing import Any

from mra_desktop.core.database import Database
from mra_desktop.core.models import LocalSetting

# where the facilitator was: the open meeting, its screen and step, the record and field
RESUME_KEY = "resume"


def step_timer_key(meeting_id: str) -> str:
    """The step timer of one meeting: the time spent on each step, running or not."""
    return f"step_timer:{meeting_id}"


def read_state(db: Database, key: str) -> dict[str, Any] | None:
    with db.session() as session:
        setting = session.get(LocalSetting, key)
        text = setting.value if setting is not None else None
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def write_state(db: Database, key: str, value: dict[str, Any] | None) -> None:
    """Store ``value`` under ``key`` (None forgets it)."""
    with db.transaction() as session:
        setting = session.get(LocalSetting, key)
        if value is None:
            if setting is not None:
                session.delete(setting)
            return
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if setting is None:
            session.add(LocalSetting(key=key, value=text))
        elif setting.value != text:
            setting.value = text
