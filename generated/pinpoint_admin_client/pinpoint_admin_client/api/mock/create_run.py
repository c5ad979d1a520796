from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_body import MessageBody
from ...models.run import Run
from ...models.run_input import RunInput
from ...types import Response


def _get_kwargs(
    application_id: str,
    campaign_id: str,
    *,
    body: RunInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/apps/{application_id}/campaigns/{campaign_id}/runs".format(
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
) -> MessageBody | Run | None:
    if response.status_code == 201:
        response_201 = Run.from_dict(response.json())

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
    *,
    client: AuthenticatedClient | Client,
    body: RunInput,
) -> Response[MessageBody | Run]:
    """Starts a campaign run, whose activities progress on the mock's clock.

     A run is a schedule (the field names of Pinpoint's `Schedule`), a segment (endpoints
    and time zones), treatments, a delivery rate and a failure mode. From then on
    `GetCampaignActivities` answers what the run has done by the mock's clock at the moment
    of the request: one activity per occurrence and treatment, going PENDING ->
    INITIALIZING -> RUNNING -> COMPLETED (or PAUSED, CANCELLED), time zone after time zone
    with local-time delivery. The same clock gives the same answer.

    An occurrence appears (becomes an activity of the campaign, after every activity it has)
    when the previous occurrence starts; the first appears when the run is created. So a
    walk of NextTokens sees each activity exactly once while runs progress: a new one always
    comes after every position a token can name. The run's treatments are added to the
    campaign's TreatmentIds. A bad field is a 400 naming its JSON pointer.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (RunInput): A campaign run to start; only `Schedule.StartTime` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | Run]
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
    body: RunInput,
) -> MessageBody | Run | None:
    """Starts a campaign run, whose activities progress on the mock's clock.

     A run is a schedule (the field names of Pinpoint's `Schedule`), a segment (endpoints
    and time zones), treatments, a delivery rate and a failure mode. From then on
    `GetCampaignActivities` answers what the run has done by the mock's clock at the moment
    of the request: one activity per occurrence and treatment, going PENDING ->
    INITIALIZING -> RUNNING -> COMPLETED (or PAUSED, CANCELLED), time zone after time zone
    with local-time delivery. The same clock gives the same answer.

    An occurrence appears (becomes an activity of the campaign, after every activity it has)
    when the previous occurrence starts; the first appears when the run is created. So a
    walk of NextTokens sees each activity exactly once while runs progress: a new one always
    comes after every position a token can name. The run's treatments are added to the
    campaign's TreatmentIds. A bad field is a 400 naming its JSON pointer.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (RunInput): A campaign run to start; only `Schedule.StartTime` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageBody | Run
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
    body: RunInput,
) -> Response[MessageBody | Run]:
    """Starts a campaign run, whose activities progress on the mock's clock.

     A run is a schedule (the field names of Pinpoint's `Schedule`), a segment (endpoints
    and time zones), treatments, a delivery rate and a failure mode. From then on
    `GetCampaignActivities` answers what the run has done by the mock's clock at the moment
    of the request: one activity per occurrence and treatment, going PENDING ->
    INITIALIZING -> RUNNING -> COMPLETED (or PAUSED, CANCELLED), time zone after time zone
    with local-time delivery. The same clock gives the same answer.

    An occurrence appears (becomes an activity of the campaign, after every activity it has)
    when the previous occurrence starts; the first appears when the run is created. So a
    walk of NextTokens sees each activity exactly once while runs progress: a new one always
    comes after every position a token can name. The run's treatments are added to the
    campaign's TreatmentIds. A bad field is a 400 naming its JSON pointer.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (RunInput): A campaign run to start; only `Schedule.StartTime` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageBody | Run]
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
    body: RunInput,
) -> MessageBody | Run | None:
    """Starts a campaign run, whose activities progress on the mock's clock.

     A run is a schedule (the field names of Pinpoint's `Schedule`), a segment (endpoints
    and time zones), treatments, a delivery rate and a failure mode. From then on
    `GetCampaignActivities` answers what the run has done by the mock's clock at the moment
    of the request: one activity per occurrence and treatment, going PENDING ->
    INITIALIZING -> RUNNING -> COMPLETED (or PAUSED, CANCELLED), time zone after time zone
    with local-time delivery. The same clock gives the same answer.

    An occurrence appears (becomes an activity of the campaign, after every activity it has)
    when the previous occurrence starts; the first appears when the run is created. So a
    walk of NextTokens sees each activity exactly once while runs progress: a new one always
    comes after every position a token can name. The run's treatments are added to the
    campaign's TreatmentIds. A bad field is a 400 naming its JSON pointer.

    Args:
        application_id (str):  Example: 4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str):  Example: 7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        body (RunInput): A campaign run to start; only `Schedule.StartTime` is required.

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
            client=client,
            body=body,
        )
    ).parsed
