"""Sessions: generate, drift, build, publish, lint, tests, benchmarks, joule_node, flame_legacy. Run them through
scripts/nox."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import nox
import nox.command

nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["drift", "lint", "tests"]

ROOT = Path(__file__).parent
APIS = sorted(p.parent.name for p in (ROOT / "specs").glob("*/config.yml"))
PROJECTS = [ROOT / "runtime", *(ROOT / "generated" / api for api in APIS)]
PACKAGES = {api: next((ROOT / "generated" / api / "src").iterdir()).name for api in APIS}


def _source_date_epoch() -> str:
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip() or "315532800"


def _build_wheels(session: nox.Session, out: Path) -> list[Path]:
    env = {"SOURCE_DATE_EPOCH": _source_date_epoch()}
    for project in PROJECTS:
        session.run(
            "uv", "build", "--quiet", "--wheel", "--sdist", "--out-dir", str(out), str(project), env=env, external=True
        )
    return sorted(out.glob("*.whl"))


def _artifacts(folder: Path) -> list[Path]:
    return sorted([*folder.glob("*.whl"), *folder.glob("*.tar.gz")])


# Options of the publish session; `generate build publish -- --index URL` hands them to every session.
PUBLISH_OPTIONS = ("--index", "--simple-url")


def _split_posargs(session: nox.Session) -> tuple[list[str], list[str]]:
    """(the publish options, the rest) of the session's arguments."""
    mine: list[str] = []
    rest: list[str] = []
    arguments = iter(session.posargs)
    for argument in arguments:
        if argument in PUBLISH_OPTIONS:
            mine += [argument, next(arguments, "")]
        elif argument.startswith(tuple(f"{option}=" for option in PUBLISH_OPTIONS)):
            mine.append(argument)
        else:
            rest.append(argument)
    return mine, rest


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ and overlays/ (unchanged inputs are skipped)."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "scripts/generate.py", *_split_posargs(session)[1])


@nox.session
def drift(session: nox.Session) -> None:
    """Fail, showing the diff, when generated/ is not what specs/ and overlays/ give."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "scripts/generate.py", "--check", *_split_posargs(session)[1])


@nox.session
def build(session: nox.Session) -> None:
    """Build every wheel and sdist into dist/, check them, and prove two builds are byte-identical."""
    session.install("-r", "requirements/build.txt")
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    _build_wheels(session, dist)
    session.run("twine", "check", "--strict", *map(str, _artifacts(dist)))
    with tempfile.TemporaryDirectory() as again:
        _build_wheels(session, Path(again))
        for first in _artifacts(dist):
            second = Path(again) / first.name
            if hashlib.sha256(first.read_bytes()).digest() != hashlib.sha256(second.read_bytes()).digest():
                session.error(f"{first.name} differs between two builds")
    session.log(f"{len(_artifacts(dist))} files in dist/, identical across two builds")


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ to `-- --index URL`: files already there with the same bytes are skipped, others refused.

    Credentials come from UV_PUBLISH_USERNAME and UV_PUBLISH_PASSWORD (or UV_PUBLISH_TOKEN) in the environment.
    """
    options, _ = _split_posargs(session)
    if not options:
        session.error("name the index: scripts/nox -s publish -- --index URL")
    session.install("-r", "requirements/publish.txt")
    session.run("python", "scripts/publish.py", *options)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on everything hand-written; mypy --strict on the runtime and the packages with their overlays."""
    session.install("-r", "requirements/lint.txt", "-r", "requirements/test.txt", "httpx>=0.27,<0.29", "attrs>=22.2")
    hand_written = ["runtime", "overlays", "scripts", "tests", "benchmarks", "noxfile.py"]
    session.run("ruff", "check", *hand_written)
    session.run("ruff", "format", "--check", *hand_written)
    session.run("mypy", "runtime/src")
    for api in APIS:
        src = ROOT / "generated" / api / "src"
        session.run(
            "mypy",
            str(next(p for p in src.iterdir() if p.is_dir())),
            env={"MYPYPATH": f"{ROOT / 'runtime' / 'src'}:{src}"},
        )


def _install_wheels(session: nox.Session, *options: str) -> list[Path]:
    out = Path(session.create_tmp()) / "wheels"
    shutil.rmtree(out, ignore_errors=True)  # files of earlier versions would be installed beside the new ones
    wheels = _build_wheels(session, out)
    session.install("--reinstall", *options, *map(str, wheels))
    return wheels


def _dependency_wheels(session: nox.Session, wheels: list[Path]) -> Path:
    """The third-party wheels ours need, for the test index: from the folder when it has them, else downloaded."""
    folder = Path(session.create_tmp()) / "dependency-wheels"
    download = ["python", "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--only-binary", ":all:"]
    download += ["--dest", str(folder), *map(str, wheels)]
    complete = any(folder.glob("*.whl"))
    if complete:
        try:
            session.run(*download, "--no-index", "--find-links", str(folder), silent=True)
        except nox.command.CommandFailed:  # a new dependency: fetch it from the configured index
            complete = False
    if not complete:
        session.run(*download)
    ours = {wheel.name for wheel in wheels}
    for copied in folder.glob("*.whl"):
        if copied.name in ours:
            copied.unlink()
    return folder


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite, against the installed wheels (not the source tree)."""
    session.run("scripts/ensure-postgres", external=True)
    session.install("-r", "requirements/test.txt", "-r", "requirements/generate.txt")
    wheels = _install_wheels(session)
    env = {
        "PYTHONDONTWRITEBYTECODE": "1",
        "BUILT_PACKAGES": str(wheels[0].parent),
        "DEPENDENCY_WHEELS": str(_dependency_wheels(session, wheels)),
    }
    session.run("pytest", *session.posargs, env=env)
    if not session.posargs:
        packages = ["client_runtime", *(PACKAGES[api] for api in APIS)]
        session.run("pytest", "--doctest-modules", "-p", "no:cacheprovider", "--pyargs", *packages)


