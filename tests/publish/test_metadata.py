"""What every installed wheel tells an index and its users: versions, runtime range, licence, classifiers, URLs."""

from __future__ import annotations

import importlib
from importlib.metadata import metadata, version

import client_runtime
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

RUNTIME = "typed-api-clients-runtime"
# The API versions the servers and SDKs the specs were written from report (reference notes and seeds).
API_VERSIONS = {
    "sostrades-client": ("sostrades_client", "5.3.4"),
    "cloudbees-flow-client": ("cloudbees_flow_client", "1.0.0"),
    "hahnpro-client": ("hahnpro_client", "2026.1.0"),
    "joule-client": ("joule_client", "1.0.1"),
    "flamehub-client": ("flamehub_client", {"auth": "1.0.0-beta.63", "core": "0.14.0", "storage": "0.14.0"}),
}


@pytest.mark.parametrize("distribution", sorted(API_VERSIONS))
def test_a_client_has_its_own_semantic_version_and_names_the_api_version(distribution: str) -> None:
    package, api_version = API_VERSIONS[distribution]
    module = importlib.import_module(package)
    own = Version(version(distribution))
    assert module.__version__ == str(own)
    assert len(own.release) == 3
    assert own.major >= 1
    assert module.__api_version__ == api_version
    assert module.__spec_version__ == api_version  # the older name stays
    shown = api_version if isinstance(api_version, str) else ", ".join(f"{k} {v}" for k, v in api_version.items())
    assert f"API version {shown}" in metadata(distribution)["Summary"] + metadata(distribution)["Description"]


@pytest.mark.parametrize("distribution", sorted(API_VERSIONS))
def test_a_client_accepts_a_range_of_runtime_releases(distribution: str) -> None:
    needed = [Requirement(r) for r in metadata(distribution).get_all("Requires-Dist") or []]
    runtime = next(r for r in needed if r.name == RUNTIME)
    installed = Version(client_runtime.__version__)
    assert installed in runtime.specifier
    assert Version(f"{installed.major}.{installed.minor}.{installed.micro + 7}") in runtime.specifier
    breaking = f"{installed.major}.{installed.minor + 1}.0" if installed.major == 0 else f"{installed.major + 1}.0.0"
    assert Version(breaking) not in runtime.specifier


@pytest.mark.parametrize("distribution", [RUNTIME, *sorted(API_VERSIONS)])
def test_every_wheel_carries_a_licence_classifiers_and_urls(distribution: str) -> None:
    shown = metadata(distribution)
    assert shown["License-Expression"] == "Apache-2.0"
    classifiers = shown.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    urls = shown.get_all("Project-URL") or []
    assert urls
    assert all(url.split(", ", 1)[1].startswith("https://") for url in urls)


def test_the_runtime_has_a_distinctive_name_and_keeps_its_import_name() -> None:
    assert version(RUNTIME) == client_runtime.__version__
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        version("client-runtime")


@pytest.mark.parametrize("distribution", sorted(API_VERSIONS))
def test_the_readme_installs_from_the_named_index_only(distribution: str) -> None:
    readme = metadata(distribution)["Description"]
    assert f'pip install --index-url "$CLIENTS_INDEX_URL" {distribution}' in readme
    assert "--extra-index-url" not in readme
