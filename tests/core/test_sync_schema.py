"""The sync format's schemas, and the fast paths that stand in for slower references:
the compiled validator against ``jsonschema`` and ``clean()``, the canonical JSON against
``json.dumps``, the row conversions against SQLAlchemy's."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import subprocess
import sys
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mra_desktop.core import models as m
from mra_desktop.core.database import make_engine
from mra_desktop.core.resources import resource_path
from mra_desktop.core.sync.errors import SyncFileError
from mra_desktop.core.sync.importer import check_payload, explain_payload
from mra_desktop.core.sync.records import (
    content_fields,
    content_hash,
    date_fields,
    payload_to_values,
)
from mra_desktop.core.sync.rows import DELETED, LIVE, _fast_date, _fast_timestamp, codecs_for
from mra_desktop.core.sync.schema import (
    _WHITESPACE,
    MANIFEST_SCHEMA_FILE,
    PAYLOAD_SCHEMA_FILE,
    Validator,
    build_payload_schema,
    load_schema,
    payload_validators,
)
from mra_desktop.core.validation import SPECS, clean
from tests.sync_support import manifest_for, small_records

TYPES = [model.record_type for model in m.RECORD_TYPES]


def test_shipped_payload_schema_is_what_the_field_rules_generate() -> None:
    """If this fails, the field rules changed: regenerate the schema with
    `python -m mra_desktop.core.sync.schema` and decide whether the format version changes."""
    assert load_schema(PAYLOAD_SCHEMA_FILE) == build_payload_schema()


@pytest.mark.parametrize("name", [PAYLOAD_SCHEMA_FILE, MANIFEST_SCHEMA_FILE])
def test_shipped_schemas_are_valid_json_schemas(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_format_document_ships_with_the_schemas() -> None:
    text = resource_path("sync", "FORMAT.md").read_text(encoding="utf-8")
    for heading in ("## 1. Container", "## 2. Manifest", "## 3. Payload", "## 4. Encryption"):
        assert heading in text
    manifest = load_schema(MANIFEST_SCHEMA_FILE)
    for field in manifest["properties"]:
        assert f"`{field}`" in text or f"`{field}." in text, field


def test_whitespace_class_is_exactly_what_strip_removes() -> None:
    pattern = re.compile(f"[{_WHITESPACE}]")
    mismatched = [
        c for c in range(0x110000) if bool(pattern.fullmatch(chr(c))) != chr(c).isspace()
    ]
    assert mismatched == []


# -- the compiled validator against jsonschema and clean() ----------------------------------
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
    "٢٠٢٢-03-14T09:30:15+00:00", "2022-05-02", "2022-5-2", "2022-05-02\n", "0" * 64, "x" * 200,
    "x" * 201, "x" * 20_000, "x" * 20_001, "السلام عليكم",
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
    return record_type, record


_SETTINGS = settings(max_examples=600, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(mutated_records())
def test_compiled_validator_decides_like_jsonschema(case: tuple[str, dict[str, Any]]) -> None:
    record_type, record = case
    schema, validators = payload_validators()
    fast = validators[record_type].is_valid(record)
    target = {"$defs": schema["$defs"], "$ref": f"#/$defs/{record_type}"}
    assert fast == EcmaValidator(target).is_valid(record)
    if fast:  # and what it accepts, the standard's own reading accepts too
        assert jsonschema.Draft202012Validator(target).is_valid(record)
    else:
        assert validators[record_type].explain(record)


@_SETTINGS
@given(mutated_records())
def test_what_the_schema_accepts_clean_leaves_unchanged(case: tuple[str, dict[str, Any]]) -> None:
    """Imported records obey the rules typed records obey."""
    record_type, record = case
    _, validators = payload_validators()
    if not validators[record_type].is_valid(record):
        return
    content = {name: record[name] for name in SPECS[record_type]}
    for name, spec in SPECS[record_type].items():
        if spec.kind == "codes" and spec.choices:
            content[name] = sorted(content[name], key=spec.choices.index)
    cleaned = clean(record_type, content, creating=True)
    for name in date_fields(record_type):
        if cleaned[name] is not None:
            cleaned[name] = cleaned[name].isoformat()
    assert cleaned == content


def test_validator_compiles_recursive_schemas_and_refuses_unknown_keywords() -> None:
    tree = {"$defs": {"node": {"type": "object", "additionalProperties": False, "properties": {
        "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}}, "n": {"type": "integer"}}}}}
    node = Validator(tree, "node")
    assert node.is_valid({"kids": [{"kids": [{"n": 1}]}]})
    assert not node.is_valid({"kids": [{"kids": [{"n": "1"}]}]})
    assert node.explain({"kids": [{"kids": [{"n": "1"}]}]}) == (
        'the field "kids/0/kids/0/n" must be of type integer, not str'
    )
    with pytest.raises(ValueError, match="unsupported schema keywords"):
        Validator({"type": "string", "format": "email"})


# -- canonical JSON and rows ----------------------------------------------------------------
_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@_SETTINGS
@given(
    story=_TEXT,
    results=_TEXT,
    position=st.integers(0, 2**31 - 1),
    covid=st.booleans(),
    deleted=st.one_of(st.none(), st.datetimes(timezones=st.just(dt.UTC))),
)
def test_canonical_text_is_exactly_what_json_dumps_writes(
    story: str, results: str, position: int, covid: bool, deleted: dt.datetime | None
) -> None:
    record = small_records()["change"][0]
    record.update(story=story, results=results, position=position, covid=covid,
                  deleted_at=deleted.isoformat() if deleted else None)
    codec = codecs_for(make_engine(":memory:").dialect)["change"]
    expected = json.dumps(
        {"type": "change", **{n: record[n] for n in content_fields("change")}},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    assert codec.canonical(record) == expected
    record["content_hash"] = content_hash("change", {n: record[n] for n in content_fields("change")})
    assert codec.ingest(record, set(), [], "origin") == (DELETED if deleted else LIVE)


@pytest.mark.parametrize("record_type", TYPES)
def test_canonical_text_of_every_type(record_type: str) -> None:
    from tests.benchmarks.sync_bench_data import generate_records

    codec = codecs_for(make_engine(":memory:").dialect)[record_type]
    for record in generate_records(60)[record_type]:
        fields = {n: record[n] for n in content_fields(record_type)}
        assert codec.canonical(record) == json.dumps(
            {"type": record_type, **fields}, sort_keys=True, ensure_ascii=False,
            separators=(",", ":"))


@_SETTINGS
@given(moment=st.datetimes(timezones=st.just(dt.UTC)), day=st.dates())
def test_fast_time_and_date_text_is_what_sqlalchemy_stores(moment: dt.datetime, day: dt.date) -> None:
    dialect = make_engine(":memory:").dialect
    table = m.Change.__table__
    store_time = table.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    store_date = m.Meeting.__table__.c.date.type.dialect_impl(dialect).bind_processor(dialect)
    assert _fast_timestamp(moment.isoformat()) == store_time(moment)
    assert _fast_date(day.isoformat()) == store_date(day)
    codec = codecs_for(dialect)["change"]
    assert codec.positional


def test_core_stays_free_of_jsonschema_until_a_message_is_needed() -> None:
    """Checking 100,000 records must not go through jsonschema (0.2 ms a record)."""
    code = (
        "import sys\n"
        "from mra_desktop.core.sync.schema import payload_validators\n"
        "from tests.sync_support import small_records\n"
        "_, v = payload_validators()\n"
        "assert v['change'].is_valid(small_records()['change'][0])\n"
        "print('jsonschema' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# -- the typed decoder against the worded check -------------------------------------------
def _refusal(check: Any, payload: bytes, manifest: dict[str, Any]) -> str | None:
    codecs = codecs_for(make_engine(":memory:").dialect)
    try:
        check(payload, manifest, codecs, "0" * 36)
    except SyncFileError as exc:
        return exc.message
    return None


@_SETTINGS
@given(mutated_records(), st.booleans())
def test_the_payload_decoder_accepts_exactly_what_the_worded_check_accepts(
    case: tuple[str, dict[str, Any]], rehashed: bool
) -> None:
    """The import decides with the typed decoder and ``ingest_decoded``; the slower
    reading (``explain_payload``) only words refusals. They must agree on every payload,
    and a refusal carries the worded sentence."""
    record_type, record = case
    if rehashed:  # so that the mutation itself, not a stale hash, decides
        try:
            record["content_hash"] = content_hash(
                record_type, {n: record[n] for n in content_fields(record_type)}
            )
        except (KeyError, TypeError):
            pass
    records = small_records()
    records[record_type][0] = record
    payload = json.dumps({"records": records}, ensure_ascii=False).encode("utf-8")
    manifest = manifest_for(small_records())
    manifest["counts"][record_type]["deleted"] = int(record.get("deleted_at") is not None)
    decided = _refusal(check_payload, payload, manifest)
    assert decided == _refusal(explain_payload, payload, manifest)
    if decided is not None:
        assert "breaks the format" not in decided


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        (b'{"records": {}}', "must list the records of each type"),
        (b"[1]", 'must be an object with "records"'),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"records": NaN}', "not valid JSON"),
        (b'{"records": {"organisation": [{"id": 1.0}]}}', "must list the records"),
    ],
)
def test_payload_refusals_are_worded(text: bytes, refusal: str) -> None:
    message = _refusal(check_payload, text, manifest_for(small_records()))
    assert message is not None and refusal in message


_NAMES = st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8)
                  .filter(lambda t: t == t.strip()), max_size=3, unique=True)


@_SETTINGS
@given(
    moment=st.datetimes(min_value=dt.datetime(1000, 1, 1), timezones=st.just(dt.UTC)),
    deleted=st.one_of(st.none(), st.datetimes(timezones=st.just(dt.UTC))),
    facilitators=_NAMES,
    sectors=st.lists(st.sampled_from(["health", "justice", "law_enforcement", "system"]),
                     unique=True),
    covid=st.booleans(),
)
def test_rows_made_while_checking_are_what_sqlalchemy_stores(
    moment: dt.datetime, deleted: dt.datetime | None, facilitators: list[str],
    sectors: list[str], covid: bool,
) -> None:
    """The INSERT parameters ``ingest_decoded`` builds (times sliced inline, lists and
    flags converted without SQLAlchemy) equal SQLAlchemy's own conversion of the values."""
    order = ["health", "justice", "law_enforcement", "system"]
    records = small_records()
    meeting, change = records["meeting"][0], records["change"][0]
    meeting.update(facilitators=facilitators, sectors=sorted(sectors, key=order.index),
                   created_at=moment.isoformat(), deleted_at=deleted and deleted.isoformat())
    change.update(covid=covid, updated_at=moment.isoformat())
    for record_type, record in (("meeting", meeting), ("change", change)):
        record["content_hash"] = content_hash(
            record_type, {n: record[n] for n in content_fields(record_type)}
        )
    dialect = make_engine(":memory:").dialect
    codecs = codecs_for(dialect)
    payload = json.dumps({"records": records}, ensure_ascii=False).encode("utf-8")
    checked = check_payload(payload, manifest_for(records), codecs, "0" * 36)
    for record_type, record in (("meeting", meeting), ("change", change)):
        table = m.RECORD_TYPE_BY_NAME[record_type].__table__
        values = payload_to_values(record_type, record) | {"origin_import_id": "0" * 36}
        expected = []
        for name, _ in codecs[record_type]._converters:
            convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            expected.append(convert(values[name]) if convert else values[name])
        assert checked.rows[record_type] == [tuple(expected)]
