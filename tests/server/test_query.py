"""The app's own query-string reader equals ``parse_qs(qs, keep_blank_values=True)``."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pinpoint_server import RequestContext
from pinpoint_server._binding import _query
from pinpoint_server.errors import BadRequestException

PIECES = st.sampled_from(
    ["a", "b", "=", "&", "+", "%20", "%2B", "%26", "%3D", "%C3%A9", "é", ";", " ", "x"]
)


def read(query_string: bytes) -> dict[str, list[str]]:
    context = RequestContext(
        request_id="r", operation_id="o", security=(), method="GET", raw_path=b"/", path="/",
        query_string=query_string, headers=(), client=None, body=b"",
    )  # fmt: skip
    return _query(context)


@given(st.lists(PIECES, max_size=12).map("".join))
def test_same_as_parse_qs(text: str) -> None:
    assert read(text.encode()) == parse_qs(text, keep_blank_values=True, errors="strict")


@pytest.mark.parametrize("raw", [b"a=%FF", b"%C3=1", b"a=\xff"])
def test_undecodable_values_are_400(raw: bytes) -> None:
    with pytest.raises(BadRequestException, match="not UTF-8"):
        read(raw)


def test_too_many_fields_are_400() -> None:
    with pytest.raises(BadRequestException, match="more than 1000"):
        read(b"&".join([b"a=1"] * 1001))
