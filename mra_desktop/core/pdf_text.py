"""Text in the PDF report: fonts and their fallback, shaping, line layout and drawing.

reportlab draws a string one character per glyph, through the font's character map. That
cannot draw Arabic as a font designs it (contextual forms that have no code point, marks
placed by the font's mark-to-base and mark-to-mark anchors), so text is drawn here glyph
by glyph, shaped by HarfBuzz (uharfbuzz) from the letters as typed.

Why not arabic-reshaper: it replaces letters with the Unicode presentation forms
(U+FB50-U+FEFF), and shaping those gives no mark positioning in Amiri — HarfBuzz puts
every haraka at x offset 0 after arabic-reshaper, so a shadda and its fatha overlap and
a sukun drifts onto the next letter — while shaping the base letters gives the font's own
offsets (measured on a fully vocalised sentence). Amiri's contextual forms, ligatures and
kerning come with it.

1. :func:`drawable` makes every character drawable before layout: each one is drawn by
   the first font of a fallback chain that has it (Amiri for Arabic and Latin, Noto Serif
   for the rest of Latin — Tamazight and IPA letters, ẞ, ș —, Noto Sans Tifinagh, Noto
   Emoji in monochrome); the few that no font has become a visible ``[U+XXXX]`` and are
   reported to the caller, never a silent blank or "?".
2. :func:`shape_paragraph` resolves the bidi levels of a paragraph (:mod:`.bidi`), cuts
   it into runs of one level and one font, and shapes each run with HarfBuzz (joining,
   ligatures, kerning, mirroring on right-to-left levels, mark positioning). A shaped
   run keeps what drawing needs as flat tuples (glyph codes, positions, the numbers of
   the ``TJ`` arrays), worked out once. Shaped paragraphs are kept (a small LRU cache):
   labels, headings and page headers recur. Runs are shaped whole, not word by word:
   Amiri kerns across a space (a word ending in ة before an initial ك).
3. :func:`layout_text` breaks lines in logical order on the shaped widths and puts each
   line's runs in visual order (:mod:`.bidi`).
4. :func:`draw_line` writes a line as one text object, a ``TJ`` array per stretch of
   glyphs. Each glyph is given a code of its own font subset whose ToUnicode entry is
   the text it stands for (a contextual form of ل reads back as ل, a ligature as its
   letters), so that a viewer can search and copy Arabic words as typed: poppler
   (pdftotext, Evince, Okular) and PDFium (Chromium's viewer) read the glyphs of a
   right-to-left line right to left. Three things keep their word-building whole: a
   haraka is drawn as a shape and read back with its letter (as text of its own, placed
   over its letter, it split the word: "ي ُصدر"); the characters of one glyph on a
   right-to-left line are stored reversed, since both readers reverse them; and a gap the
   font leaves inside a word (Amiri's ر after ي) is taken into the width of the glyph
   before it (poppler read it as a space: "أبر يل").

Lines carry no ``/ActualText``: both poppler and PDFium place an ActualText span's logical
text left to right and then reverse right-to-left text once more, so an Arabic line with
ActualText reads backwards in both (every word reversed, no search hit).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import neg
from typing import Any, cast, overload

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
    "shape_paragraph",
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


#: the format characters that text holds in practice (marks of direction, embeddings,
#: isolates, joiners, the byte order mark): a line holding one is filtered for them
_FORMAT_CHARACTERS = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _draws_nothing(char: str) -> bool:
    return _ignorable(char) or _selector(char)


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
    chars: frozenset[str]  # the characters it has
    #: (glyph, text) -> the font's code for the glyph at its own advance (GlyphFont.code)
    natural_codes: dict[tuple[int, str], int] = field(default_factory=dict)

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


def _load(name: str) -> Face:
    """One report font, loaded and registered with reportlab the first time it is asked
    for (safe from any thread). The fallback faces are read only by a text that needs
    them: most reports are drawn in Amiri alone."""
    found = _faces.get(name)
    if found is not None:
        return found
    with _lock:
        if name in _faces:
            return _faces[name]
        filename = _FILES[name]
        path = resource_path("fonts", filename)
        try:
            font = GlyphFont(name, str(path))
            blob = hb.Blob.from_file_path(str(path))
            hb_face = hb.Face(blob)
            shaper = hb.Font(hb_face)
        except Exception as exc:  # reportlab and HarfBuzz raise their own kinds
            raise MraError(
                f"The report font {filename} is missing or damaged; reinstall mra-desktop.",
                "report_font_missing",
            ) from exc
        pdfmetrics.registerFont(font)
        cmap = dict(font.face.charToGlyph)
        loaded = Face(name, font, shaper, cmap, hb_face.upem, frozenset(map(chr, cmap)))
        _faces[name] = loaded
        return loaded


def register_fonts() -> None:
    """Load the report's two style fonts (the fallbacks load when a text needs them)."""
    _load(FONT_REGULAR)
    _load(FONT_BOLD)


