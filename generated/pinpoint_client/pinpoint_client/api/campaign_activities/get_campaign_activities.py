from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities_response import ActivitiesResponse
from ...models.message_body import MessageBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: str,
    campaign_id: str,
    *,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["accept"] = accept

    params: dict[str, Any] = {}

    params["page-size"] = page_size

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{application_id}/campaigns/{campaign_id}/activities".format(
            application_id=quote(str(application_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivitiesResponse | MessageBody | None:
    if response.status_code == 200:
        response_200 = ActivitiesResponse.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = MessageBody.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = MessageBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = MessageBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivitiesResponse | MessageBody]:
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
    client: AuthenticatedClient,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ActivitiesResponse | MessageBody]:
    """Retrieves information about the activity performed by a campaign.

     Retrieves information about the activity performed by a campaign.

    Args:
        application_id (str): The unique identifier for the application. This identifier is
            displayed as the Project ID on the Amazon Pinpoint console. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset): The maximum number of items to include in each page of a
            paginated response. This parameter is currently not supported by the Application Metrics
            and Campaign Metrics resources. A positive decimal integer. Example: 20.
        token (str | Unset): The NextToken string that specifies which page of results to return
            in a paginated response. Not blank when present. Example:
            eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ.3kTq9vX0sYyZ.
        accept (str | Unset): Indicates which content types, expressed as MIME types, the client
            understands. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivitiesResponse | MessageBody]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        page_size=page_size,
        token=token,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ActivitiesResponse | MessageBody | None:
    """Retrieves information about the activity performed by a campaign.

     Retrieves information about the activity performed by a campaign.

    Args:
        application_id (str): The unique identifier for the application. This identifier is
            displayed as the Project ID on the Amazon Pinpoint console. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset): The maximum number of items to include in each page of a
            paginated response. This parameter is currently not supported by the Application Metrics
            and Campaign Metrics resources. A positive decimal integer. Example: 20.
        token (str | Unset): The NextToken string that specifies which page of results to return
            in a paginated response. Not blank when present. Example:
            eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ.3kTq9vX0sYyZ.
        accept (str | Unset): Indicates which content types, expressed as MIME types, the client
            understands. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivitiesResponse | MessageBody
    """

    return sync_detailed(
        application_id=application_id,
        campaign_id=campaign_id,
        client=client,
        page_size=page_size,
        token=token,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ActivitiesResponse | MessageBody]:
    """Retrieves information about the activity performed by a campaign.

     Retrieves information about the activity performed by a campaign.

    Args:
        application_id (str): The unique identifier for the application. This identifier is
            displayed as the Project ID on the Amazon Pinpoint console. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset): The maximum number of items to include in each page of a
            paginated response. This parameter is currently not supported by the Application Metrics
            and Campaign Metrics resources. A positive decimal integer. Example: 20.
        token (str | Unset): The NextToken string that specifies which page of results to return
            in a paginated response. Not blank when present. Example:
            eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ.3kTq9vX0sYyZ.
        accept (str | Unset): Indicates which content types, expressed as MIME types, the client
            understands. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivitiesResponse | MessageBody]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        campaign_id=campaign_id,
        page_size=page_size,
        token=token,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    page_size: str | Unset = UNSET,
    token: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ActivitiesResponse | MessageBody | None:
    """Retrieves information about the activity performed by a campaign.

     Retrieves information about the activity performed by a campaign.

    Args:
        application_id (str): The unique identifier for the application. This identifier is
            displayed as the Project ID on the Amazon Pinpoint console. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        page_size (str | Unset): The maximum number of items to include in each page of a
            paginated response. This parameter is currently not supported by the Application Metrics
            and Campaign Metrics resources. A positive decimal integer. Example: 20.
        token (str | Unset): The NextToken string that specifies which page of results to return
            in a paginated response. Not blank when present. Example:
            eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ.3kTq9vX0sYyZ.
        accept (str | Unset): Indicates which content types, expressed as MIME types, the client
            understands. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivitiesResponse | MessageBody
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            campaign_id=campaign_id,
            client=client,
            page_size=page_size,
            token=token,
            accept=accept,
        )
    ).parsed
