from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities_input import ActivitiesInput
from ...models.message_body import MessageBody
from ...models.stored_activities import StoredActivities
from ...types import Response


def _get_kwargs(
    application_id: str,
    campaign_id: str,
    *,
    body: ActivitiesInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/apps/{application_id}/campaigns/{campaign_id}/activities".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageBody | StoredActivities | None:
    if response.status_code == 201:
        response_201 = StoredActivities.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = MessageBody.from_dict(response.json())

        return response_413

    if response.status_code == 500:
        response_500 = MessageBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageBody | StoredActivities]:
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
    body: ActivitiesInput,
) -> Response[MessageBody | StoredActivities]:
    """Appends activities to a campaign, after the ones it has.

     The body is an `ActivitiesResponse` of the main API, so a page saved from AWS can be posted
    as it is (its `NextToken` is ignored). Each item is checked against the main document's
    `ActivityResponse`; `ApplicationId` and `CampaignId` may be omitted (they must match the
    path when given) and a missing `Id` is generated. Nothing is stored unless every item is
    valid: a bad item is a 400 naming its JSON pointer, an `Id` the campaign has already (or
    one given twice) a 409.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (ActivitiesInput): Activities to add: an `ActivitiesResponse` of the main API. Each
            item is an
            `ActivityResponse` of the main document, checked there; `ApplicationId`, `CampaignId` and
            `Id` may be omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | StoredActivities]
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
    body: ActivitiesInput,
) -> MessageBody | StoredActivities | None:
    """Appends activities to a campaign, after the ones it has.

     The body is an `ActivitiesResponse` of the main API, so a page saved from AWS can be posted
    as it is (its `NextToken` is ignored). Each item is checked against the main document's
    `ActivityResponse`; `ApplicationId` and `CampaignId` may be omitted (they must match the
    path when given) and a missing `Id` is generated. Nothing is stored unless every item is
    valid: a bad item is a 400 naming its JSON pointer, an `Id` the campaign has already (or
    one given twice) a 409.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (ActivitiesInput): Activities to add: an `ActivitiesResponse` of the main API. Each
            item is an
            `ActivityResponse` of the main document, checked there; `ApplicationId`, `CampaignId` and
            `Id` may be omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | StoredActivities
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
    body: ActivitiesInput,
) -> Response[MessageBody | StoredActivities]:
    """Appends activities to a campaign, after the ones it has.

     The body is an `ActivitiesResponse` of the main API, so a page saved from AWS can be posted
    as it is (its `NextToken` is ignored). Each item is checked against the main document's
    `ActivityResponse`; `ApplicationId` and `CampaignId` may be omitted (they must match the
    path when given) and a missing `Id` is generated. Nothing is stored unless every item is
    valid: a bad item is a 400 naming its JSON pointer, an `Id` the campaign has already (or
    one given twice) a 409.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (ActivitiesInput): Activities to add: an `ActivitiesResponse` of the main API. Each
            item is an
            `ActivityResponse` of the main document, checked there; `ApplicationId`, `CampaignId` and
            `Id` may be omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | StoredActivities]
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
    body: ActivitiesInput,
) -> MessageBody | StoredActivities | None:
    """Appends activities to a campaign, after the ones it has.

     The body is an `ActivitiesResponse` of the main API, so a page saved from AWS can be posted
    as it is (its `NextToken` is ignored). Each item is checked against the main document's
    `ActivityResponse`; `ApplicationId` and `CampaignId` may be omitted (they must match the
    path when given) and a missing `Id` is generated. Nothing is stored unless every item is
    valid: a bad item is a 400 naming its JSON pointer, an `Id` the campaign has already (or
    one given twice) a 409.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (ActivitiesInput): Activities to add: an `ActivitiesResponse` of the main API. Each
            item is an
            `ActivityResponse` of the main document, checked there; `ApplicationId`, `CampaignId` and
            `Id` may be omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | StoredActivities
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            campaign_id=campaign_id,
            client=client,
            body=body,
        )
    ).parsed
