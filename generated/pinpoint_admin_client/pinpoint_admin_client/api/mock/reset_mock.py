from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_body import MessageBody
from ...models.reset_result import ResetResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    demo: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["demo"] = demo

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/reset",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageBody | ResetResult | None:
    if response.status_code == 200:
        response_200 = ResetResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = MessageBody.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = MessageBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageBody | ResetResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    demo: bool | Unset = False,
) -> Response[MessageBody | ResetResult]:
    """Empties every application, campaign, activity and fault, and puts the clock back to real time.

     NextTokens issued before a reset stay signed, but name campaigns that no longer exist
    (404) until they are added again; their activities are then walked from the start of
    what was added after the token, never twice.

    Args:
        demo (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | ResetResult]
    """

    kwargs = _get_kwargs(
        demo=demo,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    demo: bool | Unset = False,
) -> MessageBody | ResetResult | None:
    """Empties every application, campaign, activity and fault, and puts the clock back to real time.

     NextTokens issued before a reset stay signed, but name campaigns that no longer exist
    (404) until they are added again; their activities are then walked from the start of
    what was added after the token, never twice.

    Args:
        demo (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | ResetResult
    """

    return sync_detailed(
        client=client,
        demo=demo,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    demo: bool | Unset = False,
) -> Response[MessageBody | ResetResult]:
    """Empties every application, campaign, activity and fault, and puts the clock back to real time.

     NextTokens issued before a reset stay signed, but name campaigns that no longer exist
    (404) until they are added again; their activities are then walked from the start of
    what was added after the token, never twice.

    Args:
        demo (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | ResetResult]
    """

    kwargs = _get_kwargs(
        demo=demo,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    demo: bool | Unset = False,
) -> MessageBody | ResetResult | None:
    """Empties every application, campaign, activity and fault, and puts the clock back to real time.

     NextTokens issued before a reset stay signed, but name campaigns that no longer exist
    (404) until they are added again; their activities are then walked from the start of
    what was added after the token, never twice.

    Args:
        demo (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | ResetResult
    """

    return (
        await asyncio_detailed(
            client=client,
            demo=demo,
        )
    ).parsed
