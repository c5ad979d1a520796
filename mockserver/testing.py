"""The mock as a test service, from Python: ``with MockServer() as mock: ...``.

A test suite needs a server it can start on any machine without a port to agree on, with a
database nobody else writes, and a cheap way to put state into it. ``MockServer`` starts the real
mock (the app ``serve`` builds) on port 0 with a temporary SQLite file, either in this process
(uvicorn on a thread with its own event loop: quickest to start, breakpoints work) or as a
``python -m mockserver serve`` subprocess (what CI or another language would run). Everything
else goes through the control plane (``/_mock``) with the generated admin client, so a test uses
exactly the HTTP interface any other client has.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

from pinpoint_admin_client import (  # type: ignore[import-not-found, unused-ignore]
    PinpointAdminClient,
)
from pinpoint_admin_client.models import (  # type: ignore[import-not-found, unused-ignore]
    Application,
    Campaign,
    CampaignInput,
    Clock,
    ClockAdvance,
    ClockSetting,
    Fault,
    FaultInput,
    ResetResult,
)

from mockserver.banner import base_url
from mockserver.storage import db_argument

if TYPE_CHECKING:
    import uvicorn

Mode = Literal["thread", "subprocess"]
MODES: tuple[Mode, ...] = ("thread", "subprocess")
STARTUP_TIMEOUT_S = 30.0
# What boto3_client() signs with, and with auth="sigv4" the one key pair the server accepts
# (unless serve_args give --credentials).
DUMMY_CREDENTIALS = ("test", "test")
_STOP_TIMEOUT_S = 10.0


class MockServerError(RuntimeError):
    """The server did not start (its log, or the reason, is in the message)."""


class MockServer:
    """The mock server for a test session, with helpers over its control plane.

    Args:
        mode: ``"thread"`` (uvicorn in this process) or ``"subprocess"`` (``python -m
            mockserver serve``).
        db: the SQLite file or a postgresql:// URL; by default a new one in a temporary folder, removed on stop.
        demo: reset to the demo data (True) or to nothing (False) once started; None (default)
            means nothing for the temporary database and leaves a given ``db`` as ``serve`` does
            (the demo data only when it was empty).
        auth: ``serve --auth`` (``"none"`` or ``"sigv4"``); with ``"sigv4"`` the server accepts
            the key pair ``boto3_client()`` signs with, unless ``serve_args`` name
            ``--credentials``.
        serve_args: more ``serve`` options, such as ``["--rate-limit", "5"]``; the thread mode
            adds ``--log-level warning`` unless they name a level.
        host: the address to listen on (the control plane is open on loopback only).
    """

    def __init__(
        self,
        *,
        mode: Mode = "thread",
        db: str | os.PathLike[str] | None = None,
        demo: bool | None = None,
        auth: str = "none",
        serve_args: Sequence[str] = (),
        host: str = "127.0.0.1",
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.mode: Mode = mode
        self.host = host
        self.auth = auth
        self.serve_args = tuple(serve_args)
        self._tmpdir: Path | None = None
        self._own_db = db is None  # a temporary one, new at each start
        self.db: str | Path | None = None if db is None else db_argument(os.fspath(db))
        self.demo = demo if demo is not None or db is not None else False
        self.url = ""
        self.port = 0
        self._admin: PinpointAdminClient | None = None
        self._thread: _ThreadServer | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self.log: Path | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> Self:
        """Start the server and wait until it answers ``GET /_mock/health``."""
        if self.url:
            raise MockServerError("already started")
        self._tmpdir = Path(tempfile.mkdtemp(prefix="pinpoint-mock-"))
        if self._own_db:
            self.db = self._tmpdir / "mock.sqlite3"
        args = [
            "--host", self.host, "--port", "0", "--db", str(self.db), "--auth", self.auth,
            *self.serve_args,
        ]  # fmt: skip
        if self.auth == "sigv4" and "--credentials" not in self.serve_args:
            # The key pair boto3_client() signs with, so that signed calls work out of the box.
            credentials = self._tmpdir / "credentials.json"
            credentials.write_text(json.dumps(dict([DUMMY_CREDENTIALS])), encoding="utf-8")
            args += ["--credentials", str(credentials)]
        try:
            if self.mode == "thread":
                if "--log-level" not in self.serve_args:
                    # Access lines would land in the test process's own output, one per request.
                    args[:0] = ["--log-level", "warning"]
                self._thread = _ThreadServer(args)
                self.port = self._thread.start()
                self.url = base_url(self.host, self.port)
            else:
                self.url, self.port = self._start_process(args)
            self._admin = PinpointAdminClient(base_url=self.url)
            self.admin.get_health()
            if self.demo is not None:
                self.reset(demo=self.demo)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server and remove the temporary folder (a given ``db`` stays)."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
        if self._process is not None:
            _stop_process(self._process)
            self._process = None
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
        self.url = ""

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _start_process(self, args: list[str]) -> tuple[str, int]:
        """Run ``python -m mockserver serve --port 0 --ready-file F``; the URL and port from F."""
        assert self._tmpdir is not None
        ready = self._tmpdir / "ready.json"
        self.log = self._tmpdir / "server.log"
        command = [sys.executable, "-m", "mockserver", "serve", *args, "--ready-file", str(ready)]
        with self.log.open("wb") as sink:
            self._process = subprocess.Popen(
                command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise MockServerError(
                    f"the mock server exited with status {self._process.returncode}:\n"
                    + self.log.read_text(encoding="utf-8", errors="replace")
                )
            with contextlib.suppress(FileNotFoundError):  # written whole (renamed) once ready
                info = json.loads(ready.read_text(encoding="utf-8"))
                return str(info["url"]), int(info["port"])
            time.sleep(0.02)
        raise MockServerError(
            f"the mock server wrote no ready file within {STARTUP_TIMEOUT_S:.0f} s:\n"
            + self.log.read_text(encoding="utf-8", errors="replace")
        )

    # -- clients ---------------------------------------------------------------------------------

    @property
    def admin(self) -> PinpointAdminClient:
        """The generated control-plane client on this server."""
        if self._admin is None:
            raise MockServerError("the mock server is not running")
        return self._admin

    def boto3_client(self, service_name: str = "pinpoint", **kwargs: Any) -> Any:
        """A boto3 client on this server with dummy credentials; ``kwargs`` override any
        argument (``config=botocore.config.Config(retries=...)``, other credentials...)."""
        import boto3  # lazily: only tests that use boto3 pay for its import

        options: dict[str, Any] = {
            "endpoint_url": self.url,
            "region_name": "us-east-1",
            "aws_access_key_id": DUMMY_CREDENTIALS[0],
            "aws_secret_access_key": DUMMY_CREDENTIALS[1],
            **kwargs,
        }
        make: Callable[..., Any] = boto3.client  # its overloads want a literal service name
        return make(service_name, **options)

    # -- control plane ---------------------------------------------------------------------------

    def reset(self, demo: bool = False) -> ResetResult:
        """Empty every application, campaign, activity and fault (then add the demo data again
        when ``demo``) and put the clock back to real time."""
        return self.admin.reset_mock(demo=demo)

    def add_application(self, id: str | None = None, name: str | None = None) -> Application:
        """Create an application (a random hex ID unless ``id`` is given), or keep it."""
        body = None if name is None else {"Name": name}
        return self.admin.put_application(application_id=id or _new_id(), body=body)

    def add_campaign(
        self,
        app: str | Application,
        id: str | None = None,
        name: str | None = None,
        treatment_ids: Sequence[str] | None = None,
    ) -> Campaign:
        """Create a campaign in ``app`` (a random hex ID unless ``id`` is given), or keep it."""
        body = CampaignInput()
        if name is not None:
            body.name = name
        if treatment_ids is not None:
            body.treatment_ids = list(treatment_ids)
        return self.admin.put_campaign(
            application_id=_application_id(app), campaign_id=id or _new_id(), body=body
        )

    def add_activities(
        self,
        app: str | Application | Campaign,
        campaign: str | Campaign,
        items: Iterable[Mapping[str, Any]],
    ) -> list[dict[str, Any]]:
        """Append activities (``ActivityResponse`` objects; ApplicationId, CampaignId and Id may
        be left out) and return them as stored, as the API will return them."""
        stored = self.admin.add_activities(
            application_id=_application_id(app),
            campaign_id=campaign if isinstance(campaign, str) else campaign.campaign_id,
            body={"Item": [dict(item) for item in items]},
        )
        return [item.to_dict() for item in stored.item]

    def add_fault(self, operation: str = "GetCampaignActivities", **fields: Any) -> Fault:
        """Arm a fault on the next requests of ``operation``; ``fields`` are those of the spec's
        ``FaultInput`` in snake case (``status=429``, ``count=2``, ``delay_ms=100``...)."""
        return self.admin.add_fault(body=FaultInput(operation=operation, **fields))

    def clear_faults(self) -> None:
        """Disarm every fault."""
        self.admin.clear_faults()

    def set_clock(self, now: datetime | str | None = None, **fields: Any) -> Clock:
        """Set the mock's clock to ``now`` (an aware datetime or an RFC 3339 string; frozen
        unless ``frozen=False``), or back to real time with ``real=True``; ``fields`` are those
        of the spec's ``ClockSetting`` in snake case."""
        if isinstance(now, str):
            now = datetime.fromisoformat(now)
        if now is not None:
            if now.utcoffset() is None:
                raise ValueError("set_clock needs an aware datetime (one with a time zone)")
            fields["now"] = now
        return self.admin.set_clock(body=ClockSetting(**fields))

    def advance_clock(self, seconds: float) -> Clock:
        """Move the mock's clock forward by ``seconds``."""
        return self.admin.advance_clock(body=ClockAdvance(seconds=seconds))


