"""How the PostgreSQL store connects: through the unix socket when the URL names its folder
(``host=/folder``, libpq's rule), so a mock beside its database skips TCP."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.support.postgres import PostgresServer
from tests.support.servers import ready_server


def test_a_socket_folder_in_the_url_connects_through_the_socket(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database()
    name = url.rsplit("/", 1)[1]
    socket_url = postgres_server.socket_url(name)
    try:
        with ready_server(tmp_path, db=socket_url) as server:
            answer = httpx.get(server.activities_url(), params={"page-size": "3"}, timeout=30)
            assert answer.status_code == 200, answer.text
            assert len(answer.json()["Item"]) == 3
            # client_port is -1 for a unix socket connection, a port number over TCP
            ports = postgres_server.psql(
                "SELECT client_port FROM pg_stat_activity"
                f" WHERE datname = '{name}' AND application_name = 'pinpoint-mock'",
                name,
            ).split()
        assert ports and set(ports) == {"-1"}, ports
    finally:
        postgres_server.drop_database(socket_url)
