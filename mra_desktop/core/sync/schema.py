"""The JSON Schemas of the sync format, and a fast validator for them.

The schemas ship in ``resources/sync/`` for anyone writing sync files. The payload schema
is generated from the field rules every typed record obeys
(:data:`mra_desktop.core.validation.SPECS`) by :func:`build_payload_schema`, so a record
that passes the schema also passes :func:`mra_desktop.core.validation.clean` unchanged;
a test keeps the shipped file equal to what the rules generate.

Checking 100,000 records with the ``jsonschema`` package takes far too long (about
0.2 ms a record), so :class:`Validator` compiles the subset of JSON Schema the sync
schemas use into plain Python checks. It is stricter than the standard in a few corners
(an integer written ``1.0`` is refused; ``$`` at the end of a pattern means the very end
of the text), and a test checks that whatever it accepts ``jsonschema`` accepts too. When
it refuses something, ``jsonschema`` itself is asked why, to word the message.

The import itself goes faster still: :func:`payload_decoder` builds, from the same
schema, msgspec types that parse a payload and check its types, enums, sizes and bounds in
one pass in C; ``_Compiler(decoded=True)`` then writes only the checks left (patterns and
uniqueItems). A test holds the pair to the decisions of :class:`Validator`.

Run ``python -m mra_desktop.core.sync.schema`` to regenerate the payload schema file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Annotated, Any, Literal

import msgspec

from mra_desktop.core import models as m
from mra_desktop.core.resources import resource_path
from mra_desktop.core.sync.errors import quoted
from mra_desktop.core.sync.records import BOOKKEEPING, content_fields
from mra_desktop.core.validation import SPECS, TEXT_LIMIT, Field

PAYLOAD_SCHEMA_FILE = "payload-v1.schema.json"
MANIFEST_SCHEMA_FILE = "manifest-v1.schema.json"
MAX_RECORDS = 1_000_000
MAX_INT = 2**31 - 1
MAX_LIST_ENTRIES = 50

# Character classes are spelled out rather than written \s or \d: the regex dialects of
# JSON Schema (ECMA-262) and Python disagree on what those match.
_WHITESPACE = "".join(
    f"\\u{start:04x}" if start == end else f"\\u{start:04x}-\\u{end:04x}"
    for start, end in (
        (0x09, 0x0D), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
        (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
        (0x3000, 0x3000),
    )
)  # exactly the characters Python's str.strip() removes
UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
TIMESTAMP = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{6})?\\+00:00$"
DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
SHA256 = "^[0-9a-f]{64}$"
TRIMMED = f"^(?:[^{_WHITESPACE}](?:[\\s\\S]*[^{_WHITESPACE}])?)?$"
NOT_BLANK = f"[^{_WHITESPACE}]"

# Patterns of this module with a quicker Python equivalent (``{v}`` is a str): the
# whitespace class above is exactly what str.isspace() calls whitespace.
_PATTERN_CODE = {
    TRIMMED: "({v} and ({v}[0].isspace() or {v}[-1].isspace()))",
    NOT_BLANK: "(not {v} or {v}.isspace())",
}  # each gives True when the string does NOT match

#: patterns whose values recur (device and parent ids), worth remembering once matched
_REPEATED = frozenset({UUID})

_PATTERN_WORDS = {
    UUID: "is not a UUID (lower-case, with hyphens)",
    TIMESTAMP: "is not a UTC time written YYYY-MM-DDTHH:MM:SS+00:00",
    DATE: "is not a date written YYYY-MM-DD",
    SHA256: "is not a SHA-256 hash written in lower-case hex",
    TRIMMED: "begins or ends with spaces",
    NOT_BLANK: "is blank",
}

_REFERENCE_FIELDS = {"organisation_id", "meeting_id"}


# -- generating the payload schema from the field rules ------------------------------------
def _field_schema(name: str, spec: Field) -> dict[str, Any]:
    schema: dict[str, Any] = {"description": spec.label}
    nullable = spec.nullable

    def typed(json_type: str) -> Any:
        return [json_type, "null"] if nullable else json_type

    if name in _REFERENCE_FIELDS:
        schema.update({"type": "string", "pattern": UUID})
    elif spec.kind in ("str", "text"):
        schema["type"] = typed("string")
        if spec.choices is not None:
            schema["enum"] = list(spec.choices) + ([None] if nullable else [])
        else:
            schema["maxLength"] = spec.max_length or (TEXT_LIMIT if spec.kind == "text" else None)
            if schema["maxLength"] is None:
                del schema["maxLength"]
            if spec.required or nullable:
                schema["minLength"] = 1
            if spec.kind == "str":
                schema["pattern"] = TRIMMED
            elif spec.required:
                schema["pattern"] = NOT_BLANK
    elif spec.kind == "int":
        schema["type"] = typed("integer")
        schema["minimum"] = spec.minimum if spec.minimum is not None else -MAX_INT
        schema["maximum"] = spec.maximum if spec.maximum is not None else MAX_INT
    elif spec.kind == "bool":
        schema["type"] = typed("boolean")
    elif spec.kind == "date":
        schema.update({"type": typed("string"), "pattern": DATE})
    elif spec.kind == "codes":
        assert spec.choices is not None
        schema.update(
            {
                "type": "array",
                "maxItems": MAX_LIST_ENTRIES,
                "uniqueItems": True,
                "items": {"enum": list(spec.choices)},
                "$comment": "entries in the order of the enum",
            }
        )
    elif spec.kind == "names":
        item: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": TRIMMED}
        if spec.max_length is not None:
            item["maxLength"] = spec.max_length
        schema.update(
            {"type": "array", "maxItems": MAX_LIST_ENTRIES, "uniqueItems": True, "items": item}
        )
    else:  # pragma: no cover - a new kind of field needs a rule here
        raise AssertionError(f"no schema rule for fields of kind {spec.kind}")
    return schema


def _record_schema(record_type: str) -> dict[str, Any]:
    specs = SPECS[record_type]
    expected = set(specs) | {"deleted_at"}
    if set(content_fields(record_type)) != expected:  # pragma: no cover - caught by tests
        raise AssertionError(f"the fields of {record_type} and its rules in SPECS differ")
    properties: dict[str, Any] = {
        "id": {"$ref": "#/$defs/uuid"},
        "revision": {"type": "integer", "minimum": 1, "maximum": MAX_INT},
        "created_at": {"$ref": "#/$defs/timestamp"},
        "updated_at": {"$ref": "#/$defs/timestamp"},
        "device_id": {"$ref": "#/$defs/uuid"},
        "content_hash": {"$ref": "#/$defs/sha256"},
    }
    assert tuple(properties) == BOOKKEEPING
    for name in content_fields(record_type):
        if name == "deleted_at":
            properties[name] = {
                "description": "deletion mark: when the record was deleted, or null",
                "type": ["string", "null"],
                "pattern": TIMESTAMP,
            }
        else:
            properties[name] = _field_schema(name, specs[name])
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "properties": properties,
    }


def build_payload_schema() -> dict[str, Any]:
    types = [model.record_type for model in m.RECORD_TYPES]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:mra-desktop:sync:payload:1",
        "title": "mra-desktop sync file payload, format version 1",
        "description": (
            "Every record of the export, deletion marks included. Generated from the field "
            "rules of mra-desktop; see FORMAT.md for the rules a schema cannot say "
            "(content hash, references, catalogue order of codes)."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["records"],
        "properties": {
            "records": {
                "type": "object",
                "additionalProperties": False,
                "required": types,
                "properties": {
                    t: {"type": "array", "maxItems": MAX_RECORDS, "items": {"$ref": f"#/$defs/{t}"}}
                    for t in types
                },
            }
        },
        "$defs": {
            "uuid": {"type": "string", "pattern": UUID},
            "timestamp": {"type": "string", "pattern": TIMESTAMP},
            "sha256": {"type": "string", "pattern": SHA256},
            **{t: _record_schema(t) for t in types},
        },
    }


# -- loading ---------------------------------------------------------------------------------
@cache
def load_schema(file_name: str) -> dict[str, Any]:
    with resource_path("sync", file_name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


# -- the compiled validator ------------------------------------------------------------------
Check = Callable[[Any], bool]

_ANNOTATIONS = frozenset(
    {"$schema", "$id", "title", "description", "$comment", "examples", "default"}
)
_KEYWORDS = frozenset(
    {
        "type", "enum", "properties", "required", "additionalProperties", "items", "maxItems",
        "minItems", "uniqueItems", "maxLength", "minLength", "pattern", "minimum", "maximum",
        "$ref", "$defs",
    }
)
_TYPE_TESTS = {
    "string": "{t} is str",
    "integer": "{t} is int",
    "number": "({t} is int or {t} is float)",
    "boolean": "{t} is bool",
    "null": "{t} is NoneType",
    "array": "{t} is list",
    "object": "{t} is dict",
}


_JSON_TYPE = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def _search(pattern: str) -> Callable[[str], object]:
    # ECMA-262 ``$`` (no multiline) matches only at the very end; Python's also before a
    # final newline.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + "\\Z"
    return re.compile(pattern).search


def _all_distinct(items: list[Any]) -> bool:
    try:
        return len({(type(x), x) for x in items}) == len(items)
    except TypeError:  # arrays or objects among the items: compare them pairwise
        return not any(x == y for i, x in enumerate(items) for y in items[i + 1 :])


class _Compiler:
    """Writes a schema as the source of one Python function that returns False at the
    first rule broken and True otherwise, then compiles it: a record is then checked by a
    few dozen inline comparisons rather than by a walk through the schema."""

    def __init__(self, root: dict[str, Any], *, decoded: bool = False) -> None:
        self.root = root
        # ``decoded``: records come from :func:`payload_decoder`, which has already checked
        # every rule but patterns and uniqueItems; only those are written, and fields are
        # read as attributes.
        self.decoded = decoded
        self.lines: list[str] = []
        self.namespace: dict[str, Any] = {"NoneType": type(None), "_all_distinct": _all_distinct}
        self.counter = 0
        self.functions: dict[str, str] = {}
        self.inlining: list[str] = []
        self.finished: list[str] = []

    def _name(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def _constant(self, value: Any) -> str:
        name = self._name("c")
        self.namespace[name] = value
        return name

    def _emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def function(self, schema: Any) -> Check:
        name = self._function_source(schema)
        exec(compile("\n".join(self.finished) + "\n", "<sync schema>", "exec"), self.namespace)
        check: Check = self.namespace[name]
        return check

    def _function_source(self, schema: Any) -> str:
        name = self._name("check")
        saved, self.lines = self.lines, []
        self._emit(0, f"def {name}(v0):")
        self._node(schema, "v0", 1)
        self._emit(1, "return True")
        self.finished.extend(self.lines)
        self.lines = saved
        return name

    def _ref(self, ref: str, var: str, depth: int) -> None:
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref}")
        target = self.root["$defs"][ref.removeprefix("#/$defs/")]
        if ref not in self.inlining:
            self.inlining.append(ref)
            self._node(target, var, depth)
            self.inlining.pop()
            return
        if ref not in self.functions:  # a recursive schema: call a function
            name = self._name("check")
            self.functions[ref] = name
            saved_inlining, self.inlining = self.inlining, [ref]
            saved_lines, self.lines = self.lines, []
            self._emit(0, f"def {name}(v0):")
            self._node(target, "v0", 1)
            self._emit(1, "return True")
            self.finished.extend(self.lines)
            self.lines, self.inlining = saved_lines, saved_inlining
        self._emit(depth, f"if not {self.functions[ref]}({var}): return False")

    def _node(self, schema: Any, var: str, depth: int) -> None:
        if schema is True:
            return
        if schema is False:
            self._emit(depth, "return False")
            return
        if not isinstance(schema, dict):
            raise ValueError(f"not a schema: {schema!r}")
        unknown = set(schema) - _KEYWORDS - _ANNOTATIONS
        if unknown:
            raise ValueError(f"unsupported schema keywords {sorted(unknown)}")
        if "$ref" in schema:
            if set(schema) - _ANNOTATIONS - {"$ref", "$defs"}:
                raise ValueError("$ref with sibling keywords is not supported")
            self._ref(schema["$ref"], var, depth)
            return
        declared = schema.get("type")
        types = [declared] if isinstance(declared, str) else list(declared or _TYPE_TESTS)
        if self.decoded:
            self._decoded_node(schema, types, var, depth)
            return
        if "enum" in schema:
            self._enum(schema["enum"], var, depth)
            enum_types = {_JSON_TYPE.get(type(value)) for value in schema["enum"]}
            if not set(schema) - _ANNOTATIONS - {"enum", "type"} and enum_types <= set(types):
                return  # the enum alone decides
        t = self._name("t")
        self._emit(depth, f"{t} = type({var})")
        first = True
        for json_type in types:
            test = _TYPE_TESTS[json_type].format(t=t)
            self._emit(depth, f"{'if' if first else 'elif'} {test}:")
            first = False
            before = len(self.lines)
            getattr(self, "_" + json_type)(schema, var, depth + 1)
            if len(self.lines) == before:
                self._emit(depth + 1, "pass")
        if declared is not None:
            self._emit(depth, "else:")
            self._emit(depth + 1, "return False")

    def _decoded_node(self, schema: dict[str, Any], types: list[str], var: str, depth: int) -> None:
        """The checks left once the decoder has checked types, enums, sizes and bounds."""
        if "enum" in schema:
            return
        kinds = [t for t in types if t != "null"]
        if len(kinds) != 1:
            raise ValueError(f"a decoded value needs one type besides null, not {types}")
        saved, self.lines = self.lines, []
        getattr(self, "_" + kinds[0])(schema, var, depth + 1)
        checks, self.lines = self.lines, saved
        if not checks:
            return
        if "null" in types:
            self._emit(depth, f"if {var} is not None:")
            self.lines.extend(checks)
        else:
            self.lines.extend(line[4:] for line in checks)

    def _enum(self, values: list[Any], var: str, depth: int) -> None:
        if any(isinstance(v, list | dict) for v in values):
            raise ValueError("enum of arrays or objects is not supported")
        if all(isinstance(v, str) or v is None for v in values):
            strings = self._constant(frozenset(v for v in values if v is not None))
            self._emit(depth, f"if type({var}) is str:")
            self._emit(depth + 1, f"if {var} not in {strings}: return False")
            if None in values:
                self._emit(depth, f"elif {var} is not None: return False")
            else:
                self._emit(depth, "else: return False")
            return
        allowed = self._constant(frozenset((type(v), v) for v in values))
        self._emit(
            depth,
            f"if type({var}) in (list, dict) or (type({var}), {var}) not in {allowed}: "
            "return False",
        )

    def _null(self, schema: dict[str, Any], var: str, depth: int) -> None:
        pass

    def _boolean(self, schema: dict[str, Any], var: str, depth: int) -> None:
        pass

    def _integer(self, schema: dict[str, Any], var: str, depth: int) -> None:
        if self.decoded:
            return
        if "minimum" in schema:
            self._emit(depth, f"if {var} < {self._constant(schema['minimum'])}: return False")
        if "maximum" in schema:
            self._emit(depth, f"if {var} > {self._constant(schema['maximum'])}: return False")

    _number = _integer

    def _string(self, schema: dict[str, Any], var: str, depth: int) -> None:
        if ("minLength" in schema or "maxLength" in schema) and not self.decoded:
            n = self._name("n")
            self._emit(depth, f"{n} = len({var})")
            if "minLength" in schema:
                self._emit(depth, f"if {n} < {int(schema['minLength'])}: return False")
            if "maxLength" in schema:
                self._emit(depth, f"if {n} > {int(schema['maxLength'])}: return False")
        if "pattern" in schema:
            fails = _PATTERN_CODE.get(schema["pattern"])
            if fails is not None:
                self._emit(depth, f"if {fails.format(v=var)}: return False")
            elif schema["pattern"] in _REPEATED:
                # ids that recur from record to record: remember those already matched
                search = self._constant(_search(schema["pattern"]))
                seen = self._constant(set())
                self._emit(depth, f"if {var} not in {seen}:")
                self._emit(depth + 1, f"if {search}({var}) is None: return False")
                self._emit(depth + 1, f"if len({seen}) < 65536: {seen}.add({var})")
            else:
                search = self._constant(_search(schema["pattern"]))
                self._emit(depth, f"if {search}({var}) is None: return False")

    def _array(self, schema: dict[str, Any], var: str, depth: int) -> None:
        if "minItems" in schema and not self.decoded:
            self._emit(depth, f"if len({var}) < {int(schema['minItems'])}: return False")
        if "maxItems" in schema and not self.decoded:
            self._emit(depth, f"if len({var}) > {int(schema['maxItems'])}: return False")
        if "items" in schema:
            item = self._name("v")
            loop = len(self.lines)
            self._emit(depth, f"for {item} in {var}:")
            before = len(self.lines)
            self._node(schema["items"], item, depth + 1)
            if len(self.lines) == before:
                if self.decoded:
                    del self.lines[loop:]  # nothing left to check in the entries
                else:
                    self._emit(depth + 1, "pass")
        if schema.get("uniqueItems"):
            self._emit(depth, f"if len({var}) > 1 and not _all_distinct({var}): return False")

    def _object(self, schema: dict[str, Any], var: str, depth: int) -> dict[str, str] | None:
        """Emit the checks of an object; for an object of exactly its properties, return the
        local variable holding each property's value."""
        properties: dict[str, Any] = schema.get("properties", {})
        required = list(schema.get("required", ()))
        additional = schema.get("additionalProperties", True)
        if additional not in (True, False):
            raise ValueError("additionalProperties must be true or false here")
        names = frozenset(properties)
        exact = additional is False and set(required) == names
        bindings: dict[str, str] = {}
        if self.decoded:
            if not exact:
                raise ValueError("a decoded object must have exactly its properties")
            for name, sub in properties.items():
                bindings[name] = value = self._name("v")
                self._emit(depth, f"{value} = {var}.{name}")
                self._node(sub, value, depth)
            return bindings
        if exact:  # the shape of every record: exactly these fields
            keys = self._constant(names)
            self._emit(
                depth, f"if len({var}) != {len(names)} or {var}.keys() != {keys}: return False"
            )
        else:
            if required:
                needed = self._constant(frozenset(required))
                self._emit(depth, f"if not {needed} <= {var}.keys(): return False")
            if additional is False:
                self._emit(depth, f"if not {var}.keys() <= {self._constant(names)}: return False")
        for name, sub in properties.items():
            value = self._name("v")
            bindings[name] = value
            if exact:
                self._emit(depth, f"{value} = {var}[{name!r}]")
                self._node(sub, value, depth)
            else:
                self._emit(depth, f"if {name!r} in {var}:")
                self._emit(depth + 1, f"{value} = {var}[{name!r}]")
                self._node(sub, value, depth + 1)
        return bindings if exact else None

    def record_function(
        self,
        definition: str,
        tail: Callable[[dict[str, str]], list[str]],
        names: dict[str, Any],
        arguments: str = "v0",
    ) -> Callable[..., Any]:
        """A function checking a record against ``$defs/<definition>`` (an object with
        exactly its properties): False when a rule is broken, else what the lines written by
        ``tail`` return. ``tail`` gets the local variable holding each property's value;
        ``names`` are the objects those lines use."""
        schema = self.root["$defs"][definition]
        self.namespace.update(names)
        name = self._name("record")
        saved, self.lines = self.lines, []
        self._emit(0, f"def {name}({arguments}):")
        if not self.decoded:
            self._emit(1, "if type(v0) is not dict: return False")
        bindings = self._object(schema, "v0", 1)
        if bindings is None:
            raise ValueError(f"{definition} is not an object with exactly its properties")
        for line in tail(bindings):
            self._emit(1, line)
        self.finished.extend(self.lines)
        self.lines = saved
        source = "\n".join(self.finished) + "\n"
        exec(compile(source, f"<sync {definition}>", "exec"), self.namespace)
        function: Callable[..., Any] = self.namespace[name]
        return function


