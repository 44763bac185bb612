"""An independent judge of bidi order: GNU FriBidi through ctypes, and PDF lines read back
with pdfplumber.

Nothing here uses python-bidi or the program's own bidi code. FriBidi resolves the levels
of a whole paragraph and reorders one line of it; pdfplumber gives every glyph drawn with
its position. A line of the PDF is right when its glyphs, read left to right, are FriBidi's
visual order for that stretch of the paragraph.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

# fribidi-bidi-types.h
PAR_LTR = 0x110
PAR_RTL = 0x111
PAR_ON = 0x40
_FRIBIDI_INVISIBLE = frozenset(
    {"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


@cache
def fribidi() -> ctypes.CDLL:
    lib = ctypes.CDLL("libfribidi.so.0")
    lib.fribidi_get_bidi_types.restype = None
    lib.fribidi_get_bracket_types.restype = None
    lib.fribidi_get_par_embedding_levels_ex.restype = ctypes.c_int8
    lib.fribidi_reorder_line.restype = ctypes.c_int8
    lib.fribidi_get_mirror_char.restype = ctypes.c_int
    return lib


def fribidi_available() -> bool:
    try:
        fribidi()
    except OSError:
        return False
    return True


@dataclass
class _Resolved:
    text: str
    types: Any
    levels: Any
    base: int


@lru_cache(maxsize=512)
def _resolve(text: str, base: str) -> _Resolved:
    lib = fribidi()
    n = len(text)
    chars = (ctypes.c_uint32 * max(n, 1))(*[ord(c) for c in text])
    types = (ctypes.c_uint32 * max(n, 1))()
    brackets = (ctypes.c_uint32 * max(n, 1))()
    levels = (ctypes.c_int8 * max(n, 1))()
    lib.fribidi_get_bidi_types(chars, n, types)
    lib.fribidi_get_bracket_types(chars, n, types, brackets)
    par = ctypes.c_uint32({"auto": PAR_ON, "ltr": PAR_LTR, "rtl": PAR_RTL}[base])
    if n:
        ok = lib.fribidi_get_par_embedding_levels_ex(types, brackets, n, ctypes.byref(par), levels)
        assert ok, "FriBidi could not resolve the paragraph"
    return _Resolved(text, types, levels, 1 if par.value == PAR_RTL else 0)


def fribidi_levels(text: str, base: str = "auto") -> tuple[list[int], int]:
    """FriBidi's embedding levels of a paragraph and its base level (0 or 1)."""
    resolved = _resolve(text, base)
    return [resolved.levels[i] for i in range(len(text))], resolved.base


def fribidi_visual_line(text: str, start: int, end: int, base: str = "auto") -> str:
    """FriBidi's visual order (left to right) of ``text[start:end]``, a line of the
    paragraph ``text``, mirrored, without the formatting characters that draw nothing."""
    lib = fribidi()
    resolved = _resolve(text, base)
    n = len(text)
    index_map = (ctypes.c_int * max(n, 1))(*range(n))
    par = PAR_RTL if resolved.base else PAR_LTR
    levels = (ctypes.c_int8 * max(n, 1))(*resolved.levels)  # reordering applies L1 in place
    if end > start:
        ok = lib.fribidi_reorder_line(
            0, resolved.types, end - start, start, par, levels, None, index_map
        )
        assert ok, "FriBidi could not reorder the line"
    out = []
    for position in range(start, end):
        logical = index_map[position]
        char = text[logical]
        if unicodedata.bidirectional(char) in _FRIBIDI_INVISIBLE:
            continue
        if unicodedata.category(char) == "Cf":  # marks of direction, joiners: not drawn
            continue
        if levels[logical] & 1:
            mirrored = ctypes.c_uint32()
            if lib.fribidi_get_mirror_char(ord(char), ctypes.byref(mirrored)):
                char = chr(mirrored.value)
        out.append(char)
    return "".join(out)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def plain(visual: str) -> str:
    """A visual string with presentation forms mapped back to letters (NFKC); a ligature
    drawn right to left (lam-alef) unfolds right to left."""
    out = []
    for char in visual:
        unfolded = unicodedata.normalize("NFKC", char)
        if len(unfolded) > 1 and unicodedata.bidirectional(char) == "AL":
            unfolded = unfolded[::-1]
        out.append(unfolded)
    return "".join(out)


def glyph_text(text: str) -> str:
    """The text of one glyph read back from a PDF, left to right as drawn: a glyph that
    stands for several Arabic characters (a ligature, a letter with its marks) holds them
    in reading order, so they are drawn right to left."""
    text = plain(text)
    if len(text) > 1 and _right_to_left(text):
        return text[::-1]
    return text


