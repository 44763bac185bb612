"""The sync format's types and what comes from them: the shipped JSON Schemas, the
decoder's decisions against an independent JSON Schema validator and against clean(),
the canonical content JSON against json.dumps, and the rows SQLite gets against
SQLAlchemy's."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
from typing import Any

import jsonschema
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mra_desktop.core import models as m
from mra_desktop.core.database import make_engine
from mra_desktop.core.resources import resource_path
from mra_desktop.core.sync.errors import SyncFileError
from mra_desktop.core.sync.importer import _ROWS, _check_hashes, check_payload
from mra_desktop.core.sync.records import content_fields, content_hash
from mra_desktop.core.sync.schema import (
    _WHITESPACE,
    CANONICAL,
    MANIFEST_SCHEMA_FILE,
    PAYLOAD_DECODER,
    PAYLOAD_SCHEMA_FILE,
    RECORDS,
    Counts,
    content_hasher,
    load_schema,
    schema_text,
)
from mra_desktop.core.validation import SPECS, clean
from tests.sync_support import manifest_for, small_records

TYPES = [model.record_type for model in m.RECORD_TYPES]


@pytest.mark.parametrize("name", [PAYLOAD_SCHEMA_FILE, MANIFEST_SCHEMA_FILE])
def test_shipped_schemas_are_what_the_types_generate(name: str) -> None:
    """If this fails, the record types changed: regenerate the schemas with
    `python -m mra_desktop.core.sync.schema` and decide whether the format version changes."""
    shipped = resource_path("sync", name).read_text(encoding="utf-8")
    assert shipped == schema_text(name)


@pytest.mark.parametrize("name", [PAYLOAD_SCHEMA_FILE, MANIFEST_SCHEMA_FILE])
def test_shipped_schemas_are_valid_json_schemas(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_the_schema_lists_codes_in_the_catalogues_order() -> None:
    change = load_schema(PAYLOAD_SCHEMA_FILE)["$defs"]["change"]["properties"]["obligations"]
    assert change["$comment"].endswith("prevent, protect, investigate, punish, repair")
    assert change["uniqueItems"] is True


def test_format_document_ships_with_the_schemas() -> None:
    text = resource_path("sync", "FORMAT.md").read_text(encoding="utf-8")
    for heading in ("## 1. Container", "## 2. Manifest", "## 3. Payload", "## 4. Encryption",
                    "## 5. Signature", "## 6. What MRA's import does", "## 7. Identity cards"):
        assert heading in text
    manifest = load_schema(MANIFEST_SCHEMA_FILE)["$defs"]["Manifest"]
    for field in manifest["properties"]:
        assert f"`{field}`" in text or f"`{field}." in text, field


def test_whitespace_class_is_exactly_what_strip_removes() -> None:
    pattern = re.compile(f"[{_WHITESPACE}]")
    mismatched = [
        c for c in range(0x110000) if bool(pattern.fullmatch(chr(c))) != chr(c).isspace()
    ]
    assert mismatched == []


# -- the decoder against an independent validator and clean() -------------------------------
def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    """JSON Schema's pattern with ECMA-262's `$` (the very end of the text)."""
    if isinstance(instance, str):
        python = pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern
        if not re.search(python, instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


EcmaValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, {"pattern": _ecma_pattern}
)

_INTERESTING = [
    "", " ", "a", " a", "a ", "abc\n", "\u00a0x", "x\u3000", "\u200bx", "x\x1f", "\ufeffx",
    "health", "justice", "prevent", "protect", "punish", "continue", "yes", "fr", "group",
    "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e", "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e\n",
    "4B3C2D1E-0F9A-4B8C-9D7E-6F5A4B3C2D1E", "2022-03-14T09:30:15.250000+00:00",
    "2022-03-14T09:30:15+00:00", "2022-03-14T09:30:15Z", "2022-03-14T09:30:15+00:00\n",
    "٢٠٢٢-03-14T09:30:15+00:00", "2022-05-02", "2022-5-2", "2022-05-02\n", "2022-02-30",
    "0" * 64, "x" * 200, "x" * 201, "x" * 20_000, "x" * 20_001, "السلام عليكم",
]
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.sampled_from([0, 1, 2**31 - 1, 2**31, 10_000, 10_001, -1]),
    st.sampled_from(_INTERESTING),
    st.text(max_size=12),
    st.lists(st.sampled_from(["health", "justice", "prevent", "protect", "x", " a", "a", ""]),
             max_size=4),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
_SPACES = st.sampled_from([" ", "\t", "\n", "\u00a0", "\u3000", "\u2003", "\x1c", "\u200b", "\ufeff"])


def _near(value: Any) -> st.SearchStrategy[Any]:
    """Values close to a valid one, where the rules have their edges."""
    if isinstance(value, str):
        return st.one_of(
            st.builds(lambda w: value + w, _SPACES),
            st.builds(lambda w: w + value, _SPACES),
            st.builds(lambda w: w, _SPACES),
            st.builds(lambda n: "x" * n, st.sampled_from([0, 1, 36, 40, 60, 100, 199, 200, 201])),
            st.just(value.upper()),
            st.just(value[:-1]),
        )
    if isinstance(value, bool):
        return st.sampled_from([not value, 0, 1, None])
    if isinstance(value, int):
        return st.sampled_from([value - 1, value + 1, -1, 0, 10_000, 10_001, 2**31, str(value)])
    if isinstance(value, list):
        return st.one_of(
            st.just(value + value[:1]),
            st.just(list(reversed(value))),
            st.lists(st.sampled_from(["health", "justice", "system", "prevent", "punish", " x",
                                      "x", ""]), max_size=4),
            st.just(value * 26),
        )
    return st.sampled_from(["", " ", "x", 0, []])


@st.composite
def mutated_records(draw: Any) -> tuple[str, dict[str, Any]]:
    record_type = draw(st.sampled_from(["organisation", "meeting", "change", "note"]))
    record = copy.deepcopy(small_records()[record_type][0])
    fields = sorted(record)
    for name in draw(st.lists(st.sampled_from(fields), max_size=4, unique=True)):
        record[name] = draw(st.one_of(_near(record[name]), _VALUES))
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:
        del record[draw(st.sampled_from(fields))]
    if draw(st.integers(0, 19)) == 0:
        record[draw(st.sampled_from(["extra", "path", "id2"]))] = draw(_VALUES)
    if draw(st.booleans()):  # so that the mutation itself, not a stale hash, decides
        try:
            record["content_hash"] = content_hash(
                record_type, {n: record[n] for n in content_fields(record_type)}
            )
        except (KeyError, TypeError):
            pass
    return record_type, record


_SETTINGS = settings(max_examples=600, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _accepted(record_type: str, record: dict[str, Any]) -> str | None:
    """None when the import's checks accept a payload holding ``record``, else why not."""
    records = small_records()
    records[record_type][0] = record
    payload = json.dumps({"records": records}, ensure_ascii=False).encode("utf-8")
    counts = manifest_for(small_records())["counts"]
    counts[record_type]["deleted"] = int(record.get("deleted_at") is not None)
    try:
        checked = check_payload(payload, msgspec.convert(counts, Counts))
        for name, items in checked.records.items():  # as a first import hashes them
            _check_hashes(name, items, [None] * len(items))
    except SyncFileError as exc:
        return exc.message
    return None


