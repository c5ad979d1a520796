"""The high-level clients: ``PinpointClient`` and ``AsyncPinpointClient``.

The API: Library.

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
    Status_4XXError,
    StatusDefaultError,
    UnprocessableEntityError,
)
from .models import BookPage, Category, NewBook, PutCategoryRequest

SERVER_URL = ""
SERVER_VARIABLES: dict[str, str] = {}
USER_AGENT = "pinpoint-client/2.1.0 httpx/" + httpx.__version__
DEFAULT_HEADERS = {"accept": "application/json", "user-agent": USER_AGENT}

_ANY_ERRORS = _runtime.ErrorMap(
    statuses={
        422: UnprocessableEntityError,
    },
    ranges={
        4: Status_4XXError,
    },
    default=StatusDefaultError,
)
_LIST_BOOKS_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={
        4: Status_4XXError,
    },
    default=StatusDefaultError,
)
_CREATE_BOOK_ERRORS = _runtime.ErrorMap(
    statuses={
        422: UnprocessableEntityError,
    },
    ranges={},
    default=None,
)
_GET_CATEGORY_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=None,
)
_PUT_CATEGORY_ERRORS = _runtime.ErrorMap(
    statuses={},
    ranges={},
    default=None,
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


def _build_list_books(
    *,
    shelf_id: str,
    available: bool,
    limit: int | None = None,
    genre: Sequence[str] | None = None,
    x_trace_id: str | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    if limit is not None:
        query.append(("limit", _runtime.text(limit)))
    if genre is not None:
        query.extend(("genre", _runtime.text(v)) for v in genre)
    query.append(("available", _runtime.text(available)))
    headers: dict[str, str] = {}
    if x_trace_id is not None:
        headers["X-Trace-Id"] = _runtime.text(x_trace_id)
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/v1/shelves/" + _path(shelf_id) + "/books", query),
        headers=headers,
        content=content,
        errors=_LIST_BOOKS_ERRORS,
    )


def _parse_list_books(response: httpx.Response) -> BookPage:
    data = _runtime.object_of(response)
    try:
        return BookPage.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit BookPage: {exc!r}") from None


def _build_create_book(
    *,
    shelf_id: str,
    body: NewBook | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(body.to_dict() if isinstance(body, NewBook) else dict(body))
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query("/v1/shelves/" + _path(shelf_id) + "/books", query),
        headers=headers,
        content=content,
        errors=_CREATE_BOOK_ERRORS,
    )


def _parse_create_book(response: httpx.Response) -> Any:
    return cast("Any", _runtime.json_of(response))


def _build_get_category(
    *,
    category_id: int,
    depth: float | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    if depth is not None:
        query.append(("depth", _runtime.text(depth)))
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/v1/categories/" + _path(category_id), query),
        headers=headers,
        content=content,
        errors=_GET_CATEGORY_ERRORS,
    )


def _parse_get_category(response: httpx.Response) -> Category:
    data = _runtime.object_of(response)
    try:
        return Category.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Category: {exc!r}") from None


def _build_put_category(
    *,
    category_id: int,
    body: PutCategoryRequest | Mapping[str, Any] | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    if body is not None:
        content = _runtime.json_body(
            body.to_dict() if isinstance(body, PutCategoryRequest) else dict(body)
        )
        headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="PUT",
        url=_runtime.with_query("/v1/categories/" + _path(category_id), query),
        headers=headers,
        content=content,
        errors=_PUT_CATEGORY_ERRORS,
    )


def _parse_put_category(response: httpx.Response) -> None:
    return None


class PinpointClient:
    """The client of Library.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default required.
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

    def list_books(
        self,
        *,
        shelf_id: str,
        available: bool,
        limit: int | None = None,
        genre: Sequence[str] | None = None,
        x_trace_id: str | None = None,
    ) -> BookPage:
        """ListBooks

        ``GET /v1/shelves/{shelf-id}/books``
        (operation ``ListBooks``).

        Args:
            shelf_id: shelf-id
            limit: limit
            genre: genre
            available: available
            x_trace_id: X-Trace-Id

        Returns:
            The ``BookPage`` of the success response.

        Raises:
            Status_4XXError: HTTP 4XX.
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_list_books(
                shelf_id=shelf_id,
                limit=limit,
                genre=genre,
                available=available,
                x_trace_id=x_trace_id,
            )
        )
        return _parse_list_books(response)

    def create_book(
        self,
        *,
        shelf_id: str,
        body: NewBook | Mapping[str, Any],
    ) -> Any:
        """CreateBook

        ``POST /v1/shelves/{shelf-id}/books``
        (operation ``CreateBook``).

        Args:
            shelf_id: shelf-id
            body: the request body (a ``NewBook`` or a JSON object).

        Returns:
            The JSON of the success response.

        Raises:
            UnprocessableEntityError: HTTP 422.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_create_book(
                shelf_id=shelf_id,
                body=body,
            )
        )
        return _parse_create_book(response)

    def get_category(
        self,
        *,
        category_id: int,
        depth: float | None = None,
    ) -> Category:
        """GetCategory

        ``GET /v1/categories/{category-id}``
        (operation ``GetCategory``).

        Args:
            category_id: category-id
            depth: depth

        Returns:
            The ``Category`` of the success response.

        Raises:
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_get_category(
                category_id=category_id,
                depth=depth,
            )
        )
        return _parse_get_category(response)

    def put_category(
        self,
        *,
        category_id: int,
        body: PutCategoryRequest | Mapping[str, Any] | None = None,
    ) -> None:
        """PutCategory

        ``PUT /v1/categories/{category-id}``
        (operation ``PutCategory``).

        Args:
            category_id: category-id
            body: the request body (a ``PutCategoryRequest`` or a JSON object).

        Returns:
            None.

        Raises:
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_put_category(
                category_id=category_id,
                body=body,
            )
        )
        return _parse_put_category(response)


