"""Keep the spec's secret fields out of the generated models' reprs.

A property is secret when the spec marks it: `format: password` (the standard keyword) or `x-secret: true`.
attrs writes every field into a model's repr, so the field declaration of each marked property is rewritten to
`_attrs_field(..., repr=_masked_repr)`, which shows a set secret as '***'; and in every model the fields a server
sent beyond the spec (`additional_properties`) are shown with secret-named keys masked. Printing or logging a
model then never shows a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from openapi_python_client.strings import fix_reserved_words, pascal_case, snake_case

DEFINE_IMPORT = "from attrs import define as _attrs_define"
FIELD_IMPORT = "from attrs import field as _attrs_field"
REPRS_IMPORT = "from client_runtime import masked_extras as _masked_extras, masked_repr as _masked_repr"
EXTRAS = "    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)"


def _import_reprs(source: str) -> str:
    return source if REPRS_IMPORT in source else source.replace(DEFINE_IMPORT, f"{REPRS_IMPORT}\n{DEFINE_IMPORT}", 1)


def mask_extras(generated_dir: Path) -> int:
    """Show every model's extra fields with secret-named keys masked; returns how many models."""
    count = 0
    for path in sorted((generated_dir / "models").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if EXTRAS not in source:
            continue
        source = source.replace(EXTRAS, EXTRAS[:-1] + ", repr=_masked_extras)")
        path.write_text(_import_reprs(source), encoding="utf-8")
        count += 1
    return count


class SecretFieldError(Exception):
    pass


def is_secret(schema: Mapping[str, Any]) -> bool:
    return schema.get("format") == "password" or schema.get("x-secret") is True


def secret_properties(spec: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(schema name, property name) for every marked property of a component schema, allOf parts included."""
    for name, schema in sorted((spec.get("components", {}).get("schemas") or {}).items()):
        parts = [schema, *(schema.get("allOf") or [])]
        for part in parts:
            for prop, sub in sorted((part.get("properties") or {}).items()):
                if isinstance(sub, Mapping) and is_secret(sub):
                    yield name, prop


def hide_secret_fields(spec: Mapping[str, Any], generated_dir: Path, class_overrides: Mapping[str, Any]) -> int:
    """Rewrite the marked fields of the generated models; returns how many were rewritten."""
    count = 0
    for schema_name, prop in secret_properties(spec):
        override = class_overrides.get(schema_name) or {}
        class_name = override.get("class_name") or pascal_case(schema_name)
        module = override.get("module_name") or snake_case(class_name)
        path = generated_dir / "models" / f"{module}.py"
        if not path.exists():
            raise SecretFieldError(f"{schema_name}.{prop} is marked secret, but {path.name} was not generated")
        field = fix_reserved_words(snake_case(prop))
        source = path.read_text(encoding="utf-8")
        declaration = re.compile(rf"^(    {re.escape(field)}: [^=\n]+?)(?: = (UNSET|None))?$", re.MULTILINE)
        found = declaration.search(source)
        if found is None:
            raise SecretFieldError(f"{schema_name}.{prop} is marked secret, but its field {field} was not found")
        default = f"default={found[2]}, " if found[2] else ""
        source = (
            source[: found.start()] + f"{found[1]} = _attrs_field({default}repr=_masked_repr)" + source[found.end() :]
        )
        if FIELD_IMPORT not in source:  # models without additional properties do not import it
            source = source.replace(DEFINE_IMPORT, f"{DEFINE_IMPORT}\n{FIELD_IMPORT}", 1)
        source = _import_reprs(source)
        path.write_text(source, encoding="utf-8")
        count += 1
    return count
