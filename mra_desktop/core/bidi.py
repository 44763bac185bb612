"""Bidirectional layout of paragraphs, for drawing text line by line.

The PDF report draws each line itself, so this module does what a text engine would:

1. split the text into paragraphs at line breaks;
2. decide each paragraph's direction from its letters (:mod:`.direction`), and resolve the
   embedding levels of the *whole* paragraph (the Unicode Bidirectional Algorithm, UAX #9,
   with isolates and bracket pairs);
3. break lines in logical order, measuring the shaped text (the widths come from the
   shaper, :mod:`.pdf_text`);
4. reorder each line on its own (rules L1, L2) and mirror brackets on right-to-left
   levels (L4).

Steps 2 and 4 must stay apart: reordering a whole paragraph and then wrapping it puts the
first words on the last line, and reordering each line as if it were a paragraph resolves
numbers and punctuation differently ("97.5%" becomes "%97.5").

The levels are computed here rather than taken from python-bidi: its current engine gives
only a reordered string and does not mirror brackets, and its older engine has no
bracket-pair rule. python-bidi still supplies the mirroring table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bidi.mirror import MIRRORED

from mra_desktop.core.direction import paragraph_direction

__all__ = [
    "Paragraph",
    "bidi_class",
    "break_lines",
    "embedding_levels",
    "first_strong_direction",
    "mirror",
    "mirror_text",
    "prepare_paragraph",
    "reorder_runs",
    "split_paragraphs",
    "visual_line",
    "visual_order",
]

MAX_DEPTH = 125
_ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_EMBEDDINGS = frozenset({"LRE", "RLE", "LRO", "RLO"})
_EXPLICIT = _EMBEDDINGS | _ISOLATE_INITIATORS | {"PDF", "PDI"}
_NEUTRAL_OR_ISOLATE = frozenset({"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"})
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_LTR_AND_NUMBERS = frozenset({"L", "EN", "AN"})
_TRAILING_RESET = frozenset(
    {"WS", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
)
_MAX_BRACKET_DEPTH = 63
# U+2329/U+232A are canonically equivalent to U+3008/U+3009 and pair with them.
_BRACKET_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}
# Paragraph separators (class B) and the line separator end a paragraph.
_PARAGRAPH_SPLIT = re.compile("\r\n|[\n\r\x1c\x1d\x1e\x85\u2028\u2029]")

@lru_cache(maxsize=4096)
def bidi_class(char: str) -> str:
    """The Bidi_Class of one character (unassigned code points count as L)."""
    return unicodedata.bidirectional(char) or "L"


def mirror(char: str) -> str:
    """The mirrored glyph of a character drawn on a right-to-left level ("(" -> ")")."""
    return str(MIRRORED.get(char, char))


_MIRRORS = str.maketrans(MIRRORED)


def mirror_text(text: str) -> str:
    """:func:`mirror` applied to every character of ``text``."""
    return text.translate(_MIRRORS)


def _bracket_kind(char: str) -> str | None:
    if char not in MIRRORED:
        return None
    category = unicodedata.category(char)
    if category == "Ps":
        return "open"
    if category == "Pe":
        return "close"
    return None


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, split at line and paragraph separators."""
    return _PARAGRAPH_SPLIT.split(text)


def _matching_isolates(classes: Sequence[str]) -> tuple[list[int], list[int]]:
    """For each isolate initiator its matching PDI, and for each PDI its initiator (BD9)."""
    n = len(classes)
    pdi_of = [-1] * n
    initiator_of = [-1] * n
    if "PDI" not in classes:
        return pdi_of, initiator_of
    stack: list[int] = []
    for i, cls in enumerate(classes):
        if cls in _ISOLATE_INITIATORS:
            stack.append(i)
        elif cls == "PDI" and stack:
            opener = stack.pop()
            pdi_of[opener] = i
            initiator_of[i] = opener
    return pdi_of, initiator_of


def _first_strong(
    classes: Sequence[str], start: int, end: int, pdi_of: Sequence[int]
) -> int | None:
    """0 for L, 1 for R/AL, None without a strong character (P2, skipping isolates)."""
    i = start
    while i < end:
        cls = classes[i]
        if cls == "L":
            return 0
        if cls == "R" or cls == "AL":
            return 1
        if cls in _ISOLATE_INITIATORS:
            if pdi_of[i] < 0:
                return None
            i = pdi_of[i]
        i += 1
    return None


