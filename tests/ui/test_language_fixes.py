"""The words a bilingual review of the program asked to change, each as reviewed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.protocol import load_protocol
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.sentences import visible

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def _translation(lang: str, context: str, source: str) -> str:
    tree = ET.parse(TRANSLATIONS / f"mra_desktop_{lang}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return (message.findtext("translation") or "").replace("&", "")
    raise KeyError((context, source))


def test_french_question_1c_is_the_fiches() -> None:
    question = load_protocol().question("gp_best")["text"]["fr"]
    assert question == (
        "Quand votre service ou votre groupe a-t-il donné le meilleur de lui-même ? "
        "Quand en a-t-il été fier ?"
    )


@pytest.mark.parametrize(
    ("code", "ar", "fr"),
    [
        ("local_commission", "اللجنة المحلية", "Commission locale"),
        ("regional_commission", "اللجنة الجهوية", "Commission régionale"),
        ("cross_sectoral", "اجتماع متعدد القطاعات", "Réunion intersectorielle"),
    ],
)
def test_a_meetings_body_is_named_in_the_singular(code: str, ar: str, fr: str) -> None:
    protocol = load_protocol()
    assert protocol.label("body", code, "ar").startswith(ar)
    assert protocol.label("body", code, "fr").startswith(fr)


@pytest.mark.parametrize(
    ("context", "source", "expected"),
    [
        ("History", "Choose as most significant", "اختياره باعتباره التغيير الأكثر أهمية"),
        ("ChangeEditor", "Answers %1 of the %2 questions of the fiche", "أسئلة البطاقة التقنية"),
        ("ReviewPage", "Every change answers all the questions of the fiche.", "أسئلة البطاقة التقنية"),
        ("Conflicts", "Open conflicts", "التعارضات المعلّقة"),
        ("GoodPracticesPage", "Sector of the next change", "التغيير التالي"),
        ("SyncImport", "Fo&rget the keys", "مسح المفاتيح من الذاكرة"),
    ],
)
def test_the_arabic_fixes(context: str, source: str, expected: str) -> None:
    assert expected in _translation("ar", context, source)


def test_the_french_report_is_being_created() -> None:
    assert _translation("fr", "ExportPdf", "Writing the report…") == "Création du rapport…"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("fr", "Évaluation participative de la réponse des acteurs publics aux violences faites aux femmes"),
        ("ar", "التقييم التشاركي لاستجابة الفاعلين العموميين للعنف ضد النساء"),
    ],
)
def test_the_setup_names_the_protocol_by_its_title(
    qtbot: Any, services: Any, meeting: Any, english: QApplication, lang: str, title: str  # noqa: F811
) -> None:
    from mra_desktop.ui.autosave import Autosaver
    from mra_desktop.ui.history import History
    from mra_desktop.ui.meeting_setup import MeetingSetupView

    protocol = load_protocol()
    services.meetings.update(meeting.id, protocol_id=protocol.id, protocol_version=protocol.version)
    apply_language(english, lang)
    autosaver = Autosaver(services)
    setup = MeetingSetupView(services, autosaver)
    qtbot.addWidget(setup)
    setup.set_meeting(meeting.id, History(services, autosaver))
    shown = visible(setup.protocol_label.text())
    assert title in shown and protocol.version in shown
    assert "mra-participatory-assessment" not in shown