@_SETTINGS
@given(mutated_records())
def test_what_the_import_accepts_the_published_schema_accepts(
    case: tuple[str, dict[str, Any]]
) -> None:
    """The decoder is the published schema and more (dates that exist, catalogue order,
    the rules that tie fields, the hash): it never accepts what the schema refuses, and
    what it refuses and the schema accepts is one of those rules, named."""
    record_type, record = case
    refusal = _accepted(record_type, record)
    schema = load_schema(PAYLOAD_SCHEMA_FILE)
    target = {"$defs": schema["$defs"], "$ref": f"#/$defs/{record_type}"}
    by_schema = EcmaValidator(target).is_valid(record)
    if refusal is None:
        assert by_schema
        assert jsonschema.Draft202012Validator(target).is_valid(record)
    else:
        assert "\n" not in refusal and refusal.endswith(".")
        assert "breaks the format" not in refusal
        if by_schema:
            assert any(words in refusal for words in (
                "content hash", "does not exist", "catalogue's order", "same entry twice",
                "canonical form", "must end after it starts", "one sector only",
                "chosen as most significant",
            )), refusal


@_SETTINGS
@given(mutated_records())
def test_what_the_import_accepts_clean_leaves_unchanged(case: tuple[str, dict[str, Any]]) -> None:
    """Imported records obey the rules typed records obey."""
    record_type, record = case
    if _accepted(record_type, record) is not None:
        return
    content = {name: record[name] for name in SPECS[record_type]}
    cleaned = clean(record_type, content, creating=True)
    for name, spec in SPECS[record_type].items():
        if spec.kind == "date" and cleaned[name] is not None:
            cleaned[name] = cleaned[name].isoformat()
    assert cleaned == content


