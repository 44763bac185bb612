"""An issue as one e-mail-ready HTML file.

What mail programs render alike (Gmail, Outlook, Apple Mail, phones), and what it asks:

* one file, no external resource: no image, stylesheet, font or script to fetch (a mail
  program blocks them until the reader allows it); ``lang`` and ``dir`` on ``<html>`` and
  on every block that holds text;
* the layout is tables (``role="presentation"``), never flex or grid; every style is
  inline (Gmail drops ``<style>`` in some views); a column of at most 640 pixels that
  narrows with the screen (``max-width`` and ``width:100%``, with a fixed-width table for
  Outlook on Windows in a conditional comment, which other programs read as a comment);
  long words and addresses wrap rather than widen the column, so the issue reads at
  375 pixels (a phone) as at 800;
* each paragraph runs in its own direction, by the rule of the PDF and the interface
  (:func:`~mra_desktop.core.direction.paragraph_direction`): a French change in an Arabic
  issue is a left-to-right paragraph in a right-to-left page; its font list is chosen
  for its direction and covers the other script too (common system fonts first, then
  the Noto and Amiri faces the program ships);
* small: Gmail cuts a message longer than about 100 KB, so the markup stays plain.

The program shows the same HTML in its preview (a ``QTextBrowser``), which ignores what
it does not know of CSS (``max-width``, ``text-align``: each paragraph also carries the
``align`` attribute, which Outlook honours too) and reads the rest the same way, except
that Qt does not mirror a right-to-left table: the preview's HTML writes those cells in
visual order (:func:`content_html` with ``preview``).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from mra_desktop.core.database import Database
from mra_desktop.core.direction import Direction, paragraph_direction
from mra_desktop.core.files import FileWriteError, atomic_write_bytes
from mra_desktop.core.newsletter.content import (
    ChangeBlock,
    FiguresBlock,
    IssueContent,
    issue_content,
    paragraphs,
)

WIDTH = 640
INK = "#1a1a1a"
ACCENT = "#1f3b57"
MUTED = "#5a6470"
PAGE = "#eef1f5"
LINE = "#dde3ea"
TILE = "#f4f6f8"
HIGHLIGHT = "#8a4b00"
# Fonts by direction: what readers' systems have first (Windows, Android, Apple), then
# the faces the program ships; each list also covers the other script.
ARABIC_FONTS = (
    "'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,'Geeza Pro','Noto Sans Arabic',"
    "Arial,'Noto Sans Tifinagh','Noto Emoji',sans-serif"
)
LATIN_FONTS = (
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Serif','Noto Naskh Arabic','Amiri',"
    "Tahoma,'Noto Sans Tifinagh','Noto Emoji',sans-serif"
)
ARABIC_SCALE = 1.125
_WRAP = "overflow-wrap:break-word;word-wrap:break-word;word-break:break-word;"


def _fonts(direction: Direction) -> str:
    return ARABIC_FONTS if direction == "rtl" else LATIN_FONTS


class _Writer:
    def __init__(self, content: IssueContent, preview: bool) -> None:
        self.c = content
        self.preview = preview
        self.lang = content.language
        self.parts: list[str] = []

    def text(
        self,
        text: str,
        *,
        size: int = 16,
        color: str = INK,
        bold: bool = False,
        margin: str = "0 0 12px 0",
        tag: str = "p",
        line: float = 1.7,
        align: str | None = None,
        extra: str = "",
    ) -> str:
        """One paragraph, in its own direction."""
        direction = paragraph_direction(text, self.lang)
        side = align or ("right" if direction == "rtl" else "left")
        if direction == "rtl":  # Arabic letters are small for their size: one step up
            size = round(size * ARABIC_SCALE)
        # Qt reads text-align:right in a right-to-left paragraph as "the end side" (the
        # left): the preview keeps only the align attribute, which both read alike.
        # Qt also reads a unitless line-height as far more than a browser does: the
        # preview keeps its own line spacing.
        aligned = "" if self.preview else f"text-align:{side};"
        spacing = "" if self.preview else f"line-height:{line};"
        style = (
            f"margin:{margin};font-family:{_fonts(direction)};font-size:{size}px;"
            f"{spacing}color:{color};{aligned}"
            f"font-weight:{'bold' if bold else 'normal'};{_WRAP}{extra}"
        )
        return (
            f'<{tag} dir="{direction}" align="{side}" style="{style}">'
            f"{escape(text, quote=False)}</{tag}>"
        )

    def block(self, text: str, **options: object) -> str:
        """Every paragraph of a text typed in several lines."""
        return "".join(self.text(p, **options) for p in paragraphs(text))  # type: ignore[arg-type]

    def row(
        self, inner: str, *, padding: str = "0 24px", border: bool = False, ident: str = ""
    ) -> None:
        top = f"border-top:1px solid {LINE};" if border else ""
        id_attr = f' id="{ident}"' if ident else ""
        self.parts.append(
            f'<tr><td{id_attr} dir="{self.c.direction}" style="padding:{padding};{top}">'
            f"{inner}</td></tr>"
        )

    # -- parts of the issue ------------------------------------------------------------------
    def masthead(self) -> None:
        c = self.c
        inner = self.text(
            c.name, size=13, color="#ffffff", bold=True, margin="0 0 6px 0", line=1.5
        ) + self.text(c.issue_line, size=13, color="#dbe4ee", margin="0", line=1.5)
        self.parts.append(
            f'<tr><td dir="{c.direction}" bgcolor="{ACCENT}" '
            f'style="padding:20px 24px;background-color:{ACCENT};">'
            f"{inner}</td></tr>"
        )
        head = self.text(
            c.title, size=26, color=ACCENT, bold=True, margin="0 0 8px 0", tag="h1", line=1.35
        )
        head += self.text(c.period, size=14, color=MUTED, margin="0", line=1.5)
        self.row(head, padding="24px 24px 8px 24px")
        if c.editorial.strip():
            self.row(self.block(c.editorial), padding="16px 24px 8px 24px")

    def cells(self, cells: list[str]) -> str:
        """A row's cells: in logical order (a right-to-left table puts the first on the
        right), or, for the program's preview, in visual order, since Qt's rich text
        does not mirror tables."""
        if self.preview and self.c.direction == "rtl":
            cells = list(reversed(cells))
        return "<tr>" + "".join(cells) + "</tr>"

    def table(self, rows: str, *, fixed: bool = True) -> str:
        layout = "table-layout:fixed;" if fixed else ""
        return (
            f'<table role="presentation" dir="{self.c.direction}" width="100%" cellpadding="0" '
            f'cellspacing="0" border="0" style="width:100%;border-collapse:collapse;{layout}">'
            f"{rows}</table>"
        )

    def bar(self, share: int) -> str:
        """A bar ``share`` percent long from the start side: a filled cell and an empty one
        (what both mail programs and Qt draw)."""
        filled = (
            f'<td width="{share}%" height="10" bgcolor="{ACCENT}" style="width:{share}%;'
            f'height:10px;background-color:{ACCENT};font-size:6px;line-height:10px;">&nbsp;</td>'
        )
        empty = (
            f'<td width="{100 - share}%" style="width:{100 - share}%;font-size:6px;'
            'line-height:10px;">&nbsp;</td>'
        )
        return self.table(self.cells([filled, empty]), fixed=False)

    def figures(self, block: FiguresBlock, number: int) -> None:
        d = self.c.direction
        tiles = [
            f'<td width="50%" valign="top" align="center" dir="{d}" bgcolor="{TILE}" '
            f'style="width:50%;padding:12px 8px;background-color:{TILE};'
            'border:4px solid #ffffff;text-align:center;">'
            + self.text(
                tile.number, size=28, color=ACCENT, bold=True, margin="0", line=1.2, align="center"
            )
            + self.text(tile.label, size=13, color=MUTED, margin="0", line=1.4, align="center")
            + "</td>"
            for tile in block.tiles
        ]
        grid = "".join(self.cells(tiles[i : i + 2]) for i in range(0, len(tiles) - 1, 2))
        inner = self.text(
            block.heading, size=20, color=ACCENT, bold=True, margin="0 0 12px 0", tag="h2", line=1.4
        )
        inner += self.table(grid)
        inner += self.text(block.kinds, size=14, color=MUTED, margin="10px 0 16px 0", line=1.5)
        if block.by_sector:
            inner += self.text(
                block.by_sector_heading,
                size=16,
                color=ACCENT,
                bold=True,
                margin="0 0 8px 0",
                tag="h3",
                line=1.4,
            )
            most = max(n for _s, n in block.by_sector) or 1
            rows = []
            for sector, count in block.by_sector:
                rows.append(
                    self.cells(
                        [
                            '<td width="44%" valign="middle" style="width:44%;padding:4px 0;">'
                            + self.text(sector, size=14, margin="0", line=1.4)
                            + "</td>",
                            '<td width="44%" valign="middle" style="width:44%;padding:4px 6px;">'
                            + self.bar(max(4, round(100 * count / most)))
                            + "</td>",
                            '<td width="12%" valign="middle" style="width:12%;padding:4px 0;">'
                            + self.text(
                                str(count), size=14, bold=True, margin="0", line=1.4, align="center"
                            )
                            + "</td>",
                        ]
                    )
                )
            inner += self.table("".join(rows))
        if block.partners:
            inner += self.text(
                block.partners_heading,
                size=14,
                color=ACCENT,
                bold=True,
                margin="14px 0 2px 0",
                line=1.5,
            )
            inner += self.text(block.partners, size=14, color=MUTED, margin="0", line=1.6)
        self.row(inner, padding="24px", border=True, ident=f"item-{number}")

    def change(self, block: ChangeBlock, number: int) -> None:
        inner = self.text(
            block.kicker, size=13, color=HIGHLIGHT, bold=True, margin="0 0 6px 0", line=1.5
        )
        inner += self.text(
            block.title, size=21, color=ACCENT, bold=True, margin="0 0 6px 0", tag="h2", line=1.4
        )
        inner += "".join(
            self.text(part, size=13, color=MUTED, margin="0", line=1.5) for part in block.meta
        )
        inner += '<div style="height:12px;line-height:12px;font-size:12px;">&nbsp;</div>'
        for section in block.sections:
            if section.label:
                inner += self.text(
                    section.label, size=13, color=ACCENT, bold=True, margin="4px 0 2px 0", line=1.5
                )
            inner += self.block(section.text, margin="0 0 10px 0")
        if block.note:
            inner += self.text(
                block.note,
                size=12,
                color=MUTED,
                margin="4px 0 0 0",
                line=1.5,
                extra="font-style:italic;",
            )
        self.row(inner, padding="24px", border=True, ident=f"item-{number}")

    def footer(self) -> None:
        c = self.c
        inner = self.text(
            c.about_heading,
            size=14,
            color=ACCENT,
            bold=True,
            margin="0 0 6px 0",
            tag="h2",
            line=1.5,
        )
        inner += self.text(c.about, size=13, color=MUTED, margin="0 0 8px 0", line=1.6)
        inner += self.text(c.consent, size=13, color=MUTED, margin="0 0 8px 0", line=1.6)
        inner += self.text(c.publisher, size=13, color=MUTED, margin="0", line=1.6)
        self.parts.append(
            f'<tr><td dir="{c.direction}" bgcolor="{TILE}" '
            f'style="padding:20px 24px;background-color:{TILE};'
            f'border-top:1px solid {LINE};">{inner}</td></tr>'
        )

    def document(self) -> str:
        c = self.c
        self.masthead()
        for number, block in enumerate(c.blocks, start=1):
            if isinstance(block, FiguresBlock):
                self.figures(block, number)
            else:
                self.change(block, number)
        self.footer()
        body = "".join(self.parts)
        d = c.direction
        title = f"{c.name} – {c.title}"
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{c.language}" dir="{d}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="x-apple-disable-message-reformatting">\n'
            '<meta name="color-scheme" content="light">\n'
            f"<title>{escape(title, quote=False)}</title>\n</head>\n"
            f'<body dir="{d}" style="margin:0;padding:0;width:100%;background-color:{PAGE};">\n'
            f'<table role="presentation" dir="{d}" width="100%" cellpadding="0" cellspacing="0" '
            f'border="0" style="width:100%;border-collapse:collapse;background-color:{PAGE};">'
            '<tr><td align="center" style="padding:16px 8px;">\n'
            f'<!--[if mso]><table role="presentation" width="{WIDTH}" cellpadding="0" '
            f'cellspacing="0" border="0"><tr><td><![endif]-->\n'
            f'<table role="presentation" dir="{d}" width="100%" cellpadding="0" cellspacing="0" '
            f'border="0" style="width:100%;max-width:{WIDTH}px;border-collapse:collapse;'
            f'table-layout:fixed;background-color:#ffffff;margin:0 auto;">\n'
            f"{body}\n</table>\n"
            "<!--[if mso]></td></tr></table><![endif]-->\n"
            "</td></tr></table>\n</body>\n</html>\n"
        )


def content_html(content: IssueContent, *, preview: bool = False) -> str:
    """The issue's HTML; ``preview`` writes the cells of a right-to-left table in visual
    order for the program's preview (Qt's rich text does not mirror tables; a browser
    does, so the e-mail file keeps them in logical order)."""
    return _Writer(content, preview).document()


def issue_html(db: Database, issue_id: str) -> str:
    """The issue ``issue_id`` as one HTML document (see the module notes)."""
    return content_html(issue_content(db, issue_id))


def export_issue_html(db: Database, issue_id: str, path: Path | str) -> IssueContent:
    """Write the issue as an HTML file (UTF-8), atomically; returns what was written."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise FileWriteError(f"Cannot write {target}: the folder does not exist.")
    content = issue_content(db, issue_id)
    atomic_write_bytes(target, content_html(content).encode("utf-8"))
    return content
