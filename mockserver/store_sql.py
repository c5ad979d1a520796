"""The SQL of a page request: what ``Store`` runs per request, kept apart so the tests can
EXPLAIN each statement (``tests/mockserver/test_pagination.py``)."""

from __future__ import annotations

from typing import Final

# Read once per shared snapshot: what every change that removes campaigns bumps (see
# _ThreadState.campaign_keys), the mock's clock row (the NextTokens' issue and expiry time), and
# SQLite's data_version, which changes with every commit of another connection (the page
# cache's stamp, see mockserver.page_cache).
SNAPSHOT_SQL: Final = (
    "SELECT m.value, c.offset_ms, c.frozen_at_ms, (SELECT data_version FROM pragma_data_version)"
    " FROM meta AS m LEFT JOIN clock AS c ON c.id = 1 WHERE m.key = 'generation'"
)
# The statements of a request. PAGE_SQL is a range scan of the activities primary key:
# keyset (seq > ?), never OFFSET, so every page costs the same. Tests EXPLAIN each.
RESOLVE_SQL: Final = (
    "SELECT a.pk, c.pk FROM applications AS a"
    " LEFT JOIN campaigns AS c ON c.application_pk = a.pk AND c.campaign_id = ?"
    " WHERE a.application_id = ?"
)
PAGE_SQL: Final = (
    "SELECT seq, body FROM activities WHERE campaign_pk = ? AND seq > ? ORDER BY seq LIMIT ?"
)
# A page as the service serves it, in one statement (so one snapshot): how many rows, the seq of
# the last one, their JSON joined with "," by SQLite (one bytes object, not a row each), and
# whether the campaign has rows after the page. The innermost scan is PAGE_SQL's; it runs as a
# co-routine in seq order, which is the order group_concat sees (the tests walk every page).
PAGE_JOINED_SQL: Final = (
    "SELECT n, last, items, EXISTS (SELECT 1 FROM activities WHERE campaign_pk = ?1 AND seq > last)"
    " FROM (SELECT count(*) AS n, max(seq) AS last, CAST(group_concat(body, ',') AS BLOB) AS items"
    " FROM (SELECT seq, body FROM activities WHERE campaign_pk = ?1 AND seq > ?2"
    " ORDER BY seq LIMIT ?3))"
)
# The same page where the campaign's seqs have no gap, as they have unless activities were
# deleted (seq is last_seq + 1): then the page after ``after`` is exactly the seqs up to ``after + limit``,
# a bounded range that SQLite aggregates as it scans, without PAGE_JOINED_SQL's subquery, and
# its last seq is after + limit, without max(seq): a quarter less SQLite time. A page that
# comes back short while rows follow means a gap (a delete, or a campaign that starts past
# seq 1 because it was created after a delete, see mockserver.writes): read_page then asks
# PAGE_JOINED_SQL, which is right either way.
PAGE_RANGE_SQL: Final = (
    "SELECT count(*), CAST(group_concat(body, ',') AS BLOB),"
    " EXISTS (SELECT 1 FROM activities WHERE campaign_pk = ?1 AND seq > ?2 + ?3)"
    " FROM activities WHERE campaign_pk = ?1 AND seq > ?2 AND seq <= ?2 + ?3"
)