# -- canonical JSON and rows ----------------------------------------------------------------
_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@_SETTINGS
@given(
    story=_TEXT,
    results=_TEXT,
    position=st.integers(0, 2**31 - 1),
    covid=st.booleans(),
    consent=st.tuples(st.booleans(), st.booleans()),
    deleted=st.one_of(st.none(), st.datetimes(timezones=st.just(dt.UTC))),
)
def test_content_hash_is_taken_over_exactly_what_json_dumps_writes(
    story: str, results: str, position: int, covid: bool, consent: tuple[bool, bool],
    deleted: dt.datetime | None,
) -> None:
    """The fast hash of a decoded record is the reference one, a false consent flag left
    out by both."""
    record = small_records()["change"][0]
    record.update(story=story, results=results, position=position, covid=covid,
                  may_be_quoted=consent[0], anonymise=consent[1],
                  deleted_at=deleted.isoformat() if deleted else None)
    record["content_hash"] = "0" * 64
    decoded = PAYLOAD_DECODER.decode(
        json.dumps({"records": {t: [record] if t == "change" else [] for t in TYPES}}).encode()
    )
    expected = content_hash("change", {n: record[n] for n in content_fields("change")})
    assert content_hasher("change")(decoded.records.change[0]) == expected


@pytest.mark.parametrize("record_type", TYPES)
def test_content_hash_of_every_type(record_type: str) -> None:
    from tests.benchmarks.sync_bench_data import generate_records, payload_bytes

    records = generate_records(60)
    decoded = getattr(PAYLOAD_DECODER.decode(payload_bytes(records)).records, record_type)
    assert [content_hasher(record_type)(r) for r in decoded] == [
        r["content_hash"] for r in records[record_type]
    ]


def test_the_exported_form_is_canonical() -> None:
    from tests.benchmarks.sync_bench_data import generate_records, payload_bytes

    payload = payload_bytes(generate_records(60))
    assert CANONICAL.encode(PAYLOAD_DECODER.decode(payload)) == payload


@_SETTINGS
@given(moment=st.datetimes(min_value=dt.datetime(1000, 1, 1), timezones=st.just(dt.UTC)),
       facilitators=st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1,
                                     max_size=8).filter(lambda t: t == t.strip()),
                             max_size=3, unique=True))
def test_rows_sqlite_gets_are_what_sqlalchemy_stores(
    moment: dt.datetime, facilitators: list[str]
) -> None:
    """The importer hands SQLite the format's text and lets SQL turn times into the text
    SQLAlchemy stores; JSON lists are written as SQLAlchemy writes them."""
    record = small_records()["meeting"][0]
    record.update(created_at=moment.isoformat(), deleted_at=moment.isoformat(),
                  facilitators=facilitators)
    record["content_hash"] = content_hash("meeting", {n: record[n] for n in content_fields("meeting")})
    decoded = PAYLOAD_DECODER.decode(
        json.dumps({"records": {t: [record] if t == "meeting" else [] for t in TYPES}}).encode()
    ).records.meeting
    rows = _ROWS["meeting"]
    conn = sqlite3.connect(":memory:")
    names = ", ".join(f'"{n}"' for n in rows.columns)
    conn.execute(f"CREATE TABLE meeting ({names})")
    conn.executemany(rows.sql, rows.rows(decoded, ("o", "o", 1, False)))
    stored = dict(zip(rows.columns, conn.execute("SELECT * FROM meeting").fetchone(), strict=True))
    dialect = make_engine(":memory:").dialect
    table = m.Meeting.__table__
    for name in ("created_at", "deleted_at", "facilitators", "date", "sectors"):
        convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        value = {"created_at": moment, "deleted_at": moment, "facilitators": facilitators,
                 "date": dt.date.fromisoformat(record["date"]), "sectors": record["sectors"]}[name]
        assert stored[name] == (convert(value) if convert else value), name


def test_the_core_needs_no_jsonschema() -> None:
    """jsonschema is a test tool only: the program checks with its own types."""
    code = (
        "import sys, json, msgspec\n"
        "from mra_desktop.core.sync.importer import check_payload\n"
        "from mra_desktop.core.sync.schema import Counts\n"
        "from tests.sync_support import small_records, manifest_for\n"
        "r = small_records()\n"
        "check_payload(json.dumps({'records': r}).encode(),\n"
        "              msgspec.convert(manifest_for(r)['counts'], Counts))\n"
        "print('jsonschema' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_every_record_type_has_a_struct_with_the_models_fields() -> None:
    for record_type, struct in RECORDS.items():
        model = m.RECORD_TYPE_BY_NAME[record_type]
        assert set(struct.__struct_fields__) == {
            c.key for c in model.__table__.columns if c.key not in m.LOCAL_ONLY_FIELDS
        }
