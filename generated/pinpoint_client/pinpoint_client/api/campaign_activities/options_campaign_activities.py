from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    application_id: str,
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "options",
        "url": "/v1/apps/{application_id}/campaigns/{campaign_id}/activities".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
) -> Response[Any]:
    """Retrieves information about the communication requirements and options that are available for the
    Campaign Activities resource.

     Retrieves information about the communication requirements and options that are available
    for the Campaign Activities resource.

    This is the CORS preflight request of a browser, which never carries credentials, so it is
    not signed.

    Args:
        application_id (str): The unique identifier for the application. This identifier is
            displayed as the Project ID on the Amazon Pinpoint console. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Retrieves information about the communication requirements and options that are available for the
    Campaign Activities resource.

     Retrieves information about the communication requirements and options that are available
    for the Campaign Activities resource.

    This is the CORS preflight request of a browser, which never carries credentials, so it is
    not signed.

    Args:
        application_id (str): The unique identifier for the application. This identifier is
            displayed as the Project ID on the Amazon Pinpoint console. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