class AsyncPinpointClient:
    """The asynchronous client of Library.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default required.
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

    async def list_books(
        self,
        *,
        shelf_id: str,
        available: bool,
        limit: int | None = None,
        genre: Sequence[str] | None = None,
        x_trace_id: str | None = None,
    ) -> BookPage:
        """ListBooks

        ``GET /v1/shelves/{shelf-id}/books``
        (operation ``ListBooks``).

        Args:
            shelf_id: shelf-id
            limit: limit
            genre: genre
            available: available
            x_trace_id: X-Trace-Id

        Returns:
            The ``BookPage`` of the success response.

        Raises:
            Status_4XXError: HTTP 4XX.
            StatusDefaultError: HTTP default.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_list_books(
                shelf_id=shelf_id,
                limit=limit,
                genre=genre,
                available=available,
                x_trace_id=x_trace_id,
            )
        )
        return _parse_list_books(response)

    async def create_book(
        self,
        *,
        shelf_id: str,
        body: NewBook | Mapping[str, Any],
    ) -> Any:
        """CreateBook

        ``POST /v1/shelves/{shelf-id}/books``
        (operation ``CreateBook``).

        Args:
            shelf_id: shelf-id
            body: the request body (a ``NewBook`` or a JSON object).

        Returns:
            The JSON of the success response.

        Raises:
            UnprocessableEntityError: HTTP 422.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_create_book(
                shelf_id=shelf_id,
                body=body,
            )
        )
        return _parse_create_book(response)

    async def get_category(
        self,
        *,
        category_id: int,
        depth: float | None = None,
    ) -> Category:
        """GetCategory

        ``GET /v1/categories/{category-id}``
        (operation ``GetCategory``).

        Args:
            category_id: category-id
            depth: depth

        Returns:
            The ``Category`` of the success response.

        Raises:
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_get_category(
                category_id=category_id,
                depth=depth,
            )
        )
        return _parse_get_category(response)

    async def put_category(
        self,
        *,
        category_id: int,
        body: PutCategoryRequest | Mapping[str, Any] | None = None,
    ) -> None:
        """PutCategory

        ``PUT /v1/categories/{category-id}``
        (operation ``PutCategory``).

        Args:
            category_id: category-id
            body: the request body (a ``PutCategoryRequest`` or a JSON object).

        Returns:
            None.

        Raises:
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_put_category(
                category_id=category_id,
                body=body,
            )
        )
        return _parse_put_category(response)


__all__ = ["PinpointClient", "AsyncPinpointClient"]
