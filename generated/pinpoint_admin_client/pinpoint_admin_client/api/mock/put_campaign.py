from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...models.campaign_input import CampaignInput
from ...models.message_body import MessageBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: str,
    campaign_id: str,
    *,
    body: CampaignInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/_mock/apps/{application_id}/campaigns/{campaign_id}".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Campaign | MessageBody | None:
    if response.status_code == 200:
        response_200 = Campaign.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Campaign.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MessageBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = MessageBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MessageBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = MessageBody.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = MessageBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Campaign | MessageBody]:
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
    body: CampaignInput | Unset = UNSET,
) -> Response[Campaign | MessageBody]:
    """Creates a campaign in an existing application, or keeps the one with this ID.

     A kept campaign takes the Name and TreatmentIds given; TreatmentIds that an activity of the
    campaign still carries cannot be removed (409).

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (CampaignInput | Unset): The settable fields of a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Campaign | MessageBody]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        body=body,
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
    body: CampaignInput | Unset = UNSET,
) -> Campaign | MessageBody | None:
    """Creates a campaign in an existing application, or keeps the one with this ID.

     A kept campaign takes the Name and TreatmentIds given; TreatmentIds that an activity of the
    campaign still carries cannot be removed (409).

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (CampaignInput | Unset): The settable fields of a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Campaign | MessageBody
    """

    return sync_detailed(
        application_id=application_id,
        campaign_id=campaign_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignInput | Unset = UNSET,
) -> Response[Campaign | MessageBody]:
    """Creates a campaign in an existing application, or keeps the one with this ID.

     A kept campaign takes the Name and TreatmentIds given; TreatmentIds that an activity of the
    campaign still carries cannot be removed (409).

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (CampaignInput | Unset): The settable fields of a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Campaign | MessageBody]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignInput | Unset = UNSET,
) -> Campaign | MessageBody | None:
    """Creates a campaign in an existing application, or keeps the one with this ID.

     A kept campaign takes the Name and TreatmentIds given; TreatmentIds that an activity of the
    campaign still carries cannot be removed (409).

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (CampaignInput | Unset): The settable fields of a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Campaign | MessageBody
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            campaign_id=campaign_id,
            client=client,
            body=body,
        )
    ).parsed
