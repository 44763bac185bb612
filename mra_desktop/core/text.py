"""Showing text that came from outside (a sync file, an identity card) without letting it
act on the screen.

A name in a partner's file can hold a newline (a fake second line in the terminal), an
ANSI escape (a clear-screen code) or a right-to-left override (``‮`` turns
"gpj.exe" into what looks like "exe.jpg"). :func:`shown` writes such characters as
visible escapes (``\\x1b``, ``\\u202e``); every place that shows or logs text from a file
goes through it: the command line, the screens, the import log.
"""

from __future__ import annotations

import unicodedata

#: characters written as escapes: controls (C0, DEL, C1), the bidirectional formatting
#: characters (embeddings, overrides, isolates, marks), line and paragraph separators, and
#: lone surrogates (which only a broken decoder lets through)
_BIDI_CONTROLS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_SEPARATORS = (0x2028, 0x2029)


def _escape(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE: dict[int, str] = {
    code: _escape(code)
    for code in (
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        *_BIDI_CONTROLS,
        *_SEPARATORS,
        *range(0xD800, 0xE000),
    )
}


def shown(text: object, limit: int | None = None) -> str:
    """``text`` safe to show on one line: control, bidi-formatting and separator
    characters escaped; cut to ``limit`` characters (with "…") when given."""
    result = str(text).translate(_TABLE)
    if limit is not None and len(result) > limit:
        result = result[: max(limit - 1, 0)] + "…"
    return result


_TEXT_TABLE = {
    code: escape
    for code, escape in _TABLE.items()
    if code not in (0x09, 0x0A, 0x200E, 0x200F, 0x061C)
}


def shown_text(text: object) -> str:
    """A long text from a file (a story, what changed) safe to show over several lines:
    like :func:`shown`, but line breaks, tabs and the direction marks that Arabic text
    uses are kept; embeddings, overrides and isolates are escaped."""
    return str(text).translate(_TEXT_TABLE)


def has_hidden_characters(text: str) -> bool:
    """True when ``text`` holds a character :func:`shown` would escape, or another format
    character (category Cf) outside the joiners that Arabic and Persian text use."""
    if text.translate(_TABLE) != text:
        return True
    return any(
        unicodedata.category(ch) == "Cf" and ch not in "\u200c\u200d" for ch in text
    )
