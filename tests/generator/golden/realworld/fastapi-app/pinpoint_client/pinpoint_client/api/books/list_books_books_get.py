from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.genre import Genre
from ...models.http_validation_error import HTTPValidationError
from ...models.page import Page
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    genre: Genre | None | Unset = UNSET,
    limit: int | Unset = 20,
    token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_genre: None | str | Unset
    if isinstance(genre, Unset):
        json_genre = UNSET
    elif isinstance(genre, Genre):
        json_genre = genre.value
    else:
        json_genre = genre
    params["genre"] = json_genre

    params["limit"] = limit

    json_token: None | str | Unset
    if isinstance(token, Unset):
        json_token = UNSET
    else:
        json_token = token
    params["token"] = json_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/books",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Page | None:
    if response.status_code == 200:
        response_200 = Page.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | Page]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    genre: Genre | None | Unset = UNSET,
    limit: int | Unset = 20,
    token: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | Page]:
    """List Books

    Args:
        genre (Genre | None | Unset):
        limit (int | Unset):  Default: 20.
        token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Page]
    """

    kwargs = _get_kwargs(
        genre=genre,
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    genre: Genre | None | Unset = UNSET,
    limit: int | Unset = 20,
    token: None | str | Unset = UNSET,
) -> HTTPValidationError | Page | None:
    """List Books

    Args:
        genre (Genre | None | Unset):
        limit (int | Unset):  Default: 20.
        token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Page
    """

    return sync_detailed(
        client=client,
        genre=genre,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    genre: Genre | None | Unset = UNSET,
    limit: int | Unset = 20,
    token: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | Page]:
    """List Books

    Args:
        genre (Genre | None | Unset):
        limit (int | Unset):  Default: 20.
        token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Page]
    """

    kwargs = _get_kwargs(
        genre=genre,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    genre: Genre | None | Unset = UNSET,
    limit: int | Unset = 20,
    token: None | str | Unset = UNSET,
) -> HTTPValidationError | Page | None:
    """List Books

    Args:
        genre (Genre | None | Unset):
        limit (int | Unset):  Default: 20.
        token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Page
    """

    return (
        await asyncio_detailed(
            client=client,
            genre=genre,
            limit=limit,
            token=token,
        )
    ).parsed
