"""Upload built wheels and sdists to a package index, once: a file already there with the same bytes is skipped,
and a file there with other bytes under the same name is refused before anything is uploaded.

    python scripts/publish.py --index URL [--simple-url URL] [FILE_OR_FOLDER ...]   (default: dist/)

URL is the index's upload endpoint; its simple index (PEP 503) is read from URL/simple/ unless --simple-url says
otherwise. Credentials come only from the environment, as uv reads them: UV_PUBLISH_USERNAME and
UV_PUBLISH_PASSWORD, or UV_PUBLISH_TOKEN. They are never put on a command line (nox logs those), never printed,
and only sent to the index's own origin. The upload itself is `uv publish`.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 60
ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"


class PublishError(Exception):
    pass


def project_name(filename: str) -> str:
    """The normalized project name (PEP 503) a wheel or sdist file belongs to.

    >>> project_name("typed_api_clients_runtime-0.1.0-py3-none-any.whl"), project_name("Joule_Client-1.0.0.tar.gz")
    ('typed-api-clients-runtime', 'joule-client')
    """
    if filename.endswith(".whl"):
        name = filename.split("-", maxsplit=1)[0]
    elif filename.endswith(".tar.gz"):
        name = filename[: -len(".tar.gz")].rsplit("-", 1)[0]
    else:
        raise PublishError(f"{filename}: neither a wheel nor an sdist")
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Plan:
    """What to do with each file: upload it, skip it (same bytes on the index), or refuse (other bytes there)."""

    upload: list[Path]
    skip: list[Path]
    refuse: list[str]


def plan(files: Iterable[Path], on_index: Mapping[str, str | None]) -> Plan:
    """Decides from the sha256 of each file on the index (None when the index gave no digest for it).

    >>> import tempfile; folder = Path(tempfile.mkdtemp()); wheel = folder / "a-1.0-py3-none-any.whl"
    >>> _ = wheel.write_bytes(b"x")
    >>> plan([wheel], {}).upload == [wheel], plan([wheel], {wheel.name: sha256(wheel)}).skip == [wheel]
    (True, True)
    """
    upload, skip, refuse = [], [], []
    for path in files:
        if path.name not in on_index:
            upload.append(path)
            continue
        ours, theirs = sha256(path), on_index[path.name]
        if theirs is None:
            refuse.append(f"{path.name}: on the index without a sha256 to compare with; not replaced")
        elif theirs == ours:
            skip.append(path)
        else:
            refuse.append(
                f"{path.name}: the index already holds a different file under this name "
                f"(sha256 {theirs[:12]}…, ours {ours[:12]}…); files can't be replaced: give the package a new version"
            )
    return Plan(upload, skip, refuse)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Links(HTMLParser):
    """The anchors of a PEP 503 project page: file name → sha256 from the URL fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            url, _, fragment = href.partition("#")
            name = urllib.parse.unquote(url.rstrip("/").rsplit("/", 1)[-1])
            algorithm, _, digest = fragment.partition("=")
            self.files[name] = digest.lower() if algorithm == "sha256" and digest else None


def parse_project_page(body: bytes, content_type: str) -> dict[str, str | None]:
    """File name → sha256 from a simple-index project page, JSON (PEP 691) or HTML (PEP 503)."""
    if "json" in content_type:
        page = json.loads(body)
        return {entry["filename"]: (entry.get("hashes") or {}).get("sha256") for entry in page.get("files", [])}
    links = _Links()
    links.feed(body.decode("utf-8", errors="replace"))
    return links.files


def _origin(url: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme, parts.netloc.lower()


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only within the index's origin, so its credentials are never sent elsewhere."""

    def __init__(self, origin: tuple[str, str]) -> None:
        self.origin = origin

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if _origin(newurl) != self.origin:
            raise PublishError(f"the index redirected to another origin ({_origin(newurl)[1]}); not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Index:
    """Reads the simple index of the index being published to."""

    def __init__(self, upload_url: str, simple_url: str | None, environ: Mapping[str, str]) -> None:
        for url in (upload_url, simple_url or ""):
            if urllib.parse.urlsplit(url).password or urllib.parse.urlsplit(url).username:
                raise PublishError("an index URL must not carry credentials: set UV_PUBLISH_USERNAME/PASSWORD")
        self.upload_url = upload_url
        self.simple_url = (simple_url or upload_url.rstrip("/") + "/simple/").rstrip("/") + "/"
        self._origin = _origin(upload_url)
        self._opener = urllib.request.build_opener(_SameOriginRedirects(self._origin))
        self._authorization = _authorization(environ)

    def files(self, project: str) -> dict[str, str | None]:
        url = urllib.parse.urljoin(self.simple_url, f"{project}/")
        request = urllib.request.Request(url, headers={"Accept": ACCEPT})
        if self._authorization and _origin(url) == self._origin:
            request.add_header("Authorization", self._authorization)
        try:
            with self._opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                return parse_project_page(response.read(), response.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return {}
            raise PublishError(f"reading {url} answered {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise PublishError(f"reading {url} failed: {exc.reason}") from None


def _authorization(environ: Mapping[str, str]) -> str | None:
    token = environ.get("UV_PUBLISH_TOKEN")
    user, password = environ.get("UV_PUBLISH_USERNAME"), environ.get("UV_PUBLISH_PASSWORD")
    if token:
        user, password = "__token__", token
    if not user or password is None:
        return None
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def artifacts(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted([*path.glob("*.whl"), *path.glob("*.tar.gz")]) if path.is_dir() else [path]
    return found


def publish(files: list[Path], index: Index, environ: Mapping[str, str], uv: str = "uv") -> Plan:
    """Uploads what the index lacks; raises PublishError, uploading nothing, when any file conflicts."""
    on_index: dict[str, str | None] = {}
    for project in sorted({project_name(path.name) for path in files}):
        on_index.update(index.files(project))
    decided = plan(files, on_index)
    for path in decided.skip:
        print(f"skip    {path.name}: already on the index with the same sha256")
    if decided.refuse:
        raise PublishError("refused, nothing uploaded:\n  " + "\n  ".join(decided.refuse))
    if decided.upload:
        for path in decided.upload:
            print(f"upload  {path.name}")
        command = [uv, "publish", "--no-config", "--trusted-publishing", "never", "--publish-url", index.upload_url]
        done = subprocess.run([*command, *map(str, decided.upload)], env=dict(environ), check=False)
        if done.returncode != 0:
            raise PublishError(f"uv publish failed with exit code {done.returncode}")
        missing = [path.name for path in decided.upload if not _listed(index, path)]
        if missing:
            raise PublishError("uploaded, but not listed by the index with the same sha256: " + ", ".join(missing))
    return decided


def _listed(index: Index, path: Path) -> bool:
    return index.files(project_name(path.name)).get(path.name) == sha256(path)


def main(argv: list[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", required=True, help="the index's upload URL")
    parser.add_argument("--simple-url", help="the index's simple-index URL (default: INDEX/simple/)")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders to publish (default: dist/)")
    args = parser.parse_args(argv)
    env = dict(os.environ if environ is None else environ)
    try:
        files = artifacts(args.paths or [ROOT / "dist"])
        if not files:
            raise PublishError("no wheel or sdist to publish: run `scripts/nox -s build` first")
        uv = shutil.which("uv") or "uv"
        decided = publish(files, Index(args.index, args.simple_url, env), env, uv)
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{len(decided.upload)} uploaded, {len(decided.skip)} already there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
