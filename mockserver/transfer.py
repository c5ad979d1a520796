"""Files of saved activities: reading what people saved from AWS, writing exports.

Three shapes are read, detected per file and per JSON value, since people saved pages however
their script did: boto3 ``get_campaign_activities`` responses (``{"ActivitiesResponse": {...},
"ResponseMetadata": ...}``), raw REST page bodies (``{"Item": [...], "NextToken": ...}``) and
single ``ActivityResponse`` objects. A file is JSON Lines when its first line is a whole JSON
value (then it is streamed line by line, so a 1 GB file never sits in memory), else one or more
JSON documents (pretty-printed, concatenated, or a JSON array of any of the shapes).

Every item keeps where it came from, so that an error names the file and the line (JSON Lines)
or the JSON pointer (documents): ``pages.json: /2/ActivitiesResponse/Item/5/State: ...``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from json.scanner import make_scanner
from pathlib import Path
from typing import Any, BinaryIO, Final, NamedTuple, cast

from mockserver.pagination import DEFAULT_PAGE_SIZE, render_page
from mockserver.storage import ActivityStore

# The wire names of a saved page. boto3 wraps the REST body (the spec's ActivitiesResponse, whose
# array is ITEMS_KEY) in the output member ACTIVITIES_KEY; tests check both against the spec.
ACTIVITIES_KEY: Final = "ActivitiesResponse"
ITEMS_KEY: Final = "Item"
TOKEN_KEY: Final = "NextToken"
# Progress is reported in steps of this many bytes, not per line.
_PROGRESS_STEP: Final = 1 << 20
_BOM: Final = b"\xef\xbb\xbf"
_SPACE: Final = re.compile(r"[ \t\r\n]*")
_UNSCANNED: Final = object()


class TransferError(Exception):
    """A file cannot be imported; the message names the file and the place in it."""


class Chunk(NamedTuple):
    """Items read from one place of a file: a page's ``Item`` array or one bare item.

    ``pointer`` is the JSON pointer of the array (its items are ``pointer/<i>``) or, when
    ``bare``, of the item itself. ``line`` and ``column`` locate the JSON value that holds it
    when the file has several (None for a file of one document). A tuple: one is made per line
    of a JSON Lines file.
    """

    path: str
    line: int | None
    column: int | None
    pointer: str
    items: list[Any]
    bare: bool

    def place(self, index: int, suffix: str = "") -> str:
        """Return where item ``index`` of the chunk is, ``suffix`` (a pointer) appended."""
        pointer = (self.pointer if self.bare else f"{self.pointer}/{index}") + suffix
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {pointer}" if pointer else where


def read_chunks(path: Path, on_bytes: Callable[[int], None] | None = None) -> Iterator[Chunk]:
    """Yield the items of a saved file, in file order, as chunks.

    Raises TransferError for malformed JSON (``file:line:column: message``) or a value that is
    none of the shapes. ``on_bytes`` gets the bytes read so far, in steps (for a progress bar).
    """
    name = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise TransferError(f"{name}: cannot read: {exc.strerror or exc}") from None
    with stream:
        first, number = _first_line(stream)
        if first is None:
            return
        text = _decode(name, first, number - 1)
        try:
            json.loads(text)
            whole = True
        except json.JSONDecodeError as exc:
            # A value cut at the end of the line continues on the next: a document (no JSON
            # string holds a raw newline, so a line-oriented file never looks like this).
            whole = exc.msg == "Extra data" or exc.pos < len(text.rstrip())
        if whole:
            yield from _json_lines(name, stream, first, number, on_bytes)
        else:
            rest = stream.read()
            if on_bytes is not None:
                on_bytes(stream.tell())
            yield from _documents(name, _decode(name, first + rest, number - 1))


def _first_line(stream: BinaryIO) -> tuple[bytes | None, int]:
    """Return the first non-blank line (BOM dropped) and its number, or (None, 0)."""
    for number, line in enumerate(stream, 1):
        text = line[len(_BOM) :] if number == 1 and line.startswith(_BOM) else line
        if text.strip():
            return text, number
    return None, 0


def _decode(name: str, data: bytes, lines_before: int) -> str:
    try:
        return "\n" * lines_before + data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = lines_before + data.count(b"\n", 0, exc.start) + 1
        raise TransferError(f"{name}:{line}: not UTF-8 text") from None


def _malformed(name: str, exc: json.JSONDecodeError, line_offset: int = 0) -> TransferError:
    return TransferError(
        f"{name}:{exc.lineno + line_offset}:{exc.colno}: malformed JSON: {exc.msg}"
    )


def _json_lines(
    name: str,
    stream: BinaryIO,
    first: bytes,
    number: int,
    on_bytes: Callable[[int], None] | None,
) -> Iterator[Chunk]:
    """Chunks of a JSON Lines file, streamed: one line in memory at a time.

    A line is parsed by the C scanner directly (json.loads costs twice as much per line in
    Python-level steps); a line it does not take whole (blank, leading space, malformed,
    several values) goes the careful way, which names the error.
    """
    # typeshed types make_scanner's argument as a scanner; it takes the decoder it reads.
    scan: Callable[[str, int], tuple[Any, int]] = make_scanner(cast(Any, json.JSONDecoder()))
    done = stream.tell() - len(first)
    reported = 0
    for line in chain((first,), stream):
        done += len(line)
        try:
            text = line.decode("utf-8")
            value, end = scan(text, 0)
        except UnicodeDecodeError:
            raise TransferError(f"{name}:{number}: not UTF-8 text") from None
        except (StopIteration, json.JSONDecodeError):
            value, end = _UNSCANNED, 0
        if end != len(text) and (value is _UNSCANNED or not text[end:].isspace()):
            if not text.isspace():
                yield from _careful_line(name, text, number)
        elif type(value) is dict and ACTIVITIES_KEY not in value and ITEMS_KEY not in value:
            yield Chunk(name, number, None, "", [value], True)  # the common line
        else:
            yield from _classify(name, value, number, None, "")
        if on_bytes is not None and done - reported >= _PROGRESS_STEP:
            reported = done
            on_bytes(done)
        number += 1
    if on_bytes is not None:
        on_bytes(stream.tell())


def _careful_line(name: str, text: str, number: int) -> Iterator[Chunk]:
    """A line the scanner did not take whole: malformed (named), or several values."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise _malformed(name, exc, number - 1) from None
        for value, _, column in _values(name, "\n" * (number - 1) + text):
            yield from _classify(name, value, number, column, "")
    else:
        yield from _classify(name, value, number, None, "")


