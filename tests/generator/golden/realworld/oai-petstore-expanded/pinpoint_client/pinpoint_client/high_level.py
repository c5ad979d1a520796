"""The high-level clients: ``PinpointClient`` and ``AsyncPinpointClient``.

The API: Swagger Petstore.

Generated from the OpenAPI document by ``python -m generator``; do not edit.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Self, cast

import httpx

from . import _runtime, _transport
from .exceptions import (
    StatusDefaultError,
)
from .models import NewPet

SERVER_URL = "http://petstore.swagger.io/api"
SERVER_VARIABLES: dict[str, str] = {}
USER_AGENT = "pinpoint-client/1.0.0 httpx/" + httpx.__version__
DEFAULT_HEADERS = {"accept": "application/json", "user-agent": USER_AGENT}

_ANY_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=StatusDefaultError,
)
_FIND_PETS_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=StatusDefaultError,
)
_ADD_PET_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=StatusDefaultError,
)
_FIND_PET_BY_ID_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=StatusDefaultError,
)
_DELETE_PET_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=StatusDefaultError,
)


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: the API sets no cookies, and extracting them from every
    response costs more CPU than the rest of httpx's client layer."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _HttpClient(httpx.Client):
    """``httpx.Client`` without cookie handling (see ``_NoCookies``)."""

    @property
    def cookies(self) -> httpx.Cookies:
        jar: httpx.Cookies = self.__dict__.setdefault("_no_cookies", _NoCookies())
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        if cookies:
            raise ValueError("this client keeps no cookies")


class _AsyncHttpClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` without cookie handling (see ``_NoCookies``)."""

    @property
    def cookies(self) -> httpx.Cookies:
        jar: httpx.Cookies = self.__dict__.setdefault("_no_cookies", _NoCookies())
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        if cookies:
            raise ValueError("this client keeps no cookies")


def _default_base_url(region: str, variables: Mapping[str, str] | None) -> str:
    if not SERVER_URL:
        raise ValueError("the spec names no server: pass base_url")
    return _runtime.server_url(
        SERVER_URL, {**SERVER_VARIABLES, "region": region, **(variables or {})}
    )


async def _async_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def _path(value: object) -> str:
    return _runtime.path(value)


def _build_find_pets(
    *,
    tags: Sequence[str] | None = None,
    limit: int | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    if tags is not None:
        query.extend(("tags", _runtime.text(v)) for v in tags)
    if limit is not None:
        query.append(("limit", _runtime.text(limit)))
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/pets", query),
        headers=headers,
        content=content,
        errors=_FIND_PETS_ERRORS,
    )


def _parse_find_pets(response: httpx.Response) -> list[Any]:
    return cast("list[Any]", _runtime.json_of(response))


def _build_add_pet(
    *,
    body: NewPet | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(body.to_dict() if isinstance(body, NewPet) else dict(body))
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query("/pets", query),
        headers=headers,
        content=content,
        errors=_ADD_PET_ERRORS,
    )


def _parse_add_pet(response: httpx.Response) -> Any:
    return cast("Any", _runtime.json_of(response))


def _build_find_pet_by_id(
    *,
    id: int,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/pets/" + _path(id), query),
        headers=headers,
        content=content,
        errors=_FIND_PET_BY_ID_ERRORS,
    )


def _parse_find_pet_by_id(response: httpx.Response) -> Any:
    return cast("Any", _runtime.json_of(response))


def _build_delete_pet(
    *,
    id: int,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="DELETE",
        url=_runtime.with_query("/pets/" + _path(id), query),
        headers=headers,
        content=content,
        errors=_DELETE_PET_ERRORS,
    )


def _parse_delete_pet(response: httpx.Response) -> None:
    return None


