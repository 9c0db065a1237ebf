"""The interpreter of flame-hub-client 1.1.0, in its own virtualenv (it needs httpx2), created on first use in the
git-ignored .cache/ of the repository and reused afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".cache" / "flame-hub-client-1.1.0"
VERSION = "1.1.0"


def official_python() -> Path:
    """The official client's interpreter, installing flame-hub-client 1.1.0 the first time."""
    python = VENV / "bin" / "python"
    probe = [str(python), "-I", "-c", f"import flame_hub; assert flame_hub.__version__ == {VERSION!r}"]
    if not python.exists() or subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True, capture_output=True)
        install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*install, f"flame-hub-client=={VERSION}"], check=True, capture_output=True)
    return python
