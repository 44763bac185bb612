"""Whether a database is MRA's: the one place that decides when MRA's screens appear.

The same program serves partners and MRA. A database is MRA's once it holds what only MRA
has; each sign is one small function over a session, and :data:`SIGNS` lists them, so a
new sign (MRA's key, enrolled partners) is one more line there.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.database import Database


def holds_imported_records(session: Session) -> bool:
    """A partner's sync file was imported here (``demo --mra`` logs its six imports too)."""
    return session.scalar(select(m.ImportLog.id).limit(1)) is not None


def enrols_partners(session: Session) -> bool:
    """A partner's device was enrolled here (revoked ones count: MRA enrolled it once)."""
    return session.scalar(select(m.PartnerDevice.key_id).limit(1)) is not None


#: each sign that this database is MRA's
SIGNS: tuple[Callable[[Session], bool], ...] = (holds_imported_records, enrols_partners)


def is_mra_database(db: Database) -> bool:
    with db.session() as session:
        return any(sign(session) for sign in SIGNS)