def _values(name: str, text: str) -> Iterator[tuple[Any, int, int]]:
    """Yield (value, line, column) of each JSON value in ``text``, one after the other."""
    raw_decode = json.JSONDecoder().raw_decode
    skip = _SPACE.match
    index = skip(text, 0).end()  # type: ignore[union-attr]
    line, counted, line_start = 1, 0, 0
    while index < len(text):
        newlines = text.count("\n", counted, index)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted, index) + 1
        counted = index
        try:
            value, end = raw_decode(text, index)
        except json.JSONDecodeError as exc:
            raise _malformed(name, exc) from None
        yield value, line, index - line_start + 1
        index = skip(text, end).end()  # type: ignore[union-attr]


def _documents(name: str, text: str) -> Iterator[Chunk]:
    """Chunks of a file of JSON documents: one is located by pointer alone, several by line."""
    values = list(_values(name, text))
    if len(values) == 1:
        yield from _classify(name, values[0][0], None, None, "")
        return
    for value, line, _ in values:
        yield from _classify(name, value, line, None, "")


def _classify(
    name: str,
    value: Any,
    line: int | None,
    column: int | None,
    pointer: str,
    *,
    nested: bool = False,
) -> Iterator[Chunk]:
    """The chunks of one JSON value: a boto3 response, a page, an item, or an array of them."""
    if isinstance(value, list) and not nested:
        for index, element in enumerate(value):
            yield from _classify(name, element, line, column, f"{pointer}/{index}", nested=True)
        return
    if not isinstance(value, dict):
        where = Chunk(name, line, column, pointer, [], True).place(0)
        raise TransferError(
            f"{where}: expected a boto3 response, a page or an activity (a JSON object),"
            f" got {type(value).__name__}"
        )
    if ACTIVITIES_KEY in value:
        pointer += f"/{ACTIVITIES_KEY}"
        value = value[ACTIVITIES_KEY]
        if not isinstance(value, dict) or not isinstance(value.get(ITEMS_KEY), list):
            where = Chunk(name, line, column, pointer, [], True).place(0)
            raise TransferError(f"{where}: expected a page, an object with an {ITEMS_KEY} array")
    if isinstance(value.get(ITEMS_KEY), list):
        yield Chunk(name, line, column, f"{pointer}/{ITEMS_KEY}", value[ITEMS_KEY], False)
    else:
        yield Chunk(name, line, column, pointer, [value], True)


# Export ---------------------------------------------------------------------------------------

EXPORT_FORMATS: Final = ("jsonl", "pages")
# Rows read from the store at a time while exporting.
_EXPORT_READ: Final = 2_000


def export(
    store: ActivityStore,
    out: BinaryIO,
    campaigns: Iterable[tuple[str, str]] | None = None,
    *,
    fmt: str = "jsonl",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> int:
    """Write the campaigns' activities (all campaigns when None) in API order; return the count.

    ``jsonl``: one ActivityResponse a line, exactly as the API serves it. ``pages``: one
    boto3-shaped page a line, ``{"ActivitiesResponse": {"NextToken": ..., "Item": [...]}}``,
    ``page_size`` items each; NextToken is the next page's number within its campaign ("2",
    "3", ...; null on the last), a deterministic stand-in, since a real token is only good for
    the server that issued it. Importing either into an empty database and exporting again
    gives the same bytes.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}, got {fmt!r}")
    if page_size < 1:
        raise ValueError(f"page_size must be >= 1, got {page_size}")
    with store.read_snapshot():  # every read of the export sees the database at one moment
        return _export(store, out, campaigns, fmt, page_size)


def _export(
    store: ActivityStore,
    out: BinaryIO,
    campaigns: Iterable[tuple[str, str]] | None,
    fmt: str,
    page_size: int,
) -> int:
    if campaigns is None:
        campaigns = [
            (info.application_id, campaign.campaign_id)
            for info in store.list_applications()
            for campaign in info.campaigns
        ]
    total = 0
    write = out.write
    for application_id, campaign_id in campaigns:
        bodies = _bodies(store, application_id, campaign_id)
        if fmt == "jsonl":
            for body in bodies:
                write(body)
                write(b"\n")
                total += 1
            continue
        page = list(islice(bodies, page_size))
        number = 1
        while page:
            following = list(islice(bodies, page_size))
            number += 1
            token = str(number) if following else None
            write(b'{"%s":' % ACTIVITIES_KEY.encode())
            write(render_page(page, token))
            write(b"}\n")
            total += len(page)
            page = following
    return total


def _bodies(store: ActivityStore, application_id: str, campaign_id: str) -> Iterator[bytes]:
    """The campaign's activities as stored (their served JSON), in API order, streamed."""
    campaign_pk = store.resolve_campaign(application_id, campaign_id)
    after = 0
    while rows := store.fetch_page(campaign_pk, after, _EXPORT_READ):
        for _, body in rows:
            yield bytes(body)
        after = rows[-1][0]
