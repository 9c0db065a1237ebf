"""Regenerate the API packages in generated/ from specs/ and overlays/, or check them for drift.

    python scripts/generate.py [API ...]           regenerate (skipped when the inputs' hash is unchanged)
    python scripts/generate.py --force [API ...]   regenerate even when unchanged
    python scripts/generate.py --check [API ...]   fail, showing the diff, if generated/ is not what the inputs give

Each API is specs/<api>/{openapi.yaml,config.yml} plus overlays/<api>/. The result, generated/<api>/,
is a buildable project: pyproject.toml, README.md and src/<package>/ holding the generator's output in
`_generated/`, the façade in `_resources.py`, and the overlay modules beside them.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator
from packaging.version import InvalidVersion, Version

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facade import FacadeError, collect, render
from secret_fields import SecretFieldError, hide_secret_fields

ROOT = Path(__file__).resolve().parent.parent
SPECS, OVERLAYS, GENERATED = ROOT / "specs", ROOT / "overlays", ROOT / "generated"
HASHED_TOOLING = [
    ROOT / "scripts" / "generate.py",
    ROOT / "scripts" / "facade.py",
    ROOT / "scripts" / "secret_fields.py",
    ROOT / "requirements" / "generate.txt",
]
# config.yml keys handed to the generator as they are.
GENERATOR_OPTIONS = (
    "content_type_overrides",
    "literal_enums",
    "field_prefix",
    "use_path_prefixes_for_title_model_names",
)
RUFF_ISOLATED = ["--isolated", "--no-cache", "--line-length", "120"]


class GenerationError(Exception):
    pass


def apis() -> list[str]:
    return sorted(p.parent.name for p in SPECS.glob("*/config.yml"))


def runtime_requirement() -> str:
    project = tomllib.loads((ROOT / "runtime" / "pyproject.toml").read_text())["project"]
    return f"{project['name']}=={project['version']}"


def load_spec(path: Path) -> dict[str, Any]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = sorted(OpenAPIV31SpecValidator(spec).iter_errors(), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = []
        for error in errors:
            pointer = "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path)
            lines.append(f"{_shown(path)}: #/{pointer}: {error.message}")
        raise GenerationError("invalid spec\n" + "\n".join(lines))
    return spec


def pep440(version: str, where: str) -> str:
    try:
        return str(Version(version))
    except InvalidVersion as exc:
        raise GenerationError(f"{where}: info.version {version!r} is not a PEP 440 version") from exc


def inputs_hash(api: str, specs: Path = SPECS, overlays: Path = OVERLAYS) -> str:
    digest = hashlib.sha256(runtime_requirement().encode())
    files = [*sorted((specs / api).rglob("*.yaml")), specs / api / "config.yml", *HASHED_TOOLING]
    files += sorted(p for p in (overlays / api).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(_shown(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def run(cmd: list[str], cwd: Path) -> str:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise GenerationError(f"{' '.join(cmd[:2])} failed:\n{output}")
    return output


def pyproject(config: dict[str, Any], version: str, digest: str, api: str) -> str:
    deps = [runtime_requirement(), "httpx>=0.27,<0.29", "attrs>=22.2.0", *config.get("dependencies", [])]
    lines = [
        f"# Generated from specs/{api} and overlays/{api}; inputs sha256 {digest}",
        "[build-system]",
        'requires = ["uv_build>=0.13,<0.14"]',
        'build-backend = "uv_build"',
        "",
        "[project]",
        f'name = "{config["distribution"]}"',
        f'version = "{version}"',
        f"description = {json.dumps(config['description'])}",
        'readme = "README.md"',
        'requires-python = ">=3.11"',
        'license = "Apache-2.0"',
        "dependencies = [" + ", ".join(json.dumps(d) for d in deps) + "]",
    ]
    extras = config.get("extras") or {}
    if extras:
        lines += ["", "[project.optional-dependencies]"]
        lines += [f"{name} = [" + ", ".join(json.dumps(d) for d in reqs) + "]" for name, reqs in sorted(extras.items())]
    lines += ["", "[tool.uv.build-backend]", f'module-name = "{config["package"]}"', 'module-root = "src"', ""]
    return "\n".join(lines)


def services(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Service name → its settings; a single-spec API is one service named "" at the package root."""
    declared = config.get("services")
    if declared is None:
        return {"": config}
    return {name: {**config, **(settings or {})} for name, settings in declared.items()}


def spec_file(specs: Path, api: str, service: str) -> Path:
    return specs / api / service / "openapi.yaml" if service else specs / api / "openapi.yaml"


