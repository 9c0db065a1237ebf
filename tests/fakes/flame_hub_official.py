"""Runs flame-hub-client (the official client: 1.1.0, or 0.2.16 for the older server generation) against the fake Hub,
in the official client's own virtualenv.

    python flame_hub_official.py < plan.json > results.json

The plan is `{"urls": {...}, "auth": {...}, "steps": [...]}`, each step
`{"client": "core", "call": "find_nodes", "args": [], "kwargs": {}}`.
Filter values given as `["op", value]` become the client's `(operator, value)` tuples. Each step's result is written
as JSON: records by their camelCase dump, lists as lists of them, streams as hex, errors as `{"error": status}`.
It imports only the official client; run it with `python -I` so this directory (with the fake named flame_hub)
is not on the path.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from typing import Any

import flame_hub


def _flows(plan: dict[str, Any]) -> Any:
    auth = plan["auth"]
    base = plan["urls"]["auth"] + "/"
    if auth["kind"] == "password":
        return flame_hub.auth.PasswordAuth(username=auth["username"], password=auth["password"], base_url=base)
    if auth["kind"] == "client":
        return flame_hub.auth.ClientAuth(client_id=auth["id"], client_secret=auth["secret"], base_url=base)
    if auth["kind"] == "robot":
        return flame_hub.auth.RobotAuth(robot_id=auth["id"], robot_secret=auth["secret"], base_url=base)
    return flame_hub.auth.StaticAuth(access_token=auth["token"])


def _dump(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _arguments(kwargs: dict[str, Any]) -> dict[str, Any]:
    found = dict(kwargs)
    if "filter" in found:
        found["filter"] = {k: tuple(v) if isinstance(v, list) else v for k, v in found["filter"].items()}
    if "upload" in found:
        files = found.pop("upload")
        found["upload_file"] = [
            {"file_name": name, "content": bytes.fromhex(content), "content_type": "application/octet-stream"}
            for name, content in files.items()
        ]
    return found


def main() -> None:
    plan = json.load(sys.stdin)
    auth = _flows(plan)
    clients = {
        "auth": flame_hub.AuthClient(base_url=plan["urls"]["auth"] + "/", auth=auth),
        "core": flame_hub.CoreClient(base_url=plan["urls"]["core"] + "/", auth=auth),
        "storage": flame_hub.StorageClient(base_url=plan["urls"]["storage"] + "/", auth=auth),
    }
    results = []
    for step in plan["steps"]:
        method = getattr(clients[step["client"]], step["call"])
        kwargs = _arguments(step.get("kwargs", {}))
        uploads = kwargs.pop("upload_file", None)
        try:
            if uploads is not None:
                result: Any = method(*step.get("args", []), *uploads, **kwargs)
            else:
                result = method(*step.get("args", []), **kwargs)
            if step["call"].startswith("stream_"):
                result = b"".join(result)
            results.append(_dump(result))
        except flame_hub.HubAPIError as error:
            response = error.error_response
            results.append({"error": response.status_code if response else None, "message": str(error)})
    version = importlib.metadata.version("flame-hub-client")  # 0.2.x has no __version__
    json.dump({"version": version, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
