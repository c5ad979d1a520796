"""``python -m bench``: run every bench module of this folder (each has ``main()``), in turn."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main() -> int:
    names = sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_")
    )
    only = set(sys.argv[1:])
    for name in names:
        if only and name not in only:
            continue
        print(f"== bench.{name} ==", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        module.main()
        print(f"-- bench.{name}: {time.perf_counter() - started:.1f} s\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
