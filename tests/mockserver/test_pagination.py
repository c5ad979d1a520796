"""Keyset pagination: page sizes, NextTokens, the walk, and the cost of a page."""

from __future__ import annotations

import base64
import hmac
import json
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mockserver.clock import MockClock
from mockserver.errors import (
    ApplicationNotFoundError,
    CampaignNotFoundError,
    InvalidPageSizeError,
    InvalidTokenError,
)
from mockserver.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    MAX_POSITION,
    TOKEN_LIFETIME_S,
    ExpiredTokenError,
    TokenCodec,
    clamp_page_size,
    render_page,
)
from mockserver.service import ActivitiesService
from mockserver.store import Store
from mockserver.store_sql import PAGE_JOINED_SQL, PAGE_RANGE_SQL, PAGE_SQL, RESOLVE_SQL
from mockserver.synthetic import synthetic_rows
from mockserver.timefmt import parse_ms
from tests.mockserver.helpers import APP, CAMPAIGN, page, pending, walk

SECRET = bytes(range(32))


# Page size ----------------------------------------------------------------------------------


def test_default_and_maximum_are_aws_like() -> None:
    assert DEFAULT_PAGE_SIZE == 20
    assert MAX_PAGE_SIZE == 100
    assert clamp_page_size(None) == 20
    assert clamp_page_size("1") == 1
    assert clamp_page_size("100") == 100
    assert clamp_page_size("101") == 100
    assert clamp_page_size("999") == 100


@pytest.mark.parametrize("digits", [4, 19, 20, 50, 4301, 10_000])
def test_huge_page_sizes_clamp_without_error(digits: int) -> None:
    assert clamp_page_size("9" * digits) == MAX_PAGE_SIZE
    assert clamp_page_size("1" + "0" * (digits - 1)) == MAX_PAGE_SIZE


@given(st.integers(min_value=1, max_value=10**60))
def test_clamp_matches_min(value: int) -> None:
    assert clamp_page_size(str(value)) == min(value, MAX_PAGE_SIZE)


@pytest.mark.parametrize("raw", ["", "0", "007", "-1", "+5", "1.5", "1e3", " 5", "٣", "²"])
def test_page_size_outside_the_pattern_is_refused(raw: str) -> None:
    with pytest.raises(InvalidPageSizeError) as info:
        clamp_page_size(raw)
    assert "page-size" in info.value.message


def test_custom_default_and_maximum() -> None:
    assert clamp_page_size(None, default=5, maximum=50) == 5
    assert clamp_page_size("51", default=5, maximum=50) == 50


# Tokens -------------------------------------------------------------------------------------


def test_token_round_trip_and_shape() -> None:
    codec = TokenCodec(SECRET)
    for position in (0, 1, 20, 2**40, MAX_POSITION):
        token = codec.encode(APP, CAMPAIGN, position)
        assert codec.decode(APP, CAMPAIGN, token) == position
        assert token.isascii() and "=" not in token
        assert set(token) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
        )


@given(secret=st.binary(min_size=16, max_size=200), message=st.binary(max_size=300))
def test_token_mac_is_hmac_sha256(secret: bytes, message: bytes) -> None:
    # The codec writes HMAC out as two keyed SHA-256 states: it must be RFC 2104's HMAC, for
    # keys shorter and longer than SHA-256's 64-byte block.
    assert TokenCodec(secret).mac(message) == hmac.digest(secret, message, "sha256")


def test_remembered_tokens_are_bounded_and_still_checked() -> None:
    codec = TokenCodec(SECRET)
    tokens = [codec.encode(APP, CAMPAIGN, position) for position in range(20_000)]
    assert len(codec._genuine) <= 8192 and len(codec._issued) <= 8192
    fresh = TokenCodec(SECRET)  # remembers nothing: every token goes through the MAC
    for position in (0, 1, 9_999, 19_999):
        assert codec.decode(APP, CAMPAIGN, tokens[position]) == position
        assert fresh.decode(APP, CAMPAIGN, tokens[position]) == position
        assert codec.encode(APP, CAMPAIGN, position) == tokens[position]
    # A token the codec remembers is still bound to its campaign and application.
    with pytest.raises(InvalidTokenError):
        codec.decode(APP, "other", tokens[19_999])
    with pytest.raises(InvalidTokenError):
        codec.decode("other", CAMPAIGN, tokens[19_999])


