"""No secret and no token shows anywhere a user or a log reader could see it.

With DEBUG on for the root logger, httpx, httpcore, the runtime and every client, a selection of the fault
scenarios runs for every client and auth kind (sync and async in turn), with distinctive secret values. Every log
line, every exception's str, repr, text and traceback, and the reprs of clients, auth objects and decoded models are
searched for every secret and token value. Run with `-s` to see the figures.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from .apis import CUSTOM_HEADER, FAST_RETRY, Secrets, Urls, Variant, in_turn, run, variants
from .servers import RESET, FaultServer, json_reply, redirect, respond

LOGGERS = ("", "httpx", "httpcore", "client_runtime", "sostrades_client", "cloudbees_flow_client", "flamehub_client")
LOGGERS += ("hahnpro_client", "joule_client")


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def log_lines() -> Iterator[list[str]]:
    handler = _Lines()
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    try:
        yield handler.lines
    finally:
        logging.getLogger().removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


@dataclass
class Scan:
    """Everything shown during the run, and every value that must never be in it."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    secret_values: set[str] = field(default_factory=set)

    def show(self, where: str, text: str) -> None:
        self.shown.append((where, text))

    def error(self, where: str, error: BaseException) -> None:
        self.show(f"{where}: str", str(error))
        self.show(f"{where}: repr", repr(error))
        self.show(f"{where}: traceback", "".join(traceback.format_exception(error)))
        text = getattr(error, "text", None)
        if isinstance(text, str):
            self.show(f"{where}: .text", text)

    def attempt(self, where: str, action: Callable[[], Any]) -> Any:
        """Run one scenario; whatever it raises is shown, not judged (the other modules judge it)."""
        try:
            return action()
        except Exception as error:  # every failure's text is what is scanned
            self.error(where, error)
            return None

    def hits(self) -> list[tuple[str, str]]:
        return [(where, value) for where, text in self.shown for value in self.secret_values if value in text]


def _shown_objects(scan: Scan, where: str) -> Callable[[Any], Any]:
    def action(client: Any) -> Any:
        scan.show(f"{where}: client repr", repr(client))
        scan.show(f"{where}: client str", str(client))
        auth = getattr(client, "_auth", None)
        scan.show(f"{where}: auth repr", repr(auth))
        return None

    return action


def _scenarios(
    variant: Variant, server: FaultServer, elsewhere: FaultServer, scan: Scan
) -> Iterator[tuple[str, Callable[[], Any]]]:
    api, auth = variant.api, variant.auth

    def fresh() -> Secrets:
        secrets = Secrets()
        scan.secret_values.update(secrets.values)
        # Basic credentials travel base64-encoded: that form is the secret too.
        for user in ("admin", "hpc-client"):
            scan.secret_values.add(base64.b64encode(f"{user}:{secrets.credential}".encode()).decode())
        return secrets

    def call(secrets: Secrets, what: Callable[[Any], Any], urls: Urls | str = server.url, **options: Any) -> Any:
        options = {"retry": FAST_RETRY, "headers": {CUSTOM_HEADER: secrets.header}, **options}
        return run(variant, urls, secrets, what, **options)

    secrets = fresh()

    def success() -> None:
        server.reset()
        variant.serve(server, secrets)
        scan.show("model repr", repr(call(secrets, api.get)))
        scan.show("model repr", repr(call(secrets, api.post)))
        call(secrets, _shown_objects(scan, variant.id))

    yield "success", success

    def cross_origin_redirect() -> None:
        server.reset()
        elsewhere.reset()
        variant.serve(server, secrets, get=redirect(307, elsewhere.url + api.get_path))
        elsewhere.route(api.get_path, json_reply(200, api.get_answer))
        call(secrets, api.get)

    yield "cross-origin redirect", cross_origin_redirect

    def reset_and_wrong_shape() -> None:
        server.reset()
        variant.serve(server, secrets, get=[RESET], post=json_reply(api.post_status, api.wrong_shape))
        call(secrets, api.get)

    yield "reset", reset_and_wrong_shape
    yield "wrong shape", lambda: call(secrets, api.post)

    def control_character() -> None:
        server.reset()
        variant.serve(server, secrets)
        spoiled = Secrets(credential=secrets.credential + "\n", token=secrets.token, header=secrets.header)
        call(spoiled, api.get)

    yield "control character", control_character

    if auth.token_path is None:
        return
    token_path = auth.token_path

    for status in (401, 500):

        def refused(status: int = status) -> None:
            server.reset()
            variant.serve(server, secrets)
            server.route(token_path, json_reply(status, {"error": "invalid_client", "message": "no"}))
            call(secrets, api.get)

        yield f"token endpoint {status}", refused

    for kind, body in auth.bad_token_answers.items():

        def bad_answer(body: Callable[[Secrets], bytes] = body) -> None:
            server.reset()
            variant.serve(server, secrets)
            server.route(token_path, respond(200, body(secrets), {"Content-Type": "application/json"}))
            call(secrets, api.get)

        yield f"token answer {kind}", bad_answer

    def token_redirect() -> None:
        server.reset()
        elsewhere.reset()
        variant.serve(server, secrets)
        server.route(token_path, redirect(307, elsewhere.url + token_path))
        assert auth.token_answer is not None
        elsewhere.route(token_path, json_reply(200, auth.token_answer(secrets)))
        call(secrets, api.get)

    yield "token redirect", token_redirect


def test_no_secret_or_token_shows_in_logs_errors_or_reprs(
    server: FaultServer, elsewhere: FaultServer, log_lines: list[str], record_property: Callable[[str, Any], None]
) -> None:
    scan = Scan()
    scenarios = 0
    for variant in in_turn(variants()):
        for name, action in _scenarios(variant, server, elsewhere, scan):
            scan.attempt(f"{variant.id} {name}", action)
            scenarios += 1
    scan.shown += [("log", line) for line in log_lines]

    hits = scan.hits()
    figures = {
        "scenarios": scenarios,
        "strings_scanned": len(scan.shown),
        "log_lines": len(log_lines),
        "secret_values": len(scan.secret_values),
        "hits": len(hits),
    }
    print("\nsecret scan:", ", ".join(f"{name} {value}" for name, value in figures.items()))
    for name, value in figures.items():
        record_property(name, value)
    assert len(log_lines) > scenarios, "DEBUG logging must have been captured, or the scan proves little"
    assert hits == []
