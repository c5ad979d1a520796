"""Page sizes and NextTokens of the keyset pagination.

Page size: absent means DEFAULT_PAGE_SIZE (20, the spec's example value); a larger value than
MAX_PAGE_SIZE (100, the usual AWS list ceiling; Pinpoint never documented its own) is clamped,
not refused, so a client asking for "all" still gets pages and a NextToken.

Token: ``base64url(payload) "." base64url(HMAC-SHA256(secret, binding + payload))``, where the
payload is a version byte, the position (the seq of the last activity served) and the second it
was issued (by the mock's clock), and the binding is the application and campaign IDs. The
secret is random per database file, so a forged, edited, truncated, foreign (other campaign,
application or database) or garbage token fails the MAC; a copy of the file has the same secret,
so it accepts the original's tokens (by design: a copied fixture database pages the same). A
token is good for TOKEN_LIFETIME_S (24 hours) after it was issued; the position must be a seq
SQLite can hold (< 2**63). It carries no page size: as with AWS, the client sends page-size on
every request.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import struct
from typing import Final

from mockserver.errors import BadRequestError, InvalidPageSizeError, InvalidTokenError

DEFAULT_PAGE_SIZE: Final = 20
MAX_PAGE_SIZE: Final = 100

_TOKEN_VERSION: Final = 2
# version, seq, issue time (s since the epoch), a zero byte: 18 bytes -> 24 base64url
# characters, with no spare bits (so no second spelling of a payload decodes to the same bytes)
_PAYLOAD: Final = struct.Struct(">BQQx")
_PAYLOAD_CHARS: Final = 24
# How long a NextToken is good for after it was issued, by the mock's clock.
TOKEN_LIFETIME_S: Final = 24 * 3600
# The highest position a token may carry: SQLite's largest integer (seqs never get near it).
MAX_POSITION: Final = 2**63 - 1
_MAC_CHARS: Final = 43  # 32 bytes, unpadded
_TOKEN_RE: Final = re.compile(rf"[A-Za-z0-9_-]{{{_PAYLOAD_CHARS}}}\.[A-Za-z0-9_-]{{{_MAC_CHARS}}}")
_POSITIVE_DECIMAL_RE: Final = re.compile(r"[1-9][0-9]*")
_COMMON_SIZES: Final = {str(size): size for size in range(1, MAX_PAGE_SIZE + 1)}


class ExpiredTokenError(InvalidTokenError):
    """A genuine NextToken issued more than TOKEN_LIFETIME_S ago (by the mock's clock)."""

    def __init__(self, lifetime_s: int) -> None:
        BadRequestError.__init__(
            self,
            "Invalid query parameter 'token': the NextToken has expired (NextTokens are good for"
            f" {lifetime_s // 3600} hours after they are issued); list again from the first page.",
        )


def clamp_page_size(
    raw: str | None,
    default: int = DEFAULT_PAGE_SIZE,
    maximum: int = MAX_PAGE_SIZE,
) -> int:
    """Return the page size for the ``page-size`` query value.

    The value may have any number of digits (the spec's pattern has no bound): it is compared by
    length before ``int`` is called, so 50 or 5,000 digits clamp to ``maximum`` without the cost
    (or, past 4,300 digits, the ValueError) of converting it.
    """
    if raw is None:
        return default
    common = _COMMON_SIZES.get(raw)
    if common is not None:  # what nearly every client sends, without the regex
        return min(common, maximum)
    if not _POSITIVE_DECIMAL_RE.fullmatch(raw):
        raise InvalidPageSizeError()
    if len(raw) > len(str(maximum)):
        return maximum
    return min(int(raw), maximum)


_URLSAFE: Final = bytes.maketrans(b"+/", b"-_")
# Bindings of recently seen campaigns; a client pages through one campaign at a time.
_BINDING_CACHE_SIZE: Final = 4096
# Tokens issued or checked lately (see TokenCodec), forgotten all at once past this many.
_TOKEN_CACHE_SIZE: Final = 8192


def _b64(data: bytes) -> str:
    """Unpadded base64url; binascii directly, as base64.urlsafe_b64encode costs twice as much."""
    return binascii.b2a_base64(data, newline=False).translate(_URLSAFE).rstrip(b"=").decode()


def _binding(application_id: str, campaign_id: str) -> bytes:
    # Length-prefixed, so no pair of IDs can be shifted into another with the same bytes.
    app = application_id.encode("utf-8", "surrogatepass")
    campaign = campaign_id.encode("utf-8", "surrogatepass")
    return b"%d:%s%d:%s" % (len(app), app, len(campaign), campaign)


_SHA256_BLOCK: Final = 64
_IPAD: Final = bytes.maketrans(bytes(range(256)), bytes(b ^ 0x36 for b in range(256)))
_OPAD: Final = bytes.maketrans(bytes(range(256)), bytes(b ^ 0x5C for b in range(256)))


class TokenCodec:
    """Issues and checks NextTokens with one database's secret.

    A token is encoded on every page but the last, so this is on the hot path. The MAC is
    HMAC-SHA256 (RFC 2104) written as its two keyed SHA-256 states, each hashed once here and
    copied per token: a third of the cost of ``hmac.digest`` or of copying an ``hmac.HMAC``,
    which set OpenSSL's HMAC up again on every call. The tests hold it equal to ``hmac``.
    Each campaign's binding is kept, and so are the tokens issued or checked lately (a token is
    a pure function of the secret, the IDs and the position): answering the same page again
    issues its token without a MAC, and the next request of a client walking the pages
    presents a token known to be genuine. Only this codec's own results are kept, so nothing
    forged can get in.
    """

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the token secret must have at least 16 bytes")
        key = hashlib.sha256(secret).digest() if len(secret) > _SHA256_BLOCK else secret
        key = key.ljust(_SHA256_BLOCK, b"\0")
        self._inner = hashlib.sha256(key.translate(_IPAD))
        self._outer = hashlib.sha256(key.translate(_OPAD))
        self._bindings: dict[tuple[str, str], bytes] = {}
        self._issued: dict[tuple[str, str, int, int], str] = {}
        self._genuine: dict[str, tuple[str, str, int, int]] = {}

    def _remember(
        self, application_id: str, campaign_id: str, position: int, issued_s: int, token: str
    ) -> None:
        if len(self._genuine) >= _TOKEN_CACHE_SIZE:
            self._issued.clear()
            self._genuine.clear()
        self._issued[application_id, campaign_id, position, issued_s] = token
        self._genuine[token] = (application_id, campaign_id, position, issued_s)

    def mac(self, message: bytes) -> bytes:
        """HMAC-SHA256 of ``message`` under the secret (what ``hmac.digest`` returns)."""
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()

    def _mac(self, application_id: str, campaign_id: str, payload: bytes) -> str:
        key = (application_id, campaign_id)
        binding = self._bindings.get(key)
        if binding is None:
            if len(self._bindings) >= _BINDING_CACHE_SIZE:
                self._bindings.clear()
            binding = self._bindings[key] = _binding(application_id, campaign_id)
        return _b64(self.mac(binding + payload))

    def encode(self, application_id: str, campaign_id: str, position: int, now_ms: int = 0) -> str:
        """Return the NextToken that resumes the campaign's listing after ``position``, issued
        at ``now_ms`` (the mock's clock)."""
        issued_s = now_ms // 1000
        token = self._issued.get((application_id, campaign_id, position, issued_s))
        if token is None:
            payload = _PAYLOAD.pack(_TOKEN_VERSION, position, issued_s)
            token = f"{_b64(payload)}.{self._mac(application_id, campaign_id, payload)}"
            self._remember(application_id, campaign_id, position, issued_s, token)
        return token

    def decode(self, application_id: str, campaign_id: str, token: str, now_ms: int = 0) -> int:
        """Return the position in ``token``, or raise InvalidTokenError (ExpiredTokenError
        when it was issued more than TOKEN_LIFETIME_S before ``now_ms``).

        The MAC is compared as its canonical base64url text, so no other spelling of the same
        bytes passes either. Only a genuine token is told apart as expired or out of range.
        """
        known = self._genuine.get(token)
        if known is not None and known[0] == application_id and known[1] == campaign_id:
            position, issued_s = known[2], known[3]
        else:
            position, issued_s = self._verify(application_id, campaign_id, token)
            self._remember(application_id, campaign_id, position, issued_s, token)
        if position > MAX_POSITION:  # only the secret can mint one; SQLite cannot hold it
            raise InvalidTokenError()
        if now_ms // 1000 - issued_s > TOKEN_LIFETIME_S:
            raise ExpiredTokenError(TOKEN_LIFETIME_S)
        return position

    def _verify(self, application_id: str, campaign_id: str, token: str) -> tuple[int, int]:
        if not _TOKEN_RE.fullmatch(token):
            raise InvalidTokenError()
        payload_text, mac_text = token[:_PAYLOAD_CHARS], token[_PAYLOAD_CHARS + 1 :]
        payload = base64.urlsafe_b64decode(payload_text)
        expected = self._mac(application_id, campaign_id, payload)
        if not hmac.compare_digest(expected, mac_text):
            raise InvalidTokenError()
        version, position, issued_s = _PAYLOAD.unpack(payload)
        if version != _TOKEN_VERSION:
            raise InvalidTokenError()
        return int(position), int(issued_s)


def render_page(items: bytes | list[bytes], next_token: str | None) -> bytes:
    """Return the ActivitiesResponse body: NextToken (null on the last page), then Item.

    ``items`` is the activities' JSON, joined with "," already or as a list.
    """
    joined = items if isinstance(items, bytes) else b",".join(items)
    if next_token is None:
        return b"".join((b'{"NextToken":null,"Item":[', joined, b"]}"))
    return b"".join((b'{"NextToken":"', next_token.encode("ascii"), b'","Item":[', joined, b"]}"))
