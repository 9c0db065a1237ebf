"""SosTradesClient and AsyncSosTradesClient: the generated façade plus API-key auth and the overlays."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Unpack

import httpx
from client_runtime import ClientOptions, ConfigurationError, Secret

from ._resources import AsyncSosTradesClientBase, SosTradesClientBase
from ._version import __version__
from .auth import api_key_auth
from .calculation import AsyncCalculation, Calculation
from .post_processing import AsyncPostProcessing, PostProcessing
from .study_cases import AsyncStudyCases, StudyCases

ENV_URL = "SOSTRADES_URL"
ENV_API_KEY = "SOSTRADES_API_KEY"
USER_AGENT = f"sostrades-client/{__version__}"


def _from_env(environ: Mapping[str, str] | None) -> tuple[str, Secret]:
    env = os.environ if environ is None else environ
    missing = [name for name in (ENV_URL, ENV_API_KEY) if not env.get(name)]
    if missing:
        raise ConfigurationError(missing[0], "is not set in the environment")
    return env[ENV_URL], Secret(env[ENV_API_KEY])


class SosTradesClient(SosTradesClientBase):
    """Blocking SoSTrades API v0 client.

    Example::

        with SosTradesClient("https://sostrades.example.org", api_key="0123…") as client:
            client.calculation.status(21).study_case_execution_status
    """

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        api_key: str | Secret,
        *,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=api_key_auth(api_key), transport=transport, **options)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> SosTradesClient:
        """A client for `$SOSTRADES_URL` with the key in `$SOSTRADES_API_KEY`."""
        return cls(*_from_env(environ), **options)

    @property
    def study_cases(self) -> StudyCases:
        return StudyCases(self)

    @property
    def calculation(self) -> Calculation:
        return Calculation(self)

    @property
    def post_processing(self) -> PostProcessing:
        return PostProcessing(self)


class AsyncSosTradesClient(AsyncSosTradesClientBase):
    """Async SoSTrades API v0 client, with the same surface as SosTradesClient."""

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        api_key: str | Secret,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=api_key_auth(api_key), transport=transport, **options)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> AsyncSosTradesClient:
        """A client for `$SOSTRADES_URL` with the key in `$SOSTRADES_API_KEY`."""
        return cls(*_from_env(environ), **options)

    @property
    def study_cases(self) -> AsyncStudyCases:
        return AsyncStudyCases(self)

    @property
    def calculation(self) -> AsyncCalculation:
        return AsyncCalculation(self)

    @property
    def post_processing(self) -> AsyncPostProcessing:
        return AsyncPostProcessing(self)
