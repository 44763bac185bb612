"""Whose database this is: the partner organisation, the facilitator, the language, and the
device's signing key.

A partner's database belongs to one organisation, chosen at first run (or with
``mra-desktop init``). That choice lives in the database itself (``local_setting``), so a
copy of the database carries it and every sync file says whose records it holds.

Each database (a *device*) has its own Ed25519 signing key, made when the database is
given its organisation. Every sync file it exports is signed with it, and MRA enrols the
public half from the device's identity card. The private key is kept **in the database**
(``local_setting``), not in a file beside it:

* the database and its key travel together: a backup, a copy to a new laptop or a
  restored file keeps signing as the same enrolled device, and there is no second file
  to lose, forget in a backup or mix up with another database's;
* a separate file would protect nothing more: whoever can read the database can read a
  file beside it, and whoever holds the database holds every testimony in it anyway
  (a stolen laptop is answered by MRA revoking the device; see FORMAT.md);
* it never leaves: sync files carry records, never ``local_setting``, and the identity
  card carries only the public key.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError, ValidationError

ORGANISATION_SETTING = "identity.organisation_id"
FACILITATOR_SETTING = "identity.facilitator"
LANGUAGE_SETTING = "identity.language"
SIGNING_KEY_SETTING = "device.signing_key"


class IdentityError(MraError):
    code = "identity"


class NoIdentityError(IdentityError):
    """The database does not say which organisation it belongs to yet."""

    code = "identity_missing"


NO_IDENTITY = (
    "This database does not say which organisation it belongs to yet; open the program "
    "once, or run 'mra-desktop init --organisation NAME'."
)


@dataclass(frozen=True)
class DatabaseIdentity:
    """Whose database this is (``organisation_id`` is None until it is chosen)."""

    device_id: str
    organisation_id: str | None
    organisation_name: str | None
    facilitator: str
    language: str | None


def _get(session: Session, key: str) -> str | None:
    setting = session.get(m.LocalSetting, key)
    return setting.value if setting is not None else None


def _put(session: Session, key: str, value: str | None) -> None:
    setting = session.get(m.LocalSetting, key)
    if value is None:
        if setting is not None:
            session.delete(setting)
    elif setting is None:
        session.add(m.LocalSetting(key=key, value=value))
    else:
        setting.value = value


def database_identity(db: Database) -> DatabaseIdentity:
    with db.session() as session:
        organisation_id = _get(session, ORGANISATION_SETTING)
        name = None
        if organisation_id is not None:
            organisation = session.get(m.Organisation, organisation_id)
            if organisation is None or organisation.is_deleted:
                organisation_id = None
            else:
                name = organisation.name
        return DatabaseIdentity(
            device_id=db.device_id,
            organisation_id=organisation_id,
            organisation_name=name,
            facilitator=_get(session, FACILITATOR_SETTING) or "",
            language=_get(session, LANGUAGE_SETTING),
        )


def require_organisation(db: Database) -> DatabaseIdentity:
    """The identity, refusing a database that has no organisation yet."""
    identity = database_identity(db)
    if identity.organisation_id is None:
        raise NoIdentityError(NO_IDENTITY)
    return identity


def set_identity(
    db: Database,
    organisation_id: str,
    *,
    facilitator: str | None = None,
    language: str | None = None,
) -> DatabaseIdentity:
    """Make ``organisation_id`` (a live organisation of this database, not a demo one) the
    organisation this database belongs to; ``facilitator`` and ``language`` are changed
    when given. The device's signing key is made if it has none."""
    if language is not None and language not in m.LANGUAGES:
        raise ValidationError(
            "language", "not_allowed", f"The language must be one of {', '.join(m.LANGUAGES)}."
        )
    with db.transaction() as session:
        organisation = session.get(m.Organisation, organisation_id)
        if organisation is None or organisation.is_deleted:
            raise IdentityError(f"There is no organisation with id {organisation_id}.")
        if organisation.demo:
            raise IdentityError(
                f"“{organisation.name}” belongs to the demo data, which never leaves this "
                "computer; choose or create your own organisation."
            )
        _put(session, ORGANISATION_SETTING, organisation_id)
        if facilitator is not None:
            _put(session, FACILITATOR_SETTING, " ".join(facilitator.split()) or None)
        if language is not None:
            _put(session, LANGUAGE_SETTING, language)
        _ensure_signing_key(session)
    return database_identity(db)


def set_facilitator(db: Database, name: str) -> None:
    with db.transaction() as session:
        _put(session, FACILITATOR_SETTING, " ".join(name.split()) or None)


# -- the device's signing key -----------------------------------------------------------------
def _raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _ensure_signing_key(session: Session) -> Ed25519PrivateKey:
    text = _get(session, SIGNING_KEY_SETTING)
    if text is not None:
        try:
            return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError):
            raise IdentityError(
                "This database's signing key is damaged; its sync files cannot be signed."
            ) from None
    key = Ed25519PrivateKey.generate()
    _put(session, SIGNING_KEY_SETTING, base64.b64encode(_raw_private(key)).decode("ascii"))
    return key


def has_signing_key(db: Database) -> bool:
    with db.session() as session:
        return _get(session, SIGNING_KEY_SETTING) is not None


def signing_key(db: Database) -> Ed25519PrivateKey:
    """The device's signing key (made now for a database from before signed files)."""
    with db.session() as session:
        text = _get(session, SIGNING_KEY_SETTING)
    if text is None:
        with db.transaction() as session:
            return _ensure_signing_key(session)
    with db.session() as session:
        return _ensure_signing_key(session)


def new_signing_key(db: Database) -> Ed25519PrivateKey:
    """Replace the device's signing key (a key that may have been copied, a laptop that was
    stolen and found again); MRA must enrol the new identity card."""
    require_organisation(db)
    with db.transaction() as session:
        _put(session, SIGNING_KEY_SETTING, None)
        session.flush()
        return _ensure_signing_key(session)


def public_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


# -- init (the first run's command-line twin) ---------------------------------------------
@dataclass(frozen=True)
class InitResult:
    identity: DatabaseIdentity
    created_organisation: bool
    already: bool  # the database already belonged to this organisation


def init_database(
    db: Database,
    organisation: str,
    *,
    facilitator: str | None = None,
    language: str | None = None,
) -> InitResult:
    """Give the database its organisation (an existing live one of that exact name, not a
    demo one, else a new one), its facilitator and language, and its signing key."""
    from mra_desktop.core.services import Services

    name = " ".join(organisation.split())
    current = database_identity(db)
    if current.organisation_id is not None:
        if current.organisation_name != name:
            raise IdentityError(
                f"This database already belongs to “{current.organisation_name}”; "
                "change the organisation in the program's Settings if it really changed."
            )
        identity = set_identity(
            db, current.organisation_id, facilitator=facilitator, language=language
        )
        return InitResult(identity, created_organisation=False, already=True)
    with db.session() as session:
        match = session.scalars(
            select(m.Organisation.id).where(
                m.Organisation.name == name,
                m.Organisation.deleted_at.is_(None),
                m.Organisation.demo.is_(False),
            )
        ).first()
    created = match is None
    if match is None:
        match = Services(db).organisations.create(name=name).record_id
    identity = set_identity(db, match, facilitator=facilitator, language=language)
    return InitResult(identity, created_organisation=created, already=False)
