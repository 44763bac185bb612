"""An issue as it is printed: what the HTML file, the PDF and the program's preview show.

:func:`issue_content` applies the partner's consent at the moment of printing, whatever
the issue's state: an item whose change may no longer be quoted (or was deleted) is left
out and named in :attr:`IssueContent.withheld`; an item whose change is anonymised, now or
when its texts were taken, loses every name of its meeting's people and shows its place
only as precise as the change's level (:mod:`.consent`). Words come in the issue's
language; what partners and MRA typed comes as typed, each paragraph later taking its own
direction (:func:`mra_desktop.core.direction.paragraph_direction`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.direction import Direction, language_direction
from mra_desktop.core.newsletter.consent import NameMask, people_of_meeting, place_of, quotable
from mra_desktop.core.newsletter.issues import find_issue, ordered_items
from mra_desktop.core.newsletter.records import NewsletterIssue, NewsletterItem
from mra_desktop.core.newsletter.words import Words

#: the texts of a change item printed under a label, in order
LABELLED = ("before", "now", "decided", "results", "why")


@dataclass(frozen=True)
class Section:
    label: str  # "" for the lead paragraph(s)
    text: str  # one paragraph per line


@dataclass(frozen=True)
class ChangeBlock:
    item_id: str
    change_id: str
    kicker: str  # the sector, and why the change was chosen
    title: str
    meta: list[str]  # partner, place, date
    sections: list[Section]
    note: str  # says that the item was anonymised, else ""


@dataclass(frozen=True)
class Tile:
    number: str
    label: str


@dataclass(frozen=True)
class FiguresBlock:
    item_id: str
    heading: str
    tiles: list[Tile]
    kinds: str
    by_sector_heading: str
    by_sector: list[tuple[str, int]]
    partners_heading: str
    partners: str  # their names, in a list


Block = ChangeBlock | FiguresBlock


@dataclass(frozen=True)
class IssueContent:
    id: str
    language: str
    direction: Direction
    published: bool
    number: int | None
    name: str  # the newsletter's name
    publisher: str
    issue_line: str  # "Issue 3 – 14 August 2022", or "Draft – not published"
    title: str
    period: str
    editorial_heading: str
    editorial: str
    blocks: list[Block]
    about_heading: str
    about: str
    consent: str
    words: Words
    #: titles of the items left out: their change may no longer be quoted
    withheld: list[str] = field(default_factory=list)

    @property
    def change_count(self) -> int:
        return sum(1 for b in self.blocks if isinstance(b, ChangeBlock))


def _figures(item: NewsletterItem, figures: dict[str, Any], words: Words) -> FiguresBlock:
    def tile(count: int, plural: str, singular: str) -> Tile:
        return Tile(str(count), words.counted(count, plural, singular))

    partners = list(figures.get("partners", []))
    return FiguresBlock(
        item_id=item.id,
        heading=words.t("figures_heading"),
        tiles=[
            tile(int(figures.get("meetings", 0)), "figures_meetings", "figures_meeting"),
            tile(
                int(figures.get("participants", 0)),
                "figures_participants",
                "figures_participant",
            ),
            tile(len(partners), "figures_partners", "figures_partner"),
            tile(int(figures.get("changes", 0)), "figures_changes", "figures_change"),
        ],
        kinds=words.t(
            "figures_kinds",
            individual=int(figures.get("individual", 0)),
            group=int(figures.get("group", 0)),
        ),
        by_sector_heading=words.t("figures_by_sector"),
        by_sector=[(words.sector(code), int(n)) for code, n in figures.get("by_sector", [])],
        partners_heading=words.t("figures_partner_names"),
        partners=words.list_of(partners),
    )


def _change_block(
    session: Any, issue: NewsletterIssue, item: NewsletterItem, words: Words
) -> ChangeBlock | None:
    change = session.get(m.Change, item.change_id) if item.change_id else None
    meeting = session.get(m.Meeting, change.meeting_id) if change is not None else None
    if change is None or meeting is None or not quotable(change, meeting):
        return None
    assert item.change_id is not None
    texts = {name: getattr(item, name) or "" for name in ("title", "lead", *LABELLED)}
    anonymised = bool(item.source_anonymise or change.anonymise)
    place = item.place
    if anonymised:
        mask = NameMask(people_of_meeting(session, meeting.id))
        texts = {
            name: mask.apply(text, issue.language, meeting.language) for name, text in texts.items()
        }
        found = place_of(change, meeting, anonymise=True)
        place = (
            words.t("national")
            if found.national
            else mask.apply(found.text, issue.language, meeting.language)
        )
    kicker = [words.sector(item.sector)]
    if item.highlight == "msc":
        kicker.append(words.t("highlight_msc"))
    elif item.highlight == "exemplary":
        kicker.append(words.t("highlight_exemplary"))
    sections = [Section("", texts["lead"])] if texts["lead"].strip() else []
    sections += [Section(words.t(name), texts[name]) for name in LABELLED if texts[name].strip()]
    return ChangeBlock(
        item_id=item.id,
        change_id=item.change_id,
        kicker=" — ".join(k for k in kicker if k),
        title=texts["title"].strip() or change.title,
        meta=[
            part for part in (item.partner, place.strip(), words.date(item.meeting_date)) if part
        ],
        sections=sections,
        note=words.t("anonymised") if anonymised else "",
    )


def issue_content(db: Database, issue_id: str) -> IssueContent:
    """The issue ``issue_id`` (or a unique prefix of it) as it is printed now."""
    found = find_issue(db, issue_id)
    words = Words(found.language)
    blocks: list[Block] = []
    withheld: list[str] = []
    with db.session() as session:
        issue = session.get(NewsletterIssue, found.id)
        assert issue is not None
        for item in ordered_items(session, issue.id):
            if item.kind == "figures":
                blocks.append(_figures(item, issue.figures or {}, words))
                continue
            block = _change_block(session, issue, item, words)
            if block is None:
                withheld.append(item.title)
            else:
                blocks.append(block)
    published = issue.status == "published"
    if published and issue.number is not None:
        issue_line = words.t(
            "issue_line",
            issue=words.t("issue_number", number=issue.number),
            date=words.date(issue.published_at.date() if issue.published_at else None),
        )
    else:
        issue_line = words.t("draft")
    return IssueContent(
        id=issue.id,
        language=issue.language,
        direction=language_direction(issue.language),
        published=published,
        number=issue.number,
        name=words.t("newsletter_name"),
        publisher=words.t("publisher"),
        issue_line=issue_line,
        title=issue.title,
        period=words.t("period", period=words.period(issue.period_from, issue.period_to)),
        editorial_heading=words.t("editorial_heading"),
        editorial=issue.editorial,
        blocks=blocks,
        about_heading=words.t("about_heading"),
        about=words.t("about"),
        consent=words.t("consent"),
        words=words,
        withheld=withheld,
    )


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: its non-empty lines, spaces tidied."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
