from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content import Content
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: Content,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Content | ErrorBody | None:
    if response.status_code == 201:
        response_201 = Content.from_dict(response.json())

        return response_201

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
) -> Response[Content | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Content,
) -> Response[Content | ErrorBody]:
    """Upload a file as new content.

     Multipart/form-data: the file in the part `file`, the permissions as text parts `readPermissions`
    and
    `readWritePermissions` beside it (one part per role). The seed's TypeScript sample spells them in
    the singular,
    its Python sample and the model in the plural; the plural is used here. That form is described by
    `x-multipart-form`. A JSON body, a `Content`, instead creates the content's metadata without a file,
    as the
    SDK's `addOne` does. Only the JSON form is a request content type, because a body that is either
    JSON or a form
    cannot be generated; `contents.upload` sends the form and `contents.create` the JSON.

    Args:
        body (Content): A file's metadata; the bytes are downloaded separately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Content | ErrorBody]
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
    body: Content,
) -> Content | ErrorBody | None:
    """Upload a file as new content.

     Multipart/form-data: the file in the part `file`, the permissions as text parts `readPermissions`
    and
    `readWritePermissions` beside it (one part per role). The seed's TypeScript sample spells them in
    the singular,
    its Python sample and the model in the plural; the plural is used here. That form is described by
    `x-multipart-form`. A JSON body, a `Content`, instead creates the content's metadata without a file,
    as the
    SDK's `addOne` does. Only the JSON form is a request content type, because a body that is either
    JSON or a form
    cannot be generated; `contents.upload` sends the form and `contents.create` the JSON.

    Args:
        body (Content): A file's metadata; the bytes are downloaded separately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Content | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Content,
) -> Response[Content | ErrorBody]:
    """Upload a file as new content.

     Multipart/form-data: the file in the part `file`, the permissions as text parts `readPermissions`
    and
    `readWritePermissions` beside it (one part per role). The seed's TypeScript sample spells them in
    the singular,
    its Python sample and the model in the plural; the plural is used here. That form is described by
    `x-multipart-form`. A JSON body, a `Content`, instead creates the content's metadata without a file,
    as the
    SDK's `addOne` does. Only the JSON form is a request content type, because a body that is either
    JSON or a form
    cannot be generated; `contents.upload` sends the form and `contents.create` the JSON.

    Args:
        body (Content): A file's metadata; the bytes are downloaded separately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Content | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Content,
) -> Content | ErrorBody | None:
    """Upload a file as new content.

     Multipart/form-data: the file in the part `file`, the permissions as text parts `readPermissions`
    and
    `readWritePermissions` beside it (one part per role). The seed's TypeScript sample spells them in
    the singular,
    its Python sample and the model in the plural; the plural is used here. That form is described by
    `x-multipart-form`. A JSON body, a `Content`, instead creates the content's metadata without a file,
    as the
    SDK's `addOne` does. Only the JSON form is a request content type, because a body that is either
    JSON or a form
    cannot be generated; `contents.upload` sends the form and `contents.create` the JSON.

    Args:
        body (Content): A file's metadata; the bytes are downloaded separately.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Content | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
