"""Consent: which changes may enter a newsletter, and what an anonymised one shows.

The partner sets two flags on each change (:class:`mra_desktop.core.models.Change`):
**may be quoted** (the people concerned agreed that MRA publishes it) and **anonymise**.

* Only a live change that may be quoted, of a live meeting, enters an issue
  (:func:`quotable`); the newsletter's core checks it whenever an item is added, when an
  issue is published and again whenever an issue is printed, so a consent withdrawn later
  (a newer sync file) keeps the change out of everything printed afterwards.
* An anonymised change shows no name of a person the program knows: the names of the
  meeting's participants and its facilitators (:func:`people_of_meeting`) are replaced in
  every text the issue prints, MRA's own edits included (:class:`NameMask`), as is a
  capitalised name after a Latin title of address ("Mme Alaoui", "Dr. Benali").
* Its place is kept only as precise as the partner chose with the change's **level**
  (:func:`place_of`): a change of one facility keeps its "where exactly" (the hospital,
  the court); one person's change, a city's or a province's shows the meeting's city and
  region (naming the facility of one person's change would point at that person); a
  region's shows the region; a national change shows no place, only the word "national".
  A change whose level was not given shows the city and region.

Limits, said plainly: a name is found only if it is the name of a participant or a
facilitator recorded with the meeting, or follows a Latin title of address. A name typed
in the text of someone the program cannot know — the woman whose story it is, a doctor,
a judge who did not take part — stays, as does a description that identifies a person
without naming her ("the only female officer of the brigade"). An anonymised item is
therefore marked on MRA's screen so that a person reads it before it is published. The
search tolerates Latin accents and capitals (OUBELLA), Arabic harakat and tatweel, the
usual spellings of alef, yeh and teh marbuta and the Arabic prefixes و ف ب ل ك; a Latin
word only counts as a name when it begins with a capital ("said" is not Saïd). It errs on
the side of masking: a first name of a participant that is also part of a place's name
("Hassan II hospital") is masked too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.direction import paragraph_direction

#: what replaces a name, in the language of the sentence it stands in
PLACEHOLDERS = {"ar": "[اسم محجوب]", "fr": "[nom masqué]", "en": "[name withheld]"}

# Letters written several ways in names: the search treats them as one.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ی": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "ـ": "",  # tatweel
    }
)
# Words of a name that say nothing on their own (El, Ben, Aït, Abd…): only matched with
# the rest of the name.
_PARTICLES = frozenset(
    {
        "el", "al", "ben", "bin", "ibn", "bent", "ait", "ou", "oul", "ould", "de", "du", "des",
        "la", "le", "da", "di", "van", "von", "abd", "abu", "abou", "moulay", "sidi", "lalla",
        "بن", "ابن", "بنت", "ولد", "ايت", "اولاد", "عبد", "ابو", "مولاي", "سيدي", "لاله",
    }
)  # fmt: skip
_MIN_TOKEN = 3
# A separator inside a name: spaces, hyphens, apostrophes, a full stop ("M. Ben-Ali").
_SEPARATOR = r"[\s\-\u2010\u2011'\u2019.]+"
# A Latin title of address and the capitalised words that follow it.
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*"
_TITLE_OF_ADDRESS = re.compile(
    r"\b(?:Mmes?|Mlle|Mrs?|Ms|Dr|Pr|M|Madame|Monsieur|Mademoiselle|Docteure?|Ma[iî]tre|"
    r"Professeure?|Mister|Miss|Doctor)\.?\s+"
    rf"(?P<name>{_CAPITALISED}(?:\s+(?:(?:el|al|ben|ibn|ait|aït|de|du)\s+)?{_CAPITALISED}){{0,2}})"
)


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` as the name search reads it (lower case, no accents, harakat or tatweel,
    one spelling of alef, yeh and teh marbuta), with the index in ``text`` of each of its
    characters."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFD", char):
            if unicodedata.category(part) == "Mn":
                continue
            for out in part.translate(_ARABIC_FOLD).casefold():
                folded.append(out)
                origin.append(index)
    return "".join(folded), origin


def _token_pattern(token: str) -> str:
    # An Arabic name with its article also appears as للعلوي (ل + العلوي).
    if token.startswith("ال") and len(token) > 2:
        return "ا?ل" + re.escape(token[2:])
    return re.escape(token)


def _significant(token: str) -> bool:
    core = token[2:] if token.startswith("ال") else token
    return len(core) >= _MIN_TOKEN and token not in _PARTICLES


class NameMask:
    """Replaces the given names of people in a text (see the module notes)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted({" ".join(n.split()) for n in names if n and n.strip()})

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        alternatives: set[str] = set()
        for name in self.names:
            tokens = [t for t in re.split(r"[^\w]+", _fold(name)[0]) if t]
            if not tokens:
                continue
            if len(tokens) > 1:
                alternatives.add(_SEPARATOR.join(_token_pattern(t) for t in tokens))
            alternatives.update(_token_pattern(t) for t in tokens if _significant(t))
        if not alternatives:
            return None
        ordered = sorted(alternatives, key=lambda a: (-len(a), a))
        # an Arabic conjunction or preposition may be written onto the name (وخديجة)
        return re.compile(
            r"(?<!\w)(?:[وفبلك]{1,2}(?=\w))?(?P<name>" + "|".join(ordered) + r")(?!\w)"
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where names stand in ``text``: (start, end) indices, in order, not overlapping."""
        found: list[tuple[int, int]] = []
        pattern = self._pattern
        if pattern is not None:
            folded, origin = _fold(text)
            for match in pattern.finditer(folded):
                start, end = match.span("name")
                if start == end:
                    continue
                first, last = origin[start], origin[end - 1] + 1
                if text[first].islower():
                    # Latin names are written with a capital: "said" is not Saïd
                    continue
                while last < len(text) and unicodedata.category(text[last]) == "Mn":
                    last += 1
                found.append((first, last))
        for match in _TITLE_OF_ADDRESS.finditer(text):
            found.append(match.span("name"))
        return _merge(text, found)

    def apply(self, text: str, language: str, typed_in: str = "en") -> str:
        """``text`` with each name replaced by a placeholder in the sentence's language:
        Arabic in a right-to-left paragraph; else ``language`` (the issue's) if it is
        French or English, else ``typed_in`` (the meeting's) if it is, else English."""
        if not text:
            return text
        out: list[str] = []
        done = 0
        latin = next((lang for lang in (language, typed_in) if lang in ("fr", "en")), "en")
        for start, end in self.spans(text):
            out.append(text[done:start])
            out.append(_placeholder(text, start, latin))
            done = end
        out.append(text[done:])
        return "".join(out)


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, overlapping ones joined, and neighbours separated only by spaces
    or hyphens made one (a first name and a family name become one placeholder)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged:
            previous_start, previous_end = merged[-1]
            between = text[previous_end:start]
            if start <= previous_end or (between and not between.strip(" -\u00a0\u2010")):
                merged[-1] = (previous_start, max(previous_end, end))
                continue
        merged.append((start, end))
    return merged


def _placeholder(text: str, at: int, latin: str) -> str:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if paragraph_direction(line, latin) == "rtl":
        return PLACEHOLDERS["ar"]
    return PLACEHOLDERS[latin]


# -- who and what ------------------------------------------------------------------------------
def people_of_meeting(session: Session, meeting_id: str) -> list[str]:
    """The names the program knows of a meeting's people: its participants' (deleted ones
    too: a name once typed may still stand in a text) and its facilitators'."""
    names = [
        name
        for name in session.scalars(
            select(m.Participant.name).where(m.Participant.meeting_id == meeting_id)
        )
        if name
    ]
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is not None:
        names += list(meeting.facilitators or [])
    return names


def quotable(change: m.Change | None, meeting: m.Meeting | None) -> bool:
    """May this change enter a newsletter? Only with the partner's consent, and only while
    both it and its meeting are live."""
    return bool(
        change is not None
        and meeting is not None
        and change.may_be_quoted
        and not change.is_deleted
        and not meeting.is_deleted
        and change.meeting_id == meeting.id
    )


@dataclass(frozen=True)
class Place:
    """Where a change happened, as the newsletter may print it."""

    text: str
    #: the level word stands for the place (a national change)
    national: bool = False


def _place_words(parts: Sequence[str]) -> str:
    present = [" ".join(p.split()) for p in parts if p and p.strip()]
    if not present:
        return ""
    separator = "، " if paragraph_direction(present[0], "fr") == "rtl" else ", "
    return separator.join(dict.fromkeys(present))


def place_of(change: m.Change, meeting: m.Meeting, *, anonymise: bool) -> Place:
    """The place of a change: "where exactly" with the meeting's city and region, or, for an
    anonymised change, only as precise as its level (see the module notes)."""
    city = _place_words([meeting.city, meeting.region])
    location = " ".join((change.location or "").split())
    if anonymise:
        level = change.level
        if level == "national":
            return Place("", national=True)
        if level == "region":
            return Place(_place_words([meeting.region]))
        if level != "facility" or not location:
            return Place(city)
    if not location:
        return Place(city)
    folded_location = _fold(location)[0]
    missing = [
        p for p in (meeting.city, meeting.region) if p and _fold(p)[0] not in folded_location
    ]
    if not missing:
        return Place(location)
    return Place(f"{location} — {_place_words(missing)}")