def first_strong_direction(text: str) -> int | None:
    """The direction of a paragraph's first strong character: 0 (LTR), 1 (RTL) or None."""
    classes = list(map(bidi_class, text))
    pdi_of, _ = _matching_isolates(classes)
    return _first_strong(classes, 0, len(classes), pdi_of)


def _explicit_levels(
    classes: list[str], base: int, pdi_of: list[int]
) -> tuple[list[int], list[str]]:
    """Rules X1-X8: embedding levels and the classes that overrides impose."""
    n = len(classes)
    levels = [base] * n
    types = list(classes)
    stack: list[tuple[int, str | None, bool]] = [(base, None, False)]
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for i, cls in enumerate(classes):
        level, override, _isolate = stack[-1]
        if cls in _EMBEDDINGS:
            new = (level + 1) | 1 if cls[0] == "R" else (level + 2) & ~1
            if new <= MAX_DEPTH and overflow_isolates == 0 and overflow_embeddings == 0:
                forced = "R" if cls == "RLO" else "L" if cls == "LRO" else None
                stack.append((new, forced, False))
            elif overflow_isolates == 0:
                overflow_embeddings += 1
            levels[i] = level
            types[i] = "BN"
        elif cls in _ISOLATE_INITIATORS:
            levels[i] = level
            if override:
                types[i] = override
            if cls == "FSI":
                end = pdi_of[i] if pdi_of[i] >= 0 else n
                rtl = _first_strong(classes, i + 1, end, pdi_of) == 1
            else:
                rtl = cls == "RLI"
            new = (level + 1) | 1 if rtl else (level + 2) & ~1
            if new <= MAX_DEPTH and overflow_isolates == 0 and overflow_embeddings == 0:
                valid_isolates += 1
                stack.append((new, None, True))
            else:
                overflow_isolates += 1
        elif cls == "PDI":
            if overflow_isolates > 0:
                overflow_isolates -= 1
            elif valid_isolates > 0:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            level, override, _isolate = stack[-1]
            levels[i] = level
            if override:
                types[i] = override
        elif cls == "PDF":
            if overflow_isolates > 0:
                pass
            elif overflow_embeddings > 0:
                overflow_embeddings -= 1
            elif not stack[-1][2] and len(stack) >= 2:
                stack.pop()
            levels[i] = level
            types[i] = "BN"
        elif cls == "B":
            levels[i] = base
        elif cls == "BN":
            levels[i] = level
        else:
            levels[i] = level
            if override:
                types[i] = override
    return levels, types


