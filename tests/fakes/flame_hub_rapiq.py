"""The rapiq v2 query grammar of current Hub and authup servers, as the fake FLAME Hub reads it.

Written from the reference, independently of the client's builder:
- bracket dialect `filter[field]=value`: `!` negates, `a,b` is IN (`!a,b` NOT IN), `~x~` contains, `~x` ends with,
  `x~` starts with, `<`, `<=`, `>`, `>=` compare; `null`, `true`, `false` and numerals are coerced;
- expression dialect `filter=and(eq(name,'x'),...)`: quoted values stay strings (`''` is a quote), bare
  `null`/`true`/`false`/numerals are literals;
- keys outside the allow-list are dropped silently in the bracket dialect and refused (400) in the expression one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

OPS = ("eq", "ne", "lt", "le", "gt", "ge", "starts", "ends", "contains", "in", "nin")


@dataclass(frozen=True)
class Leaf:
    """One condition: `field` (camelCase, maybe dotted), an operator of OPS, and its value (a tuple for in/nin)."""

    field: str
    op: str
    value: Any


@dataclass(frozen=True)
class Branch:
    """`and`, `or` or `not` of conditions."""

    kind: str
    children: tuple[Any, ...]


class QueryError(Exception):
    """A query the server answers with 400; `parameter` is rapiq's canonical name (filters, sorts, ...)."""

    def __init__(self, parameter: str, key: str, message: str) -> None:
        super().__init__(message)
        self.parameter, self.key, self.message = parameter, key, message


_NUMERAL = re.compile(r"^-?\d+(\.\d+)?$")


def coerce(text: str) -> Any:
    """rapiq's coercion of a bracket value (it lower-cases `null`, `true` and `false` first)."""
    if text.lower() == "null":
        return None
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if _NUMERAL.match(text):
        return float(text) if "." in text else int(text)
    return text


def parse_bracket(field: str, raw: str) -> Leaf:
    """One `filter[field]=raw` value."""
    negated = raw.startswith("!")
    body = raw[1:] if negated else raw
    if "," in body:
        return Leaf(field, "nin" if negated else "in", tuple(coerce(item) for item in body.split(",")))
    for prefix, op in (("<=", "le"), (">=", "ge"), ("<", "lt"), (">", "gt")):
        if body.startswith(prefix):
            if negated:
                raise QueryError("filters", field, f"The filter {field} can not be negated and compared.")
            return Leaf(field, op, coerce(body[len(prefix) :]))
    if len(body) >= 2 and body.startswith("~") and body.endswith("~"):
        op, value = "contains", body[1:-1]
    elif body.startswith("~"):
        op, value = "ends", body[1:]
    elif body.endswith("~"):
        op, value = "starts", body[:-1]
    else:
        return Leaf(field, "ne" if negated else "eq", coerce(body))
    if negated:
        return Leaf(field, "not_" + op, value)
    return Leaf(field, op, value)


def bracket_filters(query: Mapping[str, str]) -> dict[str, Leaf]:
    """Every `filter[...]` parameter of a query, by field."""
    found = {}
    for key, raw in query.items():
        match = re.fullmatch(r"filter\[([^\]]+)\]", key)
        if match:
            found[match.group(1)] = parse_bracket(match.group(1), raw)
    return found


_TOKEN = re.compile(r"\s*(?:(?P<quoted>'(?:[^']|'')*')|(?P<punct>[(),])|(?P<word>[^\s(),']+))")
_FUNCTIONS = {
    "eq": "eq",
    "lt": "lt",
    "lte": "le",
    "gt": "gt",
    "gte": "ge",
    "in": "in",
    "nin": "nin",
    "contains": "contains",
    "startsWith": "starts",
    "endsWith": "ends",
}


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            if text[position:].strip() == "":
                break
            raise QueryError("filters", "", f"The filter expression is malformed at {position}.")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def parse_expression(text: str) -> Any:
    """A filter expression as Leaf and Branch objects."""
    tokens = _tokens(text)
    position = 0

    def take(kind: str | None = None, value: str | None = None) -> tuple[str, str]:
        nonlocal position
        if position >= len(tokens):
            raise QueryError("filters", "", "The filter expression ends too early.")
        token = tokens[position]
        if (kind and token[0] != kind) or (value and token[1] != value):
            raise QueryError("filters", "", f"The filter expression is malformed near {token[1]!r}.")
        position += 1
        return token

    def literal() -> Any:
        kind, value = take()
        if kind == "quoted":
            return value[1:-1].replace("''", "'")
        if kind == "word" and (value in ("null", "true", "false") or _NUMERAL.match(value)):
            return coerce(value)
        raise QueryError("filters", "", f"The filter value {value!r} must be quoted.")

    def node() -> Any:
        _, name = take("word")
        take("punct", "(")
        if name in ("and", "or", "not"):
            children = [node()]
            while tokens[position][1] == ",":
                take("punct", ",")
                children.append(node())
            take("punct", ")")
            if name == "not" and len(children) != 1:
                raise QueryError("filters", "", "not() takes one condition.")
            return Branch(name, tuple(children))
        if name not in _FUNCTIONS:
            raise QueryError("filters", "", f"The filter function {name!r} is unknown.")
        _, field = take("word")
        values = []
        while tokens[position][1] == ",":
            take("punct", ",")
            values.append(literal())
        take("punct", ")")
        op = _FUNCTIONS[name]
        if op in ("in", "nin"):
            return Leaf(field, op, tuple(values))
        if len(values) != 1:
            raise QueryError("filters", field, f"{name}() takes one value.")
        return Leaf(field, op, values[0])

    tree = node()
    if position != len(tokens):
        raise QueryError("filters", "", "The filter expression has trailing text.")
    return tree


def leaves(tree: Any) -> list[Leaf]:
    if isinstance(tree, Leaf):
        return [tree]
    return [leaf for child in tree.children for leaf in leaves(child)]


def _comparable(record_value: Any, wanted: Any) -> tuple[Any, Any]:
    if isinstance(record_value, str) and not isinstance(wanted, str) and wanted is not None:
        return record_value, ("true" if wanted is True else "false" if wanted is False else str(wanted))
    return record_value, wanted


def matches(tree: Any, lookup: Any) -> bool:
    """Whether a record satisfies a filter tree; `lookup(field)` gives the record's value of a field."""
    if isinstance(tree, Branch):
        results = (matches(child, lookup) for child in tree.children)
        if tree.kind == "and":
            return all(results)
        if tree.kind == "or":
            return any(results)
        return not next(results)
    value = lookup(tree.field)
    op = tree.op
    if op.startswith("not_"):
        return not matches(Leaf(tree.field, op[4:], tree.value), lookup)
    if op in ("in", "nin"):
        hit = any(_equal(value, item) for item in tree.value)
        return hit if op == "in" else not hit
    if op == "eq":
        return _equal(value, tree.value)
    if op == "ne":
        return not _equal(value, tree.value)
    if op in ("starts", "ends", "contains"):
        if not isinstance(value, str):
            return False
        text = str(tree.value)
        return {"starts": value.startswith, "ends": value.endswith, "contains": value.__contains__}[op](text)
    if value is None or tree.value is None:
        return False
    left, right = _comparable(value, tree.value)
    try:
        return {"lt": left < right, "le": left <= right, "gt": left > right, "ge": left >= right}[op]
    except TypeError:
        return False


def _equal(value: Any, wanted: Any) -> bool:
    if wanted is None or value is None:
        return value is wanted
    left, right = _comparable(value, wanted)
    return bool(left == right)
