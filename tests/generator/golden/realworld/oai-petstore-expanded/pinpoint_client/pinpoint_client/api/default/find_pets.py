from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pet import Pet
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Pet]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Pet.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Pet]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | list[Pet]]:
    """Returns all pets from the system that the user has access to
    Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean
    at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus.
    Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst.
    Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet.
    Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra
    urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim,
    gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel,
    vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

    Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus
    nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra,
    condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi
    rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque
    tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet
    auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce
    sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium,
    pulvinar elit eu, euismod sapien.

    Args:
        tags (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Pet]]
    """

    kwargs = _get_kwargs(
        tags=tags,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | list[Pet] | None:
    """Returns all pets from the system that the user has access to
    Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean
    at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus.
    Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst.
    Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet.
    Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra
    urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim,
    gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel,
    vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

    Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus
    nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra,
    condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi
    rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque
    tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet
    auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce
    sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium,
    pulvinar elit eu, euismod sapien.

    Args:
        tags (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Pet]
    """

    return sync_detailed(
        client=client,
        tags=tags,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | list[Pet]]:
    """Returns all pets from the system that the user has access to
    Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean
    at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus.
    Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst.
    Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet.
    Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra
    urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim,
    gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel,
    vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

    Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus
    nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra,
    condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi
    rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque
    tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet
    auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce
    sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium,
    pulvinar elit eu, euismod sapien.

    Args:
        tags (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Pet]]
    """

    kwargs = _get_kwargs(
        tags=tags,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | list[Pet] | None:
    """Returns all pets from the system that the user has access to
    Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean
    at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus.
    Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst.
    Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet.
    Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra
    urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim,
    gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel,
    vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

    Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus
    nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra,
    condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi
    rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque
    tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet
    auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce
    sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium,
    pulvinar elit eu, euismod sapien.

    Args:
        tags (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Pet]
    """

    return (
        await asyncio_detailed(
            client=client,
            tags=tags,
            limit=limit,
        )
    ).parsed
