from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.book import Book
from ...models.create_book_response_422 import CreateBookResponse422
from ...models.new_book import NewBook
from ...types import Response


def _get_kwargs(
    shelf_id: str,
    *,
    body: NewBook,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/shelves/{shelf_id}/books".format(
            shelf_id=quote(str(shelf_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Book | CreateBookResponse422 | None:
    if response.status_code == 201:
        response_201 = Book.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = CreateBookResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Book | CreateBookResponse422]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewBook,
) -> Response[Book | CreateBookResponse422]:
    """
    Args:
        shelf_id (str):
        body (NewBook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Book | CreateBookResponse422]
    """

    kwargs = _get_kwargs(
        shelf_id=shelf_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewBook,
) -> Book | CreateBookResponse422 | None:
    """
    Args:
        shelf_id (str):
        body (NewBook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Book | CreateBookResponse422
    """

    return sync_detailed(
        shelf_id=shelf_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewBook,
) -> Response[Book | CreateBookResponse422]:
    """
    Args:
        shelf_id (str):
        body (NewBook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Book | CreateBookResponse422]
    """

    kwargs = _get_kwargs(
        shelf_id=shelf_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewBook,
) -> Book | CreateBookResponse422 | None:
    """
    Args:
        shelf_id (str):
        body (NewBook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Book | CreateBookResponse422
    """

    return (
        await asyncio_detailed(
            shelf_id=shelf_id,
            client=client,
            body=body,
        )
    ).parsed
