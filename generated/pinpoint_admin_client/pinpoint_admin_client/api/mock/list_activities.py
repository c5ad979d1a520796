from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities_page import ActivitiesPage
from ...models.message_body import MessageBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: str,
    campaign_id: str,
    *,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page-size"] = page_size

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/apps/{application_id}/campaigns/{campaign_id}/activities".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivitiesPage | MessageBody | None:
    if response.status_code == 200:
        response_200 = ActivitiesPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageBody.from_dict(response.json())

        return response_400

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
) -> Response[ActivitiesPage | MessageBody]:
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
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[ActivitiesPage | MessageBody]:
    """Returns a page of the campaign's activities, as GetCampaignActivities does, without a signature.

     The same pages as the main API's `GetCampaignActivities` (the same reading of the store
    and the mock's clock, the same `NextToken`s, which either API accepts), under the control
    plane's access rules instead of the main API's `--auth`: what the web page at `/_mock/`
    reads, since a browser cannot sign with SigV4.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivitiesPage | MessageBody]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        page_size=page_size,
        token=token,
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
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> ActivitiesPage | MessageBody | None:
    """Returns a page of the campaign's activities, as GetCampaignActivities does, without a signature.

     The same pages as the main API's `GetCampaignActivities` (the same reading of the store
    and the mock's clock, the same `NextToken`s, which either API accepts), under the control
    plane's access rules instead of the main API's `--auth`: what the web page at `/_mock/`
    reads, since a browser cannot sign with SigV4.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivitiesPage | MessageBody
    """

    return sync_detailed(
        application_id=application_id,
        campaign_id=campaign_id,
        client=client,
        page_size=page_size,
        token=token,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[ActivitiesPage | MessageBody]:
    """Returns a page of the campaign's activities, as GetCampaignActivities does, without a signature.

     The same pages as the main API's `GetCampaignActivities` (the same reading of the store
    and the mock's clock, the same `NextToken`s, which either API accepts), under the control
    plane's access rules instead of the main API's `--auth`: what the web page at `/_mock/`
    reads, since a browser cannot sign with SigV4.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivitiesPage | MessageBody]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        page_size=page_size,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> ActivitiesPage | MessageBody | None:
    """Returns a page of the campaign's activities, as GetCampaignActivities does, without a signature.

     The same pages as the main API's `GetCampaignActivities` (the same reading of the store
    and the mock's clock, the same `NextToken`s, which either API accepts), under the control
    plane's access rules instead of the main API's `--auth`: what the web page at `/_mock/`
    reads, since a browser cannot sign with SigV4.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivitiesPage | MessageBody
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            campaign_id=campaign_id,
            client=client,
            page_size=page_size,
            token=token,
        )
    ).parsed