class _ThreadServer:
    """uvicorn serving the app ``serve`` builds, on a thread with its own event loop."""

    def __init__(self, serve_args: Sequence[str]) -> None:
        self._serve_args = list(serve_args)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    def start(self) -> int:
        """Build the app, bind a free port, serve; return the port once uvicorn listens."""
        from mockserver.serve_cli import UsageError, build_uvicorn_server

        try:
            server, sock = build_uvicorn_server(self._serve_args)
        except UsageError as exc:
            raise MockServerError(f"error: {exc}") from None
        except SystemExit:  # argparse refused an option (and said why on stderr)
            raise MockServerError(f"serve refused its options: {self._serve_args}") from None
        self._server, self._socket = server, sock
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="pinpoint-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not server.started:
            if not self._thread.is_alive():
                raise MockServerError("the in-process mock server stopped while starting")
            if time.monotonic() > deadline:
                raise MockServerError(f"uvicorn did not start within {STARTUP_TIMEOUT_S:.0f} s")
            time.sleep(0.005)
        port: int = sock.getsockname()[1]
        return port

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(_STOP_TIMEOUT_S)
        if self._socket is not None:
            self._socket.close()


def _stop_process(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group (uvicorn shuts down gracefully), SIGKILL if stuck."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _new_id() -> str:
    return uuid.uuid4().hex


def _application_id(app: str | Application | Campaign) -> str:
    return app if isinstance(app, str) else str(app.application_id)
