"""The statements of the PostgreSQL store, apart so tests can EXPLAIN them."""

from __future__ import annotations

from typing import Final

# The page path's statements run at the libpq level (PgConnections.prepared): prepared once per
# page connection under these names, positional parameters sent as text, rows read in binary.
# Once per turn of a server's event loop (see PgStore.share_snapshot): what every delete bumps
# (the campaign keys kept since hold while it stays), the clock row, and whether a fault is armed.
TURN_SQL: Final = (
    "SELECT m.value, c.offset_ms, c.frozen_at_ms, EXISTS (SELECT 1 FROM faults)"
    " FROM meta AS m LEFT JOIN clock AS c ON c.id = 1 WHERE m.key = 'generation'"
)
# $1 the application id, $2 the campaign id.
RESOLVE_SQL: Final = (
    "SELECT a.pk, c.pk FROM applications AS a"
    " LEFT JOIN campaigns AS c ON c.application_pk = a.pk AND c.campaign_id = $2"
    " WHERE a.application_id = $1"
)
# A page in ONE statement ($1 campaign_pk, $2 after seq, $3 page size): a range scan of the
# primary key (campaign_pk, seq) from the token's position (keyset, never OFFSET: page 10,000
# costs what page 1 does) for page-size + 1 rows, the extra one saying whether more follow. Rows,
# not aggregated in the database: joining 20 bodies in Python costs less than the window and
# string_agg cost the backend (bench pg, CPU per request).
PAGE_SQL: Final = (
    "SELECT seq, body FROM activities WHERE campaign_pk = $1 AND seq > $2 ORDER BY seq LIMIT $3 + 1"
)
# The pages of one event-loop turn in ONE statement (mockserver.pg.pages): $1, $2, $3, $4 are
# int8[] of (campaign_pk, after seq, page size, the page_version the worker keeps the page of,
# or -1), one row per read, in their order. Each row has the campaign's page_version (NULL: no
# such campaign) and, only when it is not the one kept, the page: PAGE_SQL's range scan, its
# bodies joined with "," by string_agg (an aggregate over an ordered subquery with nothing else
# at its level takes the rows in that order), and an index probe after its last seq says
# whether more follow (ORDER BY seq LIMIT 1, not EXISTS: EXISTS drops the order, and for a big
# campaign the generic plan then scans the table for the first row). The version test refers
# to nothing of its subquery's own rows, so it is a one-time filter above each scan: a page
# whose version is kept reads no activity (tests/scaleout/test_pg_page_versions.py). ORDER BY
# the ordinality costs no sort: the function scan yields it in order. Every row also carries
# TURN_SQL's columns (read once), so the turn this batch starts needs no statement of its own
# (PgStore.open_turn).
PAGES_SQL: Final = (
    "SELECT p.items, p.last,"
    " (SELECT n.seq FROM activities AS n WHERE n.campaign_pk = r.pk AND n.seq > p.last"
    " AND r.known IS DISTINCT FROM v.page_version ORDER BY n.seq LIMIT 1) IS NOT NULL,"
    " v.page_version, t.*"
    " FROM unnest($1::int8[], $2::int8[], $3::int8[], $4::int8[]) WITH ORDINALITY"
    " AS r (pk, after, lim, known, i)"
    " LEFT JOIN campaigns AS v ON v.pk = r.pk"
    " CROSS JOIN LATERAL (SELECT string_agg(s.body, ','::bytea) AS items, max(s.seq) AS last"
    " FROM (SELECT seq, body FROM activities WHERE campaign_pk = r.pk AND seq > r.after"
    " AND r.known IS DISTINCT FROM v.page_version ORDER BY seq LIMIT r.lim) AS s) AS p"
    f" CROSS JOIN ({TURN_SQL}) AS t"
    " ORDER BY r.i"
)
PAGES_VERSION_COLUMN: Final = 3  # the campaign's page_version in a row of PAGES_SQL
PAGES_TURN_COLUMN: Final = 4  # where TURN_SQL's columns start in a row of PAGES_SQL
FETCH_SQL: Final = (
    "SELECT seq, body FROM activities WHERE campaign_pk = %s AND seq > %s ORDER BY seq LIMIT %s"
)
# The shared rate limit: refill by the database server's clock (one clock for every replica),
# take a token if there is one, and say whether it did, in one statement.
_NOW: Final = "extract(epoch FROM statement_timestamp())::float8"
# A prepared statement of the page path ($1 the key, $2 the burst, $3 the rate).
_REFILLED: Final = f"LEAST($2, b.tokens + GREATEST(0, {_NOW} - b.updated) * $3)"
TAKE_TOKEN_SQL: Final = (
    "INSERT INTO rate_buckets AS b (key, tokens, updated, admitted)"
    f" VALUES ($1, $2 - 1, {_NOW}, true)"
    " ON CONFLICT (key) DO UPDATE SET"
    f" admitted = {_REFILLED} >= 1,"
    f" tokens = {_REFILLED} - CASE WHEN {_REFILLED} >= 1 THEN 1 ELSE 0 END,"
    f" updated = GREATEST(b.updated, {_NOW})"
    " RETURNING admitted, tokens"
)
PREPARED: Final = {
    b"mock_turn": TURN_SQL,
    b"mock_resolve": RESOLVE_SQL,
    b"mock_page": PAGE_SQL,
    b"mock_pages": PAGES_SQL,
    b"mock_take_token": TAKE_TOKEN_SQL,
}
SWEEP_BUCKETS_SQL: Final = (
    "WITH d AS (DELETE FROM rate_buckets"
    f" WHERE tokens + ({_NOW} - updated) * %(r)s >= %(b)s RETURNING 1) SELECT count(*) FROM d"
)
CAMPAIGNS_SQL: Final = (
    "SELECT c.campaign_id, c.name, c.treatments,"
    " (SELECT count(*) FROM activities WHERE campaign_pk = c.pk)"
    " FROM campaigns AS c WHERE c.application_pk = %s ORDER BY c.pk"
)
CAMPAIGN_ROW_SQL: Final = (
    "SELECT c.pk, c.campaign_id, c.name, c.treatments,"
    " (SELECT count(*) FROM activities WHERE campaign_pk = c.pk) FROM applications AS a"
    " LEFT JOIN campaigns AS c ON c.application_pk = a.pk AND c.campaign_id = %s"
    " WHERE a.application_id = %s"
)
CLOCK_SQL: Final = "SELECT offset_ms, frozen_at_ms, is_real FROM clock WHERE id = 1"
SAVE_CLOCK_SQL: Final = (
    "INSERT INTO clock (id, offset_ms, frozen_at_ms, is_real) VALUES (1, %s, %s, %s)"
    " ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms,"
    " frozen_at_ms = excluded.frozen_at_ms, is_real = excluded.is_real"
)
FAULT_COLUMNS: Final = (
    "fault_id, operation, application_id, campaign_id, remaining, status, error_type, message,"
    " retry_after, delay_ms"
)
_FAULT_MATCH: Final = (
    " FROM faults WHERE operation = %(o)s"
    " AND (application_id IS NULL OR application_id = %(a)s)"
    " AND (campaign_id IS NULL OR campaign_id = %(c)s) ORDER BY pk LIMIT 1"
)
PEEK_FAULT_SQL: Final = "SELECT EXISTS (SELECT 1" + _FAULT_MATCH + ")"
# FOR UPDATE: two replicas taking the last use of one fault cannot both get it.
TAKE_FAULT_SQL: Final = f"SELECT pk, {FAULT_COLUMNS}" + _FAULT_MATCH + " FOR UPDATE"
INSERT_FAULT_SQL: Final = (
    f"INSERT INTO faults ({FAULT_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
# The last_seq of the campaigns about to be deleted, folded into the high-water mark.
FOLD_SEQ_HIGH_SQL: Final = (
    "UPDATE meta SET value = GREATEST(value,"
    " COALESCE((SELECT max(last_seq) FROM campaigns {}), 0)) WHERE key = 'seq_high'"
)
BUMP_GENERATION_SQL: Final = "UPDATE meta SET value = value + 1 WHERE key = 'generation'"
COPY_SQL: Final = "COPY activities (campaign_pk, seq, activity_id, body) FROM STDIN (FORMAT BINARY)"