def _isolating_run_sequences(
    kept: list[int], levels: list[int], classes: list[str], pdi_of: list[int]
) -> list[list[int]]:
    """Rule X10 / BD13: level runs chained through matching isolate initiators and PDIs."""
    runs: list[list[int]] = []
    for i in kept:
        if runs and levels[runs[-1][-1]] == levels[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    run_starting_at = {run[0]: index for index, run in enumerate(runs)}
    consumed = [False] * len(runs)
    sequences: list[list[int]] = []
    for index, run in enumerate(runs):
        if consumed[index]:
            continue
        sequence = list(run)
        current = run
        while classes[current[-1]] in _ISOLATE_INITIATORS and pdi_of[current[-1]] >= 0:
            follower = run_starting_at.get(pdi_of[current[-1]])
            if follower is None or consumed[follower]:
                break
            consumed[follower] = True
            current = runs[follower]
            sequence.extend(current)
        sequences.append(sequence)
    return sequences


def _strong(cls: str) -> str:
    return "L" if cls == "L" else "R"


def _resolve_sequence(
    sequence: list[int],
    text: str,
    classes: list[str],
    types: list[str],
    levels: list[int],
    sos: str,
    eos: str,
) -> None:
    """Rules W1-W7, N0-N2 and I1-I2 on one isolating run sequence, in place."""
    ts = [types[i] for i in sequence]
    count = len(ts)
    level = levels[sequence[0]]
    embedding = "R" if level & 1 else "L"

    present = set(ts)  # each rule below runs only if the types it changes occur
    # W1: non-spacing marks take the type of what precedes them.
    if "NSM" in present:
        previous = sos
        for k in range(count):
            if ts[k] == "NSM":
                ts[k] = "ON" if previous in _ISOLATE_INITIATORS or previous == "PDI" else previous
            previous = ts[k]
        present = set(ts)
    # W2, W3: European digits after Arabic letters are Arabic numbers; AL becomes R.
    if "EN" in present and "AL" in present:
        last_strong = sos
        for k in range(count):
            t = ts[k]
            if t == "L" or t == "R" or t == "AL":
                last_strong = t
            elif t == "EN" and last_strong == "AL":
                ts[k] = "AN"
    if "AL" in present:
        ts = ["R" if t == "AL" else t for t in ts]
    # W4: a single separator between two numbers of the same kind joins them.
    if "ES" in present or "CS" in present:
        for k in range(1, count - 1):
            t = ts[k]
            if t == "ES" and ts[k - 1] == "EN" and ts[k + 1] == "EN":
                ts[k] = "EN"
            elif t == "CS" and ts[k - 1] == ts[k + 1] and ts[k - 1] in ("EN", "AN"):
                ts[k] = ts[k - 1]
    # W5: terminators (%, currency) next to European numbers become numbers.
    if "ET" in present:
        k = 0
        while k < count:
            if ts[k] == "ET":
                j = k
                while j < count and ts[j] == "ET":
                    j += 1
                if (k > 0 and ts[k - 1] == "EN") or (j < count and ts[j] == "EN"):
                    for m in range(k, j):
                        ts[m] = "EN"
                k = j
            else:
                k += 1
    # W6: remaining separators and terminators are neutral.
    if "ES" in present or "ET" in present or "CS" in present:
        ts = ["ON" if t in ("ES", "ET", "CS") else t for t in ts]
    # W7: European numbers in a left-to-right context are left-to-right.
    if "EN" in present:
        last_strong = sos
        for k in range(count):
            t = ts[k]
            if t == "L" or t == "R":
                last_strong = t
            elif t == "EN" and last_strong == "L":
                ts[k] = "L"

    _resolve_brackets(sequence, text, classes, ts, embedding, sos)

    # N1, N2: neutrals between two strong types of one direction take it, else the
    # embedding direction. Numbers count as right-to-left.
    k = 0
    while k < count:
        if ts[k] in _NEUTRAL_OR_ISOLATE:
            j = k
            while j < count and ts[j] in _NEUTRAL_OR_ISOLATE:
                j += 1
            before = sos if k == 0 else _strong(ts[k - 1])
            after = eos if j == count else _strong(ts[j])
            resolved = before if before == after else embedding
            for m in range(k, j):
                ts[m] = resolved
            k = j
        else:
            k += 1
    # I1, I2: implicit levels.
    for k, i in enumerate(sequence):
        t = ts[k]
        if level & 1:
            if t == "L" or t == "EN" or t == "AN":
                levels[i] = level + 1
        elif t == "R":
            levels[i] = level + 1
        elif t == "AN" or t == "EN":
            levels[i] = level + 2


def _resolve_brackets(
    sequence: list[int], text: str, classes: list[str], ts: list[str], embedding: str, sos: str
) -> None:
    """Rule N0: a bracket pair takes the direction of what it encloses and its context."""
    count = len(ts)
    openers: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for k in range(count):
        if ts[k] != "ON":
            continue
        char = text[sequence[k]]
        kind = _bracket_kind(char)
        if kind == "open":
            if len(openers) == _MAX_BRACKET_DEPTH:
                break
            partner = mirror(char)
            openers.append((_BRACKET_CANONICAL.get(partner, partner), k))
        elif kind == "close":
            key = _BRACKET_CANONICAL.get(char, char)
            for s in range(len(openers) - 1, -1, -1):
                if openers[s][0] == key:
                    pairs.append((openers[s][1], k))
                    del openers[s:]
                    break
    if not pairs:
        return
    pairs.sort()
    for opening, closing in pairs:
        found_embedding = found_opposite = False
        for k in range(opening + 1, closing):
            t = ts[k]
            if t == "L":
                strong = "L"
            elif t == "R" or t == "EN" or t == "AN":
                strong = "R"
            else:
                continue
            if strong == embedding:
                found_embedding = True
                break
            found_opposite = True
        if found_embedding:
            resolved = embedding
        elif found_opposite:
            resolved = sos
            for k in range(opening - 1, -1, -1):
                t = ts[k]
                if t == "L":
                    resolved = "L"
                    break
                if t == "R" or t == "EN" or t == "AN":
                    resolved = "R"
                    break
        else:
            continue
        for position in (opening, closing):
            ts[position] = resolved
            k = position + 1
            while k < count and classes[sequence[k]] == "NSM":
                ts[k] = resolved
                k += 1


def embedding_levels(text: str, base: int | None = None, default: int = 0) -> tuple[list[int], int]:
    """Resolved embedding levels of one paragraph (UAX #9 rules P2-I2) and its base level.

    ``base`` forces the paragraph direction (0 LTR, 1 RTL); otherwise the first strong
    character decides, and ``default`` applies when there is none. Characters removed by
    rule X9 (embedding controls, zero-width joiners) get the level of what precedes them.
    """
    classes = list(map(bidi_class, text))
    pdi_of, _ = _matching_isolates(classes)
    if base is None:
        found = _first_strong(classes, 0, len(classes), pdi_of)
        base = default if found is None else found
    n = len(text)
    if n == 0:
        return [], base
    present = set(classes)
    has_explicit = not present.isdisjoint(_EXPLICIT)
    # Without embeddings or isolates, a paragraph with no strong type or number of the
    # other direction resolves to its base level throughout.
    if not has_explicit:
        if base == 0 and present.isdisjoint(_RTL_CLASSES):
            return [0] * n, 0
        if base == 1 and present.isdisjoint(_LTR_AND_NUMBERS):
            return [1] * n, 1
    if has_explicit:
        levels, types = _explicit_levels(classes, base, pdi_of)
    else:
        levels, types = [base] * n, list(classes)
    if not has_explicit and "BN" not in types:  # one level, hence one run sequence
        sos = "R" if base & 1 else "L"
        _resolve_sequence(list(range(n)), text, classes, types, levels, sos, sos)
        return levels, base
    kept = [i for i in range(n) if types[i] != "BN"]
    if kept:
        position = {i: p for p, i in enumerate(kept)}
        explicit = list(levels)  # sos and eos compare embedding levels, not resolved ones
        for sequence in _isolating_run_sequences(kept, levels, classes, pdi_of):
            level = explicit[sequence[0]]
            first = position[sequence[0]]
            before = explicit[kept[first - 1]] if first > 0 else base
            last = sequence[-1]
            if classes[last] in _ISOLATE_INITIATORS:
                after = base
            else:
                following = position[last] + 1
                after = explicit[kept[following]] if following < len(kept) else base
            sos = "R" if max(level, before) & 1 else "L"
            eos = "R" if max(level, after) & 1 else "L"
            _resolve_sequence(sequence, text, classes, types, levels, sos, eos)
    previous = base
    for i in range(n):
        if types[i] == "BN":
            levels[i] = previous
        previous = levels[i]
    return levels, base


@dataclass(frozen=True)
class Paragraph:
    """One paragraph with its resolved levels, ready for line breaking."""

    text: str  # NFC, logical order
    levels: tuple[int, ...]
    base: int  # 0 left-to-right, 1 right-to-left
    classes: tuple[str, ...]

    @property
    def rtl(self) -> bool:
        return self.base == 1


def prepare_paragraph(text: str, default: int = 0) -> Paragraph:
    """Resolve the levels of one paragraph (no line breaks inside), in NFC.

    The direction comes from the paragraph's letters (:func:`.paragraph_direction`);
    ``default`` (the document's direction, 1 for right to left) decides a tie and a
    paragraph without letters, such as a lone number.
    """
    text = unicodedata.normalize("NFC", text)
    rtl = paragraph_direction(text, "ar" if default else "en") == "rtl"
    levels, base = embedding_levels(text, base=1 if rtl else 0)
    return Paragraph(text, tuple(levels), base, tuple(map(bidi_class, text)))


def _invisible(cls: str) -> bool:
    return cls == "BN" or cls in _EXPLICIT


def visual_order(paragraph: Paragraph, start: int, end: int) -> tuple[list[int], list[int]]:
    """The indices of characters ``start:end`` in drawing order (left to right), without
    those that draw nothing (formatting characters such as marks of direction and
    joiners), and the levels of the line after rule L1."""
    classes = paragraph.classes
    base = paragraph.base
    levels = list(paragraph.levels[start:end])
    # L1: segment separators, and white space before them or at the end of the line.
    reset = True
    for k in range(end - start - 1, -1, -1):
        cls = classes[start + k]
        if cls == "S" or cls == "B":
            levels[k] = base
            reset = True
        elif reset and cls in _TRAILING_RESET:
            levels[k] = base
        else:
            reset = False
    # Isolate controls and removed characters take part in the reordering (an isolate's
    # PDI separates runs) and are left out only when the line is drawn.
    line_levels = levels
    if end <= start:
        return [], line_levels
    highest = max(line_levels)
    lowest_odd = min((lv for lv in line_levels if lv & 1), default=highest + 1)
    order = list(range(end - start))
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if line_levels[order[k]] >= level:
                j = k
                while j < len(order) and line_levels[order[j]] >= level:
                    j += 1
                order[k:j] = order[k:j][::-1]
                k = j
            else:
                k += 1
    text = paragraph.text
    return [
        start + k
        for k in order
        if not _invisible(classes[start + k]) and unicodedata.category(text[start + k]) != "Cf"
    ], line_levels


def visual_line(paragraph: Paragraph, start: int, end: int) -> str:
    """Characters ``start:end`` of a paragraph in the order they are drawn, left to right.

    Trailing white space takes the paragraph level (L1); runs are reversed from the
    highest level down (L2); characters on right-to-left levels are mirrored (L4).
    Formatting characters that draw nothing are left out. A combining mark on a
    right-to-left level comes before its letter, where the font expects it (it has no
    advance and draws over the glyph that follows).
    """
    order, levels = visual_order(paragraph, start, end)
    text = paragraph.text
    return "".join(mirror(text[i]) if levels[i - start] & 1 else text[i] for i in order)


def reorder_runs(levels: Sequence[int]) -> list[int]:
    """The drawing order (left to right) of a line's runs, given the level of each run in
    logical order (rule L2: from the highest level down to the lowest odd one, reverse
    every sequence of runs at that level or higher). A run on an odd level is drawn right
    to left inside."""
    order = list(range(len(levels)))
    if len(levels) < 2:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv & 1), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] >= level:
                j = k
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[k:j] = order[k:j][::-1]
                k = j
            else:
                k += 1
    return order


