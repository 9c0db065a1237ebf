"""Regenerate the API packages in generated/ from specs/ and overlays/, or check them for drift.

    python scripts/generate.py [API ...]           regenerate (skipped when the inputs' hash is unchanged)
    python scripts/generate.py --force [API ...]   regenerate even when unchanged
    python scripts/generate.py --check [API ...]   fail, showing the diff, if generated/ is not what the inputs give

Each API is specs/<api>/{openapi.yaml,config.yml} plus overlays/<api>/. The result, generated/<api>/,
is a buildable project: pyproject.toml, README.md and src/<package>/ holding the generator's output in
`_generated/`, the façade in `_resources.py`, and the overlay modules beside them.

Versions: the client's own semantic version is `version:` in config.yml; the API version is the spec's
info.version, shipped as `__api_version__` and in the description. generated/<api>/spec/ keeps the specs the
package was made from. When the specs or the package's content differ from that snapshot, the changes are
written on top of generated/<api>/CHANGELOG.md and the version in config.yml is bumped (major, minor or patch,
see scripts/changelog.py), so everything follows from committed files and the drift check stays exact.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import changelog
from facade import FacadeError, collect, render
from prune import prune_endpoints
from secret_fields import SecretFieldError, hide_secret_fields, mask_extras

ROOT = Path(__file__).resolve().parent.parent
SPECS, OVERLAYS, GENERATED = ROOT / "specs", ROOT / "overlays", ROOT / "generated"
HASHED_TOOLING = [
    ROOT / "scripts" / "generate.py",
    ROOT / "scripts" / "facade.py",
    ROOT / "scripts" / "secret_fields.py",
    ROOT / "scripts" / "prune.py",
    ROOT / "scripts" / "changelog.py",
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
HOOK_OPTIONS = " ".join([*RUFF_ISOLATED[:2], "--no-respect-gitignore"])
# Shared by every wheel; a license classifier would clash with the SPDX expression (PEP 639).
LICENSE = "Apache-2.0"
CLASSIFIERS = [
    "Development Status :: 4 - Beta",
    "Framework :: AsyncIO",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Internet :: WWW/HTTP",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Typing :: Typed",
]
RUNTIME_WHEELS = "typed_api_clients_runtime-*.whl"
KEYWORDS = ["openapi", "rest", "client", "typed", "async"]
# The generated endpoint modules and the modules of single models are reached through the façade and the models'
# exports: their changes are reported there, once, under `_generated.models.<Class>`.
MODELS = ["_generated", "models"]
HIDDEN_PATHS = re.compile(r"\._generated\.(api\.|models\.[a-z0-9_]+$)")
MODEL_MODULE = re.compile(r"\._generated\.models\.[a-z0-9_]+\.")
# Objects that change with every release and are not API.
VERSION_NAMES = frozenset({"__version__", "__api_version__", "__spec_version__"})


class GenerationError(Exception):
    pass


def apis() -> list[str]:
    return sorted(p.parent.name for p in SPECS.glob("*/config.yml"))


def runtime_requirement() -> str:
    """The runtime's distribution with the range its semantic version promises compatible.

    Below 1.0 a minor release may break, so 0.1.x gives `>=0.1,<0.2`; from 1.0 on, 1.4.x gives `>=1.4,<2`.
    """
    project = tomllib.loads((ROOT / "runtime" / "pyproject.toml").read_text())["project"]
    major, minor = (int(part) for part in str(project["version"]).split(".")[:2])
    upper = f"{major}.{minor + 1}" if major == 0 else str(major + 1)
    return f"{project['name']}>={major}.{minor},<{upper}"


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


def client_version(config: dict[str, Any], where: str) -> str:
    version = str(config.get("version", ""))
    if not changelog.SEMVER.match(version):
        raise GenerationError(f"{where}: version {version!r} is not a semantic version MAJOR.MINOR.PATCH")
    return version


def with_version(config_text: str, version: str, where: str) -> str:
    """config.yml's text with its `version:` line set, comments and order kept."""
    updated, count = re.subn(r"(?m)^version:.*$", f"version: {version}", config_text)
    if count != 1:
        raise GenerationError(f"{where}: needs exactly one top-level `version:` line")
    return updated


