"""The codes a meeting's records store, and the names of the record types.

Plain constants, importable without SQLAlchemy: the program's start (the main window's
first paint, ``info``) needs them before the database is open. :mod:`mra_desktop.core.models`
re-exports them. Their words in ar/fr/en live in the protocol catalogue.
"""

from __future__ import annotations

# Enumerations: code values accepted by the services and the sync format.
MEETING_KINDS = ("individual", "group")
MEETING_SCOPES = ("single_sector", "multisectoral")
MEETING_FORMATS = ("in_person", "video")
MEETING_BODIES = (
    "regional_commission",
    "local_commission",
    "court_unit",
    "police_unit",
    "health",
    "cross_sectoral",
    "informal",
)
MEETING_STATUSES = ("planned", "in_progress", "completed")
LANGUAGES = ("ar", "fr", "en")
SECTORS = ("health", "justice", "law_enforcement", "system")
PARTICIPANT_SECTORS = (
    "health",
    "justice",
    "law_enforcement",
    "entraide_nationale",
    "education",
    "civil_society",
    "local_authorities",
    "legal_professions",
    "media",
    "religious",
    "other",
)
CHANGE_KINDS = ("policy", "procedure", "practice", "form", "method", "service", "other")
LEVELS = ("person", "facility", "city", "province", "region", "national")
ONGOING = ("yes", "no", "unknown")
CHANGE_CLASSES = ("relationships", "structural", "regulation", "practice")
OBLIGATIONS = ("prevent", "protect", "investigate", "punish", "repair")
ACTIONS = ("continue", "stop", "start")
ACTION_LEVELS = ("policy", "practice")
#: what became of an action item of the previous meeting, recorded at its follow-up
#: (None while nobody has said yet)
ACTION_STATUSES = ("done", "in_progress", "not_started", "dropped")

#: every synchronised record type (its table's name), parents before children
RECORD_TYPE_NAMES = ("organisation", "meeting", "participant", "change", "action_item", "note")
#: record types of a meeting that the sync format (version 1) does not carry yet: the
#: status, recorded at a follow-up meeting, of each action item of the previous meeting.
#: They are partners' records like the others (a meeting's children, with the same
#: bookkeeping), kept out of RECORD_TYPE_NAMES until the sync format lists them.
UNSYNCED_RECORD_TYPE_NAMES = ("action_follow_up",)
