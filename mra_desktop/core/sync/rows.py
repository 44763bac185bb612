"""Turning sync-file records into their content hash and their database row, fast.

MRA imports files of 100,000 records, so the per-record work matters. For each record
type, :class:`RecordCodec` generates small functions once:

* ``ingest(record, seen)`` does every check of a record that needs only the file: the
  payload schema (the code the schema compiler writes), dates and times that exist, its
  content hash against its canonical content JSON, its id not seen before, code lists in
  catalogue order, the form of a deletion time; it returns a status (:data:`INGESTED`);
  ``ingest_decoded(record, seen)`` does the same for a record the payload decoder
  (:func:`mra_desktop.core.sync.schema.payload_decoder`) made, leaving out the rules that
  decoder has checked;
* ``canonical(record)`` writes only the canonical content JSON. Both write it field by
  field in sorted order with the ``json`` module's own string escaping
  (:func:`json.encoder.encode_basestring`), giving exactly the text
  :func:`mra_desktop.core.sync.records.content_hash` hashes (tests compare them) at a
  third of the cost;
* ``row(record, origin)`` builds the parameters of the ``INSERT`` statement for a record
  ``ingest`` accepted. The statement and the conversions come from SQLAlchemy for the
  database in use; times and dates are turned into SQLite's text by slicing the ISO text,
  but only after checking, when the codec is made, that SQLAlchemy's own conversion gives
  the same text (otherwise its conversion is used). With a driver that takes named
  parameters, rows are dictionaries for SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from hashlib import sha256
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Dialect, Table, insert

from mra_desktop.core import models as m
from mra_desktop.core.sync.records import (
    LOCAL_ONLY,
    TIMESTAMP_FIELDS,
    content_fields,
    date_fields,
    payload_fields,
    payload_to_values,
    table_of,
)
from mra_desktop.core.sync.schema import PAYLOAD_SCHEMA_FILE, _Compiler, load_schema
from mra_desktop.core.validation import SPECS

#: what ``ingest`` returns: False when the record breaks a rule of the payload schema, else
LIVE = 1  # a sound record
DELETED = 2  # a sound deletion mark
BAD_HASH = 3  # its content hash does not match its fields
DUPLICATE_ID = 4  # its id was seen before in the file
CODES_OUT_OF_ORDER = 5  # a code list is not in the catalogue's order
DELETION_NOT_CANONICAL = 6  # deleted_at is not written in its canonical form
INGESTED = (LIVE, DELETED, BAD_HASH, DUPLICATE_ID, CODES_OUT_OF_ORDER, DELETION_NOT_CANONICAL)

_fromisoformat = dt.datetime.fromisoformat
_date_fromisoformat = dt.date.fromisoformat


def _value_code(schema: dict[str, Any], var: str) -> str:
    """A Python expression writing ``var`` (already checked against ``schema``) as JSON."""
    if "$ref" in schema:
        return f"E({var})"  # uuid, timestamp, sha256: strings
    declared = schema.get("type")
    types = {declared} if isinstance(declared, str) else set(declared or ())
    nullable = "null" in types
    types.discard("null")
    if types == {"string"}:
        code = f"E({var})"
    elif types == {"integer"}:
        code = f"str({var})"
    elif types == {"boolean"}:
        code = f"('true' if {var} else 'false')"
    elif types == {"array"}:
        code = f"('[' + ','.join(map(E, {var})) + ']')"
    else:  # pragma: no cover - a new kind of field needs a rule here
        raise AssertionError(f"no canonical form for {schema}")
    return f"('null' if {var} is None else {code})" if nullable else code


def _fast_timestamp(text: str | None) -> str | None:
    """SQLite's text for a time already checked by ``ingest`` (so it exists)."""
    if text is None:
        return None
    return text[:10] + " " + text[11:19] + (text[19:26] if text[19] == "." else ".000000")


def _fast_date(text: str | None) -> str | None:
    return text


def _fast_flag(value: bool) -> int:
    return 1 if value else 0


def _fast_list(values: list[str]) -> str:
    """``json.dumps`` of a list of strings (what SQLAlchemy stores for a JSON column)."""
    return "[" + ", ".join(map(encode_basestring_ascii, values)) + "]"


_FLAG_SAMPLES = [True, False]
_LIST_SAMPLES = [
    [], ["protect"], ["health", "justice"], ["فاطمة الزهراء", 'a "b"\\\n', "é\u2028😀"]
]


def _fast_or(convert: Callable[[Any], Any], column_type: Any) -> Callable[[Any], Any]:
    """A quicker equivalent of SQLAlchemy's ``convert`` for booleans and JSON lists of
    strings, when it gives the same values on samples; else ``convert`` itself."""
    if isinstance(column_type, Boolean):
        fast, samples = _fast_flag, _FLAG_SAMPLES
    elif isinstance(column_type, JSON):
        fast, samples = _fast_list, _LIST_SAMPLES  # type: ignore[assignment]
    else:
        return convert
    return fast if all(fast(s) == convert(s) for s in samples) else convert


