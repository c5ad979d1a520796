"""Run ASGI apps under real uvicorn on 127.0.0.1, and generate server packages from other specs.

uvicorn runs in a thread of the test process, so a test can hand it an app built around its own
handler object and read what the handlers and guards saw, and caplog sees the app's log records.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import uvicorn

from generator.cli import generate, read_model
from generator.config import Config
from tests.support.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "pinpoint_server"
SPECS_DIRS = (ROOT / "tests" / "specs", ROOT / "tests" / "server" / "specs")


def ensure_importable() -> None:
    """Make ``generated/pinpoint_server`` importable when the venv's .pth file is missing."""
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))


@contextlib.contextmanager
def serve(app: Any, **options: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn (uvloop and httptools when installed) until the block ends."""
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_config=None,  # leave logging alone: caplog must see the app's records
        access_log=False,
        lifespan=options.pop("lifespan", "on"),
        **options,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def spec_files() -> list[Path]:
    """Every OpenAPI document the server target must handle besides the Pinpoint spec."""
    found: list[Path] = []
    for folder in SPECS_DIRS:
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml", ".json"})
    return found


def package_name(spec: Path) -> str:
    stem = "".join(c if c.isalnum() else "_" for c in spec.stem.lower())
    return f"gen_{stem}_server"


def generate_server(spec: Path, out: Path) -> Path:
    """Generate the server package of ``spec`` into ``out``; return its project folder."""
    package = package_name(spec)
    config = Config(spec=spec, out=out, server_package=package, only=("server",))
    generate(config, read_model(spec), out)
    return out / package


def import_generated(project: Path) -> ModuleType:
    """Import a generated package from its project folder (each spec has its own name)."""
    sys.path.insert(0, str(project))
    try:
        return importlib.import_module(project.name)
    finally:
        sys.path.remove(str(project))
