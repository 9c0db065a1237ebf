"""Publishing to a real package index (pypiserver on 127.0.0.1), then installing from it by name.

The index holds what a team index would: our files, uploaded by scripts/publish.py (the code behind
`scripts/nox -s publish`), and the third-party wheels they depend on, placed in its folder beforehand (the tests
session downloads those once; the test itself needs no network). Installs use only this index.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fakes.sostrades import serve_sostrades

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
USER, PASSWORD = "release", "s3cret-upload-password-7f2c"
SERVER_START_SECONDS = 30


def _folder(variable: str, default: Path) -> Path:
    folder = Path(os.environ.get(variable, default))
    if not any(folder.glob("*.whl")):
        pytest.fail(f"{folder} holds no wheels: run these tests through `scripts/nox -s tests`, which fills it")
    return folder


BUILT = _folder("BUILT_PACKAGES", Path(sys.prefix) / "tmp" / "wheels")
DEPENDENCIES = _folder("DEPENDENCY_WHEELS", Path(sys.prefix) / "tmp" / "dependency-wheels")
OURS = sorted([*BUILT.glob("*.whl"), *BUILT.glob("*.tar.gz")])


def _wheel_version(distribution: str) -> str:
    prefix = distribution.replace("-", "_") + "-"
    return next(p.name[len(prefix) :].split("-")[0] for p in BUILT.glob("*.whl") if p.name.startswith(prefix))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Index:
    url: str
    folder: Path

    def listed(self, project: str) -> dict[str, str]:
        """File name → sha256, as the index's simple page lists them."""
        with urllib.request.urlopen(f"{self.url}/simple/{project}/", timeout=30) as page:
            html = page.read().decode()
        return dict(re.findall(r'href="[^"]*/([^/"#]+)#sha256=([0-9a-f]{64})"', html))

    def contents(self) -> dict[str, tuple[str, int]]:
        """The index's folder: file name → (sha256, mtime in ns), to show nothing was written."""
        return {p.name: (_sha256(p), p.stat().st_mtime_ns) for p in sorted(self.folder.iterdir())}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """pypiserver with uploads behind an htpasswd user, no fallback to any other index."""
    home = tmp_path_factory.mktemp("index")
    folder = home / "packages"
    folder.mkdir()
    for wheel in DEPENDENCIES.glob("*.whl"):
        shutil.copy(wheel, folder)
    # Apache's {SHA} scheme, written by hand: base64 of the password's SHA-1.
    digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
    (home / "htpasswd").write_text(f"{USER}:{{SHA}}{digest}\n")
    port = _free_port()
    command = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--authenticate", "update", "--passwords", str(home / "htpasswd"), "--disable-fallback"]
    command += ["--hash-algo", "sha256", str(folder)]
    with (home / "server.log").open("wb") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("pypiserver did not start:\n" + (home / "server.log").read_text())
                time.sleep(0.1)
        yield Index(url, folder)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def _publish(index: Index, *paths: Path, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UV_", "PIP_"))}
    env |= {"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "UV_PUBLISH_USERNAME": USER}
    env |= {"UV_PUBLISH_PASSWORD": password, "UV_NO_CACHE": "1"}
    command = [sys.executable, str(ROOT / "scripts" / "publish.py"), "--index", index.url, *map(str, paths)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def published(index: Index) -> subprocess.CompletedProcess[str]:
    return _publish(index, BUILT)


def test_every_built_file_is_uploaded_with_its_bytes(index: Index, published: subprocess.CompletedProcess[str]) -> None:
    assert published.returncode == 0, published.stderr
    assert f"{len(OURS)} uploaded, 0 already there" in published.stdout
    for path in OURS:
        project = re.sub(r"[-_.]+", "-", re.split(r"-\d", path.name, maxsplit=1)[0]).lower()
        assert index.listed(project)[path.name] == _sha256(path)
        assert (index.folder / path.name).read_bytes() == path.read_bytes()
    assert PASSWORD not in published.stdout + published.stderr


def test_each_wheel_installs_by_name_from_the_index_and_calls_the_fake(
    index: Index, published: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert published.returncode == 0, published.stderr
    clients = sorted(p.name.split("-")[0].replace("_", "-") for p in BUILT.glob("*_client-*.whl"))
    distributions = ["typed-api-clients-runtime", *clients]
    assert len(distributions) == 6
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UV_", "PIP_"))}
    uv = str(BIN / "uv")
    subprocess.run([uv, "venv", "--no-config", "--quiet", "--python", sys.executable, str(venv)], env=env, check=True)
    python = venv / "bin" / "python"
    install = [uv, "pip", "install", "--no-config", "--no-cache", "--quiet", "--python", str(python)]
    install += ["--index-url", f"{index.url}/simple/", *distributions]
    done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr

    report = """
import importlib, json, sys
from importlib.metadata import distribution
found = {}
for name, package in zip(sys.argv[1::2], sys.argv[2::2]):
    module = importlib.import_module(package)
    found[name] = {
        "version": distribution(name).version,
        "from_index": distribution(name).read_text("direct_url.json") is None,
        "module_version": getattr(module, "__version__", None),
        "api_version": getattr(module, "__api_version__", None),
        "file": module.__file__,
    }
print(json.dumps(found))
"""
    packages = [(name, name.replace("-", "_")) for name in distributions]
    packages[0] = ("typed-api-clients-runtime", "client_runtime")
    args = [part for pair in packages for part in pair]
    shown = json.loads(subprocess.run([python, "-c", report, *args], capture_output=True, text=True, check=True).stdout)
    for name, _ in packages:
        assert shown[name]["version"] == _wheel_version(name)
        assert shown[name]["module_version"] == _wheel_version(name)
        assert shown[name]["from_index"] is True
        assert str(shown[name]["file"]).startswith(str(venv))
    # The API versions the servers report about themselves (the seeds and reference notes).
    assert shown["sostrades-client"]["api_version"] == "5.3.4"
    assert shown["joule-client"]["api_version"] == "1.0.1"

    smoke = """
import json, sys
from sostrades_client import SosTradesClient
with SosTradesClient(sys.argv[1], sys.argv[2]) as client:
    print(json.dumps({"ping": client.server.ping(), "url": client.study_cases.get_url(1).study_url}))
"""
    with serve_sostrades() as fake:
        key = str(fake.handler.group_key)
        run = subprocess.run(
            [python, "-c", smoke, fake.url, key], capture_output=True, text=True, timeout=60, check=False
        )
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == {"ping": "pong", "url": "http://localhost:4200/study/1"}
        agents = {request.headers.get("User-Agent") for request in fake.requests}
        assert agents == {f"sostrades-client/{_wheel_version('sostrades-client')}"}
        assert fake.violations == []


def test_publishing_the_same_files_again_changes_nothing(
    index: Index, published: subprocess.CompletedProcess[str]
) -> None:
    assert published.returncode == 0, published.stderr
    before = index.contents()
    again = _publish(index, BUILT)
    assert again.returncode == 0, again.stderr
    assert f"0 uploaded, {len(OURS)} already there" in again.stdout
    assert index.contents() == before


def test_a_different_file_under_a_published_name_is_refused(
    index: Index, published: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert published.returncode == 0, published.stderr
    original = next(BUILT.glob("sostrades_client-*.whl"))
    changed = tmp_path / original.name
    shutil.copy(original, changed)
    with zipfile.ZipFile(changed, "a") as wheel:
        wheel.comment = b"rebuilt with other bytes"
    assert _sha256(changed) != _sha256(original)
    fresh = _probe_wheel(tmp_path / "probe", "refused_with_company")
    before = index.contents()
    refused = _publish(index, changed, fresh)
    assert refused.returncode == 1
    assert f"{original.name}: the index already holds a different file under this name" in refused.stderr
    assert "nothing uploaded" in refused.stderr
    assert index.contents() == before
    assert index.listed("sostrades-client")[original.name] == _sha256(original)


def _probe_wheel(folder: Path, name: str) -> Path:
    """A minimal valid wheel that no one has published."""
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"{name}-1.0.0-py3-none-any.whl"
    info = f"{name}-1.0.0.dist-info"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0.0\n")
        archive.writestr(
            f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        )
        archive.writestr(f"{info}/RECORD", "")
    return wheel


def test_a_wrong_password_uploads_nothing_and_is_not_printed(index: Index, tmp_path: Path) -> None:
    wheel = _probe_wheel(tmp_path, "unpublished_probe")
    wrong = "wrong-" + PASSWORD[::-1]
    refused = _publish(index, wheel, password=wrong)
    assert refused.returncode == 1
    assert "403" in refused.stderr
    assert wrong not in refused.stdout + refused.stderr
    assert not (index.folder / wheel.name).exists()
