"""Time a whole ``python -m generator`` (all targets) against openapi-python-client alone.

Both run on the same spec into temporary folders, as subprocesses, median of 3, in the same run.
Target: the generator takes at most 2x openapi-python-client's time.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "pinpoint-campaign-activities.yaml"
RUNS = 3
TARGET = 2.0


def timed(command: list[str]) -> float | str:
    """Seconds for one run, or the first line of the error when it fails."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        return lines[-1] if lines else f"exit status {result.returncode}"
    return elapsed


def median_of(make_command: object, label: str) -> float | None:
    times: list[float] = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as tmp:
            command = make_command(Path(tmp))  # type: ignore[operator]
            outcome = timed(command)
        if isinstance(outcome, str):
            print(f"{label}: failed: {outcome}")
            return None
        times.append(outcome)
    median = statistics.median(times)
    print(f"{label}: median {median:.2f} s of {', '.join(f'{t:.2f}' for t in times)}")
    return median


def main() -> None:
    ours = median_of(
        lambda out: [sys.executable, "-m", "generator", "--spec", str(SPEC), "--out", str(out)],
        "python -m generator (all targets)",
    )
    client = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    theirs = None
    if client is None:
        print("openapi-python-client is not installed: no comparison")
    else:
        theirs = median_of(
            lambda out: [
                client,
                "generate",
                "--path",
                str(SPEC),
                "--meta",
                "setup",
                "--output-path",
                str(out / "client"),
                "--overwrite",
            ],
            "openapi-python-client generate",
        )
    if ours is not None and theirs is not None:
        ratio = ours / theirs
        verdict = "MET" if ratio <= TARGET else "NOT MET"
        print(
            f"ratio generator / openapi-python-client: {ratio:.2f}x (target <= {TARGET}x) {verdict}"
        )


if __name__ == "__main__":
    main()
