"""``import``: saved files into a Store, one write transaction per file.

Applications and campaigns come from each item's ApplicationId and CampaignId and are created
when missing; TreatmentIds seen are added to their campaign; an Id already stored is replaced in
place (``on_duplicate="replace"``), so importing a file again changes nothing and a page saved
later updates what it shows. A bad item raises TransferError naming its file and place, and the
transaction rolls back: nothing of that file is stored.

Speed: a campaign that was empty when the file began and an Id not seen before in the file
cannot collide with anything stored, so such items skip the store's duplicate lookup: they are
checked (``activity.prepare``: the generated validators' fast predicate, the explanation only
for a bad item) and appended with ``insert_rows`` (executemany). Anything else goes through
``WriteTransaction.add_activities``, which looks every Id up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from pinpoint_validators import validate  # type: ignore[import-not-found, unused-ignore]

from mockserver.activity import SCHEMA_NAME, PreparedActivity, prepare
from mockserver.errors import ActivityValidationError, ConflictError, ValidationError
from mockserver.storage import ActivityStore, StoreTransaction
from mockserver.transfer import ITEMS_KEY, Chunk, TransferError, read_chunks

# Items handed to the store per call: big enough that a call's overhead vanishes, small enough
# that a file of many campaigns holds little in memory.
IMPORT_BATCH: Final = 5_000
_ITEM_POINTER: Final = re.compile(rf"/{ITEMS_KEY}/(\d+)(.*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class FileImport:
    """What importing one file did (``updated``: same Id, other content: replaced in place)."""

    path: str
    added: int
    updated: int
    unchanged: int
    campaigns: tuple[tuple[str, str], ...]

    def summary(self) -> str:
        return (
            f"{self.path}: added {self.added:,}, updated {self.updated:,},"
            f" unchanged {self.unchanged:,} ({len(self.campaigns)} campaign(s))"
        )


@dataclass(slots=True)
class _Campaign:
    """One campaign of the file: its items waiting for the store, with where each came from."""

    application_id: str
    campaign_id: str
    items: list[dict[str, Any]] = field(default_factory=list)
    places: list[tuple[Chunk, int]] = field(default_factory=list)
    pk: int = 0
    fresh: bool = False  # empty when the file began: Ids not in ``seen`` are new
    seen: set[str] = field(default_factory=set)
    treatments: tuple[str, ...] = ()


class _FileImporter:
    """The state of one file's import inside its write transaction."""

    def __init__(self, tx: StoreTransaction, batch_size: int) -> None:
        self.tx = tx
        self.batch_size = batch_size
        self.campaigns: dict[tuple[Any, Any], _Campaign] = {}
        self.added = self.updated = self.unchanged = 0

    def add(self, chunk: Chunk, index: int, item: Any, defaults: tuple[Any, Any]) -> None:
        if type(item) is not dict:
            raise TransferError(
                f"{chunk.place(index)}: expected an activity (a JSON object),"
                f" got {type(item).__name__}"
            )
        key = (item.get("ApplicationId", defaults[0]), item.get("CampaignId", defaults[1]))
        if type(key[0]) is not str or type(key[1]) is not str:
            _check_key(key, item, chunk, index)
        campaign = self.campaigns.get(key)
        if campaign is None:
            campaign = self.campaigns[key] = self._open(key, chunk, index)
        campaign.items.append(item)
        campaign.places.append((chunk, index))
        if len(campaign.items) >= self.batch_size:
            self.flush(campaign)

    def _open(self, key: tuple[str, str], chunk: Chunk, index: int) -> _Campaign:
        """Create (or find) the application and campaign of ``key``."""
        pointer = "/ApplicationId"
        try:
            self.tx.put_application(key[0])
            pointer = "/CampaignId"
            info, _ = self.tx.put_campaign(key[0], key[1])
        except (ValidationError, ConflictError) as exc:
            raise TransferError(f"{chunk.place(index, pointer)}: {exc}") from None
        campaign = _Campaign(key[0], key[1])
        campaign.pk = self.tx.campaign_pk(key[0], key[1])
        campaign.fresh = info.activity_count == 0
        campaign.treatments = info.treatment_ids
        return campaign

    def flush(self, campaign: _Campaign) -> None:
        """Store the campaign's waiting items."""
        if not campaign.items:
            return
        try:
            if not (campaign.fresh and self._append(campaign)):
                self._add(campaign)
        except ActivityValidationError as exc:
            raise _item_error(exc, campaign.places) from None
        except (ValidationError, ConflictError) as exc:
            chunk, index = campaign.places[0]
            raise TransferError(f"{chunk.place(index)}: {exc}") from None
        campaign.items.clear()
        campaign.places.clear()

    def _append(self, campaign: _Campaign) -> bool:
        """The fast path: check and append items whose Ids are new; False if one is not."""
        app, camp = campaign.application_id, campaign.campaign_id
        prepared: list[PreparedActivity] = []
        for index, item in enumerate(campaign.items):
            try:
                prepared.append(prepare(item, app, camp))
            except ActivityValidationError as exc:
                raise exc.within(f"/{ITEMS_KEY}/{index}") from None
        ids = [activity.id for activity in prepared]
        unique = set(ids)
        if len(unique) != len(ids) or not campaign.seen.isdisjoint(unique):
            return False
        known = set(campaign.treatments)
        new: list[str] = []
        for activity in prepared:
            treatment = activity.data.get("TreatmentId")
            if treatment is not None and treatment not in known:
                known.add(treatment)
                new.append(treatment)
        if new:
            campaign.treatments = (*campaign.treatments, *new)
            self.tx.put_campaign(app, camp, treatment_ids=campaign.treatments)
        self.tx.insert_rows(campaign.pk, [(activity.id, activity.body) for activity in prepared])
        campaign.seen |= unique
        self.added += len(prepared)
        return True

    def _add(self, campaign: _Campaign) -> None:
        """The general path: the store looks every Id up and replaces the ones it has."""
        result = self.tx.add_activities(
            campaign.application_id,
            campaign.campaign_id,
            campaign.items,
            on_duplicate="replace",
            add_treatments=True,
            keep_items=campaign.fresh,  # the fast path needs the Ids it stored
        )
        if campaign.fresh:
            campaign.seen.update(str(item["Id"]) for item in result.items)
            campaign.treatments = self.tx.campaign(
                campaign.application_id, campaign.campaign_id
            ).treatment_ids
        self.added += result.added
        self.updated += result.replaced
        self.unchanged += result.unchanged


