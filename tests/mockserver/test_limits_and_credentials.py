"""The token buckets of --rate-limit and the credentials files of --auth sigv4, in-process."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mockserver.banner import SNIPPET_END, SNIPPET_START, banner, base_url
from mockserver.credentials import (
    CredentialsError,
    Secret,
    credentials_from_env,
    load_credentials,
    load_credentials_file,
)
from mockserver.errors import ThrottledError
from mockserver.ratelimit import RateLimiter, caller_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def retry_after(limiter: RateLimiter, key: str) -> int:
    with pytest.raises(ThrottledError) as info:
        limiter.take(key)
    return info.value.retry_after


def test_bucket_allows_the_burst_then_the_rate() -> None:
    clock = Clock()
    limiter = RateLimiter(5, clock=clock)
    for _ in range(5):  # burst = max(1, R)
        limiter.take("a")
    assert retry_after(limiter, "a") == 1  # 0.2 s to a token, rounded up to a whole second
    limiter.take("b")  # another caller has its own bucket
    clock.now += 0.2
    limiter.take("a")
    assert retry_after(limiter, "a") == 1
    clock.now += 10  # refills to the burst, not beyond
    for _ in range(5):
        limiter.take("a")
    with pytest.raises(ThrottledError):
        limiter.take("a")


def test_slow_rates_have_a_burst_of_one_and_a_long_retry_after() -> None:
    clock = Clock()
    limiter = RateLimiter(0.1, clock=clock)
    limiter.take("a")
    assert retry_after(limiter, "a") == 10
    clock.now += 2.5
    assert retry_after(limiter, "a") == 8  # ceil(7.5)
    clock.now += 7.5
    limiter.take("a")


def test_bucket_table_stays_bounded() -> None:
    clock = Clock()
    limiter = RateLimiter(1, clock=clock, max_buckets=10)
    for n in range(10):
        limiter.take(f"k{n}")
    clock.now += 5  # every bucket is full again: all can go
    limiter.take("new")
    assert len(limiter._buckets) == 1
    for n in range(20):  # none full: the oldest half goes
        limiter.take(f"x{n}")
        clock.now += 0.01
    assert len(limiter._buckets) <= 10


def test_caller_key_is_the_credential_access_key_else_the_address() -> None:
    authorization = (
        b"AWS4-HMAC-SHA256 Credential=AKIDKEY1/20260308/us-east-1/mobiletargeting/aws4_request,"
        b" SignedHeaders=host;x-amz-date, Signature=" + b"0" * 64
    )
    assert caller_key([(b"authorization", authorization)], ("1.2.3.4", 5)) == "key:AKIDKEY1"
    assert caller_key([(b"Authorization", b"Credential=K2")], None) == "key:K2"
    assert caller_key([(b"authorization", b"Basic x")], ("1.2.3.4", 5)) == "addr:1.2.3.4"
    assert caller_key([], None) == "addr:unknown"


def test_json_credentials(tmp_path: Path) -> None:
    path = tmp_path / "creds.json"
    path.write_text(
        json.dumps(
            {"AKID1": "secret1", "ASIA2": {"secret_access_key": "s2", "session_token": "t2"}}
        )
    )
    assert load_credentials_file(path) == {"AKID1": Secret("secret1"), "ASIA2": Secret("s2", "t2")}
    for bad in ("[]", '{"AKID": 3}', '{"AKID": {"secret": "x"}}', "{}", '{"A": " s"}', "{"):
        path.write_text(bad)
        with pytest.raises(CredentialsError):
            load_credentials_file(path)


def test_ini_credentials_every_profile(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    path.write_text(
        "[default]\naws_access_key_id = AKID1\naws_secret_access_key = s1\n\n"
        "[temp]\naws_access_key_id=ASIA2\naws_secret_access_key=s2\naws_session_token=t2\n\n"
        "[settings-only]\nregion = us-east-1\n"
    )
    assert load_credentials(path) == {"AKID1": Secret("s1"), "ASIA2": Secret("s2", "t2")}
    path.write_text("[default]\naws_access_key_id = AKID1\n")
    with pytest.raises(CredentialsError, match="aws_secret_access_key"):
        load_credentials(path)
    path.write_text("not an ini file")
    with pytest.raises(CredentialsError):
        load_credentials(path)
    with pytest.raises(CredentialsError, match="cannot read"):
        load_credentials(tmp_path / "missing")


def test_environment_credentials() -> None:
    env = {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"}
    assert credentials_from_env(env) == {"AKIDENV": Secret("envsecret")}
    assert load_credentials(None, {**env, "AWS_SESSION_TOKEN": "t"}) == {
        "AKIDENV": Secret("envsecret", "t")
    }
    with pytest.raises(CredentialsError, match="--credentials"):
        load_credentials(None, {})


def test_banner_urls_and_snippet_markers() -> None:
    assert base_url("0.0.0.0", 80) == "http://127.0.0.1:80"
    assert base_url("::", 81) == "http://[::1]:81"
    assert base_url("localhost", 82) == "http://localhost:82"
    text = banner("127.0.0.1", 8080, ".data/mock.sqlite3")
    assert text.count(SNIPPET_START) == 1 and text.count(SNIPPET_END + "\n") >= 1
    assert re.search(r"^curl -s 'http://127\.0\.0\.1:8080/v1/apps/\w+/campaigns/\w+/", text, re.M)
    signed = banner("127.0.0.1", 8080, "db", auth="sigv4")
    assert "--aws-sigv4 'aws:amz:us-east-1:mobiletargeting'" in signed
    assert "aws_secret_access_key" not in signed
