from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fault import Fault
from ...models.fault_input import FaultInput
from ...models.message_body import MessageBody
from ...types import Response


def _get_kwargs(
    *,
    body: FaultInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/faults",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Fault | MessageBody | None:
    if response.status_code == 201:
        response_201 = Fault.from_dict(response.json())

        return response_201

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
) -> Response[Fault | MessageBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaultInput,
) -> Response[Fault | MessageBody]:
    """Makes the next requests of an operation fail, or wait, or both.

     The next `Count` requests of `Operation` (an operationId of the main API), optionally only
    those for one application or campaign, wait `DelayMs` and then answer with `Status` and
    `ErrorType` in the AWS error shape (a 429 with `Retry-After`). A fault without `Status`
    only delays. When several faults match a request, the oldest is used. Faults count across
    every worker of the server.

    Args:
        body (FaultInput): A fault to arm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Fault | MessageBody]
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
    body: FaultInput,
) -> Fault | MessageBody | None:
    """Makes the next requests of an operation fail, or wait, or both.

     The next `Count` requests of `Operation` (an operationId of the main API), optionally only
    those for one application or campaign, wait `DelayMs` and then answer with `Status` and
    `ErrorType` in the AWS error shape (a 429 with `Retry-After`). A fault without `Status`
    only delays. When several faults match a request, the oldest is used. Faults count across
    every worker of the server.

    Args:
        body (FaultInput): A fault to arm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Fault | MessageBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaultInput,
) -> Response[Fault | MessageBody]:
    """Makes the next requests of an operation fail, or wait, or both.

     The next `Count` requests of `Operation` (an operationId of the main API), optionally only
    those for one application or campaign, wait `DelayMs` and then answer with `Status` and
    `ErrorType` in the AWS error shape (a 429 with `Retry-After`). A fault without `Status`
    only delays. When several faults match a request, the oldest is used. Faults count across
    every worker of the server.

    Args:
        body (FaultInput): A fault to arm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Fault | MessageBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FaultInput,
) -> Fault | MessageBody | None:
    """Makes the next requests of an operation fail, or wait, or both.

     The next `Count` requests of `Operation` (an operationId of the main API), optionally only
    those for one application or campaign, wait `DelayMs` and then answer with `Status` and
    `ErrorType` in the AWS error shape (a 429 with `Retry-After`). A fault without `Status`
    only delays. When several faults match a request, the oldest is used. Faults count across
    every worker of the server.

    Args:
        body (FaultInput): A fault to arm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Fault | MessageBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