def _generate_service(spec_path: Path, settings: dict[str, Any], package_dir: Path) -> dict[str, Any]:
    """Run the generator into `package_dir/_generated` and write the façade beside it; returns the spec."""
    spec = load_spec(spec_path)
    generated_dir = package_dir / "_generated"
    generated_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        generator_config = Path(scratch) / "generator.json"
        generator_config.write_text(
            json.dumps(
                {
                    **{key: settings[key] for key in GENERATOR_OPTIONS if key in settings},
                    "package_name_override": "_generated",
                    "class_overrides": settings.get("class_overrides") or {},
                    "post_hooks": [
                        f"ruff check . --fix-only --extend-select=I {' '.join(RUFF_ISOLATED[:2])}",
                        f"ruff format . {' '.join(RUFF_ISOLATED[:2])}",
                    ],
                }
            )
        )
        output = run(
            [
                "openapi-python-client",
                "generate",
                "--path",
                str(spec_path),
                "--config",
                str(generator_config),
                "--meta",
                "none",
                "--fail-on-warning",
                "--output-path",
                str(generated_dir),
            ],
            cwd=Path(scratch),
        )
    if "warning" in output.lower():
        raise GenerationError(f"{_shown(spec_path)}: the generator warned, treated as an error:\n{output}")
    shutil.rmtree(generated_dir / ".ruff_cache", ignore_errors=True)
    try:
        if hide_secret_fields(spec, generated_dir, settings.get("class_overrides") or {}):
            run(["ruff", "format", *RUFF_ISOLATED, "models"], cwd=generated_dir)
    except SecretFieldError as exc:
        raise GenerationError(f"{_shown(spec_path)}: {exc}") from exc

    error_model = settings.get("error_model")
    try:
        ops = collect(spec, generated_dir, settings.get("error_models") or ([error_model] if error_model else []))
        facade = render(ops, spec, settings["client"], error_model, generated_dir)
    except FacadeError as exc:
        raise GenerationError(f"{_shown(spec_path)}: {exc}") from exc
    (package_dir / "_resources.py").write_text(facade, encoding="utf-8")
    run(["ruff", "check", "--fix-only", "--select", "I,F401", *RUFF_ISOLATED, "_resources.py"], cwd=package_dir)
    run(["ruff", "format", *RUFF_ISOLATED, "_resources.py"], cwd=package_dir)
    return spec


def build(api: str, out: Path, specs: Path = SPECS, overlays: Path = OVERLAYS) -> None:
    """Write the whole project for `api` into `out`, which must not exist.

    One spec (specs/<api>/openapi.yaml) fills the package root; with `services:` in config.yml each
    specs/<api>/<service>/openapi.yaml fills the subpackage <package>.<service>.
    """
    config = yaml.safe_load((specs / api / "config.yml").read_text(encoding="utf-8"))
    package_dir = out / "src" / config["package"]
    versions: dict[str, str] = {}
    for service, settings in services(config).items():
        spec_path = spec_file(specs, api, service)
        spec = _generate_service(spec_path, settings, package_dir / service if service else package_dir)
        versions[service] = str(spec["info"]["version"])
    source = config.get("version_from", "")
    if source not in versions:
        raise GenerationError(f"specs/{api}/config.yml: version_from must name one of {sorted(versions)}")
    version = pep440(versions[source], _shown(spec_file(specs, api, source)))

    overlay = overlays / api
    for source_file in sorted(overlay.rglob("*")):
        if source_file.is_file() and "__pycache__" not in source_file.parts and source_file.name != "README.md":
            target = package_dir / source_file.relative_to(overlay)
            if target.exists():
                raise GenerationError(f"overlay {_shown(source_file)} would replace a generated file")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source_file, target)
    shutil.copyfile(overlay / "README.md", out / "README.md")
    (package_dir / "py.typed").write_text("")
    spec_versions = versions[""] if list(versions) == [""] else versions
    (package_dir / "_version.py").write_text(
        f'__version__ = "{version}"\n__spec_version__ = {json.dumps(spec_versions, sort_keys=True)}\n'
    )
    (out / "pyproject.toml").write_text(
        pyproject(config, version, inputs_hash(api, specs, overlays), api), encoding="utf-8"
    )


def is_current(api: str) -> bool:
    marker = GENERATED / api / "pyproject.toml"
    return marker.exists() and inputs_hash(api) in marker.read_text().splitlines()[0]


def regenerate(api: str, force: bool) -> None:
    if not force and is_current(api):
        print(f"{api}: up to date")
        return
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / api
        build(api, fresh)
        target = GENERATED / api
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    print(f"{api}: regenerated")


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def drift(api: str) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / api
        build(api, fresh)
        committed = GENERATED / api
        ours, theirs = _tree(fresh), _tree(committed) if committed.exists() else set()
        report = [f"generated/{api}/{name}: missing" for name in sorted(ours - theirs)]
        report += [f"generated/{api}/{name}: not produced by the inputs" for name in sorted(theirs - ours)]
        for name in sorted(ours & theirs):
            if not filecmp.cmp(fresh / name, committed / name, shallow=False):
                before = (committed / name).read_text(errors="replace").splitlines(keepends=True)
                after = (fresh / name).read_text(errors="replace").splitlines(keepends=True)
                report.append("".join(difflib.unified_diff(before, after, f"generated/{api}/{name}", "expected")))
        return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="*", help="APIs to process (default: every spec)")
    parser.add_argument("--check", action="store_true", help="report drift instead of writing")
    parser.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
    args = parser.parse_args(argv)
    selected = args.apis or apis()
    unknown = sorted(set(selected) - set(apis()))
    if unknown:
        parser.error(f"no spec for {', '.join(unknown)}")
    try:
        if args.check:
            problems = [line for api in selected for line in drift(api)]
            if problems:
                print("generated/ differs from what specs/ and overlays/ give:\n" + "\n".join(problems))
                return 1
            print(f"no drift in {', '.join(selected)}")
            return 0
        for api in selected:
            regenerate(api, args.force)
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
