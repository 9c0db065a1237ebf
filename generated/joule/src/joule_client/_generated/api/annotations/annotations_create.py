from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation import Annotation
from ...models.annotation_create_request import AnnotationCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: AnnotationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/annotation.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Annotation | Any | None:
    if response.status_code == 200:
        response_200 = Annotation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Annotation | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationCreateRequest,
) -> Response[Annotation | Any]:
    """Annotate a stream at `start`, or over `[start, end]`.

     Errors: 400 `specify a stream_id`, `invalid values for annotation` (also for a missing title),
    `title is reqiured` (sic), `[start] must be before [end]`; 404 `stream does not exist`.

    Args:
        body (AnnotationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Annotation | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationCreateRequest,
) -> Annotation | Any | None:
    """Annotate a stream at `start`, or over `[start, end]`.

     Errors: 400 `specify a stream_id`, `invalid values for annotation` (also for a missing title),
    `title is reqiured` (sic), `[start] must be before [end]`; 404 `stream does not exist`.

    Args:
        body (AnnotationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Annotation | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationCreateRequest,
) -> Response[Annotation | Any]:
    """Annotate a stream at `start`, or over `[start, end]`.

     Errors: 400 `specify a stream_id`, `invalid values for annotation` (also for a missing title),
    `title is reqiured` (sic), `[start] must be before [end]`; 404 `stream does not exist`.

    Args:
        body (AnnotationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Annotation | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationCreateRequest,
) -> Annotation | Any | None:
    """Annotate a stream at `start`, or over `[start, end]`.

     Errors: 400 `specify a stream_id`, `invalid values for annotation` (also for a missing title),
    `title is reqiured` (sic), `[start] must be before [end]`; 404 `stream does not exist`.

    Args:
        body (AnnotationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Annotation | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
