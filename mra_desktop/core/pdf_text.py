"""Text in the PDF report: fonts and their fallback, shaping, line layout and drawing.

reportlab draws a string one character per glyph, through the font's character map. That
cannot draw Arabic as a font designs it (contextual forms that have no code point, marks
placed by the font's mark-to-base and mark-to-mark anchors), so text is drawn here glyph
by glyph:

1. :func:`drawable` makes every character drawable before layout: each one is drawn by
   the first font of a fallback chain that has it (Amiri for Arabic and Latin, Noto Serif
   for the rest of Latin — Tamazight and IPA letters, ẞ, ș —, Noto Sans Tifinagh, Noto
   Emoji in monochrome); the few that no font has become a visible ``[U+XXXX]`` and are
   reported to the caller, never a silent blank or "?".
2. :func:`layout_text` resolves the bidi levels of each paragraph (:mod:`.bidi`), cuts it
   into runs of one level and one font, shapes each run with HarfBuzz (joining, ligatures,
   kerning, mirroring on right-to-left levels, mark positioning), breaks lines in logical
   order on the shaped widths, and puts each line's runs in visual order (:mod:`.bidi`).
3. :func:`draw_line` writes the glyphs with their HarfBuzz positions. Each glyph is given a
   code of its own font subset whose ToUnicode entry is the text it stands for (a
   contextual form of ل reads back as ل, a ligature as its letters), so that a viewer can
   search and copy Arabic words as typed: poppler (pdftotext, Evince, Okular) and PDFium
   (Chromium's viewer) read the glyphs of a right-to-left line right to left.

Lines carry no ``/ActualText``: both poppler and PDFium place an ActualText span's logical
text left to right and then reverse right-to-left text once more, so an Arabic line with
ActualText reads backwards in both (every word reversed, no search hit).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from mra_desktop.core import bidi
from mra_desktop.core.errors import MraError
from mra_desktop.core.resources import resource_path

__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "GlyphLine",
    "draw_line",
    "drawable",
    "layout_text",
    "register_fonts",
    "text_width",
]

FONT_REGULAR = "MRA-Amiri"
FONT_BOLD = "MRA-Amiri-Bold"
_FILES = {
    "MRA-Amiri": "Amiri-Regular.ttf",
    "MRA-Amiri-Bold": "Amiri-Bold.ttf",
    "MRA-NotoSerif": "NotoSerif-Regular.ttf",
    "MRA-NotoSerif-Bold": "NotoSerif-Bold.ttf",
    "MRA-NotoSansTifinagh": "NotoSansTifinagh-Regular.ttf",
    "MRA-NotoEmoji": "NotoEmoji-Regular.ttf",
}
#: the fonts tried in turn for each style; bold text takes a character missing from the
#: bold faces from their regular ones rather than from another family
CHAINS: dict[str, tuple[str, ...]] = {
    FONT_REGULAR: ("MRA-Amiri", "MRA-NotoSerif", "MRA-NotoSansTifinagh", "MRA-NotoEmoji"),
    FONT_BOLD: (
        "MRA-Amiri-Bold",
        "MRA-Amiri",
        "MRA-NotoSerif-Bold",
        "MRA-NotoSerif",
        "MRA-NotoSansTifinagh",
        "MRA-NotoEmoji",
    ),
}

# Characters no shipped font has, written with characters they have (the same meaning).
_SUBSTITUTES = {
    "\u2192": "->",
    "\u2190": "<-",
    "\u21d2": "=>",
    "\u2794": "->",
    "\u2212": "-",
    "\u2713": "\u2714",  # check mark: the heavy one is in Noto Emoji
    "\u2717": "\u2716",
    "\u2718": "\u2716",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2260": "!=",
    "\u00ad": "",
    "\ufeff": "",
}
# Characters that extend the cluster before them (marks, joiners, variation selectors,
# skin tones, tags): they are drawn by the font that draws their base.
_EXTENDING_CATEGORIES = frozenset({"Mn", "Me", "Mc"})
_ZWJ = "\u200d"


def _extends(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.category(char) in _EXTENDING_CATEGORIES
        or char == _ZWJ
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
    )


def _selector(char: str) -> bool:
    code = ord(char)
    return char == _ZWJ or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _ignorable(char: str) -> bool:
    """Draws nothing: format characters (joiners, marks of direction, isolates)."""
    return unicodedata.category(char) == "Cf" or bidi.bidi_class(char) == "BN"


# -- fonts -----------------------------------------------------------------------------------


class GlyphFont(TTFont):  # type: ignore[misc]
    """A TrueType font drawn by glyph, with a ToUnicode entry for each glyph drawn.

    reportlab subsets a font by character. A glyph that no character maps to (a
    contextual form, a ligature) or one that stands for other text than its character
    gets a private code here (plane 15), mapped to its glyph in the subset and to the text
    it stands for in the ToUnicode map.
    """

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, asciiReadable=False)
        self._codes: dict[tuple[int, str, float], int] = {}
        self._texts: dict[int, str] = {}
        self._next_private = 0xF0000
        self._code_lock = threading.Lock()

    def code(self, gid: int, text: str, width: float) -> int:
        """The code that draws glyph ``gid``, reads back as ``text`` and advances by
        ``width`` (thousandths of an em) in the text layer."""
        width = round(width, 2)
        key = (gid, text, width)
        found = self._codes.get(key)
        if found is not None:
            return found
        with self._code_lock:
            found = self._codes.get(key)
            if found is not None:
                return found
            char_to_glyph = self.face.charToGlyph
            natural = len(text) == 1 and ord(text) != 0xA0 and char_to_glyph.get(ord(text)) == gid
            if natural and abs(self.face.getCharWidth(ord(text)) - width) < 0.01:
                code = ord(text)
            else:
                code = self._next_private
                self._next_private += 1
                char_to_glyph[code] = gid
                self.face.charWidths[code] = width
                self._texts[code] = text
            self._codes[key] = code
            return code

    def to_unicode(self, code: int) -> str:
        return self._texts.get(code, chr(code))

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        """reportlab's ``TTFont.addObjects`` with the ToUnicode map of :meth:`code`."""
        state = self._assignState(doc)
        state.frozen = 1
        for number, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(number, doc)[1:]
            base = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            base_name = base.decode("pdfdoc")
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name = internal
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(code) for code in subset])
            stream = pdfdoc.PDFStream()
            stream.content = _to_unicode_cmap(base_name, [self.to_unicode(c) for c in subset])
            if doc.compression:
                stream.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(stream, "toUnicodeCMap:" + base_name)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