def face(name: str) -> Face:
    return _load(name)


class _Chain(Sequence[Face]):
    """The faces tried in turn, each loaded when it is first tried."""

    def __init__(self, names: Sequence[str]) -> None:
        self._names = tuple(names)

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, index: int) -> Face: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Face]: ...
    def __getitem__(self, index: int | slice) -> Face | Sequence[Face]:
        if isinstance(index, slice):
            return _Chain(self._names[index])
        return _load(self._names[index])


def _chain(*style_fonts: str) -> Sequence[Face]:
    return _Chain([name for style in style_fonts for name in CHAINS.get(style, (style,))])


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
    text = unicodedata.normalize("NFC", text)
    regular = _load(FONT_REGULAR)
    if regular.chars.issuperset(text):
        return text
    covered = regular.cmap
    chain = _chain(FONT_REGULAR, FONT_BOLD)
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


@dataclass(frozen=True, slots=True, eq=False)
class Run:
    """Characters ``start:end`` of a paragraph, in one font and on one bidi level, shaped
    by HarfBuzz, with what drawing needs. Its glyphs are parallel tuples in drawing order
    (left to right); positions are in font units from the run's left end."""

    face: Face
    start: int
    end: int
    level: int
    clusters: tuple[int, ...]  # the paragraph index of the first character of its cluster
    gids: tuple[int, ...]
    codes: tuple[int, ...]  # the font's code (see GlyphFont.code); -1: drawn as an outline
    pens: tuple[int, ...]  # the pen before each glyph, and after the last one
    x: tuple[int, ...]  # where each glyph is drawn: its pen and HarfBuzz's offset
    y: tuple[int, ...]  # HarfBuzz's vertical offset
    #: the number a TJ array holds before each glyph, after the glyph before it in the
    #: same array ("" for none): the distance from where the text layer's own advance
    #: leaves the pen to where HarfBuzz puts the glyph, in thousandths of an em
    adjust: tuple[str, ...]

    def glyphs_of(self, start: int, end: int) -> tuple[int, int]:
        """The glyphs (``lo:hi``) that draw characters ``start:end`` of the paragraph."""
        if start <= self.start and self.end <= end:
            return 0, len(self.gids)
        if self.level & 1:  # clusters run down, right to left
            return (
                bisect_left(self.clusters, -end + 1, key=neg),
                bisect_left(self.clusters, -start + 1, key=neg),
            )
        return bisect_left(self.clusters, start), bisect_left(self.clusters, end)


@dataclass(frozen=True, slots=True)
class ShapedParagraph:
    paragraph: bidi.Paragraph
    runs: tuple[Run, ...]  # logical order
    widths: tuple[float, ...]  # the shaped advance of each character, in points at size 1