def test_token_is_bound_to_application_campaign_and_database() -> None:
    codec = TokenCodec(SECRET)
    token = codec.encode(APP, CAMPAIGN, 20)
    for app, campaign in ((APP, "other"), ("other", CAMPAIGN), (CAMPAIGN, APP), (APP + "x", "")):
        with pytest.raises(InvalidTokenError):
            codec.decode(app, campaign, token)
    with pytest.raises(InvalidTokenError):
        TokenCodec(bytes(32)).decode(APP, CAMPAIGN, token)
    # The binding is length-prefixed: moving characters between the two IDs changes it.
    shifted = TokenCodec(SECRET).encode("ab", "c", 1)
    with pytest.raises(InvalidTokenError):
        codec.decode("a", "bc", shifted)


def test_tampered_tokens_are_rejected() -> None:
    codec = TokenCodec(SECRET)
    token = codec.encode(APP, CAMPAIGN, 20)
    payload, mac = token.split(".")
    forged_payload = base64.urlsafe_b64encode(
        b"\x02" + (999).to_bytes(8, "big") + bytes(9)
    ).decode()
    candidates = [
        "",
        ".",
        "garbage",
        "null",
        token[:-1],
        token[1:],
        token + "A",
        payload,
        mac,
        f"{forged_payload}.{mac}",
        f"{payload}.{mac[:-1]}{'A' if mac[-1] != 'A' else 'B'}",
        f"{payload}.{mac.upper()}",
        f"{payload}={mac}",
        f"{payload}.{mac}.{mac}",
        token.replace("-", "+").replace("_", "/"),
        " " + token,
        token + "\n",
        "eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ.3kTq9vX0sYyZ",  # the spec's example
        "\x00" * 56,
        "é" * 56,
    ]
    for candidate in candidates:
        if candidate == token:
            continue
        with pytest.raises(InvalidTokenError) as info:
            codec.decode(APP, CAMPAIGN, candidate)
        assert "token" in info.value.message and "Invalid" in info.value.message


@given(st.data())
def test_any_single_character_change_is_detected(data: st.DataObject) -> None:
    codec = TokenCodec(SECRET)
    token = codec.encode(APP, CAMPAIGN, data.draw(st.integers(0, 2**63)))
    index = data.draw(st.integers(0, len(token) - 1))
    replacement = data.draw(st.characters(codec="utf-8").filter(lambda c: c != token[index]))
    with pytest.raises(InvalidTokenError):
        codec.decode(APP, CAMPAIGN, token[:index] + replacement + token[index + 1 :])


@given(st.text(max_size=80))
def test_random_strings_are_never_accepted(text: str) -> None:
    with pytest.raises(InvalidTokenError):
        TokenCodec(SECRET).decode(APP, CAMPAIGN, text)


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError):
        TokenCodec(b"short")


def test_render_page() -> None:
    assert render_page([], None) == b'{"NextToken":null,"Item":[]}'
    assert render_page([b'{"Id":"a"}', b'{"Id":"b"}'], "T.k") == (
        b'{"NextToken":"T.k","Item":[{"Id":"a"},{"Id":"b"}]}'
    )


# The service over a real store ----------------------------------------------------------------


def _fill(store: Store, count: int, app: str = APP, campaign: str = CAMPAIGN) -> list[str]:
    ids = [f"{campaign[:3]}-{i:05d}" for i in range(count)]
    store.add_activities(app, campaign, [pending(i) for i in ids])
    return ids


