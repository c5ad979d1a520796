"""Reading saved files: which shape each JSON value is, and where every item came from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import botocore.session
import pytest

from mockserver.transfer import ACTIVITIES_KEY, ITEMS_KEY, TOKEN_KEY, TransferError, read_chunks
from tests.transfer.support import (
    boto3_response,
    items_key,
    make_items,
    page,
    token_key,
    write_jsonl,
)

APP, CAMPAIGN = "app1", "camp1"


def places(path: Path) -> list[tuple[str, Any]]:
    return [
        (chunk.place(index), item)
        for chunk in read_chunks(path)
        for index, item in enumerate(chunk.items)
    ]


def test_wire_names_are_the_spec_and_boto3s() -> None:
    assert (items_key(), token_key()) == (ITEMS_KEY, TOKEN_KEY)
    model = botocore.session.get_session().get_service_model("pinpoint")
    output = model.operation_model("GetCampaignActivities").output_shape
    assert output.serialization["payload"] == ACTIVITIES_KEY


def test_json_lines_of_items_name_their_lines(tmp_path: Path) -> None:
    items = make_items(3, APP, CAMPAIGN)
    path = write_jsonl(tmp_path / "a.jsonl", items)
    assert places(path) == [(f"{path}:{n}", item) for n, item in enumerate(items, 1)]


def test_json_lines_may_hold_pages_and_responses_and_blank_lines(tmp_path: Path) -> None:
    items = make_items(5, APP, CAMPAIGN)
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(items[0]),
                "",
                json.dumps(page(items[1:3], "t")),
                json.dumps(boto3_response(items[3:])),
            ]
        )
        + "\n"
    )
    assert places(path) == [
        (f"{path}:1", items[0]),
        (f"{path}:3: /{ITEMS_KEY}/0", items[1]),
        (f"{path}:3: /{ITEMS_KEY}/1", items[2]),
        (f"{path}:4: /{ACTIVITIES_KEY}/{ITEMS_KEY}/0", items[3]),
        (f"{path}:4: /{ACTIVITIES_KEY}/{ITEMS_KEY}/1", items[4]),
    ]


def test_one_pretty_document_is_located_by_pointer(tmp_path: Path) -> None:
    items = make_items(2, APP, CAMPAIGN)
    path = tmp_path / "one.json"
    path.write_text(json.dumps(boto3_response(items, "next"), indent=2))
    assert places(path) == [
        (f"{path}: /{ACTIVITIES_KEY}/{ITEMS_KEY}/{n}", item) for n, item in enumerate(items)
    ]


def test_a_json_array_of_responses_pages_and_items(tmp_path: Path) -> None:
    items = make_items(4, APP, CAMPAIGN)
    path = tmp_path / "pages.json"
    path.write_text(json.dumps([boto3_response(items[:2]), page(items[2:3]), items[3]], indent=1))
    assert places(path) == [
        (f"{path}: /0/{ACTIVITIES_KEY}/{ITEMS_KEY}/0", items[0]),
        (f"{path}: /0/{ACTIVITIES_KEY}/{ITEMS_KEY}/1", items[1]),
        (f"{path}: /1/{ITEMS_KEY}/0", items[2]),
        (f"{path}: /2", items[3]),
    ]


def test_concatenated_documents_name_the_line_each_starts_on(tmp_path: Path) -> None:
    items = make_items(3, APP, CAMPAIGN)
    first = json.dumps(boto3_response(items[:2]), indent=2)
    path = tmp_path / "concat.json"
    path.write_text(first + "\n\n" + json.dumps(boto3_response(items[2:]), indent=2) + "\n")
    second_line = first.count("\n") + 3
    assert places(path) == [
        (f"{path}:1: /{ACTIVITIES_KEY}/{ITEMS_KEY}/0", items[0]),
        (f"{path}:1: /{ACTIVITIES_KEY}/{ITEMS_KEY}/1", items[1]),
        (f"{path}:{second_line}: /{ACTIVITIES_KEY}/{ITEMS_KEY}/0", items[2]),
    ]


def test_values_concatenated_on_one_line_name_their_column(tmp_path: Path) -> None:
    items = make_items(2, APP, CAMPAIGN)
    first = json.dumps(items[0])
    path = tmp_path / "line.jsonl"
    path.write_text(first + json.dumps(page(items[1:])) + "\n")
    assert places(path) == [
        (f"{path}:1:1", items[0]),
        (f"{path}:1:{len(first) + 1}: /{ITEMS_KEY}/0", items[1]),
    ]


def test_a_bom_and_an_empty_file(tmp_path: Path) -> None:
    item = make_items(1, APP, CAMPAIGN)[0]
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(item).encode() + b"\n")
    assert places(path) == [(f"{path}:1", item)]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n")
    assert places(empty) == []


def _json_error(text: str) -> json.JSONDecodeError:
    with pytest.raises(json.JSONDecodeError) as info:
        json.loads(text)
    return info.value


def test_malformed_json_lines_name_line_and_column(tmp_path: Path) -> None:
    items = make_items(3, APP, CAMPAIGN)
    bad = json.dumps(items[2])[:-1] + ', "x"}'
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(items[0]) + "\n" + json.dumps(items[1]) + "\n" + bad + "\n")
    expected = _json_error(bad)
    chunks = read_chunks(path)
    assert next(chunks).items == [items[0]]  # streamed: the bad line is not read yet
    with pytest.raises(TransferError) as info:
        list(chunks)
    assert str(info.value) == f"{path}:3:{expected.colno}: malformed JSON: {expected.msg}"


def test_malformed_document_names_line_and_column(tmp_path: Path) -> None:
    text = json.dumps(boto3_response(make_items(2, APP, CAMPAIGN)), indent=2)
    cut = text.index('"State"')
    broken = text[:cut] + text[cut + 1 :]  # a key without its opening quote
    path = tmp_path / "bad.json"
    path.write_text(broken)
    expected = _json_error(broken)
    with pytest.raises(TransferError) as info:
        list(read_chunks(path))
    assert str(info.value) == (
        f"{path}:{expected.lineno}:{expected.colno}: malformed JSON: {expected.msg}"
    )
    assert expected.lineno > 1


def test_a_document_cut_short(tmp_path: Path) -> None:
    text = json.dumps(page(make_items(2, APP, CAMPAIGN)), indent=2)
    path = tmp_path / "short.json"
    path.write_text(text[: len(text) // 2])
    with pytest.raises(TransferError, match=rf"^{path}:\d+:\d+: malformed JSON: "):
        list(read_chunks(path))


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("[1]\n", ":1: /0", "int"),
        ('"x"\n', ":1", "str"),
        ("[[{}]]\n", ":1: /0", "list"),
    ],
)
def test_values_of_no_known_shape(tmp_path: Path, text: str, where: str, what: str) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(text)
    with pytest.raises(TransferError) as info:
        list(read_chunks(path))
    assert str(info.value).startswith(f"{path}{where}: expected ")
    assert str(info.value).endswith(f"got {what}")


def test_a_response_without_a_page(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "r.jsonl", [{ACTIVITIES_KEY: {ITEMS_KEY: "nope"}}])
    with pytest.raises(TransferError, match=rf"^{path}:1: /{ACTIVITIES_KEY}: expected a page"):
        list(read_chunks(path))


def test_not_utf8_and_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"Id": "a"}\n{"Id": "\xe9"}\n')
    with pytest.raises(TransferError, match=rf"^{path}:2: not UTF-8 text$"):
        list(read_chunks(path))
    with pytest.raises(TransferError, match=r": cannot read: "):
        list(read_chunks(tmp_path / "missing.jsonl"))
