"""Time a whole ``python -m generator`` (all targets) against openapi-python-client alone.

Both run on the same spec into temporary folders, as subprocesses, in interleaved rounds (so a
change of the machine's load hits both alike), median of 3 rounds. The generator runs twice a
round: as a regenerate runs (its caches warm: compiled templates, a validation already passed)
and cold (fresh, empty cache folders). Wall time and CPU time (the process and its children)
are both given; the CPU ratio is the steadier one on a loaded machine.
Target: the generator takes at most 2x openapi-python-client's wall time.

Then the size target of issue #13: a spec of 250 operations and 500 schemas
(``bench/_synthetic_spec.py`` writes it) generates all three targets in under 10 s. The verdict
is on the cold run's CPU time (the process and its children): the targets run side by side, so
on an idle machine the wall time is at most that; on this shared machine the wall time says
more about the other load (printed beside it) than about the generator.
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

from bench import _synthetic_spec

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "pinpoint-campaign-activities.yaml"
RUNS = 3
TARGET = 2.0
SIZE_TARGET = 10.0  # seconds for the synthetic spec, all three targets

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


def generator(spec: Path) -> Command:
    def ours(out: Path) -> list[str]:
        return [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(out)]

    return ours


def tool(client: str, spec: Path = SPEC) -> Command:
    def theirs(out: Path) -> list[str]:
        return [
            client, "generate", "--path", str(spec), "--meta", "setup",
            "--output-path", str(out / "client"), "--overwrite",
        ]  # fmt: skip

    return theirs


def _client() -> str | None:
    return shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))


def main() -> None:
    pinpoint()
    synthetic()


def pinpoint() -> None:
    """The Pinpoint spec: the generator against openapi-python-client alone."""
    ours = generator(SPEC)
    client = _client()
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


def synthetic() -> None:
    """The synthetic spec of 250 operations and 500 schemas: the time, and the verdict."""
    with tempfile.TemporaryDirectory(prefix="bench-synthetic-") as tmp:
        spec = Path(tmp) / "synthetic.json"
        counts = _synthetic_spec.write(spec)
        print(
            f"synthetic spec: {counts['operations']} operations, {counts['schemas']} schemas,"
            f" {spec.stat().st_size // 1024} KiB"
        )
        client = _client()
        sides: dict[str, tuple[Command, bool]] = {
            "python -m generator, cold caches": (generator(spec), True),
            "python -m generator (all targets)": (generator(spec), False),
        }
        if client is not None:
            sides["openapi-python-client generate"] = (tool(client, spec), False)
        runs: dict[str, list[tuple[float, float]]] = {label: [] for label in sides}
        run_once(generator(spec), cold=False)  # the warm side's caches, as after one run
        for _ in range(RUNS):
            for label, (command, fresh) in sides.items():
                outcome = run_once(command, fresh)
                if isinstance(outcome, str):
                    print(f"{label}: failed: {outcome}")
                    return
                runs[label].append(outcome)
    for label, timings in runs.items():
        walls = [wall for wall, _ in timings]
        print(
            f"{label}: median {statistics.median(walls):.2f} s of"
            f" {', '.join(f'{t:.2f}' for t in walls)};"
            f" CPU {statistics.median(cpu for _, cpu in timings):.2f} s"
        )
    first = runs["python -m generator, cold caches"]
    wall = statistics.median(w for w, _ in first)
    cpu = statistics.median(c for _, c in first)
    verdict = "MET" if cpu <= SIZE_TARGET else "NOT MET"
    print(
        f"target: 250 operations / 500 schemas, all targets, cold, in <= {SIZE_TARGET:.0f} s:"
        f" CPU {cpu:.2f} s {verdict} (wall {wall:.2f} s at load average"
        f" {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    main()
