"""``import`` of 1,000,000 activities against ``seed`` of the same count, in one run.

``seed`` writes synthetic rows it built itself (no parsing, no validation); ``import`` reads the
same activities back from a JSON Lines file (``export`` of the seeded database), parses,
validates every item with the generated validators and stores them in one transaction. Both
run as the real command (``python -m mockserver``) in a subprocess on a fresh database file;
wall time (and CPU time, user + system, steadier on a shared machine), median of ROUNDS runs
that alternate between the two. Target: import's speed at least half of seed's (seed time /
import time >= 0.5). The imported database is then exported again and compared byte for byte
with the first export.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACTIVITIES = 1_000_000
ROUNDS = 3
TARGET = 0.5


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _mock(*args: str) -> tuple[float, float]:
    """Run ``python -m mockserver ARGS``; return its wall and CPU (user + system) seconds."""
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mockserver", *args],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return time.perf_counter() - started, _children_cpu() - cpu


def _seed(db: Path) -> tuple[float, float]:
    """``seed`` ACTIVITIES synthetic activities into a fresh ``db``; return the wall time."""
    return _mock(
        "seed", "--db", str(db), "--activities", str(ACTIVITIES), "--no-demo", "--no-progress"
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        work = Path(tmp)
        source = work / "seeded.sqlite3"
        saved = work / "activities.jsonl"
        _seed(source)
        _mock("export", "--db", str(source), "-o", str(saved))
        seed_times: list[tuple[float, float]] = []
        import_times: list[tuple[float, float]] = []
        for round_ in range(ROUNDS):
            seeded = work / f"seed-{round_}.sqlite3"
            imported = work / f"import-{round_}.sqlite3"
            seed_times.append(_seed(seeded))
            import_times.append(_mock("import", "--db", str(imported), "--no-progress", str(saved)))
            seeded.unlink()
        again = work / "again.jsonl"
        _mock("export", "--db", str(imported), "-o", str(again))
        same = again.read_bytes() == saved.read_bytes()
        size = saved.stat().st_size
    seed_s = statistics.median(wall for wall, _ in seed_times)
    import_s = statistics.median(wall for wall, _ in import_times)
    seed_cpu = statistics.median(cpu for _, cpu in seed_times)
    import_cpu = statistics.median(cpu for _, cpu in import_times)
    ratio = seed_s / import_s
    print(f"{ACTIVITIES:,} activities, one campaign, median of {ROUNDS} runs each:")
    print(
        f"  seed    {seed_s:6.1f} s   ({ACTIVITIES / seed_s:10,.0f} activities/s;"
        f" CPU {seed_cpu:5.1f} s)"
    )
    print(
        f"  import  {import_s:6.1f} s   ({ACTIVITIES / import_s:10,.0f} activities/s;"
        f" CPU {import_cpu:5.1f} s; {size / import_s / 1e6:.0f} MB/s of JSON Lines)"
    )
    verdict = "met" if ratio >= TARGET else "NOT met"
    print(f"  speed ratio import/seed: {ratio:.2f}  {verdict} (target >= {TARGET:.2f})")
    print(f"  CPU ratio seed/import:   {seed_cpu / import_cpu:.2f}  (the same on a busy machine)")
    print(f"  export -> import -> export gives the same bytes: {same}")


if __name__ == "__main__":
    main()