class Validator:
    """A schema (or one of its ``$defs``) compiled for speed, worded by ``jsonschema``."""

    def __init__(self, root: dict[str, Any], definition: str | None = None) -> None:
        self.root = root
        self.definition = definition
        target = {"$ref": f"#/$defs/{definition}"} if definition else root
        self.is_valid: Check = _Compiler(root).function(target)

    def explain(self, instance: Any) -> str:
        """Why ``instance`` is refused, as the end of a sentence ("the field … is too long")."""
        import jsonschema

        schema = (
            {"$defs": self.root["$defs"], "$ref": f"#/$defs/{self.definition}"}
            if self.definition
            else self.root
        )
        error = jsonschema.exceptions.best_match(
            jsonschema.Draft202012Validator(schema).iter_errors(instance)
        )
        if error is None:
            return "a value is not written the way the format requires"
        return describe_error(error)


def describe_error(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    subject = f'the field "{where}"' if where else "it"
    keyword, expected, value = error.validator, error.validator_value, error.instance
    if keyword == "required":
        missing = [name for name in expected if isinstance(value, dict) and name not in value]
        return f'{subject} lacks the field "{missing[0] if missing else expected[0]}"'
    if keyword == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        unknown = quoted(extra[0] if extra else "")
        return f"{subject} has a field this format does not know: {unknown}"
    if keyword == "type":
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        return f"{subject} must be of type {wanted}, not {type(value).__name__}"
    if keyword == "maxLength":
        return f"{subject} is too long ({len(value)} characters; at most {expected})"
    if keyword == "minLength":
        return f"{subject} is empty"
    if keyword == "pattern":
        return f"{subject} {_PATTERN_WORDS.get(expected, 'is not written in the required form')}"
    if keyword == "enum":
        shown = ", ".join("null" if e is None else str(e) for e in expected[:12])
        return f"{subject} must be one of {shown} (not {quoted(value)})"
    if keyword == "minimum":
        return f"{subject} must be at least {expected}"
    if keyword == "maximum":
        return f"{subject} must be at most {expected}"
    if keyword == "maxItems":
        return f"{subject} has too many entries (at most {expected})"
    if keyword == "minItems":
        return f"{subject} has too few entries"
    if keyword == "uniqueItems":
        return f"{subject} lists the same entry twice"
    return f"{subject} breaks the rule {keyword!r}"


@cache
def payload_validators() -> tuple[dict[str, Any], dict[str, Validator]]:
    """The shipped payload schema and a compiled validator for each record type."""
    schema = load_schema(PAYLOAD_SCHEMA_FILE)
    return schema, {t.record_type: Validator(schema, t.record_type) for t in m.RECORD_TYPES}


# -- the typed decoder ------------------------------------------------------------------------
# What the decoder checks while it parses; patterns and uniqueItems are left to the
# functions ``_Compiler(decoded=True)`` writes (msgspec would run a Python regular
# expression on every string, several times slower than those).
_DECODER_RULES = {
    "type": "type", "enum": "Literal", "properties": "fields", "required": "fields",
    "additionalProperties": "forbid_unknown_fields", "items": "list", "maxItems": "max_length",
    "minItems": "min_length", "maxLength": "max_length", "minLength": "min_length",
    "minimum": "ge", "maximum": "le", "pattern": "compiled", "uniqueItems": "compiled",
    "$ref": "resolved",
}
_DECODED_TYPES: dict[str, Any] = {"string": str, "integer": int, "boolean": bool}


def _decoded_type(root: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The msgspec type that decodes a value of ``schema`` checking its type, enum, sizes
    and bounds (everything but patterns and uniqueItems)."""
    if "$ref" in schema:
        return _decoded_type(root, root["$defs"][schema["$ref"].removeprefix("#/$defs/")])
    unknown = set(schema) - set(_DECODER_RULES) - _ANNOTATIONS
    if unknown:
        raise ValueError(f"no decoder rule for the keywords {sorted(unknown)}")
    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or ())
    values = schema.get("enum")
    nullable = "null" in types or (values is not None and None in values)
    kinds = [t for t in types if t != "null"]
    if values is not None:
        strings = tuple(v for v in values if v is not None)
        if not all(isinstance(v, str) for v in strings) or not set(kinds) <= {"string"}:
            raise ValueError("only enums of strings (and null) can be decoded")
        decoded: Any = Literal[strings]
    else:
        if len(kinds) != 1:
            raise ValueError(f"a decoded value needs one type besides null, not {types}")
        kind = kinds[0]
        limits: dict[str, Any] = {}
        if kind == "array":
            decoded = list[_decoded_type(root, schema.get("items", {}))]  # type: ignore[misc]
            limits = {"min_length": schema.get("minItems"), "max_length": schema.get("maxItems")}
        elif kind in ("string", "integer", "boolean"):
            decoded = _DECODED_TYPES[kind]
            limits = {
                "min_length": schema.get("minLength"), "max_length": schema.get("maxLength"),
                "ge": schema.get("minimum"), "le": schema.get("maximum"),
            }
        else:
            raise ValueError(f"no decoder rule for values of type {kind}")
        limits = {k: v for k, v in limits.items() if v is not None}
        if limits:
            decoded = Annotated[decoded, msgspec.Meta(**limits)]
    return decoded | None if nullable else decoded


def _decoded_struct(root: dict[str, Any], name: str, schema: dict[str, Any]) -> Any:
    properties = schema.get("properties", {})
    if schema.get("additionalProperties") is not False or set(schema.get("required", ())) != set(
        properties
    ):
        raise ValueError(f"{name} must be an object with exactly its properties")
    return msgspec.defstruct(
        name,
        [(field, _decoded_type(root, sub)) for field, sub in properties.items()],
        forbid_unknown_fields=True,
        gc=False,  # records hold no reference cycles; the collector need not track them
    )


@cache
def payload_decoder() -> tuple[msgspec.json.Decoder[Any], dict[str, Any]]:
    """A decoder parsing a payload and checking it against the payload schema in one pass
    (in C), but for patterns and uniqueItems; and the record class of each record type.
    Records come out as objects whose attributes are their fields."""
    root = load_schema(PAYLOAD_SCHEMA_FILE)
    types = [model.record_type for model in m.RECORD_TYPES]
    records = {t: _decoded_struct(root, t, root["$defs"][t]) for t in types}
    by_type = root["properties"]["records"]
    lists = msgspec.defstruct(
        "Records",
        [
            (t, Annotated[list[records[t]], msgspec.Meta(max_length=MAX_RECORDS)])  # type: ignore[valid-type]
            for t in types
        ],
        forbid_unknown_fields=True,
    )
    if set(by_type["properties"]) != set(types) or root["required"] != ["records"]:
        raise ValueError("the payload schema no longer has the shape the decoder expects")
    payload = msgspec.defstruct("Payload", [("records", lists)], forbid_unknown_fields=True)
    return msgspec.json.Decoder(payload), records


@cache
def manifest_validator() -> Validator:
    return Validator(load_schema(MANIFEST_SCHEMA_FILE))


def write_payload_schema() -> None:
    """Regenerate ``resources/sync/payload-v1.schema.json`` from the field rules."""
    path = resource_path("sync", PAYLOAD_SCHEMA_FILE)
    path.write_text(
        json.dumps(build_payload_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {path}")


if __name__ == "__main__":  # pragma: no cover
    write_payload_schema()
