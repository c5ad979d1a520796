from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.book_page import BookPage
from ...models.genre import Genre
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shelf_id: str,
    *,
    limit: int | Unset = UNSET,
    genre: list[Genre] | Unset = UNSET,
    available: bool,
    x_trace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_trace_id, Unset):
        headers["X-Trace-Id"] = x_trace_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_genre: list[str] | Unset = UNSET
    if not isinstance(genre, Unset):
        json_genre = []
        for genre_item_data in genre:
            genre_item = genre_item_data.value
            json_genre.append(genre_item)

    params["genre"] = json_genre

    params["available"] = available

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/shelves/{shelf_id}/books".format(
            shelf_id=quote(str(shelf_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookPage | Problem:
    if response.status_code == 200:
        response_200 = BookPage.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Problem.from_dict(response.json())

        return response_4xx

    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BookPage | Problem]:
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
    limit: int | Unset = UNSET,
    genre: list[Genre] | Unset = UNSET,
    available: bool,
    x_trace_id: str | Unset = UNSET,
) -> Response[BookPage | Problem]:
    """
    Args:
        shelf_id (str):
        limit (int | Unset):
        genre (list[Genre] | Unset):
        available (bool):
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookPage | Problem]
    """

    kwargs = _get_kwargs(
        shelf_id=shelf_id,
        limit=limit,
        genre=genre,
        available=available,
        x_trace_id=x_trace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    genre: list[Genre] | Unset = UNSET,
    available: bool,
    x_trace_id: str | Unset = UNSET,
) -> BookPage | Problem | None:
    """
    Args:
        shelf_id (str):
        limit (int | Unset):
        genre (list[Genre] | Unset):
        available (bool):
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookPage | Problem
    """

    return sync_detailed(
        shelf_id=shelf_id,
        client=client,
        limit=limit,
        genre=genre,
        available=available,
        x_trace_id=x_trace_id,
    ).parsed


async def asyncio_detailed(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    genre: list[Genre] | Unset = UNSET,
    available: bool,
    x_trace_id: str | Unset = UNSET,
) -> Response[BookPage | Problem]:
    """
    Args:
        shelf_id (str):
        limit (int | Unset):
        genre (list[Genre] | Unset):
        available (bool):
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookPage | Problem]
    """

    kwargs = _get_kwargs(
        shelf_id=shelf_id,
        limit=limit,
        genre=genre,
        available=available,
        x_trace_id=x_trace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shelf_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    genre: list[Genre] | Unset = UNSET,
    available: bool,
    x_trace_id: str | Unset = UNSET,
) -> BookPage | Problem | None:
    """
    Args:
        shelf_id (str):
        limit (int | Unset):
        genre (list[Genre] | Unset):
        available (bool):
        x_trace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookPage | Problem
    """

    return (
        await asyncio_detailed(
            shelf_id=shelf_id,
            client=client,
            limit=limit,
            genre=genre,
            available=available,
            x_trace_id=x_trace_id,
        )
    ).parsed