_BREAK_AFTER = frozenset("/-_.?&=")


def break_lines(
    paragraph: Paragraph, widths: Sequence[float], max_width: float
) -> list[tuple[int, int, float]]:
    """Greedy line breaks in logical order: ``(start, end, width)`` for each line.

    Lines break at white space; a word wider than a line breaks after a slash, a hyphen
    or a dot if it can, else between characters (never before a combining mark).
    ``widths`` gives the shaped advance of each character (a ligature's on its first
    character); white space at a break is left out of both lines.
    """
    text, classes = paragraph.text, paragraph.classes
    n = len(text)
    lines: list[tuple[int, int, float]] = []
    start = 0
    while start < n and text[start].isspace():
        start += 1
    while start < n:
        width = 0.0
        i = start
        fitting_end = -1  # end of the last word that fits, before white space
        while i < n:
            if text[i].isspace():
                if not text[i - 1].isspace():
                    fitting_end = i
                width += widths[i]  # white space may hang past the margin
                i += 1
                continue
            if width + widths[i] > max_width and i > start:
                break
            width += widths[i]
            i += 1
        if i >= n:
            end = n
            while end > start and text[end - 1].isspace():
                end -= 1
        elif fitting_end > start:
            end = fitting_end
        else:
            end = i
            for k in range(i - 1, start, -1):  # prefer a break after a slash, hyphen, dot
                if text[k] in _BREAK_AFTER and k + 1 - start >= (i - start) // 2:
                    end = k + 1
                    break
            while end - 1 > start and classes[end] == "NSM":  # a mark stays with its letter
                end -= 1
        lines.append((start, end, sum(widths[start:end])))
        start = end
        while start < n and text[start].isspace():
            start += 1
    return lines
