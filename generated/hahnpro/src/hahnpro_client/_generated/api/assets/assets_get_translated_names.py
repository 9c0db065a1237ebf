from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.string_map import StringMap
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: str,
    *,
    translation_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["translationIds"] = translation_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets/translations/names/{lang}".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | StringMap | None:
    if response.status_code == 200:
        response_200 = StringMap.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | StringMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lang: str,
    *,
    client: AuthenticatedClient | Client,
    translation_ids: str | Unset = UNSET,
) -> Response[ErrorBody | StringMap]:
    """Asset names translated into a language.

    Args:
        lang (str):
        translation_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StringMap]
    """

    kwargs = _get_kwargs(
        lang=lang,
        translation_ids=translation_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lang: str,
    *,
    client: AuthenticatedClient | Client,
    translation_ids: str | Unset = UNSET,
) -> ErrorBody | StringMap | None:
    """Asset names translated into a language.

    Args:
        lang (str):
        translation_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StringMap
    """

    return sync_detailed(
        lang=lang,
        client=client,
        translation_ids=translation_ids,
    ).parsed


async def asyncio_detailed(
    lang: str,
    *,
    client: AuthenticatedClient | Client,
    translation_ids: str | Unset = UNSET,
) -> Response[ErrorBody | StringMap]:
    """Asset names translated into a language.

    Args:
        lang (str):
        translation_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StringMap]
    """

    kwargs = _get_kwargs(
        lang=lang,
        translation_ids=translation_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: str,
    *,
    client: AuthenticatedClient | Client,
    translation_ids: str | Unset = UNSET,
) -> ErrorBody | StringMap | None:
    """Asset names translated into a language.

    Args:
        lang (str):
        translation_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StringMap
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            translation_ids=translation_ids,
        )
    ).parsed