def import_file(
    store: ActivityStore,
    path: Path,
    *,
    application_id: str | None = None,
    campaign_id: str | None = None,
    on_bytes: Callable[[int], None] | None = None,
    batch_size: int = IMPORT_BATCH,
) -> FileImport:
    """Import one saved file in ONE write transaction: all of it, or nothing (TransferError).

    ``application_id`` / ``campaign_id`` are for items without ApplicationId / CampaignId.
    ``on_bytes`` gets the bytes read so far, in steps (for a progress bar).
    """
    defaults = (application_id, campaign_id)
    with store.bulk_session(), store.write() as tx:
        importer = _FileImporter(tx, batch_size)
        for chunk in read_chunks(path, on_bytes):
            for index, item in enumerate(chunk.items):
                importer.add(chunk, index, item, defaults)
        for campaign in importer.campaigns.values():
            importer.flush(campaign)
    return FileImport(
        str(path),
        importer.added,
        importer.updated,
        importer.unchanged,
        tuple(importer.campaigns),
    )


def _check_key(key: tuple[Any, Any], item: dict[str, Any], chunk: Chunk, index: int) -> None:
    """Refuse an item whose campaign cannot be told: IDs missing or not strings."""
    for name, value, option in (
        ("ApplicationId", key[0], "--app"),
        ("CampaignId", key[1], "--campaign"),
    ):
        if value is None:
            raise TransferError(f"{chunk.place(index)}: no {name}, and no default given ({option})")
        if type(value) is not str:
            pointer = f"/{name}"
            why = [e.message for e in validate(SCHEMA_NAME, item) if e.pointer == pointer]
            detail = why[0] if why else f"must be a string, got {value!r:.80}"
            raise TransferError(f"{chunk.place(index, pointer)}: {detail}")


def _item_error(exc: ActivityValidationError, places: list[tuple[Chunk, int]]) -> TransferError:
    """Name the file and place of the store's ``/Item/<i>/...`` pointer."""
    pointer, detail = exc.problems[0]
    more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
    match = _ITEM_POINTER.fullmatch(pointer)
    if match is None or int(match[1]) >= len(places):
        chunk, index = places[0]
        return TransferError(f"{chunk.place(index)}: {exc}")
    chunk, index = places[int(match[1])]
    return TransferError(f"{chunk.place(index, match[2])}: {detail}{more}")
