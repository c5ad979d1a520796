"""Time a whole ``python -m generator`` (all targets) against openapi-python-client alone.

Both run on the same spec into temporary folders, as subprocesses, in interleaved rounds (so a
change of the machine's load hits both alike), median of 3 rounds. The generator runs twice a
round: as a regenerate runs (its caches warm: compiled templates, a validation already passed)
and cold (fresh, empty cache folders). Wall time and CPU time (the process and its children)
are both given; the CPU ratio is the steadier one on a loaded machine.
Target: the generator takes at most 2x openapi-python-client's wall time.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "pinpoint-campaign-activities.yaml"
RUNS = 3
TARGET = 2.0

Command = Callable[[Path], list[str]]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float] | str:
    """(wall, CPU) seconds of one run, or the first line of the error when it fails."""
    cpu = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        return lines[-1] if lines else f"exit status {result.returncode}"
    return elapsed, _children_cpu() - cpu


def run_once(make_command: Command, cold: bool) -> tuple[float, float] | str:
    with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as tmp:
        env = None
        if cold:  # Jinja's bytecode cache lives under TMPDIR, the validation's under XDG
            (Path(tmp) / "tmp").mkdir()
            env = {**os.environ, "TMPDIR": f"{tmp}/tmp", "XDG_CACHE_HOME": f"{tmp}/cache"}
        return timed(make_command(Path(tmp) / "out"), env)


def ours(out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "--spec", str(SPEC), "--out", str(out)]


def tool(client: str) -> Command:
    def theirs(out: Path) -> list[str]:
        return [
            client, "generate", "--path", str(SPEC), "--meta", "setup",
            "--output-path", str(out / "client"), "--overwrite",
        ]  # fmt: skip

    return theirs


def main() -> None:
    client = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    theirs = None if client is None else tool(client)
    if theirs is None:
        print("openapi-python-client is not installed: no comparison")
    labels = {
        "warm": "python -m generator (all targets)",
        "cold": "python -m generator, cold caches",
        "theirs": "openapi-python-client generate",
    }
    runs: dict[str, list[tuple[float, float]]] = {key: [] for key in labels}
    warm_up = run_once(ours, cold=False)  # the caches a regenerate finds, as after one run
    if isinstance(warm_up, str):
        print(f"{labels['warm']}: failed: {warm_up}")
        return
    for _ in range(RUNS):
        for key, command, cold in (
            ("warm", ours, False),
            ("cold", ours, True),
            ("theirs", theirs, False),
        ):
            if command is None:
                continue
            outcome = run_once(command, cold)
            if isinstance(outcome, str):
                print(f"{labels[key]}: failed: {outcome}")
                return
            runs[key].append(outcome)
    medians: dict[str, tuple[float, float]] = {}
    for key, label in labels.items():
        if not runs[key]:
            continue
        walls = [wall for wall, _ in runs[key]]
        cpus = [cpu for _, cpu in runs[key]]
        medians[key] = (statistics.median(walls), statistics.median(cpus))
        print(
            f"{label}: median {medians[key][0]:.2f} s of {', '.join(f'{t:.2f}' for t in walls)};"
            f" CPU {medians[key][1]:.2f} s"
        )
    if "theirs" not in medians:
        return
    wall_theirs, cpu_theirs = medians["theirs"]
    for key in ("warm", "cold"):
        wall, cpu = medians[key]
        print(
            f"ratio generator{'' if key == 'warm' else ' (cold caches)'} / openapi-python-client:"
            f" {wall / wall_theirs:.2f}x wall, {cpu / cpu_theirs:.2f}x CPU"
        )
    ratio = medians["warm"][0] / wall_theirs
    verdict = "MET" if ratio <= TARGET else "NOT MET"
    print(f"target: wall ratio {ratio:.2f}x <= {TARGET}x {verdict}")


if __name__ == "__main__":
    main()