def without_marks(text: str) -> str:
    """``text`` without combining marks (harakat). A mark is drawn over its letter, where
    the font wants it, not at a place in reading order, so the order check leaves marks
    out on both sides; removing them changes no other character's level. So do
    joiners (class BN, such as the joiner inside an emoji sequence), which the
    algorithm removes anyway (rule X9)."""
    return "".join(
        c
        for c in text
        if unicodedata.category(c) != "Mn" and unicodedata.bidirectional(c) != "BN"
    )


# -- reading lines back from a PDF -----------------------------------------------------------


@dataclass
class PdfLine:
    """Glyphs on one baseline of one page that sit together (one line of one cell)."""

    page: int
    baseline: float  # distance from the top of the page
    x0: float
    x1: float
    chars: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @cached_property
    def plain(self) -> str:
        return without_marks("".join(glyph_text(c["text"]) for c in self.chars))

    @cached_property
    def letters(self) -> tuple[str, ...]:
        return tuple(sorted(c for c in self.plain if c.isalnum()))


@lru_cache(maxsize=32)
def _pdf_chars(
    path: str, stamp: float, pages: tuple[int, ...] | None = None
) -> tuple[dict[str, Any], ...]:
    import pdfplumber

    chars = []
    with pdfplumber.open(path, pages=list(pages) if pages else None) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                chars.append(
                    {
                        "page": page.page_number,
                        "baseline": round(float(page.height) - char["matrix"][5], 1),
                        "x0": float(char["x0"]),
                        "x1": float(char["x1"]),
                        "text": char["text"],
                        "fontname": char["fontname"],
                        "size": float(char["size"]),
                    }
                )
    return tuple(chars)


def pdf_chars(
    path: Path | str, pages: Iterable[int] | None = None
) -> tuple[dict[str, Any], ...]:
    """Every glyph drawn in a PDF (or on some of its ``pages``, numbered from 1): page,
    baseline (from the top), x0, x1, text, font, size."""
    chosen = tuple(pages) if pages is not None else None
    return _pdf_chars(str(path), Path(path).stat().st_mtime, chosen)


def pdf_text(path: Path | str) -> str:
    """All the text of a PDF in drawing order, presentation forms mapped back to letters."""
    return "".join(glyph_text(c["text"]) for c in pdf_chars(path))


def _baselines(chars: Sequence[dict[str, Any]]) -> dict[int, float]:
    """The line each glyph of one page sits on (by its index in ``chars``).

    A glyph may be drawn above or below its line: a mark (harakat), or a letter that the
    font joins to the next one higher up (Amiri's cursive attachment). The lines are the
    baselines that most glyphs share; every glyph belongs to the nearest one within half
    its font size."""
    counts: dict[float, int] = {}
    for char in chars:
        counts[char["baseline"]] = counts.get(char["baseline"], 0) + 1
    lines: list[float] = []
    size = max((c["size"] for c in chars), default=10.0)
    for baseline in sorted(counts, key=lambda b: (-counts[b], b)):
        if all(abs(baseline - line) > 0.6 * size for line in lines):
            lines.append(baseline)
    # a baseline whose glyphs are larger than those around it is its own line
    assigned = {}
    for index, char in enumerate(chars):
        near = min(lines, key=lambda line: abs(line - char["baseline"]))
        if abs(near - char["baseline"]) > 0.6 * char["size"]:
            near = char["baseline"]
        assigned[index] = near
    return assigned


def pdf_lines(
    path: Path | str, gap: float = 4.0, pages: Iterable[int] | None = None
) -> list[PdfLine]:
    """Every line segment of a PDF, page by page, top to bottom, left to right.

    Glyphs share a line when they sit on the same baseline (a mark or a raised letter
    belongs to the line it is drawn on, see :func:`_baselines`); a horizontal gap wider
    than ``gap`` points (between table cells) starts a new segment. Spaces are drawn
    glyphs here, so words of one line never leave such a gap.
    """
    by_page: dict[int, list[dict[str, Any]]] = {}
    for char in pdf_chars(path, pages):
        by_page.setdefault(char["page"], []).append(char)
    by_baseline: dict[tuple[int, float], list[dict[str, Any]]] = {}
    for page, chars in by_page.items():
        for index, baseline in _baselines(chars).items():
            by_baseline.setdefault((page, baseline), []).append(chars[index])
    segments: list[PdfLine] = []
    for page, baseline in sorted(by_baseline):
        chars = sorted(by_baseline[page, baseline], key=lambda c: (c["x0"], c["x1"]))
        current: PdfLine | None = None
        for char in chars:
            if current is None or char["x0"] - current.x1 > gap:
                current = PdfLine(page, baseline, char["x0"], char["x1"])
                segments.append(current)
            current.chars.append(char)
            current.x1 = max(current.x1, char["x1"])
    return segments


def _overlap(a: PdfLine, b: PdfLine) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


@dataclass
class Finding:
    paragraph: str
    problem: str


_ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*|\bwww\.\S*|\S+@\S+\.\S+", re.IGNORECASE)


