"""The node settings joule's own CLI writes: `nodes.json`, `default_node.txt` and `ca.crt`.

They live in `$JOULE_USER_CONFIG_DIR`, else `~/.joule`. `joule node add <name> <url> <key>` fills them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from client_runtime import ConfigurationError, Secret

ENV_CONFIG_DIR = "JOULE_USER_CONFIG_DIR"
NODES = "nodes.json"
DEFAULT_NODE = "default_node.txt"
CA_FILE = "ca.crt"


@dataclass(frozen=True)
class NodeConfig:
    """One node from `nodes.json`, with the CA bundle of the config directory when there is one."""

    name: str
    url: str
    key: Secret
    ca_file: Path | None


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """`$JOULE_USER_CONFIG_DIR`, else `~/.joule`."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_CONFIG_DIR)
    return Path(configured) if configured else Path.home() / ".joule"


def load_node(name: str | None = None, *, directory: str | os.PathLike[str] | None = None) -> NodeConfig:
    """The node called `name`, or the default node (the first one when `default_node.txt` is missing or stale).

    Example: ``load_node("lab").url``
    """
    folder = Path(directory) if directory is not None else config_dir()
    path = folder / NODES
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(str(path), f"no {NODES} in {folder}; add a node with `joule node add`") from None
    except ValueError as exc:
        raise ConfigurationError(str(path), f"is not valid JSON: {exc}") from None
    nodes: dict[str, Mapping[str, str]] = {}
    for index, entry in enumerate(entries if isinstance(entries, list) else [None]):
        if not isinstance(entry, Mapping) or not all(isinstance(entry.get(k), str) for k in ("name", "url", "key")):
            raise ConfigurationError(str(path), f"entry {index} needs the strings name, url and key")
        nodes[entry["name"]] = entry
    if not nodes:
        raise ConfigurationError(str(path), "lists no node")
    if name is None:
        default = folder / DEFAULT_NODE
        wanted = default.read_text(encoding="utf-8").strip() if default.is_file() else ""
        name = wanted if wanted in nodes else next(iter(nodes))
    if name not in nodes:
        raise ConfigurationError("name", f"no node {name!r} in {path}; known: {', '.join(sorted(nodes))}")
    entry = nodes[name]
    ca_file = folder / CA_FILE
    return NodeConfig(name, entry["url"], Secret(entry["key"]), ca_file if ca_file.is_file() else None)
