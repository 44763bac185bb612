"""The protocol catalogue: complete in three languages and consistent with the model."""

from __future__ import annotations

import json
import re

import pytest

from mra_desktop.core import models as m
from mra_desktop.core.protocol import available_versions, load_protocol, missing_translations
from mra_desktop.core.resources import resource_path

ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(scope="module")
def raw() -> dict:
    versions = available_versions()
    with resource_path("protocol", f"protocol-v{versions[-1]}.json").open(encoding="utf-8") as f:
        return json.load(f)


def test_every_entry_has_arabic_french_and_english(raw) -> None:  # type: ignore[no-untyped-def]
    assert missing_translations(raw) == []


def test_missing_translation_is_detected() -> None:
    assert missing_translations({"q": [{"text": {"ar": "سؤال", "fr": "", "en": "Q"}}]}) == [
        "/q[0]/text: fr"
    ]


def test_arabic_texts_are_in_arabic_script(raw) -> None:  # type: ignore[no-untyped-def]
    def walk(node):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            if "ar" in node and isinstance(node["ar"], str):
                yield node["ar"]
            else:
                for value in node.values():
                    yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    texts = list(walk(raw))
    assert len(texts) > 100
    assert [t for t in texts if not ARABIC.search(t)] == []
    assert [t for t in texts if re.search(r"[\u0660-\u0669]", t)] == []  # Western digits only


def test_codes_match_the_model() -> None:
    protocol = load_protocol()
    assert protocol.codes("obligations") == list(m.OBLIGATIONS)
    assert protocol.codes("sectors") == list(m.SECTORS)
    assert protocol.codes("participant_sectors") == list(m.PARTICIPANT_SECTORS)
    assert protocol.codes("meeting_bodies") == list(m.MEETING_BODIES)
    vocab = {
        "meeting_kind": m.MEETING_KINDS, "meeting_scope": m.MEETING_SCOPES,
        "meeting_format": m.MEETING_FORMATS, "meeting_status": m.MEETING_STATUSES,
        "language": m.LANGUAGES, "change_kind": m.CHANGE_KINDS, "level": m.LEVELS,
        "ongoing": m.ONGOING, "change_class": m.CHANGE_CLASSES, "action": m.ACTIONS,
        "action_level": m.ACTION_LEVELS,
    }
    for name, codes in vocab.items():
        assert [e["code"] for e in protocol.vocabulary(name)] == list(codes), name
    fields = {f["field"] for f in protocol.change_fields()}
    assert fields <= set(m.Change.content_fields())


def test_protocol_follows_the_fiche() -> None:
    protocol = load_protocol()
    assert [s["code"] for s in protocol.data["steps"]] == [
        "due_diligence", "good_practices", "most_significant", "action_plan", "review",
    ]
    assert len(protocol.questions("good_practices")) == 7
    assert [q["code"] for q in protocol.questions("action_plan")] == [
        "ap_continue", "ap_stop", "ap_start",
    ]
    assert "Continuer" in protocol.question("ap_continue")["text"]["fr"]
    assert protocol.label("action", "stop", "fr") == "Arrêter"
    assert protocol.label("obligation", "prevent", "ar") == "الوقاية"
    assert protocol.precision_fields() == [
        "what_changed", "before", "now", "who_decided", "location", "level", "ongoing",
        "objective", "results",
    ]
    assert "Gendarmerie" in protocol.data["precision_example"]["precise"]["fr"]
    assert protocol.subtheme_label("system", "local_commissions", "en")


def test_unknown_protocol_version_gives_a_sentence() -> None:
    from mra_desktop.core.errors import MraError

    with pytest.raises(MraError, match="protocol version 99"):
        load_protocol("99")
