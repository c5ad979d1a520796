"""What the store holds, as plain records: applications, their campaigns, activity counts.

The control plane lists these and answers with them; reading them needs only a connection, so a
write transaction and the store's own reads share these functions.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from mockserver.errors import ApplicationNotFoundError, CampaignNotFoundError


@dataclass(frozen=True)
class CampaignInfo:
    """A campaign: its IDs, name, the TreatmentIds its activities may carry, how many it has."""

    application_id: str
    campaign_id: str
    name: str
    treatment_ids: tuple[str, ...]
    activity_count: int


@dataclass(frozen=True)
class ApplicationInfo:
    """An application (Pinpoint project) with its campaigns, in insertion order."""

    application_id: str
    name: str
    campaigns: tuple[CampaignInfo, ...]


@dataclass(frozen=True)
class AddResult:
    """What add_activities did: the items as stored (served JSON, decoded) in input order, and
    how many were added, replaced in place, or left as they were (skipped or byte-equal)."""

    items: list[dict[str, Any]]
    added: int
    replaced: int
    unchanged: int


_CAMPAIGNS_SQL = (
    "SELECT c.campaign_id, c.name, c.treatments,"
    " (SELECT count(*) FROM activities WHERE campaign_pk = c.pk)"
    " FROM campaigns AS c WHERE c.application_pk = ? ORDER BY c.pk"
)


def _campaign_info(application_id: str, row: tuple[Any, ...]) -> CampaignInfo:
    return CampaignInfo(
        application_id, str(row[0]), str(row[1]), tuple(json.loads(row[2])), int(row[3])
    )


def _application_info(
    conn: sqlite3.Connection, pk: int, application_id: str, name: str
) -> ApplicationInfo:
    campaigns = tuple(
        _campaign_info(application_id, row) for row in conn.execute(_CAMPAIGNS_SQL, (pk,))
    )
    return ApplicationInfo(application_id, name, campaigns)


def list_applications(conn: sqlite3.Connection) -> list[ApplicationInfo]:
    """Every application with its campaigns, both in insertion order."""
    rows = conn.execute("SELECT pk, application_id, name FROM applications ORDER BY pk").fetchall()
    return [_application_info(conn, int(pk), str(app), str(name)) for pk, app, name in rows]


def application_info(conn: sqlite3.Connection, application_id: str) -> ApplicationInfo:
    """The application, or ApplicationNotFoundError."""
    row = conn.execute(
        "SELECT pk, name FROM applications WHERE application_id = ?", (application_id,)
    ).fetchone()
    if row is None:
        raise ApplicationNotFoundError(application_id)
    return _application_info(conn, int(row[0]), application_id, str(row[1]))


def campaign_row(
    conn: sqlite3.Connection, application_id: str, campaign_id: str, columns: str
) -> tuple[Any, ...]:
    """The campaign's key and ``columns`` (SQL over ``campaigns AS c``), or
    ApplicationNotFoundError / CampaignNotFoundError (the application first)."""
    row = conn.execute(
        f"SELECT c.pk, {columns} FROM applications AS a"
        " LEFT JOIN campaigns AS c ON c.application_pk = a.pk AND c.campaign_id = ?"
        " WHERE a.application_id = ?",
        (campaign_id, application_id),
    ).fetchone()
    if row is None:
        raise ApplicationNotFoundError(application_id)
    if row[0] is None:
        raise CampaignNotFoundError(application_id, campaign_id)
    return tuple(row)


def campaign_info(conn: sqlite3.Connection, application_id: str, campaign_id: str) -> CampaignInfo:
    """The campaign, or ApplicationNotFoundError / CampaignNotFoundError."""
    columns = "c.campaign_id, c.name, c.treatments, (SELECT count(*) FROM activities WHERE campaign_pk = c.pk)"
    return _campaign_info(
        application_id, campaign_row(conn, application_id, campaign_id, columns)[1:]
    )