def _to_unicode_cmap(name: str, texts: Sequence[str]) -> str:
    entries = [
        f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>"
        for index, text in enumerate(texts)
    ]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{max(len(texts) - 1, 0):02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(frozen=True, eq=False)
class Face:
    """One font file, for drawing (reportlab) and for shaping (HarfBuzz)."""

    name: str
    font: GlyphFont
    shaper: Any  # uharfbuzz.Font
    cmap: dict[int, int]  # code point -> glyph
    units: int  # units per em

    def own_char(self, gid: int) -> str | None:
        """The character a glyph is a form of, from its name ("uni0644.medi" is a form of
        U+0644), when the font names its glyphs that way."""
        name = self.shaper.glyph_to_string(gid)
        if name.startswith("uni") and len(name) >= 7:
            digits = name[3:7]
        elif name.startswith("u") and len(name) >= 6 and name[1:6].isalnum():
            digits = name[1:6]
        else:
            return None
        try:
            return chr(int(digits, 16))
        except ValueError:
            return None

    def width(self, gid: int) -> float:
        """The glyph's own advance, in thousandths of an em."""
        return float(self.shaper.get_glyph_h_advance(gid)) * 1000.0 / self.units


_lock = threading.Lock()
_faces: dict[str, Face] = {}


def register_fonts() -> None:
    """Load the report's fonts once (safe from any thread)."""
    if len(_faces) == len(_FILES):
        return
    with _lock:
        for name, filename in _FILES.items():
            if name in _faces:
                continue
            path = resource_path("fonts", filename)
            try:
                font = GlyphFont(name, str(path))
                blob = hb.Blob.from_file_path(str(path))
                face = hb.Face(blob)
                shaper = hb.Font(face)
            except Exception as exc:  # reportlab and HarfBuzz raise their own kinds
                raise MraError(
                    f"The report font {filename} is missing or damaged; reinstall mra-desktop."
                ) from exc
            pdfmetrics.registerFont(font)
            _faces[name] = Face(name, font, shaper, dict(font.face.charToGlyph), face.upem)


def face(name: str) -> Face:
    register_fonts()
    return _faces[name]


def _chain(style_font: str) -> list[Face]:
    register_fonts()
    return [_faces[name] for name in CHAINS.get(style_font, (style_font,))]


def font_of(char: str, style_font: str = FONT_REGULAR) -> str | None:
    """The name of the font that draws ``char`` in ``style_font``, or None."""
    for candidate in _chain(style_font):
        if ord(char) in candidate.cmap:
            return candidate.name
    return None


# -- what can be drawn -------------------------------------------------------------------------


def drawable(text: str, missing: set[str] | None = None) -> str:
    """``text`` in NFC with every character some font can draw; the others are
    substituted (an arrow by "->") or written as a visible ``[U+XXXX]`` and added to
    ``missing``. Format characters (joiners, marks of direction) are kept: they draw
    nothing and matter to shaping and bidi; control characters are dropped."""
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    covered = _faces[FONT_REGULAR].cmap
    if all(ord(char) in covered for char in text):
        return text
    chain = _chain(FONT_REGULAR) + _chain(FONT_BOLD)
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code in covered or char in "\n\r" or _ignorable(char) or _extends(char):
            out.append(char)
        elif char == "\t":
            out.append(" ")
        elif unicodedata.category(char) == "Cc":
            continue
        elif any(code in candidate.cmap for candidate in chain):
            out.append(char)
        elif char in _SUBSTITUTES:
            out.append(_SUBSTITUTES[char])
        else:
            folded = unicodedata.normalize("NFKC", char)
            if folded != char and all(ord(c) in covered for c in folded):
                out.append(folded)
                continue
            out.append(f"[U+{code:04X}]")
            if missing is not None:
                missing.add(char)
    return "".join(out)


# -- shaping and layout ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Glyph:
    face: Face
    gid: int
    advance: float  # font units
    dx: float  # font units
    dy: float
    text: str  # the characters it stands for, as drawn (mirrored on right-to-left levels)


@dataclass(frozen=True)
class GlyphLine:
    """One line ready to draw: its glyphs left to right, its width in points, the
    direction of its paragraph and its text in logical order."""

    glyphs: tuple[Glyph, ...]
    width: float
    rtl: bool
    paragraph_end: bool
    text: str
    size: float


def _cluster_faces(text: str, chain: list[Face]) -> list[Face]:
    """The face of each character: the first face of the chain that has every character
    of its cluster (a letter and its marks, an emoji sequence), else the first that has
    the character itself."""
    faces: list[Face] = []
    n = len(text)
    start = 0
    first = chain[0]
    while start < n:
        end = start + 1
        while end < n and (_extends(text[end]) or text[end - 1] == _ZWJ):
            end += 1
        cluster = [ord(c) for c in text[start:end] if not _ignorable(c)]
        chosen = None
        for candidate in chain:
            if all(code in candidate.cmap for code in cluster):
                chosen = candidate
                break
        if chosen is not None:
            faces.extend([chosen] * (end - start))
        else:
            for char in text[start:end]:
                own = next((c for c in chain if ord(char) in c.cmap), None)
                faces.append(own or (faces[-1] if faces else first))
        start = end
    return faces


def _glyph_texts(face: Face, gids: list[int], advances: list[int], chars: str) -> list[str]:
    """What each glyph of one cluster stands for: a glyph that is a character's own (by
    the character map) stands for it; the other characters go to the glyphs left, marks
    to glyphs without advance and letters to the others; what is left goes to the first."""
    if len(gids) == 1:
        return [chars]
    texts = [""] * len(gids)
    remaining = list(chars)
    for k, gid in enumerate(gids):
        own = face.own_char(gid)
        for j, char in enumerate(remaining):
            if _selector(char):  # a variation selector or a joiner belongs to its base
                continue
            if face.cmap.get(ord(char)) == gid or char == own:
                texts[k] = char
                del remaining[j]
                break
    for char in [c for c in remaining if not _selector(c)]:
        mark = unicodedata.category(char) in _EXTENDING_CATEGORIES
        for k in range(len(gids)):
            if not texts[k] and (advances[k] == 0) == mark and face.own_char(gids[k]) is None:
                texts[k] = char
                remaining.remove(char)
                break
    if remaining:
        target = next((k for k in range(len(gids)) if advances[k]), 0)
        texts[target] += "".join(remaining)
    return texts


@dataclass
class _Item:
    start: int
    end: int
    level: int
    glyphs: list[tuple[int, Glyph]]  # (cluster, glyph) in visual order


@dataclass
class ShapedParagraph:
    paragraph: bidi.Paragraph
    items: list[_Item]
    widths: list[float]  # font units scaled to one point, per character


def shape_paragraph(text: str, style_font: str, default: int) -> ShapedParagraph:
    """One paragraph (no line breaks inside, already :func:`drawable`) shaped run by run.

    Widths are in points for a font size of 1."""
    paragraph = bidi.prepare_paragraph(text, default)
    text = paragraph.text
    n = len(text)
    widths = [0.0] * n
    items: list[_Item] = []
    if not n:
        return ShapedParagraph(paragraph, items, widths)
    faces = _cluster_faces(text, _chain(style_font))
    levels = paragraph.levels
    codepoints = [ord(c) for c in text]
    start = 0
    while start < n:
        end = start + 1
        while end < n and faces[end] is faces[start] and levels[end] == levels[start]:
            end += 1
        items.append(_shape_item(text, codepoints, start, end, levels[start], faces[start], widths))
        start = end
    return ShapedParagraph(paragraph, items, widths)


def _shape_item(
    text: str,
    codepoints: list[int],
    start: int,
    end: int,
    level: int,
    font: Face,
    widths: list[float],
) -> _Item:
    buffer = hb.Buffer()
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_codepoints(codepoints, start, end - start)
    buffer.guess_segment_properties()
    rtl = bool(level & 1)
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(font.shaper, buffer, {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    # clusters in logical order and the characters each covers
    starts = sorted({info.cluster for info in infos})
    ends = {s: (starts[i + 1] if i + 1 < len(starts) else end) for i, s in enumerate(starts)}
    by_cluster: dict[int, list[int]] = {}
    for index, info in enumerate(infos):
        by_cluster.setdefault(info.cluster, []).append(index)
    texts: dict[int, str] = {}
    scale = 1.0 / font.units
    for cluster, indices in by_cluster.items():
        chars = text[cluster : ends[cluster]]
        if rtl and len(chars) == 1:
            chars = bidi.mirror(chars)
        gids = [infos[i].codepoint for i in indices]
        advances = [positions[i].x_advance for i in indices]
        for i, piece in zip(indices, _glyph_texts(font, gids, advances, chars), strict=True):
            texts[i] = piece
        widths[cluster] += sum(advances) * scale
    glyphs: list[tuple[int, Glyph]] = []
    for index, (info, position) in enumerate(zip(infos, positions, strict=True)):
        piece = texts[index]
        if position.x_advance == 0 and all(_ignorable(c) or _selector(c) for c in piece):
            continue  # a joiner, a selector or a mark of direction: nothing to draw
        glyphs.append(
            (
                info.cluster,
                Glyph(
                    font,
                    info.codepoint,
                    position.x_advance,
                    position.x_offset,
                    position.y_offset,
                    piece,
                ),
            )
        )
    return _Item(start, end, level, glyphs)


def _line(shaped: ShapedParagraph, start: int, end: int, size: float, last: bool) -> GlyphLine:
    pieces: list[tuple[int, list[Glyph]]] = []
    for item in shaped.items:
        if item.end <= start or item.start >= end:
            continue
        if start <= item.start and item.end <= end:
            glyphs = [glyph for _cluster, glyph in item.glyphs]
        else:
            glyphs = [glyph for cluster, glyph in item.glyphs if start <= cluster < end]
        pieces.append((item.level, glyphs))
    ordered: list[Glyph] = []
    for index in bidi.reorder_runs([level for level, _glyphs in pieces]):
        ordered.extend(pieces[index][1])
    width = sum(shaped.widths[start:end]) * size
    paragraph = shaped.paragraph
    return GlyphLine(tuple(ordered), width, paragraph.rtl, last, paragraph.text[start:end], size)


def layout_text(
    text: str, style_font: str, size: float, max_width: float, default: int = 0
) -> list[GlyphLine]:
    """Every line of ``text`` (already :func:`drawable`), paragraph after paragraph."""
    lines: list[GlyphLine] = []
    for raw in bidi.split_paragraphs(text):
        shaped = shape_paragraph(raw, style_font, default)
        widths = [w * size for w in shaped.widths]
        breaks = bidi.break_lines(shaped.paragraph, widths, max_width)
        if not breaks:
            lines.append(GlyphLine((), 0.0, shaped.paragraph.rtl, True, "", size))
            continue
        for number, (start, end, _width) in enumerate(breaks):
            lines.append(_line(shaped, start, end, size, number == len(breaks) - 1))
    return lines


def text_width(text: str, style_font: str, size: float) -> float:
    """The width of ``text`` drawn on one line."""
    return sum(
        sum(shape_paragraph(part, style_font, 0).widths) * size
        for part in bidi.split_paragraphs(text)
    )


# -- drawing ---------------------------------------------------------------------------------


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def draw_line(canvas: Any, line: GlyphLine, x: float, y: float) -> None:
    """Draw ``line`` with its left end at ``x`` and its baseline at ``y``.

    Glyphs sit where HarfBuzz put them, and a glyph's PDF code reads back as the text it
    stands for (see the module notes on why lines carry no ``/ActualText``)."""
    if not line.glyphs:
        return
    doc = canvas._doc
    size = line.size
    out = ["BT"]
    current_font = ""
    pdf_x = 0.0
    pdf_y: float | None = None
    array: list[str] = []

    def flush() -> None:
        if array:
            out.append("[" + " ".join(array) + "] TJ")
            array.clear()

    # A glyph that stands for no text (a kashida the font inserts between two letters)
    # is drawn as a shape, outside the text layer; the glyph before it takes its room in
    # the text layer, so that a viewer sees no gap, hence no space, inside the word.
    glyphs = line.glyphs
    widths = [g.face.width(g.gid) if g.text else 0.0 for g in glyphs]
    for index, glyph in enumerate(glyphs):
        if not glyph.text and glyph.advance and index > 0:
            widths[index - 1] += glyph.advance * 1000.0 / glyph.face.units
    outlines: list[tuple[Glyph, float, float]] = []
    pen = x
    for glyph, width in zip(glyphs, widths, strict=True):
        font = glyph.face
        scale = size / font.units
        if not glyph.text:  # drawn as a shape, outside the text layer
            outlines.append((glyph, pen + glyph.dx * scale, y + glyph.dy * scale))
            pen += glyph.advance * scale
            continue
        code = font.font.code(glyph.gid, glyph.text, width)
        state = font.font._assignState(doc)
        assigned = state.assignments.get(code)
        if assigned is None:
            font.font.splitString(chr(code), doc)
            assigned = state.assignments[code]
        subset_name = font.font.getSubsetInternalName(assigned >> 8, doc)
        gx = pen + glyph.dx * scale
        gy = y + glyph.dy * scale
        if subset_name != current_font or gy != pdf_y:
            flush()
            if subset_name != current_font:
                out.append(f"{subset_name} {_number(size)} Tf")
                current_font = subset_name
            out.append(f"1 0 0 1 {_number(gx)} {_number(gy)} Tm")
            pdf_x, pdf_y = gx, gy
        adjust = (pdf_x - gx) * 1000.0 / size
        if abs(adjust) > 0.01:
            array.append(_number(adjust))
        array.append(f"<{assigned & 0xFF:02X}>")
        pdf_x = gx + width * size / 1000.0
        pen += glyph.advance * scale
    flush()
    out.append("ET")
    canvas._code.append(" ".join(out))
    for glyph, gx, gy in outlines:
        _draw_outline(canvas, glyph, gx, gy, size)


class _OutlinePen:
    """Turns HarfBuzz's drawing calls for one glyph into a reportlab path."""

    def __init__(self, path: Any) -> None:
        self.path = path
        self.last = (0.0, 0.0)

    def moveTo(self, point: tuple[float, float]) -> None:  # noqa: N802
        self.path.moveTo(*point)
        self.last = point

    def lineTo(self, point: tuple[float, float]) -> None:  # noqa: N802
        self.path.lineTo(*point)
        self.last = point

    def curveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        (x1, y1), (x2, y2), (x3, y3) = points
        self.path.curveTo(x1, y1, x2, y2, x3, y3)
        self.last = points[-1]

    def qCurveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        (qx, qy), (x, y) = points
        x0, y0 = self.last
        self.path.curveTo(
            x0 + 2 / 3 * (qx - x0),
            y0 + 2 / 3 * (qy - y0),
            x + 2 / 3 * (qx - x),
            y + 2 / 3 * (qy - y),
            x,
            y,
        )
        self.last = (x, y)

    def closePath(self) -> None:  # noqa: N802
        self.path.close()


def _draw_outline(canvas: Any, glyph: Glyph, x: float, y: float, size: float) -> None:
    path = canvas.beginPath()
    glyph.face.shaper.draw_glyph_with_pen(glyph.gid, _OutlinePen(path))
    canvas.saveState()
    canvas.translate(x, y)
    scale = size / glyph.face.units
    canvas.scale(scale, scale)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
