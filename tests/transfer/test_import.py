"""``import``: each saved shape into a real SQLite file, idempotence, one transaction per file,
errors that name file and place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mockserver.cli import main
from mockserver.store import Store
from mockserver.transfer import ACTIVITIES_KEY, ITEMS_KEY, TransferError
from mockserver.transfer_cli import PROGRESS_BYTES
from mockserver.transfer_import import import_file
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID
from tests.transfer.support import boto3_response, make_items, page, states, write_jsonl

APP, CAMPAIGN = "app-import", "campaign-import"


def served_items(responses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for r in responses for item in r[ACTIVITIES_KEY][ITEMS_KEY]]


def stored(db: Path, app: str = APPLICATION_ID, campaign: str = CAMPAIGN_ID) -> list[Any]:
    with Store(db) as store:
        return store.activities(app, campaign)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("layout", ["array", "concatenated", "jsonl", "one-per-file"])
def test_boto3_responses_as_saved(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    saved_responses: list[dict[str, Any]],
    layout: str,
) -> None:
    assert len(saved_responses) > 2  # several pages, each with boto3's ResponseMetadata
    files: list[Path] = []
    if layout == "array":
        files.append(tmp_path / "pages.json")
        files[0].write_text(json.dumps(saved_responses, indent=2, default=str))
    elif layout == "concatenated":
        files.append(tmp_path / "pages.json")
        files[0].write_text(
            "\n".join(json.dumps(r, indent=4, default=str) for r in saved_responses)
        )
    elif layout == "jsonl":
        files.append(tmp_path / "pages.jsonl")
        files[0].write_text("".join(json.dumps(r, default=str) + "\n" for r in saved_responses))
    else:
        for number, response in enumerate(saved_responses):
            files.append(tmp_path / f"page-{number}.json")
            files[-1].write_text(json.dumps(response, indent=2, default=str))
    db = tmp_path / "imported.sqlite3"
    status, out, err = run(capsys, "import", "--db", str(db), *map(str, files))
    assert (status, err) == (0, "")
    items = served_items(saved_responses)
    assert stored(db) == items
    added = sum(int(line.split("added ")[1].split(",")[0]) for line in out.splitlines())
    assert added == len(items) and len(out.splitlines()) == len(files)


def test_raw_page_bodies_and_json_lines_of_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved_responses: list[dict[str, Any]]
) -> None:
    items = served_items(saved_responses)
    pages = tmp_path / "rest.json"
    pages.write_text(json.dumps([r[ACTIVITIES_KEY] for r in saved_responses]))
    lines = write_jsonl(tmp_path / "items.jsonl", items)
    for path in (pages, lines):
        db = tmp_path / f"{path.stem}.sqlite3"
        assert run(capsys, "import", "--db", str(db), str(path))[0] == 0
        assert stored(db) == items


def test_reimport_changes_nothing_and_a_later_save_updates_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = make_items(4, APP, CAMPAIGN)
    first = write_jsonl(tmp_path / "first.jsonl", [page(items)])
    db = str(tmp_path / "db.sqlite3")
    assert run(capsys, "import", "--db", db, str(first))[1] == (
        f"{first}: added 4, updated 0, unchanged 0 (1 campaign(s))\n"
    )
    assert run(capsys, "import", "--db", db, str(first))[1] == (
        f"{first}: added 0, updated 0, unchanged 4 (1 campaign(s))\n"
    )
    later = [dict(item) for item in items[1:3]]
    later[0]["State"] = next(s for s in states() if s != items[1]["State"])
    later.append(make_items(1, APP, CAMPAIGN, prefix="new")[0])
    second = write_jsonl(tmp_path / "second.jsonl", later)
    assert run(capsys, "import", "--db", db, str(second))[1] == (
        f"{second}: added 1, updated 1, unchanged 1 (1 campaign(s))\n"
    )
    assert stored(Path(db), APP, CAMPAIGN) == [items[0], later[0], items[2], items[3], later[2]]


def test_the_same_id_twice_in_one_file_keeps_the_later(tmp_path: Path) -> None:
    (item,) = make_items(1, APP, CAMPAIGN)
    newer = dict(item, State=next(s for s in states() if s != item["State"]))
    path = write_jsonl(tmp_path / "twice.jsonl", [item, newer])
    with Store(tmp_path / "db.sqlite3") as store:
        result = import_file(store, path)
        assert (result.added, result.updated, result.unchanged) == (1, 1, 0)
        assert store.activities(APP, CAMPAIGN) == [newer]


def test_containers_come_from_the_items_and_treatments_are_added(tmp_path: Path) -> None:
    items = make_items(3, APP, CAMPAIGN) + make_items(2, APP, "other-campaign")
    items[1]["TreatmentId"] = "7"
    path = write_jsonl(tmp_path / "a.jsonl", items)
    with Store(tmp_path / "db.sqlite3") as store:
        result = import_file(store, path)
        assert result.campaigns == ((APP, CAMPAIGN), (APP, "other-campaign"))
        (application,) = store.list_applications()
        assert [c.campaign_id for c in application.campaigns] == [CAMPAIGN, "other-campaign"]
        assert "7" in store.campaign(APP, CAMPAIGN).treatment_ids
        assert "7" not in store.campaign(APP, "other-campaign").treatment_ids


def test_items_without_ids_take_app_and_campaign_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = make_items(2, APP, CAMPAIGN)
    for item in items:
        del item["ApplicationId"], item["CampaignId"]
    path = write_jsonl(tmp_path / "bare.jsonl", items)
    db = str(tmp_path / "db.sqlite3")
    status, out, err = run(capsys, "import", "--db", db, str(path))
    assert (status, out) == (2, "")
    assert err == (
        f"error: {path}:1: no ApplicationId, and no default given (--app);"
        f" nothing of {path} was stored\n"
    )
    status, _, err = run(capsys, "import", "--db", db, "--app", APP, str(path))
    assert err.startswith(f"error: {path}:1: no CampaignId, and no default given (--campaign)")
    assert (
        run(capsys, "import", "--db", db, "--app", APP, "--campaign", CAMPAIGN, str(path))[0] == 0
    )
    assert stored(Path(db), APP, CAMPAIGN) == make_items(2, APP, CAMPAIGN)


def test_a_bad_file_stores_nothing_of_itself_and_keeps_the_files_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", make_items(3, APP, CAMPAIGN))
    bad_items = make_items(4, APP, "bad-campaign", prefix="bad")
    bad_items[2]["State"] = "NOT-A-" + states()[0]
    bad = write_jsonl(tmp_path / "bad.jsonl", bad_items)
    later = write_jsonl(tmp_path / "later.jsonl", make_items(1, APP, "later"))
    db = tmp_path / "db.sqlite3"
    status, out, err = run(capsys, "import", "--db", str(db), str(good), str(bad), str(later))
    assert status == 2 and out.startswith(f"{good}: added 3,")
    assert err.count("\n") == 1 and err.startswith(f"error: {bad}:3: /State: ")
    assert err.endswith(f"; nothing of {bad} was stored; {good} stay imported; not read: {later}\n")
    with Store(db) as store:
        assert [c.campaign_id for a in store.list_applications() for c in a.campaigns] == [CAMPAIGN]
        assert store.activities(APP, CAMPAIGN) == make_items(3, APP, CAMPAIGN)


def test_a_bad_item_in_a_document_is_named_by_its_pointer(tmp_path: Path) -> None:
    responses = [boto3_response(make_items(6, APP, CAMPAIGN, prefix=f"p{n}-")) for n in range(3)]
    responses[2][ACTIVITIES_KEY][ITEMS_KEY][5]["State"] = 42
    path = tmp_path / "pages.json"
    path.write_text(json.dumps(responses, indent=2))
    with Store(tmp_path / "db.sqlite3") as store, pytest.raises(TransferError) as info:
        import_file(store, path)
    assert str(info.value).startswith(f"{path}: /2/{ACTIVITIES_KEY}/{ITEMS_KEY}/5/State: ")
    with Store(tmp_path / "db.sqlite3") as store:
        assert store.list_applications() == []


def test_a_bad_item_in_a_later_batch_rolls_back_the_earlier_batches(tmp_path: Path) -> None:
    items = make_items(30, APP, CAMPAIGN)
    items[-1]["ScheduledStart"] = items[-1]["ScheduledStart"][:10]  # a date, not a date-time
    path = write_jsonl(tmp_path / "a.jsonl", items)
    with Store(tmp_path / "db.sqlite3") as store:
        with pytest.raises(TransferError, match=rf"^{path}:30: /ScheduledStart: "):
            import_file(store, path, batch_size=7)
        assert store.list_applications() == []


@pytest.mark.parametrize("name", ["ApplicationId", "CampaignId"])
def test_an_id_of_the_wrong_type(tmp_path: Path, name: str) -> None:
    items = make_items(2, APP, CAMPAIGN)
    items[1][name] = 5
    path = write_jsonl(tmp_path / "a.jsonl", items)
    with Store(tmp_path / "db.sqlite3") as store:
        with pytest.raises(TransferError, match=rf"^{path}:2: /{name}: "):
            import_file(store, path)
        assert store.list_applications() == []


def test_malformed_json_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(make_items(1, APP, CAMPAIGN)[0]) + "\n{oops\n")
    status, out, err = run(capsys, "import", "--db", str(tmp_path / "db.sqlite3"), str(path))
    assert (status, out) == (2, "")
    assert err.startswith(f"error: {path}:2:2: malformed JSON: ") and err.count("\n") == 1


def test_a_large_file_shows_progress_unless_asked_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = make_items(1, APP, CAMPAIGN)
    line_size = len(json.dumps(items[0])) + 1
    path = write_jsonl(
        tmp_path / "big.jsonl", make_items(PROGRESS_BYTES // line_size + 1, APP, CAMPAIGN)
    )
    assert path.stat().st_size >= PROGRESS_BYTES
    db = str(tmp_path / "db.sqlite3")
    status, _, err = run(capsys, "import", "--db", db, str(path))
    assert status == 0 and "big.jsonl" in err and "100%" in err
    assert run(capsys, "import", "--db", db, "--no-progress", str(path))[2] == ""
    small = write_jsonl(tmp_path / "small.jsonl", items)
    assert run(capsys, "import", "--db", db, str(small))[2] == ""


def test_a_repeated_id_in_a_later_batch_of_a_new_campaign_replaces_in_place(
    tmp_path: Path,
) -> None:
    items = make_items(10, APP, CAMPAIGN)
    items[6]["TreatmentId"] = "b"
    again = dict(items[3], State=next(s for s in states() if s != items[3]["State"]))
    again["TreatmentId"] = "c"
    tail = make_items(3, APP, CAMPAIGN, prefix="tail")
    path = write_jsonl(tmp_path / "a.jsonl", [*items, again, *tail, items[0]])
    with Store(tmp_path / "db.sqlite3") as store:
        result = import_file(store, path, batch_size=4)
        assert (result.added, result.updated, result.unchanged) == (13, 1, 1)
        expected = [*items[:3], again, *items[4:], *tail]
        assert store.activities(APP, CAMPAIGN) == expected
        treatments = store.campaign(APP, CAMPAIGN).treatment_ids
        assert {"b", "c"} <= set(treatments) and len(set(treatments)) == len(treatments)