def _base_name(text: str, default: str) -> str:
    """The paragraph direction the report promises: the majority of its letters (right to
    left: classes R and AL; left to right: class L), web and e-mail addresses left out;
    ``default`` for a tie or no letters."""
    balance = 0
    for char in _ADDRESS.sub(" ", text):
        if unicodedata.category(char).startswith("L"):
            cls = unicodedata.bidirectional(char)
            balance += 1 if cls in ("R", "AL") else -1 if cls == "L" else 0
    if balance:
        return "rtl" if balance > 0 else "ltr"
    return default


def _invisible(char: str) -> bool:
    return unicodedata.bidirectional(char) in _FRIBIDI_INVISIBLE or unicodedata.category(char) == "Cf"


def _advance(text: str, start: int, count: int) -> int | None:
    """The index in ``text`` after ``count`` characters that draw from ``start`` (the
    isolates and marks of direction around them draw nothing, so a line of the PDF does
    not hold them); None when fewer are left."""
    position, seen = start, 0
    while position < len(text) and seen < count:
        seen += not _invisible(text[position])
        position += 1
    while position < len(text) and _invisible(text[position]):
        position += 1
    return position if seen == count else None


def locate_paragraph(
    paragraph: str, lines: Sequence[PdfLine], default: str = "ltr"
) -> tuple[list[PdfLine], str]:
    """Find ``paragraph`` in the PDF, checking every one of its lines against FriBidi.

    The paragraph's first line is a segment equal to FriBidi's order of the paragraph's
    first ``len(segment)`` characters (combining marks left out, see
    :func:`without_marks`). Its next line is the segment just below in the same
    column (within two and a half font sizes); when there is none, the paragraph must go
    on at the top of the same column on the next page, after whatever is repeated there
    (page header, table header). ``default`` is the direction of a paragraph without a
    strong character. Returns the lines found, or no lines and what went wrong.
    """
    text = without_marks(unicodedata.normalize("NFC", paragraph)).strip()
    base = _base_name(text, default)
    prefixes: dict[int, tuple[str, ...]] = {}
    candidates = [line for line in lines if line.plain.strip()]
    best: tuple[int, str] = (-1, "no line of the PDF starts this paragraph in FriBidi's order")
    for first_index, first in enumerate(candidates):
        size = _advance(text, 0, len(first.plain))
        if size is None:
            continue
        if size not in prefixes:
            prefixes[size] = tuple(sorted(c for c in plain(text[:size]) if c.isalnum()))
        if first.letters != prefixes[size]:
            continue
        if first.plain != plain(fribidi_visual_line(text, 0, size, base)):
            continue
        position, current, found = size, first, [first]
        later = candidates[first_index + 1 :]
        problem = ""
        while True:
            while position < len(text) and text[position].isspace():
                position += 1
            if position >= len(text):
                return found, ""
            following, expected = _continuation(text, position, base, current, later)
            if following is None:
                problem = (
                    f"page {current.page}: after {current.plain!r}, "
                    f"the next line should read {expected!r}"
                )
                break
            position += len(following.plain)
            current = following
            found.append(following)
        if position > best[0]:
            best = (position, problem)
    return [], best[1]


def check_paragraph(
    paragraph: str, lines: Sequence[PdfLine], default: str = "ltr"
) -> Finding | None:
    """A finding when ``paragraph`` is not in the PDF in FriBidi's order (see
    :func:`locate_paragraph`)."""
    found, problem = locate_paragraph(paragraph, lines, default)
    return None if found else Finding(paragraph, problem)


def _continuation(
    text: str, position: int, base: str, current: PdfLine, later: Sequence[PdfLine]
) -> tuple[PdfLine | None, str]:
    size = max(c["size"] for c in current.chars)
    same_page = [
        line
        for line in later
        if line.page == current.page
        and _overlap(line, current)
        and 0 < line.baseline - current.baseline <= 2.5 * size
    ]
    if same_page:
        line = min(same_page, key=lambda candidate: candidate.baseline)
        end = _advance(text, position, len(line.plain)) or len(text)
        expected = plain(fribidi_visual_line(text, position, end, base))
        return (line if line.plain == expected else None), expected
    next_page = sorted(
        (line for line in later if line.page == current.page + 1 and _overlap(line, current)),
        key=lambda candidate: candidate.baseline,
    )
    expected = "(a line on the next page)"
    for line in next_page:
        end = _advance(text, position, len(line.plain)) or len(text)
        candidate = plain(fribidi_visual_line(text, position, end, base))
        if line.plain == candidate:
            return line, candidate
    return None, expected


def check_pdf(path: Path | str, paragraphs: Iterable[str], default: str = "ltr") -> list[Finding]:
    """Findings for every paragraph whose lines in the PDF disagree with FriBidi."""
    lines = pdf_lines(path)
    findings = []
    for paragraph in paragraphs:
        for part in paragraph.splitlines():
            if part.strip():
                finding = check_paragraph(part, lines, default)
                if finding is not None:
                    findings.append(finding)
    return findings