def inputs_hash(api: str, specs: Path = SPECS, overlays: Path = OVERLAYS, config_text: str | None = None) -> str:
    """sha256 of everything generation reads; `config_text` stands for config.yml as it will be written."""
    digest = hashlib.sha256(runtime_requirement().encode())
    config = specs / api / "config.yml"
    files = [*sorted((specs / api).rglob("*.yaml")), config, *HASHED_TOOLING]
    files += sorted(p for p in (overlays / api).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        data = config_text.encode() if path == config and config_text is not None else path.read_bytes()
        digest.update(_shown(path).encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def run(cmd: list[str], cwd: Path) -> str:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise GenerationError(f"{' '.join(cmd[:2])} failed:\n{output}")
    return output


def pyproject(config: dict[str, Any], version: str, api_version: str, header: list[str]) -> str:
    deps = [runtime_requirement(), "httpx>=0.27,<0.29", "attrs>=22.2.0", *config.get("dependencies", [])]
    description = f"{config['description'].rstrip('.')}, for API version {api_version}."
    lines = [
        *(f"# {line}" for line in header),
        "[build-system]",
        'requires = ["uv_build>=0.13,<0.14"]',
        'build-backend = "uv_build"',
        "",
        "[project]",
        f'name = "{config["distribution"]}"',
        f'version = "{version}"',
        f"description = {json.dumps(description, ensure_ascii=False)}",
        'readme = "README.md"',
        'requires-python = ">=3.11"',
        f'license = "{LICENSE}"',
        "keywords = [" + ", ".join(json.dumps(k) for k in KEYWORDS) + "]",
        "classifiers = [" + ", ".join(json.dumps(c) for c in CLASSIFIERS) + "]",
        "dependencies = [" + ", ".join(json.dumps(d) for d in deps) + "]",
    ]
    # Every client offers the runtime's own extras under the same names (`pip install x-client[http2]`).
    runtime_name, _, runtime_range = runtime_requirement().partition(">")
    extras = {"http2": [f"{runtime_name}[http2]>{runtime_range}"], **(config.get("extras") or {})}
    if extras:
        lines += ["", "[project.optional-dependencies]"]
        lines += [f"{name} = [" + ", ".join(json.dumps(d) for d in reqs) + "]" for name, reqs in sorted(extras.items())]
    urls = config.get("urls") or {}
    if urls:
        lines += ["", "[project.urls]"]
        lines += [f"{json.dumps(name, ensure_ascii=False)} = {json.dumps(url)}" for name, url in urls.items()]
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
                    # Without --no-respect-gitignore, ruff finds no files when the output lies in an ignored
                    # folder (a test's temporary directory under .nox/) and leaves them unformatted.
                    "post_hooks": [
                        f"ruff check . --fix-only --extend-select=I {HOOK_OPTIONS}",
                        f"ruff format . {HOOK_OPTIONS}",
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
        hide_secret_fields(spec, generated_dir, settings.get("class_overrides") or {})
        mask_extras(generated_dir)
        models = ["--no-respect-gitignore", "models"]
        run(["ruff", "check", "--fix-only", "--select", "I", *RUFF_ISOLATED, *models], cwd=generated_dir)
        run(["ruff", "format", *RUFF_ISOLATED, *models], cwd=generated_dir)
    except SecretFieldError as exc:
        raise GenerationError(f"{_shown(spec_path)}: {exc}") from exc

    error_model = settings.get("error_model")
    try:
        ops = collect(spec, generated_dir, settings.get("error_models") or ([error_model] if error_model else []))
        facade = render(ops, spec, settings["client"], error_model, generated_dir)
    except FacadeError as exc:
        raise GenerationError(f"{_shown(spec_path)}: {exc}") from exc
    # After the façade has read the endpoint modules: it needs only what stays.
    if prune_endpoints(generated_dir / "api"):
        api = str(generated_dir / "api")
        run(
            ["ruff", "check", "--fix-only", "--select", "F401,I", *RUFF_ISOLATED, "--no-respect-gitignore", api],
            cwd=generated_dir,
        )
        run(["ruff", "format", *RUFF_ISOLATED, "--no-respect-gitignore", api], cwd=generated_dir)
    (package_dir / "_resources.py").write_text(facade, encoding="utf-8")
    run(["ruff", "check", "--fix-only", "--select", "I,F401", *RUFF_ISOLATED, "_resources.py"], cwd=package_dir)
    run(["ruff", "format", *RUFF_ISOLATED, "_resources.py"], cwd=package_dir)
    return spec


@dataclass
class Built:
    """What `build` decided: the client's version, and config.yml's text carrying it."""

    version: str
    config_text: str


def build(api: str, out: Path, specs: Path = SPECS, overlays: Path = OVERLAYS, previous: Path | None = None) -> Built:
    """Write the whole project for `api` into `out`, which must not exist.

    One spec (specs/<api>/openapi.yaml) fills the package root; with `services:` in config.yml each
    specs/<api>/<service>/openapi.yaml fills the subpackage <package>.<service>. `previous` is the project as
    generated before (normally generated/<api>): what differs from it goes on top of the changelog and bumps
    the version.
    """
    config_path = specs / api / "config.yml"
    config_text = config_path.read_text(encoding="utf-8")
    config = yaml.safe_load(config_text)
    version = client_version(config, _shown(config_path))
    package_dir = out / "src" / config["package"]
    api_versions: dict[str, str] = {}
    new_specs: dict[str, dict[str, Any]] = {}
    for service, settings in services(config).items():
        spec_path = spec_file(specs, api, service)
        spec = _generate_service(spec_path, settings, package_dir / service if service else package_dir)
        api_versions[service] = str(spec["info"]["version"])
        new_specs[service] = spec
        snapshot = out / "spec" / service / "openapi.yaml"
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(spec_path, snapshot)
    api_version = changelog.api_version_text(api_versions)

    overlay = overlays / api
    for source_file in sorted(overlay.rglob("*")):
        if source_file.is_file() and "__pycache__" not in source_file.parts and source_file.name != "README.md":
            target = package_dir / source_file.relative_to(overlay)
            if target.exists():
                raise GenerationError(f"overlay {_shown(source_file)} would replace a generated file")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source_file, target)
    _export_api_version(package_dir / "__init__.py")
    readme = (overlay / "README.md").read_text(encoding="utf-8")
    (package_dir / "py.typed").write_text("")
    content = content_hash(out / "src", readme, pyproject(config, "", api_version, []))

    old = _previous_state(previous)
    text = old.changelog if old is not None else None
    if old is not None and previous is not None and old.content != content:
        # griffe compares both packages under the old version, so only the API shows as changed.
        _write_version(package_dir, old.version, api_versions)
        wire = changelog.wire_changes(old.specs, new_specs)
        python = python_api_changes(previous / "src", out / "src", config["package"])
        level = changelog.decide(wire, python, content_changed=True)
        if level is not None:
            version = changelog.bump(old.version, level)
            old_api = changelog.api_version_text(old.api_versions)
            entry = changelog.Entry(version, level, (old_api, api_version), wire, python)
            text = changelog.changelog(config["distribution"], changelog.render_entry(entry), old.changelog)
    if text is None:
        text = changelog.changelog(config["distribution"], changelog.first_entry(version, api_version), None)
    config_text = with_version(config_text, version, _shown(config_path))

    _write_version(package_dir, version, api_versions)
    (out / "CHANGELOG.md").write_text(text, encoding="utf-8")
    (out / "README.md").write_text(
        readme.rstrip("\n") + "\n" + versions_section(config, version, api_version), encoding="utf-8"
    )
    inputs = inputs_hash(api, specs, overlays, config_text)
    header = [
        f"Generated from specs/{api} and overlays/{api}; inputs sha256 {inputs}",
        f"package content sha256 {content}",
    ]
    (out / "pyproject.toml").write_text(pyproject(config, version, api_version, header), encoding="utf-8")
    return Built(version, config_text)


def _write_version(package_dir: Path, version: str, api_versions: dict[str, str]) -> None:
    shown = json.dumps(api_versions[""] if list(api_versions) == [""] else api_versions, sort_keys=True)
    (package_dir / "_version.py").write_text(
        f'__version__ = "{version}"\n'
        "# The API version this client speaks: its spec's info.version (one per service).\n"
        f"__api_version__ = {shown}\n"
        "# The earlier name of __api_version__.\n"
        f"__spec_version__ = {shown}\n"
    )


def _export_api_version(init: Path) -> None:
    """Adds `__api_version__` to the package's namespace when its overlay does not import it itself."""
    source = init.read_text(encoding="utf-8") if init.exists() else ""
    if "__api_version__" in source:
        return
    addition = "\n\n# Added by scripts/generate.py: the API version this client speaks.\n"
    addition += "from ._version import __api_version__ as __api_version__\n"
    if "__all__" in source:
        addition += '\n__all__ += ["__api_version__"]\n'
    init.write_text(source.rstrip("\n") + addition, encoding="utf-8")


def versions_section(config: dict[str, Any], version: str, api_version: str) -> str:
    """The README's closing section: which version this is, for which API, on which runtime."""
    package = config["package"]
    return (
        "\n## Versions\n\n"
        f"This is `{config['distribution']}` {version}, for API version {api_version} "
        f"(`{package}.__version__` and `{package}.__api_version__`). The client's version is its own semantic "
        "version: a major release can break code written against the one before, a minor release adds, a patch "
        f"release fixes. It runs on `{runtime_requirement()}`. Each release and what changed in it is listed in "
        "the project's CHANGELOG.md.\n\n"
        "Without a package index, install the built files: "
        f"`pip install dist/{package}-{version}-py3-none-any.whl dist/{RUNTIME_WHEELS}`.\n"
    )


def content_hash(src: Path, readme: str, metadata: str) -> str:
    """sha256 of what the wheel ships, apart from the version itself."""
    digest = hashlib.sha256(readme.encode() + b"\0" + metadata.encode() + b"\0")
    for path in sorted(p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        if path.name != "_version.py":
            digest.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class Previous:
    """The committed generation a new one is compared with."""

    version: str
    content: str
    specs: dict[str, dict[str, Any]]
    api_versions: dict[str, str]
    changelog: str | None


def _previous_state(previous: Path | None) -> Previous | None:
    if previous is None or not (previous / "pyproject.toml").exists() or not (previous / "spec").is_dir():
        return None
    text = (previous / "pyproject.toml").read_text(encoding="utf-8")
    content = re.search(r"^# package content sha256 (\w+)$", text, re.MULTILINE)
    if content is None:
        return None
    old_specs = {
        path.parent.relative_to(previous / "spec").as_posix().strip("."): yaml.safe_load(path.read_text("utf-8"))
        for path in sorted((previous / "spec").rglob("openapi.yaml"))
    }
    log = previous / "CHANGELOG.md"
    return Previous(
        version=str(tomllib.loads(text)["project"]["version"]),
        content=content.group(1),
        specs=old_specs,
        api_versions={service: str(spec["info"]["version"]) for service, spec in old_specs.items()},
        changelog=log.read_text(encoding="utf-8") if log.exists() else None,
    )


def python_api_changes(old_src: Path, new_src: Path, package: str) -> list[changelog.Change]:
    """Breaking changes griffe finds between two versions of the package, and the public names added.

    Besides the package's exports, the façade (`_resources`) and the models (`_generated.models`) are
    compared: they are private modules, but their classes are what the clients' attributes return.
    """
    import griffe

    def load(src: Path) -> Any:
        return griffe.load(package, search_paths=[str(src)], allow_inspection=False, resolve_aliases=True)

    old, new = load(old_src), load(new_src)
    old_surface, new_surface = _surface(old), _surface(new)
    changes = []
    for path in sorted(old_surface.keys() & new_surface.keys()):
        for breakage in griffe.find_breaking_changes(old_surface[path], new_surface[path]):
            shown_path = MODEL_MODULE.sub("._generated.models.", breakage.obj.path)
            if breakage.obj.name in VERSION_NAMES or HIDDEN_PATHS.search(shown_path):
                continue
            value = breakage.old_value if breakage.old_value is not None else breakage.new_value
            detail = getattr(value, "name", None) if breakage.kind.name.startswith("PARAMETER") else None
            shown = f" `{detail}`" if detail else ""
            changes.append(changelog.Change("major", f"`{shown_path}`{shown}: {breakage.kind.value.lower()}"))
    for path in sorted(old_surface.keys() - new_surface.keys()):
        changes.append(changelog.Change("major", f"`{path}`: module removed"))
    old_names = set().union(*(_public_paths(module) for module in old_surface.values()))
    new_names = set().union(*(_public_paths(module) for module in new_surface.values()))
    changes += [changelog.Change("minor", f"`{path}` added") for path in sorted(new_names - old_names)]
    return changelog.ordered(changes)


def _surface(package: Any) -> dict[str, Any]:
    """Path → module for the package, its public modules and its façade and model modules."""
    found = {}
    stack = [package]
    while stack:
        module = stack.pop()
        inner = module.path.split(".")[1:]
        if not any(part.startswith("_") for part in inner) or inner[-1:] == ["_resources"] or inner[-2:] == MODELS:
            found[module.path] = module
        stack.extend(member for member in module.modules.values() if not member.is_alias)
    return found


def _public_paths(module: Any) -> set[str]:
    """Dotted paths of a module's public names (its `__all__` when it has one) and their public members."""
    import griffe

    exports = getattr(module, "exports", None)
    found: set[str] = set()
    stack: list[tuple[str, Any]] = [(module.path, module)]
    while stack:
        path, holder = stack.pop()
        for name, member in holder.members.items():
            exported = holder is module and exports is not None
            if name.startswith("_") or name in VERSION_NAMES or (exported and name not in exports):
                continue
            if member.is_alias and not exported:
                continue
            try:
                target = member.final_target if member.is_alias else member
            except griffe.AliasResolutionError:  # exported from another package (the runtime): listed, not walked
                target = None
            if target is not None and target.is_module:
                continue
            dotted = f"{path}.{name}"
            if dotted not in found:
                found.add(dotted)
                if target is not None and target.is_class:
                    stack.append((dotted, target))
    return found


def is_current(api: str, specs: Path = SPECS, overlays: Path = OVERLAYS, generated: Path = GENERATED) -> bool:
    marker = generated / api / "pyproject.toml"
    return marker.exists() and inputs_hash(api, specs, overlays) in marker.read_text().splitlines()[0]


def regenerate(
    api: str, force: bool, specs: Path = SPECS, overlays: Path = OVERLAYS, generated: Path = GENERATED
) -> None:
    """Rewrite generated/<api> when its inputs changed, and config.yml's version when the changes bumped it."""
    if not force and is_current(api, specs, overlays, generated):
        print(f"{api}: up to date")
        return
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / api
        target = generated / api
        built = build(api, fresh, specs, overlays, previous=target)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    config = specs / api / "config.yml"
    if config.read_text(encoding="utf-8") != built.config_text:
        config.write_text(built.config_text, encoding="utf-8")
    print(f"{api}: regenerated, version {built.version}")


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def drift(api: str) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / api
        committed = GENERATED / api
        built = build(api, fresh, previous=committed)
        ours, theirs = _tree(fresh), _tree(committed) if committed.exists() else set()
        report = [f"generated/{api}/{name}: missing" for name in sorted(ours - theirs)]
        report += [f"generated/{api}/{name}: not produced by the inputs" for name in sorted(theirs - ours)]
        for name in sorted(ours & theirs):
            if not filecmp.cmp(fresh / name, committed / name, shallow=False):
                before = (committed / name).read_text(errors="replace").splitlines(keepends=True)
                after = (fresh / name).read_text(errors="replace").splitlines(keepends=True)
                report.append("".join(difflib.unified_diff(before, after, f"generated/{api}/{name}", "expected")))
        if built.config_text != (SPECS / api / "config.yml").read_text(encoding="utf-8"):
            report.append(f"specs/{api}/config.yml: version should be {built.version}")
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
