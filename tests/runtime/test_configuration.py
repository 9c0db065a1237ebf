"""A setting the environment or a configuration file should give, and does not, is a ConfigurationError that
names what is missing; nothing is sent. The variable names are the ones each platform's tools document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from client_runtime import ConfigurationError, InvalidRequest


def test_sostrades_names_the_missing_variable() -> None:
    from sostrades_client import SosTradesClient

    with pytest.raises(ConfigurationError) as raised:
        SosTradesClient.from_env({"SOSTRADES_URL": "https://sostrades.example"})
    assert raised.value.where == "SOSTRADES_API_KEY"
    assert isinstance(raised.value, InvalidRequest)  # code that caught InvalidRequest keeps working


def test_hahnpro_names_the_missing_secret() -> None:
    from hahnpro_client import HahnProClient

    with pytest.raises(ConfigurationError) as raised:
        HahnProClient.from_env({"API_BASE_URL": "https://hahnpro.example"})
    assert raised.value.where == "AUTH_SECRET"


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, "CLOUDBEES_FLOW_URL"),
        ({"CLOUDBEES_FLOW_URL": "https://flow.example", "CLOUDBEES_FLOW_USER": "admin"}, "CLOUDBEES_FLOW_PASSWORD"),
    ],
)
def test_cloudbees_names_the_missing_variable(environ: dict[str, str], missing: str) -> None:
    from cloudbees_flow_client import FlowClient

    with pytest.raises(ConfigurationError) as raised:
        FlowClient.from_env(environ)
    assert raised.value.where == missing


def test_joule_names_the_missing_or_broken_node_file(tmp_path: Path) -> None:
    from joule_client import JouleClient

    with pytest.raises(ConfigurationError, match=r"nodes\.json") as raised:
        JouleClient.from_config(directory=tmp_path)
    assert raised.value.where.endswith("nodes.json")
    (tmp_path / "nodes.json").write_text(json.dumps([{"name": "lab"}]))
    with pytest.raises(ConfigurationError, match="entry 0 needs"):
        JouleClient.from_config(directory=tmp_path)
