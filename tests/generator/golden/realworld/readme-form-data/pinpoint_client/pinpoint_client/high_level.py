"""The high-level clients: ``PinpointClient`` and ``AsyncPinpointClient``.

The API: x-www-form-urlencoded support.

Generated from the OpenAPI document by ``python -m generator``; do not edit.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Self

import httpx

from . import _media, _runtime, _transport
from . import shapes as _shapes
from .exceptions import (
    UnauthorizedError,
)
from .models import Token

SERVER_URL = "https://httpbin.org"
SERVER_VARIABLES: dict[str, str] = {}
USER_AGENT = "pinpoint-client/1.0.0 httpx/" + httpx.__version__
DEFAULT_HEADERS = {"accept": "application/json", "user-agent": USER_AGENT}

_ANY_ERRORS = _runtime.ErrorMap(
    statuses={
        401: UnauthorizedError,
    },
    ranges={},
    default=None,
)
_DEMO_FORM_DATA_ERRORS = _runtime.ErrorMap(
    statuses={
        401: UnauthorizedError,
    },
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


def _build_demo_form_data(
    *,
    body: _shapes.DemoFormDataForm | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    if body is not None:
        content = _media.form_body(body)
        headers["content-type"] = "application/x-www-form-urlencoded"
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query("/anything", query),
        headers=headers,
        content=content,
        errors=_DEMO_FORM_DATA_ERRORS,
    )


def _parse_demo_form_data(response: httpx.Response) -> Token:
    data = _runtime.object_of(response)
    try:
        return Token.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Token: {exc!r}") from None


class PinpointClient:
    """The client of x-www-form-urlencoded support.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default ``https://httpbin.org``
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

    def demo_form_data(
        self,
        *,
        body: _shapes.DemoFormDataForm | None = None,
    ) -> Token:
        """Demo handling of formData

        ``POST /anything``
        (operation ``demoFormData``).

        Args:
            body: the form fields (sent as ``application/x-www-form-urlencoded``).

        Returns:
            The ``Token`` of the success response.

        Raises:
            UnauthorizedError: HTTP 401.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_demo_form_data(
                body=body,
            )
        )
        return _parse_demo_form_data(response)


class AsyncPinpointClient:
    """The asynchronous client of x-www-form-urlencoded support.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default ``https://httpbin.org``
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

    async def demo_form_data(
        self,
        *,
        body: _shapes.DemoFormDataForm | None = None,
    ) -> Token:
        """Demo handling of formData

        ``POST /anything``
        (operation ``demoFormData``).

        Args:
            body: the form fields (sent as ``application/x-www-form-urlencoded``).

        Returns:
            The ``Token`` of the success response.

        Raises:
            UnauthorizedError: HTTP 401.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_demo_form_data(
                body=body,
            )
        )
        return _parse_demo_form_data(response)


__all__ = ["PinpointClient", "AsyncPinpointClient"]
