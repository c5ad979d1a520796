"""``python -m generator``: regenerate the packages, or ``--check`` that they are up to date."""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from generator import targets
from generator.config import TARGETS, Config, load_configs
from generator.errors import GeneratorError, SpecError
from generator.formatting import format_tree
from generator.loader import load_document, validate_document
from generator.model import ApiModel
from generator.parser import build_model
from generator.render import environment

# PEP 440 public versions (the canonical regular expression from the PEP, without local parts).
_PEP440 = re.compile(
    r"^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?"
    r"(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?$"
)


def parse_args(
    argv: list[str] | None, configured: tuple[Config, ...]
) -> tuple[tuple[Config, ...], bool]:
    """The documents to generate: every configured one, or the one ``--spec`` names (with the
    packages configured for it, else those of the first configured document)."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--spec",
        type=Path,
        help="one OpenAPI 3.1 document (default: every document of [tool.generator]:"
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
        chosen = (replace(same[0] if same else configured[0], spec=args.spec),)
    return tuple(
        replace(c, only=only, out=c.out if args.out is None else args.out) for c in chosen
    ), args.check


def read_model(spec: Path) -> ApiModel:
    document = load_document(spec)
    validate_document(document)
    return build_model(document, str(spec))


def package_version(model: ApiModel) -> str:
    if not _PEP440.match(model.version):
        raise SpecError("info.version", f"{model.version!r} is not a PEP 440 version (e.g. 1.0.0)")
    return model.version


def _render_target(
    target: str, package: str, model: ApiModel, config: Config, packages: dict[str, str]
) -> targets.Files:
    with tempfile.TemporaryDirectory(prefix=f"gen-{target}-") as scratch:
        context = targets.TargetContext(
            package=package,
            version=package_version(model),
            spec_path=config.spec,
            scratch=Path(scratch),
            templates=environment(target),
            packages=packages,
        )
        return targets.load(target)(model, context)


def generate(config: Config, model: ApiModel, into: Path) -> list[str]:
    """Render every selected target into ``into/<package>/`` and format; return the packages.

    Targets render side by side: the client target spends most of its time in an
    openapi-python-client subprocess, during which the others render. Each target only reads
    the model, and output is written in a fixed order, so the bytes do not depend on timing.
    """
    packages = {t: config.package_for(t) for t in TARGETS}
    package_version(model)  # fail on a bad version before any work starts
    with ThreadPoolExecutor(max_workers=len(config.only)) as pool:
        futures = {
            target: pool.submit(_render_target, target, packages[target], model, config, packages)
            for target in config.only
        }
        rendered = {target: future.result() for target, future in futures.items()}
    for target in config.only:
        for relative, text in sorted(rendered[target].items()):
            path = into / packages[target] / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    format_tree(into)
    return [packages[t] for t in config.only]


# Tool caches inside a generated package (mypy runs there) are not generated files.
_CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
# Nor is what building the package leaves next to its pyproject.toml (`pip install
# generated/<pkg>` with setuptools: build/ and <name>.egg-info/; `python -m build`: dist/).
_BUILD_DIRS = frozenset({"build", "dist"})


def _generated(relative: Path) -> bool:
    """False for a file of a tool cache or a build artefact: neither stale nor synced away."""
    parts = relative.parts
    return not (
        parts[0] in _BUILD_DIRS
        or any(part in _CACHE_DIRS or part.endswith(".egg-info") for part in parts)
    )


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and _generated(p.relative_to(root))
    }


def stale_files(fresh: Path, current: Path) -> list[str]:
    """Files that differ, are missing, or should not be there, as ``status path`` lines."""
    new, old = _files(fresh), _files(current)
    lines = [f"missing  {p}" for p in sorted(new - old)]
    lines += [f"extra    {p}" for p in sorted(old - new)]
    lines += [
        f"stale    {p}"
        for p in sorted(new & old)
        if not filecmp.cmp(fresh / p, current / p, shallow=False)
    ]
    return lines


def sync(fresh: Path, current: Path) -> int:
    """Make ``current`` equal ``fresh``, touching only files that changed; return the count."""
    changes = 0
    current.mkdir(parents=True, exist_ok=True)
    new, old = _files(fresh), _files(current)
    for relative in sorted(old - new):
        (current / relative).unlink()
        changes += 1
    for relative in sorted(new):
        target = current / relative
        if relative in old and filecmp.cmp(fresh / relative, target, shallow=False):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh / relative, target)
        changes += 1
    for directory in sorted((p for p in current.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changes


def _validated_generate(config: Config, into: Path) -> list[str]:
    """``generate`` while openapi-spec-validator checks the document on the side.

    Validation is the slowest step of our own process and the client target mostly waits on an
    openapi-python-client subprocess, so the two overlap. Nothing is written before validation
    has passed (``into`` is a temporary folder), and a document the parser cannot read reports
    the validator's located error first, as ``read_model`` does.
    """
    document = load_document(config.spec)
    with ThreadPoolExecutor(max_workers=1) as pool:
        validation = pool.submit(validate_document, document)
        try:
            model = build_model(document, str(config.spec))
        except Exception:
            validation.result()  # a broken document: the validator's error comes first
            raise
        try:
            packages = generate(config, model, into)
        except Exception:
            validation.result()
            raise
        validation.result()
    return packages


def main(argv: list[str] | None = None) -> int:
    try:
        configs, check = parse_args(argv, load_configs())
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stale: list[str] = []
    done: list[str] = []
    for config in configs:
        try:
            with tempfile.TemporaryDirectory(prefix="generated-") as tmp:
                fresh = Path(tmp)
                packages = _validated_generate(config, fresh)
                done += packages
                if check:
                    stale += [
                        f"{line[:9]}{config.out / package / line[9:]}"
                        for package in packages
                        for line in stale_files(fresh / package, config.out / package)
                    ]
                    continue
                for package in packages:
                    changed = sync(fresh / package, config.out / package)
                    print(f"{config.out / package}: {changed} file(s) changed")
        except SpecError as exc:
            print(f"{config.spec}: {exc.where}: {exc.message}", file=sys.stderr)
            return 2
        except GeneratorError as exc:
            print(f"error: {config.spec}: {exc}", file=sys.stderr)
            return 1
    if check:
        out = ", ".join(sorted({str(c.out) for c in configs}))
        if stale:
            print(f"{out}/ is stale; run 'make regenerate':", file=sys.stderr)
            print("\n".join(f"  {p}" for p in stale), file=sys.stderr)
            return 1
        print(f"{out}/ is up to date ({', '.join(done)})")
    return 0
