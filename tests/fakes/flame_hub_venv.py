"""The interpreters of the official client flame-hub-client, each in its own virtualenv, created on first use in the
git-ignored .cache/ of the repository and reused afterwards: 1.1.0 (it needs httpx2) speaks the current server
generation, 0.2.4 (whose own tests ran against Hub 0.8.13 with authup 1.0.0-beta.26) the older one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERSION = "1.1.0"
LEGACY_VERSION = "0.2.4"
VENV = ROOT / ".cache" / f"flame-hub-client-{VERSION}"


def official_python(version: str = VERSION) -> Path:
    """The official client's interpreter, installing flame-hub-client `version` the first time."""
    venv = ROOT / ".cache" / f"flame-hub-client-{version}"
    python = venv / "bin" / "python"
    probe = [
        str(python),
        "-I",
        "-c",
        f"import importlib.metadata as m; assert m.version('flame-hub-client') == {version!r}",
    ]
    if not python.exists() or subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, capture_output=True)
        install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*install, f"flame-hub-client=={version}"], check=True, capture_output=True)
    return python