@dataclass(frozen=True, slots=True)
class GlyphLine:
    """One line ready to draw: slices ``(run, lo, hi)`` of its runs' glyphs in drawing
    order, its width in points, the direction of its paragraph and its text in logical
    order."""

    pieces: tuple[tuple[Run, int, int], ...]
    width: float
    rtl: bool
    paragraph_end: bool
    text: str
    size: float


def _cluster_faces(text: str, chain: Sequence[Face]) -> list[Face]:
    """The face of each character: the first face of the chain that has every character
    of its cluster (a letter and its marks, an emoji sequence), else the first that has
    the character itself."""
    first = chain[0]
    if first.chars.issuperset(text):
        return [first] * len(text)
    faces: list[Face] = []
    n = len(text)
    start = 0
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


def _glyph_texts(face: Face, gids: Sequence[int], advances: Sequence[int], chars: str) -> list[str]:
    """What each glyph of one cluster stands for: a glyph that is a character's own (by
    the character map) stands for it; the other characters go to the glyphs left, marks
    to glyphs without advance and letters to the others; what is left goes to the first."""
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


def _cluster_texts(
    text: str,
    end: int,
    rtl: bool,
    font: Face,
    clusters: list[int],
    gids: list[int],
    advances: list[int],
    widths: list[float],
) -> list[str]:
    """What each glyph of a run stands for, cluster by cluster (a cluster's glyphs are
    adjacent); the advance of each cluster (in ems) is added to ``widths``."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], end], strict=True))
    texts: list[str] = []
    units = float(font.units)
    count = len(gids)
    k = 0
    while k < count:
        cluster = clusters[k]
        j = k + 1
        while j < count and clusters[j] == cluster:
            j += 1
        chars = text[cluster : ends[cluster]]
        if rtl and len(chars) == 1:
            chars = bidi.mirror(chars)
        if j == k + 1:
            texts.append(chars)
        else:
            texts.extend(_glyph_texts(font, gids[k:j], advances[k:j], chars))
        widths[cluster] += sum(advances[k:j]) / units
        k = j
    return texts


def _new_codes(
    font: Face,
    gids: list[int],
    texts: list[str],
    advances: list[int],
    known: list[int | None],
) -> list[int]:
    """The font's code of each glyph (:meth:`GlyphFont.code`), where ``known`` has
    none. A glyph that stands for no text (a kashida the font inserts between two
    letters) is drawn as a shape, outside the text layer (code -1); the glyph before it
    takes its room in the text layer, so that a viewer sees no gap, hence no space,
    inside the word."""
    codes = [-1 if code is None else code for code in known]
    for index, (gid, piece) in enumerate(zip(gids, texts, strict=True)):
        if not piece:
            codes[index] = -1
            before = index - 1
            if before >= 0 and texts[before] and advances[index]:
                width = font.width(gids[before]) + advances[index] * 1000.0 / font.units
                codes[before] = font.font.code(gids[before], texts[before], width)
        elif known[index] is None:
            code = font.font.code(gid, piece, font.width(gid))
            font.natural_codes[(gid, piece)] = code
            codes[index] = code
    return codes


def _is_mark(piece: str) -> bool:
    return bool(piece) and all(unicodedata.category(c) in _EXTENDING_CATEGORIES for c in piece)


def _marks_to_letters(texts: list[str], advances: list[int], clusters: list[int]) -> bool:
    """A mark (a haraka, a shadda) leaves the text layer: the letter it sits on reads back
    as the letter and its marks, and the mark is drawn as a shape (its text becomes "").
    As text of their own, marks placed over their letter make poppler and PDFium break
    the word around them ("ي ُصدر" for "يُصدر"). Returns whether a mark moved."""
    marks = [i for i, piece in enumerate(texts) if not advances[i] and _is_mark(piece)]
    if not marks:
        return False
    rtl = clusters[0] > clusters[-1]
    step = 1 if rtl else -1  # towards the glyphs that come before in reading order
    for index in sorted(marks, key=clusters.__getitem__):
        base = index + step
        while 0 <= base < len(texts) and not advances[base]:
            base += step
        if 0 <= base < len(texts) and texts[base] and not _is_mark(texts[base]):
            texts[base] += texts[index]
            texts[index] = ""
    return True


def _shape_run(
    text: str,
    codepoints: list[int],
    start: int,
    end: int,
    level: int,
    font: Face,
    widths: list[float],
) -> Run:
    """Characters ``start:end`` of ``text`` shaped (the rest of the paragraph is the
    context HarfBuzz looks at for joining); the advance of each character (in ems, a
    cluster's on its first character) is added to ``widths``."""
    buffer = hb.Buffer()
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_codepoints(codepoints, start, end - start)
    buffer.guess_segment_properties()
    rtl = bool(level & 1)
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(font.shaper, buffer, {})
    infos = buffer.glyph_infos
    positions = buffer.glyph_positions
    clusters = [info.cluster for info in infos]
    gids = [info.codepoint for info in infos]
    advances = [position.x_advance for position in positions]
    count = len(gids)
    # What each glyph stands for; a bracket on a right-to-left level is drawn mirrored
    # and reads back as its mirror.
    units = float(font.units)
    if count == end - start and clusters == list(
        range(end - 1, start - 1, -1) if rtl else range(start, end)
    ):  # one glyph for each character, the most common case
        chars = text[start:end]
        texts = list(bidi.mirror_text(chars[::-1]) if rtl else chars)
        logical = advances[::-1] if rtl else advances
        widths[start:end] = [advance / units for advance in logical]
        simple = True
    else:
        texts = _cluster_texts(text, end, rtl, font, clusters, gids, advances, widths)
        simple = False
    # a joiner, a selector, a mark of direction or an isolate draws nothing: its glyph
    # leaves the line (and the text read back from it)
    if not all(texts) or _FORMAT_CHARACTERS.search(text, start, end):
        kept = [i for i in range(count) if advances[i] or not all(map(_draws_nothing, texts[i]))]
        clusters = [clusters[i] for i in kept]
        gids = [gids[i] for i in kept]
        advances = [advances[i] for i in kept]
        positions = [positions[i] for i in kept]
        texts = [texts[i] for i in kept]
    merged = _marks_to_letters(texts, advances, clusters)
    if rtl and (merged or not simple):
        # poppler and PDFium read the characters of one glyph on a right-to-left line
        # backwards (a letter and its marks, an emoji sequence): they are stored reversed
        texts = [piece[::-1] if len(piece) > 1 else piece for piece in texts]
    known = list(map(font.natural_codes.get, zip(gids, texts, strict=True)))
    if None in known or not all(texts):
        codes = _new_codes(font, gids, texts, advances, known)
    else:
        codes = cast(list[int], known)
    pens = [0, *accumulate(advances)]
    xs = [pen + position.x_offset for pen, position in zip(pens, positions, strict=False)]
    ys = [position.y_offset for position in positions]
    # The TJ numbers: how far HarfBuzz moves each glyph from where the one before leaves
    # the pen in the text layer. A letter the font moves away from the one before it inside
    # a word (Amiri's final ر after ي, 0.12 em) would leave a gap that poppler reads as a
    # space ("أبر يل"): the glyph before takes the gap into its own width.
    text_widths = font.font.face.charWidths
    factor = 1000.0 / units

    def close_gap(before: int, index: int, value: float) -> float:
        if value < -0.5 and advances[before] and advances[index]:
            if not texts[before].isspace() and not texts[index].isspace():
                width = text_widths[codes[before]] - value
                codes[before] = font.font.code(gids[before], texts[before], width)
                return 0.0
        return value

    if -1 in codes:
        adjust = [""] * len(codes)
        before = -1  # the last glyph in the text layer
        for index, code in enumerate(codes):
            if code >= 0:
                if before >= 0:
                    value = text_widths[codes[before]] - (xs[index] - xs[before]) * factor
                    value = close_gap(before, index, value)
                    adjust[index] = _number(value) if abs(value) > 0.01 else ""
                before = index
    else:
        values = [
            width - (x1 - x0) * factor
            for width, x0, x1 in zip(
                map(text_widths.__getitem__, codes), xs, xs[1:], strict=False
            )
        ]
        for index in [k for k, value in enumerate(values) if value < -0.5]:
            values[index] = close_gap(index, index + 1, values[index])
        adjust = ["", *[_number(v) if v > 0.01 or v < -0.01 else "" for v in values]]
    run = Run(
        font,
        start,
        end,
        level,
        tuple(clusters),
        tuple(gids),
        tuple(codes),
        tuple(pens),
        tuple(xs),
        tuple(ys),
        tuple(adjust),
    )
    return run


@lru_cache(maxsize=512)
def shape_paragraph(text: str, style_font: str, default: int) -> ShapedParagraph:
    """One paragraph (no line breaks inside, already :func:`drawable`) shaped run by run,
    in logical order. Widths are in points for a font size of 1.

    The result depends on its arguments alone, so the last few hundred are kept (a few
    megabytes): a report repeats its labels, sector names, headings and page headers, and
    the same meeting is often exported again, in another language."""
    paragraph = bidi.prepare_paragraph(text, default)
    text = paragraph.text
    n = len(text)
    widths = [0.0] * n
    if not n:
        return ShapedParagraph(paragraph, (), ())
    faces = _cluster_faces(text, _chain(style_font))
    levels = paragraph.levels
    codepoints = list(map(ord, text))
    runs: list[Run] = []
    start = 0
    while start < n:
        end = start + 1
        while end < n and faces[end] is faces[start] and levels[end] == levels[start]:
            end += 1
        run = _shape_run(text, codepoints, start, end, levels[start], faces[start], widths)
        runs.append(run)
        start = end
    return ShapedParagraph(paragraph, tuple(runs), tuple(widths))


def _line(shaped: ShapedParagraph, start: int, end: int, size: float, last: bool) -> GlyphLine:
    pieces: list[tuple[Run, int, int]] = []
    for run in shaped.runs:
        if run.start < end and start < run.end:
            lo, hi = run.glyphs_of(start, end)
            pieces.append((run, lo, hi))
    ordered = tuple(pieces[i] for i in bidi.reorder_runs([run.level for run, _lo, _hi in pieces]))
    width = sum(shaped.widths[start:end]) * size
    paragraph = shaped.paragraph
    return GlyphLine(ordered, width, paragraph.rtl, last, paragraph.text[start:end], size)


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


# -- drawing ---------------------------------------------------------------------------------

_HEX = [f"{code:02X}" for code in range(256)]


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def draw_line(canvas: Any, line: GlyphLine, x: float, y: float) -> None:
    """Draw ``line`` with its left end at ``x`` and its baseline at ``y``.

    Glyphs sit where HarfBuzz put them. A line is one text object; each of its pieces (a
    run, or the part of it on this line) is placed once (``Tm``) and then written as
    ``TJ`` arrays: strings of glyph codes and, between them, the differences between
    HarfBuzz's positions and the glyphs' own advances (worked out when the run was
    shaped). A mark the font raises or lowers is placed again (``Tm``), and so is the
    glyph after it; a glyph of the font's next subset only changes the font (``Tf``).
    A glyph's PDF code reads back as the text it stands for (see the module notes on why
    lines carry no ``/ActualText``)."""
    if not line.pieces:
        return
    doc = canvas._doc
    size = line.size
    out = ["BT"]
    array: list[str] = []  # the TJ array being written
    string: list[str] = []  # the codes of its last string, in hexadecimal
    current_font: GlyphFont | None = None
    current_subset = -1
    outlines: list[tuple[Face, int, float, float]] = []
    pen = x
    for run, lo, hi in line.pieces:
        font = run.face.font
        assignments = font._assignState(doc).assignments
        scale = size / run.face.units
        origin = pen - run.pens[lo] * scale
        codes, ys, adjust = run.codes, run.y, run.adjust
        piece_y: int | None = None
        for index in range(lo, hi):
            code = codes[index]
            if code < 0:  # drawn as a shape, outside the text layer
                gx = origin + run.x[index] * scale
                outlines.append((run.face, run.gids[index], gx, y + ys[index] * scale))
                continue
            assigned = assignments.get(code)
            if assigned is None:
                font.splitString(chr(code), doc)
                assigned = assignments[code]
            subset = assigned >> 8
            new_font = subset != current_subset or font is not current_font
            if new_font or ys[index] != piece_y:
                if string:
                    array.append("<" + "".join(string) + ">")
                    string.clear()
                    out.append("[" + " ".join(array) + "] TJ")
                    array.clear()
                if new_font:
                    name = font.getSubsetInternalName(subset, doc)
                    out.append(f"{name} {_number(size)} Tf")
                    current_font, current_subset = font, subset
                if ys[index] != piece_y:  # the piece's start, or a mark the font moves
                    piece_y = ys[index]
                    gx = origin + run.x[index] * scale
                    out.append(f"1 0 0 1 {_number(gx)} {_number(y + piece_y * scale)} Tm")
                elif adjust[index]:  # another subset: the text position carries on
                    array.append(adjust[index])
            elif adjust[index]:
                array.append("<" + "".join(string) + ">")
                array.append(adjust[index])
                string.clear()
            string.append(_HEX[assigned & 0xFF])
        pen += (run.pens[hi] - run.pens[lo]) * scale
    if string:
        array.append("<" + "".join(string) + ">")
        out.append("[" + " ".join(array) + "] TJ")
    out.append("ET")
    canvas._code.append(" ".join(out))
    for face_, gid, gx, gy in outlines:
        _draw_outline(canvas, face_, gid, gx, gy, size)


class _OutlinePen:
    """Writes HarfBuzz's drawing calls for one glyph as PDF path operators (font units)."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.last = (0.0, 0.0)

    def _point(self, *values: float) -> str:
        return " ".join(_number(value) for value in values)

    def moveTo(self, point: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(f"{self._point(*point)} m")
        self.last = point

    def lineTo(self, point: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(f"{self._point(*point)} l")
        self.last = point

    def curveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        (x1, y1), (x2, y2), (x3, y3) = points
        self.ops.append(f"{self._point(x1, y1, x2, y2, x3, y3)} c")
        self.last = points[-1]

    def qCurveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        (qx, qy), (x, y) = points
        x0, y0 = self.last
        self.curveTo(
            (x0 + 2 / 3 * (qx - x0), y0 + 2 / 3 * (qy - y0)),
            (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y)),
            (x, y),
        )

    def closePath(self) -> None:  # noqa: N802
        self.ops.append("h")


_outlines: dict[tuple[str, int], str] = {}


def _outline(face: Face, gid: int) -> str:
    """The path of a glyph in font units, worked out once."""
    key = (face.name, gid)
    found = _outlines.get(key)
    if found is None:
        pen = _OutlinePen()
        face.shaper.draw_glyph_with_pen(gid, pen)
        found = _outlines[key] = " ".join(pen.ops)
    return found


def _draw_outline(canvas: Any, face: Face, gid: int, x: float, y: float, size: float) -> None:
    """A glyph drawn as a filled shape (in the current fill colour), outside the text."""
    scale = f"{size / face.units:.7f}".rstrip("0")
    canvas._code.append(
        f"q {scale} 0 0 {scale} {_number(x)} {_number(y)} cm {_outline(face, gid)} f Q"
    )