def _converter(
    convert: Callable[[Any], Any], parse: Callable[[str], Any], fast: Callable[[Any], Any],
    samples: list[Any],
) -> Callable[[Any], Any]:
    """``fast`` when it gives what SQLAlchemy's ``convert`` gives, else the slow way."""
    if all(fast(s.isoformat()) == convert(s) for s in samples):
        return fast
    return lambda text: None if text is None else convert(parse(text))


_TIMESTAMP_SAMPLES = [
    dt.datetime(2022, 3, 14, 9, 30, tzinfo=dt.UTC),
    dt.datetime(1999, 12, 31, 23, 59, 59, 123456, tzinfo=dt.UTC),
    dt.datetime(1, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC),
]
_DATE_SAMPLES = [dt.date(2022, 3, 14), dt.date(1, 1, 1), dt.date(9999, 12, 31)]


class RecordCodec:
    """Checks, canonical content JSON and database rows for one record type."""

    def __init__(self, record_type: str, dialect: Dialect) -> None:
        self.record_type = record_type
        self.table: Table = table_of(m.RECORD_TYPE_BY_NAME[record_type])
        schema = load_schema(PAYLOAD_SCHEMA_FILE)
        self.properties: dict[str, Any] = schema["$defs"][record_type]["properties"]
        self.namespace: dict[str, Any] = {
            "E": encode_basestring,
            "PT": _fromisoformat,
            "PD": _date_fromisoformat,
            "SHA": sha256,
        }
        self.columns = [*payload_fields(record_type), *sorted(LOCAL_ONLY)]
        self.statement = insert(self.table)
        compiled = self.statement.compile(dialect=dialect, column_keys=self.columns)
        self.positional = bool(compiled.positional and compiled.positiontup)
        self.sql = str(compiled)
        self._converters = self._column_converters(dialect, list(compiled.positiontup or ()))

        source = f"def canonical(r):\n    return {self._canonical_code(lambda n: f'r[{n!r}]')}\n"
        self.canonical: Callable[[dict[str, Any]], str] = self._define(source, "canonical")
        if self.positional:
            row = self._row_code(lambda n: f"r[{n!r}]")
            self._row: Callable[[dict[str, Any], str], tuple[Any, ...]] = self._define(
                f"def row(r, origin):\n    return {row}\n", "row"
            )
        self.ingest: Callable[[Any, set[str], list[Any], str], int | bool] = (
            self._ingest_function(schema)
        )
        self.ingest_decoded: Callable[[Any, set[str], list[Any], str], int | bool] = (
            self._ingest_function(schema, decoded=True)
        )

    def _define(self, source: str, name: str) -> Any:
        exec(compile(source, f"<{name} {self.record_type}>", "exec"), self.namespace)
        return self.namespace[name]

    def _canonical_code(self, local: Callable[[str], str]) -> str:
        """An expression writing the canonical content JSON from the fields' values."""
        pairs = []
        for key in sorted((*content_fields(self.record_type), "type")):
            if key == "type":
                constant = encode_basestring(key) + ":" + encode_basestring(self.record_type)
                pairs.append(repr(constant))
            else:
                value = _value_code(self.properties[key], local(key))
                pairs.append(f"{encode_basestring(key) + ':'!r}, {value}")
        return "''.join(('{', " + ", ',', ".join(pairs) + ", '}'))"

    def _column_converters(self, dialect: Dialect, names: list[str]) -> list[tuple[str, str]]:
        """For each INSERT parameter: its column, and how its value is converted."""
        plan = []
        for name in names:
            column = self.table.c[name]
            convert = column.type.dialect_impl(dialect).bind_processor(dialect)
            if name in LOCAL_ONLY:
                plan.append((name, "origin"))
            elif name in TIMESTAMP_FIELDS and convert is not None:
                self.namespace[f"T_{name}"] = _converter(
                    convert, _fromisoformat, _fast_timestamp, _TIMESTAMP_SAMPLES
                )
                plan.append((name, f"T_{name}"))
            elif isinstance(column.type, Date) and convert is not None:
                self.namespace[f"D_{name}"] = _converter(
                    convert, _date_fromisoformat, _fast_date, _DATE_SAMPLES
                )
                plan.append((name, f"D_{name}"))
            elif name in TIMESTAMP_FIELDS or isinstance(column.type, Date):
                parse = _fromisoformat if name in TIMESTAMP_FIELDS else _date_fromisoformat
                self.namespace[f"P_{name}"] = lambda text, parse=parse: (
                    None if text is None else parse(text)
                )
                plan.append((name, f"P_{name}"))
            elif convert is not None:  # JSON lists, booleans
                self.namespace[f"C_{name}"] = _fast_or(convert, column.type)
                plan.append((name, f"C_{name}"))
            else:
                plan.append((name, ""))
        return plan

    def _row_code(self, local: Callable[[str], str]) -> str:
        """An expression making the INSERT parameters from the fields' values."""
        items = []
        for name, convert in self._converters:
            if convert == "origin":
                items.append("origin")
                continue
            value = local(name)
            if self.namespace.get(convert) is _fast_timestamp:  # inline: no call per value
                items.append(
                    f"(None if {value} is None else {value}[:10] + ' ' + {value}[11:19] + "
                    f"({value}[19:26] if {value}[19] == '.' else '.000000'))"
                )
            elif convert:
                items.append(f"{convert}({value})")
            else:
                items.append(value)
        return "(" + ", ".join(items) + ",)"

    def _ingest_function(
        self, schema: dict[str, Any], *, decoded: bool = False
    ) -> Callable[[Any, set[str], list[Any], str], int | bool]:
        """One function doing every check of a record that needs only the file; it returns
        a status (:data:`INGESTED`), and for a sound record adds its INSERT parameters
        (with ``origin`` as its import) to ``rows`` when the driver takes them by position.
        ``seen`` holds the ids met so far in the file. ValueError: a date or time does not
        exist; UnicodeEncodeError: a text is not valid Unicode. With ``decoded``, records
        are those of :func:`payload_decoder`, which checked most of the schema already."""
        record_type = self.record_type
        moments = [(name, "PT") for name in TIMESTAMP_FIELDS] + [
            (name, "PD") for name in date_fields(record_type)
        ]
        ordered = []
        for name, spec in SPECS[record_type].items():
            if spec.kind == "codes" and spec.choices:
                ordered.append(name)
                self.namespace[f"ORDER_{name}"] = spec.choices.index

        def tail(local: dict[str, str]) -> list[str]:
            lines = [
                f"if {local[name]} is not None: {parse}({local[name]})" for name, parse in moments
            ]
            text = self._canonical_code(local.__getitem__)
            lines.append(
                f"if SHA({text}.encode('utf-8')).hexdigest() != {local['content_hash']}: "
                f"return {BAD_HASH}"
            )
            lines.append(f"if {local['id']} in seen: return {DUPLICATE_ID}")
            lines.append(f"seen.add({local['id']})")
            for name in ordered:
                value = local[name]
                lines.append(
                    f"if len({value}) > 1 and {value} != sorted({value}, key=ORDER_{name}): "
                    f"return {CODES_OUT_OF_ORDER}"
                )
            deleted = local["deleted_at"]
            lines.append(
                f"if {deleted} is not None and PT({deleted}).isoformat() != {deleted}: "
                f"return {DELETION_NOT_CANONICAL}"
            )
            if self.positional:
                lines.append(f"rows.append({self._row_code(local.__getitem__)})")
            lines.append(f"return {LIVE} if {deleted} is None else {DELETED}")
            return lines

        if decoded:
            # The content hash is compared with the one computed, always 64 lower-case hex
            # digits, so its pattern needs no check of its own.
            definition = schema["$defs"][record_type]
            properties = definition["properties"] | {"content_hash": {"type": "string"}}
            defs = schema["$defs"] | {record_type: definition | {"properties": properties}}
            schema = schema | {"$defs": defs}
        compiled: Callable[[Any, set[str], list[Any], str], int | bool] = _Compiler(
            schema, decoded=decoded
        ).record_function(record_type, tail, self.namespace, arguments="v0, seen, rows, origin")
        return compiled

    def row(self, record: dict[str, Any], origin: str) -> tuple[Any, ...] | dict[str, Any]:
        """The record (accepted by :attr:`ingest`) as the INSERT statement's parameters."""
        if self.positional:
            return self._row(record, origin)
        values = payload_to_values(self.record_type, record)
        values["origin_import_id"] = origin
        return values

    def insert(self, conn: Connection, rows: list[Any]) -> None:
        if self.positional:
            conn.exec_driver_sql(self.sql, rows)
        else:
            conn.execute(self.statement, rows)


_CODECS: dict[tuple[str, str], dict[str, RecordCodec]] = {}


def codecs_for(dialect: Dialect) -> dict[str, RecordCodec]:
    """One codec per record type for a kind of database (made once per kind)."""
    key = (dialect.name, str(dialect.driver))
    if key not in _CODECS:
        _CODECS[key] = {
            model.record_type: RecordCodec(model.record_type, dialect) for model in m.RECORD_TYPES
        }
    return _CODECS[key]