class PinpointClient:
    """The client of Swagger Petstore.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default ``http://petstore.swagger.io/api``
            with the variables filled in.
        region: the AWS Region, for the server URL.
        server_variables: values for other variables of the server URL.
        auth: any ``httpx.Auth``, e.g. ``pinpoint_client.sigv4.SigV4Auth``.
        timeout: seconds (or an ``httpx.Timeout``) for each attempt.
        verify: TLS verification: True (httpx's CA bundle), False, or an ``ssl.SSLContext``.
        max_attempts: attempts per call, the first one included (1 disables retries).
        backoff_base: the first backoff cap in seconds; it doubles after every attempt.
        backoff_max: the largest wait in seconds, also the longest ``Retry-After`` honoured.
        headers: extra headers for every request.
        transport: an httpx transport; by default a lean HTTP/1.1 one on
            ``http.client`` (``pinpoint_client._transport``), or httpx's when the environment sets a proxy.
        sleep: how to wait between attempts.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        region: str = "us-east-1",
        server_variables: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        verify: ssl.SSLContext | bool = True,
        max_attempts: int = 3,
        backoff_base: float = 0.25,
        backoff_max: float = 20.0,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.region = region
        self.base_url = base_url or _default_base_url(region, server_variables)
        self.retry = _runtime.RetryPolicy(max_attempts, backoff_base, backoff_max)
        self._sleep = sleep or time.sleep
        if transport is None and not _transport.proxied(self.base_url):
            transport = _transport.Http11Transport(verify=verify)
        self._origin = self.base_url.rstrip("/")
        self._http = _HttpClient(
            base_url=self.base_url,
            auth=auth,
            timeout=timeout,
            verify=verify,
            headers={**DEFAULT_HEADERS, **(headers or {})},
            transport=transport,
        )

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (connection pool, auth, timeouts)."""
        return self._http

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """Send any request with this client's retries, auth and exceptions.

        ``url`` is relative to ``base_url`` and already percent-encoded; ``params`` are encoded
        here. An error status raises the exception the spec documents for it (any operation),
        else :class:`~pinpoint_client.exceptions.ApiError`.
        """
        query = list(params.items()) if isinstance(params, Mapping) else list(params or ())
        call = _runtime.Call(
            method=method.upper(),
            url=_runtime.with_query(url, query),
            headers={**(headers or {}), **(_runtime.JSON_HEADERS if json is not None else {})},
            content=_runtime.json_body(json) if json is not None else None,
            errors=_ANY_ERRORS,
        )
        return self._send(call)

    def _send(self, call: _runtime.Call) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                call.method, self._origin + call.url, headers=call.headers, content=call.content
            )
            try:
                response = self._http.send(
                    request, auth=None if call.anonymous else httpx.USE_CLIENT_DEFAULT
                )
            except httpx.TransportError as error:
                delay = self.retry.after_error(error, call, attempt)
                if delay is None:
                    raise
            else:
                if _runtime.is_success(response):
                    return response
                delay = self.retry.after_response(response, call, attempt)
                if delay is None:
                    raise _runtime.error_from_response(response, call.errors)
            self._sleep(delay)

    def find_pets(
        self,
        *,
        tags: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Any]:
        """findPets

        ``GET /pets``
        (operation ``findPets``).

        Returns all pets from the system that the user has access to
        Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus. Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst. Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet. Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim, gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel, vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

        Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra, condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium, pulvinar elit eu, euismod sapien.

        Args:
            tags: tags to filter by
            limit: maximum number of results to return

        Returns:
            The JSON of the success response.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_find_pets(
                tags=tags,
                limit=limit,
            )
        )
        return _parse_find_pets(response)

    def add_pet(
        self,
        *,
        body: NewPet | Mapping[str, Any],
    ) -> Any:
        """addPet

        ``POST /pets``
        (operation ``addPet``).

        Creates a new pet in the store. Duplicates are allowed

        Args:
            body: the request body (a ``NewPet`` or a JSON object).

        Returns:
            The JSON of the success response.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_add_pet(
                body=body,
            )
        )
        return _parse_add_pet(response)

    def find_pet_by_id(
        self,
        *,
        id: int,
    ) -> Any:
        """find pet by id

        ``GET /pets/{id}``
        (operation ``find pet by id``).

        Returns a user based on a single ID, if the user does not have access to the pet

        Args:
            id: ID of pet to fetch

        Returns:
            The JSON of the success response.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_find_pet_by_id(
                id=id,
            )
        )
        return _parse_find_pet_by_id(response)

    def delete_pet(
        self,
        *,
        id: int,
    ) -> None:
        """deletePet

        ``DELETE /pets/{id}``
        (operation ``deletePet``).

        deletes a single pet based on the ID supplied

        Args:
            id: ID of pet to delete

        Returns:
            None.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_delete_pet(
                id=id,
            )
        )
        return _parse_delete_pet(response)