def test_empty_campaign_is_one_empty_page(
    service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    assert page(service, *campaign) == {"NextToken": None, "Item": []}


@pytest.mark.parametrize(
    ("count", "page_size", "expected_pages"),
    [
        (1, None, [1]),
        (20, None, [20]),  # exactly one full page: no NextToken to an empty page
        (21, None, [20, 1]),
        (57, None, [20, 20, 17]),
        (40, "20", [20, 20]),
        (10, "3", [3, 3, 3, 1]),
        (5, "1", [1, 1, 1, 1, 1]),
        (250, "999999999999999999999999999999999999999999999999", [100, 100, 50]),
    ],
)
def test_walk_returns_every_activity_once_in_order(
    store: Store,
    service: ActivitiesService,
    campaign: tuple[str, str],
    count: int,
    page_size: str | None,
    expected_pages: list[int],
) -> None:
    ids = _fill(store, count)
    pages = walk(service, *campaign, page_size=page_size)
    assert [len(p) for p in pages] == expected_pages
    assert [i for p in pages for i in p] == ids


def test_page_size_may_change_between_pages(
    store: Store, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    ids = _fill(store, 30)
    first = page(service, *campaign, page_size="7")
    second = page(service, *campaign, page_size="100", token=first["NextToken"])
    assert [a["Id"] for a in first["Item"] + second["Item"]] == ids
    assert second["NextToken"] is None


def test_long_walk_with_several_campaigns(store: Store, service: ActivitiesService) -> None:
    store.add_application(APP)
    expected: dict[str, list[str]] = {}
    for n in range(3):
        campaign_id = f"c{n}"
        store.add_campaign(APP, campaign_id)
        expected[campaign_id] = []
    rng = random.Random(7)
    for i in range(900):  # interleaved inserts: each campaign keeps its own order
        campaign_id = f"c{rng.randrange(3)}"
        expected[campaign_id].append(f"id{i}")
        store.add_activities(APP, campaign_id, [pending(f"id{i}")])
    for campaign_id, ids in expected.items():
        for size in ("1", "13", "20", "100"):
            pages = walk(service, APP, campaign_id, page_size=size)
            assert [i for p in pages for i in p] == ids
            assert all(pages[:-1]) and all(len(p) == min(int(size), 100) for p in pages[:-1])


def test_empty_token_is_not_a_token(
    store: Store, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    """No NextToken is empty; over HTTP the binding refuses ``?token=`` before the service."""
    _fill(store, 3)
    with pytest.raises(InvalidTokenError):
        page(service, *campaign, token="")


def test_service_rejects_foreign_tokens(tmp_path: Path) -> None:
    with Store(tmp_path / "one.sqlite3") as one, Store(tmp_path / "two.sqlite3") as two:
        for store in (one, two):
            store.add_application(APP)
            store.add_campaign(APP, CAMPAIGN)
            store.add_campaign(APP, "sibling")
            store.add_application("app2")
            store.add_campaign("app2", CAMPAIGN)
            for app, campaign in ((APP, CAMPAIGN), (APP, "sibling"), ("app2", CAMPAIGN)):
                store.add_activities(
                    app, campaign, [pending(f"{app}-{campaign}-{i}") for i in range(5)]
                )
        service_one, service_two = ActivitiesService(one), ActivitiesService(two)
        token = page(service_one, APP, CAMPAIGN, page_size="2")["NextToken"]
        assert page(service_one, APP, CAMPAIGN, token=token)["Item"]
        for service, app, campaign in (
            (service_one, APP, "sibling"),  # another campaign of the application
            (service_one, "app2", CAMPAIGN),  # the same campaign ID in another application
            (service_two, APP, CAMPAIGN),  # the same IDs in another database
        ):
            with pytest.raises(InvalidTokenError):
                service.get_activities_page(app, campaign, token=token)


def test_not_found_comes_before_token_and_page_size_checks(
    store: Store, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    with pytest.raises(ApplicationNotFoundError, match="Application not found: missing"):
        service.get_activities_page("missing", CAMPAIGN, token="garbage", page_size="0")
    with pytest.raises(CampaignNotFoundError, match="Campaign not found: missing"):
        service.get_activities_page(APP, "missing", token="garbage", page_size="0")
    with pytest.raises(InvalidPageSizeError):
        service.get_activities_page(APP, CAMPAIGN, page_size="0")
    with pytest.raises(InvalidTokenError):
        service.get_activities_page(APP, CAMPAIGN, token="garbage")


def test_service_page_size_settings(store: Store, campaign: tuple[str, str]) -> None:
    _fill(store, 12)
    service = ActivitiesService(store, default_page_size=5, max_page_size=10)
    assert [len(p) for p in walk(service, *campaign)] == [5, 5, 2]
    assert [len(p) for p in walk(service, *campaign, page_size="50")] == [10, 2]
    with pytest.raises(ValueError):
        ActivitiesService(store, default_page_size=11, max_page_size=10)


# Cost of a page ---------------------------------------------------------------------------------


def _plan(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> list[str]:
    return [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def test_page_query_is_a_primary_key_range_scan(store: Store, campaign: tuple[str, str]) -> None:
    _fill(store, 50)
    conn = store.connection()
    conn.execute("ANALYZE")  # the plan must not depend on statistics either way
    for after in (0, 25):
        plan = _plan(conn, PAGE_SQL, (1, after, 21))
        assert plan == ["SEARCH activities USING PRIMARY KEY (campaign_pk=? AND seq>?)"], plan
    assert "OFFSET" not in PAGE_SQL.upper()
    resolve = _plan(conn, RESOLVE_SQL, (CAMPAIGN, APP))
    assert len(resolve) == 2 and all(step.startswith("SEARCH") for step in resolve), resolve
    assert all("INDEX" in step for step in resolve), resolve
    assert not any("TEMP B-TREE" in step or "SCAN" in step for step in plan + resolve)


_RANGE_SCAN = "SEARCH activities USING PRIMARY KEY (campaign_pk=? AND seq>?)"
_BOUNDED_SCAN = "SEARCH activities USING PRIMARY KEY (campaign_pk=? AND seq>? AND seq<?)"


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        # The page by LIMIT (a gap in seq): PAGE_SQL's range scan, then "more after it?".
        (PAGE_JOINED_SQL, [_RANGE_SCAN, _RANGE_SCAN]),
        # The page as served where seqs have no gap: a bounded range, then "more after it?".
        (PAGE_RANGE_SQL, [_BOUNDED_SCAN, _RANGE_SCAN]),
    ],
    ids=["joined", "range"],
)
def test_page_queries_read_the_table_only_by_primary_key(
    store: Store, campaign: tuple[str, str], sql: str, expected: list[str]
) -> None:
    _fill(store, 50)
    conn = store.connection()
    conn.execute("ANALYZE")
    for after in (0, 25):
        plan = _plan(conn, sql, (1, after, 20))
        assert [step for step in plan if "activities" in step] == expected, plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
    assert "OFFSET" not in sql.upper()


def _check_read_page_against_fetch_page(store: Store, pk: int, last_seq: int) -> None:
    for after in range(last_seq + 2):
        for limit in (1, 2, 3, 7, 100):
            rows = store.fetch_page(pk, after, limit + 1)
            items, last = store.read_page(pk, after, limit)
            assert items == b",".join(body for _, body in rows[:limit]), (after, limit)
            assert last == (rows[limit - 1][0] if len(rows) > limit else None), (after, limit)


def test_read_page_joins_the_rows_of_fetch_page(store: Store, campaign: tuple[str, str]) -> None:
    _fill(store, 7)
    _check_read_page_against_fetch_page(store, store.resolve_campaign(*campaign), 7)


def test_read_page_is_right_across_gaps_in_seq(store: Store, campaign: tuple[str, str]) -> None:
    """Nothing here deletes activities, but a user may, by hand, in the SQLite file: a page that
    the range read finds short goes to the LIMIT read, so pages stay full and exact."""
    _fill(store, 30)
    pk = store.resolve_campaign(*campaign)
    with store.write() as tx:
        tx._conn.execute(
            "DELETE FROM activities WHERE campaign_pk = ? AND (seq IN (2, 3, 10) OR seq > 20)"
            " AND seq != 30",
            (pk,),
        )
    _check_read_page_against_fetch_page(store, pk, 30)
    service = ActivitiesService(store)
    seqs = [seq for seq, _ in store.fetch_page(pk, 0, 100)]
    assert len(seqs) == 18
    pages = walk(service, *campaign, page_size="4")
    assert [len(p) for p in pages] == [4, 4, 4, 4, 2]
    assert [activity_id for p in pages for activity_id in p] == [
        json.loads(body)["Id"] for _, body in store.fetch_page(pk, 0, 100)
    ]


def _vm_steps(store: Store, campaign_pk: int, after: int) -> int:
    """Count SQLite VM instructions of one page query: a deterministic cost, not a timing."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn = store.connection()
    conn.set_progress_handler(count, 1)
    try:
        store.fetch_page(campaign_pk, after, 21)
    finally:
        conn.set_progress_handler(None, 1)
    return steps


@pytest.mark.slow
def test_page_10000_costs_what_page_1_costs(store: Store, campaign: tuple[str, str]) -> None:
    count = 200_020  # page 10,000 of 20 starts after 199,980 activities
    rows = synthetic_rows(random.Random(1), APP, CAMPAIGN, count)
    assert store.bulk_load(APP, CAMPAIGN, rows) == count
    campaign_pk = store.resolve_campaign(APP, CAMPAIGN)
    first = _vm_steps(store, campaign_pk, 0)
    deep = _vm_steps(store, campaign_pk, 20 * 9_999)
    assert first == deep
    assert len(store.fetch_page(campaign_pk, 20 * 9_999, 21)) == 21


def test_a_genuine_token_past_2_63_is_refused() -> None:
    # Only the secret can mint one; SQLite cannot hold the position (it was a 500).
    for position in (MAX_POSITION + 1, 2**64 - 1):
        issuer = TokenCodec(SECRET)  # remembers the token it issued: the cached path
        token = issuer.encode(APP, CAMPAIGN, position)
        for codec in (issuer, TokenCodec(SECRET)):
            with pytest.raises(InvalidTokenError):
                codec.decode(APP, CAMPAIGN, token)


@pytest.mark.parametrize("remembered", [False, True])
def test_tokens_expire_after_their_lifetime(remembered: bool) -> None:
    issued_ms = 1_900_000_000_123
    issuer = TokenCodec(SECRET)
    token = issuer.encode(APP, CAMPAIGN, 20, issued_ms)
    codec = issuer if remembered else TokenCodec(SECRET)
    last_good = issued_ms - issued_ms % 1000 + TOKEN_LIFETIME_S * 1000 + 999
    assert codec.decode(APP, CAMPAIGN, token, issued_ms) == 20
    assert codec.decode(APP, CAMPAIGN, token, last_good) == 20
    with pytest.raises(ExpiredTokenError) as info:
        codec.decode(APP, CAMPAIGN, token, last_good + 1)
    assert "expired" in info.value.message and "token" in info.value.message
    assert isinstance(info.value, InvalidTokenError)  # a 400 BadRequestException


def test_the_service_issues_and_checks_tokens_by_the_mock_clock(
    store: Store, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    store.add_activities(*campaign, [pending(f"a{i}", i + 1) for i in range(12)])
    clock = MockClock(store)
    clock.set(parse_ms("2031-05-06T07:08:09.000Z"))
    token = json.loads(service.get_activities_page(*campaign, "5"))["NextToken"]
    clock.advance(TOKEN_LIFETIME_S)
    assert len(json.loads(service.get_activities_page(*campaign, "5", token))["Item"]) == 5
    clock.advance(1)
    with pytest.raises(ExpiredTokenError):
        service.get_activities_page(*campaign, "5", token)
