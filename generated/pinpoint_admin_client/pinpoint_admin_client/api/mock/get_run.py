from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_body import MessageBody
from ...models.run import Run
from ...types import Response


def _get_kwargs(
    application_id: str,
    campaign_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/apps/{application_id}/campaigns/{campaign_id}/runs/{run_id}".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageBody | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = MessageBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MessageBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = MessageBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageBody | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    campaign_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageBody | Run]:
    """Returns one run as it is by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        run_id (str):  Example: 9a8b7c6d5e4f30211203948576a6b5c4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | Run]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    campaign_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageBody | Run | None:
    """Returns one run as it is by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        run_id (str):  Example: 9a8b7c6d5e4f30211203948576a6b5c4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | Run
    """

    return sync_detailed(
        application_id=application_id,
        campaign_id=campaign_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    campaign_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageBody | Run]:
    """Returns one run as it is by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        run_id (str):  Example: 9a8b7c6d5e4f30211203948576a6b5c4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | Run]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    campaign_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageBody | Run | None:
    """Returns one run as it is by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        run_id (str):  Example: 9a8b7c6d5e4f30211203948576a6b5c4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | Run
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            campaign_id=campaign_id,
            run_id=run_id,
            client=client,
        )
    ).parsed
