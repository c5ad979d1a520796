"""The PostgreSQL store: several mock servers (replicas, on several hosts) share one database.

``store`` (PgStore: the pool, the page path, reads), ``writes`` (the write transaction, with
seq given out under a row lock of the campaign), ``schema`` (migrations under an advisory lock),
``sql`` (the statements). Imported only when ``--db`` is a ``postgresql://`` URL, so SQLite users
need no psycopg.
"""
