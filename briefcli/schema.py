"""The JSON Schema (draft 2020-12) of a schema-1 brief and of a batch error line."""
from __future__ import annotations

from typing import Any

_OFFSETS = {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}
_NULLABLE_STR = {"type": ["string", "null"]}


def _obj(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or list(properties)}


BRIEF = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://briefcli.invalid/schema/brief-1.json",
    "title": "briefcli brief, schema 1",
    "oneOf": [{"$ref": "#/$defs/brief"}, {"$ref": "#/$defs/error"}],
    "$defs": {
        "brief": _obj({
            "schema": {"const": 1},
            "source": _obj({
                "name": {"type": "string"},
                "language": {"type": "string"},
                "model": {"type": "string"},
                "chars": {"type": "integer", "minimum": 0},
                "words": {"type": "integer", "minimum": 0},
                "sentences": {"type": "integer", "minimum": 0},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "text": {"type": "string"},
                "url": {"type": "string"},
                "date": {"type": "string"},
                "author": {"type": "string"},
                "site": {"type": "string"},
            }, ["name", "language", "model", "chars", "words", "sentences", "sha256"]),
            "title": _NULLABLE_STR,
            "summary": {"type": "array", "minItems": 0, "maxItems": 5, "items": _obj({"text": {"type": "string"}, **_OFFSETS})},
            "actors": {"type": "array", "items": _obj({
                "name": {"type": "string", "minLength": 1},
                "kind": {"enum": ["person", "organization", "country", "place"]},
                "aliases": {"type": "array", "items": {"type": "string"}},
                "roles": {"type": "array", "items": {"type": "string"}},
                "mentions": {"type": "integer", "minimum": 1},
                "salience": {"type": "number", "minimum": 0, "maximum": 1},
            })},
            "sectors": {"type": "array", "items": _obj({
                "id": {"type": "string"},
                "label": {"type": "string"},
                "iptc": {"type": "string", "pattern": "^medtop:[0-9]{8}$"},
                "score": {"type": "number", "minimum": 0, "maximum": 1},
                "evidence": {"type": "array", "items": {"type": "string"}},
            })},
            "projects": {"type": "array", "items": _obj({
                "name": {"type": "string", "minLength": 1},
                "kind": _NULLABLE_STR,
                "actors": {"type": "array", "items": {"type": "string"}},
                "sector": _NULLABLE_STR,
                **_OFFSETS,
            })},
            "quotes": {"type": "array", "items": _obj({
                "text": {"type": "string", "minLength": 1},
                "speaker": _NULLABLE_STR,
                "verb": _NULLABLE_STR,
                "kind": {"enum": ["direct", "indirect"],
                         "description": "direct: the words inside quotation marks; indirect: reported speech "
                                        "without marks (the reported clause)"},
                **_OFFSETS,
            })},
            "figures": {"type": "array", "items": _obj({
                "value": {"type": "string", "minLength": 1},
                "number": {"type": ["number", "null"]},
                "about": _NULLABLE_STR,
                **_OFFSETS,
            })},
        }),
        "error": _obj({
            "schema": {"const": 1},
            "source": _obj({"name": {"type": "string"}}),
            "error": _obj({"type": {"type": "string"}, "message": {"type": "string"}}),
        }),
    },
}