@nox.session
def benchmarks(session: nox.Session) -> None:
    """Per-call and import-time cost against raw httpx, as ratios measured in one run."""
    session.run("scripts/ensure-postgres", external=True)
    # Bytecode is compiled for every package, as pip does on install, so imports are measured, not the compiler.
    session.install("--compile-bytecode", "-r", "requirements/test.txt")
    _install_wheels(session, "--compile-bytecode")
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs, env={"PYTHONPATH": str(ROOT / "tests")})


@nox.session
def joule_node(session: nox.Session) -> None:
    """Bring a real Joule node up for manual use (URL and key are printed) until Ctrl-C."""
    session.run("scripts/ensure-postgres", external=True)
    session.install("httpx>=0.27,<0.29")
    session.run("python", str(ROOT / "tests" / "joule" / "node.py"))


@nox.session
def flame_legacy(session: nox.Session) -> None:
    """Run the FLAME Hub older-generation workflows against a real authup 1.0.0-beta.26 + Hub 0.8.13 stack, with
    fresh databases, and re-record tests/flame_hub/recordings/.

    The stack is built once outside the project; FLAME_LEGACY_SERVERS names the folder of its up.sh, down.sh and
    env.sh (WORK, MOTO_SERVER and the ports pass through to them). Without a built stack the session is skipped.
    """
    servers = Path(os.environ.get("FLAME_LEGACY_SERVERS", ""))
    if not os.environ.get("FLAME_LEGACY_SERVERS") or not (servers / "up.sh").is_file():
        session.skip("FLAME_LEGACY_SERVERS does not name the folder of the legacy stack's up.sh")
    shown = subprocess.run(
        ["bash", "-c", 'source "$0/env.sh" && echo "$AUTH_URL $CORE_URL $STORAGE_URL $RUN $WORK"', str(servers)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    auth_url, core_url, storage_url, run, work = shown
    if not (Path(work) / "hub" / "packages" / "server-core" / "dist").is_dir():
        session.skip(f"the legacy stack is not built in {work} (run its build.sh all)")
    session.install("-r", "requirements/test.txt", "-r", "requirements/generate.txt")
    _install_wheels(session)
    session.run("bash", str(servers / "up.sh"), env={"FRESH": "1"}, external=True)
    try:
        session.run(
            "pytest",
            "tests/flame_hub/test_legacy_live.py",
            "tests/flame_hub/test_readme_legacy.py::test_readme_samples_run_on_the_real_stack",
            *session.posargs,
            env={
                "FLAME_LEGACY_AUTH_URL": auth_url,
                "FLAME_LEGACY_CORE_URL": core_url,
                "FLAME_LEGACY_STORAGE_URL": storage_url,
                "FLAME_LEGACY_ROBOTS": str(Path(run) / "robots.json"),
                "FLAME_LEGACY_RECORD": "1",
                "PYTHONDONTWRITEBYTECODE": "1",
            },
        )
    finally:
        session.run("bash", str(servers / "down.sh"), external=True)


if os.environ.get("CI"):
    nox.options.download_python = "never"
