"""Meetings made up for report tests and benchmarks: mixed scripts, long cells, many rows."""

from __future__ import annotations

from typing import Any

ARABIC_SENTENCES = [
    "أصبح نائب وكيل الملك المداوم يصدر تعليماته عبر الهاتف (فورا) في الحالات المستعجلة",
    "وفق القانون 103.13 المتعلق بمحاربة العنف ضد النساء",
    "وتؤكد النيابة العامة التعليمات كتابة داخل أجل 24 ساعة في 97.5% من الحالات",
    "كما يمكن التواصل عبر البوابة www.alhimaya.ma أو الرقم الأخضر 8350",
    "وقد شارك في اللقاء ممثل عن Entraide Nationale وممثلة عن جمعية ⵜⴰⵎⵖⴰⵔⵜ",
    "بتاريخ 18/05/2022 [بحضور المساعدة الاجتماعية] داخل خلية التكفل",
]
FRENCH_SENTENCES = [
    "Le parquet donne ses instructions par téléphone (sans délai) dans les cas urgents",
    "conformément à la loi 103.13 relative à la lutte contre les violences faites aux femmes",
    "et l'assistante sociale, Mme فاطمة أوحمو, accompagne la victime à l'hôpital",
    "le délai moyen passe de 3 jours à 6 heures, soit 91,7 % de moins",
]


def paragraph(sentences: list[str], count: int) -> str:
    separator = ", " if sentences[0][0].isascii() else "، "
    return separator.join(sentences[i % len(sentences)] for i in range(count)) + "."


def add_meeting(
    services: Any,
    *,
    title: str = "اجتماع اللجنة المحلية بتازة (تقييم الممارسات الجيدة)",
    language: str = "ar",
    changes: int = 3,
    actions: int = 6,
    story_sentences: int = 4,
    organisation: str = "جمعية تفعيل المبادرات",
) -> str:
    """A complete meeting; returns its id."""
    org = services.organisations.create(name=organisation, city="Taza", region="Fès-Meknès")
    meeting = services.meetings.create(
        organisation_id=org.record_id,
        title=title,
        date="2022-05-18",
        city="Taza",
        region="Fès-Meknès",
        kind="group",
        scope="multisectoral",
        sectors=["health", "justice", "law_enforcement", "system"],
        period_from="2021-11-01",
        period_to="2022-04-30",
        language=language,
        facilitators=["سميرة الإدريسي", "Amina Oubella"],
    ).record_id
    services.participants.create(
        meeting_id=meeting,
        role="نائب وكيل الملك",
        institution="النيابة العامة بتازة",
        sector="justice",
        count=2,
        name="نادية العلوي",
    )
    services.participants.create(
        meeting_id=meeting,
        role="Médecin référente",
        institution="CHR Hassan II",
        sector="health",
        count=1,
        name="Dr Salma Idrissi",
    )
    sectors = ["health", "justice", "law_enforcement", "system"]
    for index in range(changes):
        french = index % 3 == 2
        sentences = FRENCH_SENTENCES if french else ARABIC_SENTENCES
        services.changes.create(
            meeting_id=meeting,
            sector=sectors[index % len(sectors)],
            title=(
                f"Changement {index + 1} : circuit (urgences)"
                if french
                else f"التغيير رقم {index + 1}: التعليمات الشفوية (الهاتف)"
            ),
            what_changed=paragraph(sentences, 2),
            before=paragraph(sentences[1:], 2),
            now=paragraph(sentences[2:], 3),
            who_decided="وكيل الملك لدى المحكمة الابتدائية بتازة",
            location="دائرة نفوذ المحكمة الابتدائية بتازة",
            level="province",
            ongoing="yes",
            objective="• " + paragraph(sentences, 1) + "\n• " + paragraph(sentences[3:], 1),
            results="• " + paragraph(sentences[2:], 2) + "\n• " + paragraph(sentences, 1),
            story=paragraph(sentences, story_sentences),
            significance=paragraph(sentences[1:], 1),
            difference=paragraph(sentences[-2:], 1),
            obligations=["protect", "investigate"],
            msc_selected=index == 0,
            msc_reason=paragraph(sentences, 1) if index == 0 else "",
        )
    actions_cycle = ["continue", "stop", "start"]
    for index in range(actions):
        services.action_items.create(
            meeting_id=meeting,
            sector=sectors[index % len(sectors)],
            action=actions_cycle[index % 3],
            level="policy" if index % 2 else "practice",
            text=paragraph(ARABIC_SENTENCES[index % 3 :], 1),
            responsible="اللجنة المحلية",
            timeframe="قبل نهاية 2022",
        )
    return meeting
