"""One glossary for the interface and the PDF: each thing both name has one name per
language (resources/glossary.json), and the interface's translations, the report's labels
and the catalogue's field labels use it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "resources" / "glossary.json").read_text(encoding="utf-8"))
REPORT = json.loads((ROOT / "resources" / "report" / "labels.json").read_text(encoding="utf-8"))
CATALOGUE = json.loads(
    (ROOT / "resources" / "protocol" / "protocol-v1.json").read_text(encoding="utf-8")
)
LANGS = ("en", "fr", "ar")
TERMS = GLOSSARY["terms"]


def _interface(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> the interface's words in ``lang``."""
    if lang == "en":
        tree = ET.parse(ROOT / "translations" / "mra_desktop_fr.ts")
    else:
        tree = ET.parse(ROOT / "translations" / f"mra_desktop_{lang}.ts")
    words = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            words[name, source] = source if lang == "en" else message.findtext("translation") or ""
    return words


INTERFACE = {lang: _interface(lang) for lang in LANGS}


def norm(text: str) -> str:
    """A label as read: no accelerator, no closing colon, one kind of space and dash."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("-", " ")
    return " ".join(text.split()).rstrip(" :").casefold()


def _catalogue_label(field: str, lang: str) -> str:
    entry = next(f for f in CATALOGUE["change_fields"] if f["field"] == field)
    return str(entry["label"][lang])


def _uses() -> list[tuple[str, str, str, str, bool]]:
    """(term, language, where, the words there, whether they must only contain the term)."""
    uses = []
    for code, term in TERMS.items():
        for lang in LANGS:
            for key in term.get("interface", []):
                context, source = key.split("|", 1)
                uses.append((code, lang, f"interface {key}", INTERFACE[lang][context, source], False))
            for key in term.get("interface_mentions", []):
                context, source = key.split("|", 1)
                uses.append((code, lang, f"interface {key}", INTERFACE[lang][context, source], True))
            for key in term.get("report", []):
                uses.append((code, lang, f"report {key}", REPORT[key][lang], False))
            for key in term.get("report_mentions", []):
                uses.append((code, lang, f"report {key}", REPORT[key][lang], True))
            for field in term.get("catalogue", []):
                uses.append((code, lang, f"catalogue {field}", _catalogue_label(field, lang), False))
    return uses


USES = _uses()


@pytest.mark.parametrize(("code", "lang", "where", "words", "mention"), USES,
                         ids=[f"{u[0]}-{u[1]}-{u[2]}" for u in USES])
def test_the_interface_and_the_report_name_each_thing_as_the_glossary_does(
    code: str, lang: str, where: str, words: str, mention: bool
) -> None:
    term = norm(TERMS[code][lang])
    if mention:
        # in Arabic a noun loses its article before the noun it is annexed to:
        # المؤسسة -> مؤسسة المشارك الجديد
        forms = {term, term.removeprefix("ال")} if lang == "ar" else {term}
        assert any(form in norm(words) for form in forms), (
            f"{where}: {words!r} does not name {TERMS[code][lang]!r}"
        )
    else:
        assert norm(words) == term, f"{where}: {words!r} instead of {TERMS[code][lang]!r}"


def test_both_sides_of_each_term_are_checked() -> None:
    """Every term is used by the interface or the catalogue, and by the report (the
    glossary compares the two), but for a term of the interface alone said so."""
    for code, term in TERMS.items():
        screen = term.get("interface") or term.get("interface_mentions") or term.get("catalogue")
        report = term.get("report") or term.get("report_mentions")
        assert screen, code
        assert report or code in GLOSSARY["distinct"], code
        assert all(term[lang].strip() for lang in LANGS), code


def test_inclusive_forms_are_double_feminine_first_in_headings() -> None:
    inclusive = [term for term in TERMS.values() if term.get("inclusive")]
    assert inclusive
    for term in inclusive:
        first, _, second = term["fr"].partition(" et ")
        assert second and first.lower().endswith(("trices", "antes", "ées")), term["fr"]
        first_ar, _, second_ar = term["ar"].partition(" و")
        assert second_ar and first_ar.endswith("ات"), term["ar"]  # المشاركات والمشاركون
