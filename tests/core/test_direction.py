"""The direction of a paragraph: decided by the letters of the whole paragraph, not by its
first strong character, with the language of the document for ties and letterless text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mra_desktop.core.direction import language_direction, paragraph_direction

ARABIC = "اجتماع اللجنة المحلية للتكفل بالنساء"
FRENCH = "Réunion de la commission locale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic sentences that start with a Latin word (meeting titles, apps, hospitals)
        ("MRA: اجتماع اللجنة المحلية للتكفل بالنساء والأطفال ضحايا العنف بتازة 2022", "rtl"),
        ("WhatsApp هو الوسيلة التي تستعملها الخلية للتواصل مع الضحايا.", "rtl"),
        ("CHU الحسن الثاني بفاس: وحدة التكفل بالنساء", "rtl"),
        ("Association Amal تنظم يوما دراسيا حول القانون 103.13", "rtl"),
        # French sentences with an Arabic name or term
        ("Le CHU de Fès (المستشفى الجامعي) a ouvert une unité", "ltr"),
        ("L'assistante sociale, Mme فاطمة أوحمو, accompagne la victime", "ltr"),
        ("تازة : réunion de la commission locale du 18 mai", "ltr"),
        # plain text
        (ARABIC, "rtl"),
        (FRENCH, "ltr"),
        # Tamazight: Tifinagh and its Latin letters are written left to right
        ("ⵜⴰⵎⴰⵣⵉⵖⵜ ⴰⵣⵓⵍ", "ltr"),
        ("tamaziɣt: ṛṛeḥma", "ltr"),
        # an address says nothing about the sentence around it
        ("انظر https://stoplaviolence.sante.gov.ma/plainte/formulaire", "rtl"),
        ("راسلونا على contact@association-amal.ma", "rtl"),
        ("زوروا www.alhimaya.ma", "rtl"),
        ("Voir https://www.alhimaya.ma", "ltr"),
        # harakat are not letters and do not tip the balance
        ("تُدوَّن", "rtl"),
    ],
)
def test_the_letters_of_the_paragraph_decide(text: str, expected: str) -> None:
    for fallback in ("ar", "fr", "en"):
        assert paragraph_direction(text, fallback) == expected, (text, fallback)


@pytest.mark.parametrize("text", ["", "2022", "18/05/2022", "97,5 %", "…", "👩‍⚖️ ✓", "(1) - [2]", "٣٤"])
def test_without_letters_the_language_decides(text: str) -> None:
    assert paragraph_direction(text, "ar") == "rtl"
    assert paragraph_direction(text, "ar-MA") == "rtl"
    assert paragraph_direction(text, "fr") == "ltr"
    assert paragraph_direction(text, "en") == "ltr"


def test_a_tie_takes_the_language_s_direction() -> None:
    text = "abcd ابجد"
    assert paragraph_direction(text, "ar") == "rtl"
    assert paragraph_direction(text, "fr") == "ltr"


def test_language_direction() -> None:
    assert language_direction("ar") == "rtl"
    assert language_direction("AR_ma") == "rtl"
    assert [language_direction(code) for code in ("fr", "en", "zgh", "")] == ["ltr"] * 4


arabic_letters = st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
latin_letters = st.sampled_from("abcdefghijklmnopqrstuvwxyzéèàçɛɣṛḥṣṭẓčǧ")
neutral = st.sampled_from(" 0123456789.,:;!?()[]«»-/%\u064e\u0651\u200f")


@given(
    st.lists(arabic_letters, max_size=30),
    st.lists(latin_letters, max_size=30),
    st.lists(neutral, max_size=30),
    st.randoms(use_true_random=False),
    st.sampled_from(["ar", "fr", "en"]),
)
def test_the_majority_of_letters_wins_wherever_they_stand(
    arabic: list[str], latin: list[str], others: list[str], rng: object, language: str
) -> None:
    chars = arabic + latin + others
    rng.shuffle(chars)  # type: ignore[attr-defined]
    text = "".join(chars)
    if "www" in text.lower():  # a shuffle that spells an address is not the point here
        return
    expected = (
        "rtl"
        if len(arabic) > len(latin)
        else "ltr"
        if len(latin) > len(arabic)
        else language_direction(language)
    )
    assert paragraph_direction(text, language) == expected


@given(st.text(max_size=60), st.sampled_from(["ar", "fr", "en"]))
def test_any_text_gets_a_direction(text: str, language: str) -> None:
    assert paragraph_direction(text, language) in ("rtl", "ltr")
    # a paragraph and the same paragraph with digits and punctuation added agree
    assert paragraph_direction(text + " 2022.", language) == paragraph_direction(text, language)
