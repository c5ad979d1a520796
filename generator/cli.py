"""``python -m generator``: regenerate the packages, or ``--check`` that they are up to date.

Arguments and exit codes, and the single place errors are caught and reported: 2 for a
document error (located), 1 for a generator error; :mod:`generator.pipeline` does the work and
:mod:`generator.output` compares and writes. A construct that is skipped (not served yet) is
one ``warning: SPEC: LOCATION: MESSAGE`` line on stderr; with ``--strict`` the first one is
a document error instead (exit 2).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from generator.config import TARGETS, Config, load_configs
from generator.errors import GeneratorError, SpecError
from generator.output import stale_files, sync
from generator.pipeline import generate, read_model, validated_generate


def parse_args(
    argv: list[str] | None, configured: tuple[Config, ...]
) -> tuple[tuple[Config, ...], bool]:
    """The documents to generate: every configured one, or the one ``--spec`` names (with the
    packages configured for it, else those of the first configured document)."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--spec",
        type=Path,
        help="one OpenAPI 3.0 or 3.1 document (default: every document of [tool.generator]:"
        f" {', '.join(str(c.spec) for c in configured)})",
    )
    parser.add_argument(
        "--out", type=Path, help=f"the output folder (default: {configured[0].out})"
    )
    parser.add_argument(
        "--only",
        default=",".join(TARGETS),
        help=f"comma-separated targets to generate (default: {','.join(TARGETS)})",
    )
    parser.add_argument(
        "--check", action="store_true", help="generate into a temporary folder and list stale files"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="make warnings (constructs skipped because no target serves them yet) fatal: exit 2",
    )
    args = parser.parse_args(argv)
    only = tuple(t.strip() for t in args.only.split(",") if t.strip())
    unknown = [t for t in only if t not in TARGETS]
    if unknown or not only:
        parser.error(
            f"--only: unknown target(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(TARGETS)}"
        )
    chosen = configured
    if args.spec is not None:
        same = [c for c in configured if c.spec.resolve() == args.spec.resolve()]
        # An unconfigured document borrows the first one's package names, not its version.
        base = same[0] if same else replace(configured[0], version=None)
        chosen = (replace(base, spec=args.spec),)
    return tuple(
        replace(c, only=only, out=c.out if args.out is None else args.out, strict=args.strict)
        for c in chosen
    ), args.check


def main(argv: list[str] | None = None) -> int:
    try:
        configs, check = parse_args(argv, load_configs())
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stale: list[str] = []
    done: list[str] = []
    # The documents generate side by side (each mostly waits on its openapi-python-client), into
    # temporary folders; they are then checked or synced in order, and the first that failed
    # stops there, so nothing after it is written, as if they had run one after the other.
    with (
        tempfile.TemporaryDirectory(prefix="generated-") as tmp,
        ThreadPoolExecutor(max_workers=len(configs)) as pool,
    ):
        fresh_dirs = [Path(tmp) / str(index) for index in range(len(configs))]
        futures = [
            pool.submit(validated_generate, config, fresh)
            for config, fresh in zip(configs, fresh_dirs, strict=True)
        ]
        for config, fresh, future in zip(configs, fresh_dirs, futures, strict=True):
            try:
                packages, model = future.result()
            except SpecError as exc:
                print(f"{config.spec}: {exc.where}: {exc.message}", file=sys.stderr)
                return 2
            except GeneratorError as exc:
                print(f"error: {config.spec}: {exc}", file=sys.stderr)
                return 1
            for where, message in model.warnings:
                print(f"warning: {config.spec}: {where}: {message}", file=sys.stderr)
            done += packages
            if check:
                stale += [
                    f"{line[:9]}{config.out / package / line[9:]}"
                    for package in packages
                    for line in stale_files(fresh / package, config.out / package)
                ]
                continue
            for package in packages:
                changed = sync(fresh / package, config.out / package, move=True)
                print(f"{config.out / package}: {changed} file(s) changed")
    if check:
        out = ", ".join(sorted({str(c.out) for c in configs}))
        if stale:
            print(f"{out}/ is stale; run 'make regenerate':", file=sys.stderr)
            print("\n".join(f"  {p}" for p in stale), file=sys.stderr)
            return 1
        print(f"{out}/ is up to date ({', '.join(done)})")
    return 0


# The names tests and tools import from here.
__all__ = ["generate", "main", "parse_args", "read_model", "stale_files", "sync"]
