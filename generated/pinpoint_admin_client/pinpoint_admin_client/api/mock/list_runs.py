from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_body import MessageBody
from ...models.run_list import RunList
from ...types import Response


def _get_kwargs(
    application_id: str,
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/apps/{application_id}/campaigns/{campaign_id}/runs".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageBody | RunList | None:
    if response.status_code == 200:
        response_200 = RunList.from_dict(response.json())

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
) -> Response[MessageBody | RunList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageBody | RunList]:
    """Lists the campaign's runs, oldest first, as they are by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | RunList]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageBody | RunList | None:
    """Lists the campaign's runs, oldest first, as they are by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | RunList
    """

    return sync_detailed(
        application_id=application_id,
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageBody | RunList]:
    """Lists the campaign's runs, oldest first, as they are by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | RunList]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageBody | RunList | None:
    """Lists the campaign's runs, oldest first, as they are by the mock's clock.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | RunList
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
