from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...types import UNSET, Response, Unset


def _get_kwargs(
    category_id: int,
    *,
    depth: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["depth"] = depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/categories/{category_id}".format(
            category_id=quote(str(category_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Category | None:
    if response.status_code == 200:
        response_200 = Category.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Category]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category_id: int,
    *,
    client: AuthenticatedClient | Client,
    depth: float | Unset = UNSET,
) -> Response[Any | Category]:
    """
    Args:
        category_id (int):
        depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Category]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        depth=depth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category_id: int,
    *,
    client: AuthenticatedClient | Client,
    depth: float | Unset = UNSET,
) -> Any | Category | None:
    """
    Args:
        category_id (int):
        depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Category
    """

    return sync_detailed(
        category_id=category_id,
        client=client,
        depth=depth,
    ).parsed


async def asyncio_detailed(
    category_id: int,
    *,
    client: AuthenticatedClient | Client,
    depth: float | Unset = UNSET,
) -> Response[Any | Category]:
    """
    Args:
        category_id (int):
        depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Category]
    """

    kwargs = _get_kwargs(
        category_id=category_id,
        depth=depth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category_id: int,
    *,
    client: AuthenticatedClient | Client,
    depth: float | Unset = UNSET,
) -> Any | Category | None:
    """
    Args:
        category_id (int):
        depth (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Category
    """

    return (
        await asyncio_detailed(
            category_id=category_id,
            client=client,
            depth=depth,
        )
    ).parsed