class AsyncPinpointClient:
    """The asynchronous client of Swagger Petstore.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default ``http://petstore.swagger.io/api``
            with the variables filled in.
        region: the AWS Region, for the server URL.
        server_variables: values for other variables of the server URL.
        auth: any ``httpx.Auth``, e.g. ``pinpoint_client.sigv4.SigV4Auth``.
        timeout: seconds (or an ``httpx.Timeout``) for each attempt.
        verify: TLS verification: True (httpx's CA bundle), False, or an ``ssl.SSLContext``.
        max_attempts: attempts per call, the first one included (1 disables retries).
        backoff_base: the first backoff cap in seconds; it doubles after every attempt.
        backoff_max: the largest wait in seconds, also the longest ``Retry-After`` honoured.
        headers: extra headers for every request.
        transport: an httpx transport; by default httpx's.
        sleep: how to wait between attempts (an async function).
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        region: str = "us-east-1",
        server_variables: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        verify: ssl.SSLContext | bool = True,
        max_attempts: int = 3,
        backoff_base: float = 0.25,
        backoff_max: float = 20.0,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.region = region
        self.base_url = base_url or _default_base_url(region, server_variables)
        self.retry = _runtime.RetryPolicy(max_attempts, backoff_base, backoff_max)
        self._sleep = sleep or _async_sleep
        self._origin = self.base_url.rstrip("/")
        self._http = _AsyncHttpClient(
            base_url=self.base_url,
            auth=auth,
            timeout=timeout,
            verify=verify,
            headers={**DEFAULT_HEADERS, **(headers or {})},
            transport=transport,
        )

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying httpx client (connection pool, auth, timeouts)."""
        return self._http

    async def aclose(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """Send any request with this client's retries, auth and exceptions.

        ``url`` is relative to ``base_url`` and already percent-encoded; ``params`` are encoded
        here. An error status raises the exception the spec documents for it (any operation),
        else :class:`~pinpoint_client.exceptions.ApiError`.
        """
        query = list(params.items()) if isinstance(params, Mapping) else list(params or ())
        call = _runtime.Call(
            method=method.upper(),
            url=_runtime.with_query(url, query),
            headers={**(headers or {}), **(_runtime.JSON_HEADERS if json is not None else {})},
            content=_runtime.json_body(json) if json is not None else None,
            errors=_ANY_ERRORS,
        )
        return await self._send(call)

    async def _send(self, call: _runtime.Call) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                call.method, self._origin + call.url, headers=call.headers, content=call.content
            )
            try:
                response = await self._http.send(
                    request, auth=None if call.anonymous else httpx.USE_CLIENT_DEFAULT
                )
            except httpx.TransportError as error:
                delay = self.retry.after_error(error, call, attempt)
                if delay is None:
                    raise
            else:
                if _runtime.is_success(response):
                    return response
                delay = self.retry.after_response(response, call, attempt)
                if delay is None:
                    raise _runtime.error_from_response(response, call.errors)
            await self._sleep(delay)

    async def find_pets(
        self,
        *,
        tags: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Any]:
        """findPets

        ``GET /pets``
        (operation ``findPets``).

        Returns all pets from the system that the user has access to
        Nam sed condimentum est. Maecenas tempor sagittis sapien, nec rhoncus sem sagittis sit amet. Aenean at gravida augue, ac iaculis sem. Curabitur odio lorem, ornare eget elementum nec, cursus id lectus. Duis mi turpis, pulvinar ac eros ac, tincidunt varius justo. In hac habitasse platea dictumst. Integer at adipiscing ante, a sagittis ligula. Aenean pharetra tempor ante molestie imperdiet. Vivamus id aliquam diam. Cras quis velit non tortor eleifend sagittis. Praesent at enim pharetra urna volutpat venenatis eget eget mauris. In eleifend fermentum facilisis. Praesent enim enim, gravida ac sodales sed, placerat id erat. Suspendisse lacus dolor, consectetur non augue vel, vehicula interdum libero. Morbi euismod sagittis libero sed lacinia.

        Sed tempus felis lobortis leo pulvinar rutrum. Nam mattis velit nisl, eu condimentum ligula luctus nec. Phasellus semper velit eget aliquet faucibus. In a mattis elit. Phasellus vel urna viverra, condimentum lorem id, rhoncus nibh. Ut pellentesque posuere elementum. Sed a varius odio. Morbi rhoncus ligula libero, vel eleifend nunc tristique vitae. Fusce et sem dui. Aenean nec scelerisque tortor. Fusce malesuada accumsan magna vel tempus. Quisque mollis felis eu dolor tristique, sit amet auctor felis gravida. Sed libero lorem, molestie sed nisl in, accumsan tempor nisi. Fusce sollicitudin massa ut lacinia mattis. Sed vel eleifend lorem. Pellentesque vitae felis pretium, pulvinar elit eu, euismod sapien.

        Args:
            tags: tags to filter by
            limit: maximum number of results to return

        Returns:
            The JSON of the success response.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_find_pets(
                tags=tags,
                limit=limit,
            )
        )
        return _parse_find_pets(response)

    async def add_pet(
        self,
        *,
        body: NewPet | Mapping[str, Any],
    ) -> Any:
        """addPet

        ``POST /pets``
        (operation ``addPet``).

        Creates a new pet in the store. Duplicates are allowed

        Args:
            body: the request body (a ``NewPet`` or a JSON object).

        Returns:
            The JSON of the success response.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_add_pet(
                body=body,
            )
        )
        return _parse_add_pet(response)

    async def find_pet_by_id(
        self,
        *,
        id: int,
    ) -> Any:
        """find pet by id

        ``GET /pets/{id}``
        (operation ``find pet by id``).

        Returns a user based on a single ID, if the user does not have access to the pet

        Args:
            id: ID of pet to fetch

        Returns:
            The JSON of the success response.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_find_pet_by_id(
                id=id,
            )
        )
        return _parse_find_pet_by_id(response)

    async def delete_pet(
        self,
        *,
        id: int,
    ) -> None:
        """deletePet

        ``DELETE /pets/{id}``
        (operation ``deletePet``).

        deletes a single pet based on the ID supplied

        Args:
            id: ID of pet to delete

        Returns:
            None.

        Raises:
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_delete_pet(
                id=id,
            )
        )
        return _parse_delete_pet(response)


__all__ = ["PinpointClient", "AsyncPinpointClient"]
