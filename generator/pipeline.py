"""One document through the generator: load -> validate -> model -> targets -> format -> write.

Nothing reaches the output folder here: :func:`generate` writes into the folder it is given (a
temporary one when the CLI runs), and :mod:`generator.output` compares or syncs from there.
"""

from __future__ import annotations

import re
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from generator import targets
from generator.config import TARGETS, Config
from generator.errors import SpecError, Warnings
from generator.formatting import format_tree
from generator.model import ApiModel, build_model
from generator.render import environment
from generator.spec.load import load_document
from generator.spec.normalize import normalize
from generator.spec.validate import validate_document

# PEP 440 public versions (the canonical regular expression from the PEP, without local parts).
_PEP440 = re.compile(
    r"^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?"
    r"(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?$"
)


_NUMBERS = re.compile(r"[0-9]+")
# Target modules are imported by the render threads of several documents at once; importing
# them one at a time avoids the import system's deadlock detection between those threads.
_IMPORTS = threading.Lock()


def read_model(spec: Path, only: tuple[str, ...] = TARGETS) -> ApiModel:
    """Load, validate (as written), normalize (3.0 to 3.1, skips) and build the model."""
    document = load_document(spec)
    validate_document(document)
    normalized = normalize(document)
    return with_media_warnings(
        build_model(normalized.document, str(spec), normalized.warnings), only
    )


def _served(only: tuple[str, ...]) -> dict[str, targets.ServesMedia]:
    with _IMPORTS:
        return {target: targets.serves_media(target) for target in only}


def with_media_warnings(model: ApiModel, only: tuple[str, ...]) -> ApiModel:
    """The model with a warning for each media type one of the ``only`` targets skips."""
    extra = targets.media_warnings(model, _served(only))
    return replace(model, warnings=model.warnings + extra) if extra else model


def pep440_version(text: str) -> str:
    """A package version for any ``info.version``: a PEP 440 one as it is, else the decimal
    numbers it contains, in order, joined by dots (``2016-12-01`` -> ``2016.12.1``,
    ``v1beta2`` -> ``1.2``), else ``0``. Deterministic, so regenerating never changes it."""
    if _PEP440.match(text):
        return text
    numbers = [str(int(n)) for n in _NUMBERS.findall(text)]
    return ".".join(numbers) if numbers else "0"


def package_version(model: ApiModel, configured: str | None = None) -> str:
    """``[tool.generator] version`` if set (it must be PEP 440), else from ``info.version``."""
    if configured is not None:
        if not _PEP440.match(configured):
            raise SpecError("[tool.generator] version", f"{configured!r} is not a PEP 440 version")
        return configured
    return pep440_version(model.version)


def check_strict(config: Config, model: ApiModel) -> None:
    """With ``--strict``, the first warning is the error."""
    if config.strict and model.warnings:
        where, message = model.warnings[0]
        raise SpecError(where, f"{message} (--strict makes warnings fatal)")


def _render_target(
    target: str,
    package: str,
    model: ApiModel,
    config: Config,
    packages: dict[str, str],
    warnings: Warnings | None = None,
) -> targets.Files:
    with tempfile.TemporaryDirectory(prefix=f"gen-{target}-") as scratch:
        context = targets.TargetContext(
            package=package,
            version=package_version(model, config.version),
            spec_path=config.spec,
            scratch=Path(scratch),
            templates=environment(target),
            packages=packages,
            warnings=warnings if warnings is not None else Warnings(),
        )
        with _IMPORTS:
            render = targets.load(target)
            serves = targets.serves_media(target)
        return render(model.restricted(serves), context)


def generate(
    config: Config, model: ApiModel, into: Path, warnings: Warnings | None = None
) -> list[str]:
    """Render every selected target into ``into/<package>/`` and format; return the packages.

    Targets render side by side: the client target spends most of its time in an
    openapi-python-client subprocess, during which the others render, and are written and
    formatted (ruff, once per package). Each target only reads the model and writes its own
    folder, so the bytes do not depend on timing; targets that share a folder are written in a
    fixed order and formatted together at the end instead. The targets' own warnings go to
    ``warnings``.
    """
    packages = {t: config.package_for(t) for t in TARGETS}
    package_version(model, config.version)  # fail on a bad version before any work starts
    chosen = [packages[t] for t in config.only]
    apart = len(set(chosen)) == len(chosen)
    with ThreadPoolExecutor(max_workers=len(config.only)) as pool:
        futures = {
            target: pool.submit(
                _build_target, target, model, config, packages, into if apart else None, warnings
            )
            for target in config.only
        }
        rendered = {target: future.result() for target, future in futures.items()}
    if not apart:
        for target in config.only:
            _write(into / packages[target], rendered[target])
        format_tree(into)
    return chosen


def _build_target(
    target: str,
    model: ApiModel,
    config: Config,
    packages: dict[str, str],
    into: Path | None,
    warnings: Warnings | None = None,
) -> targets.Files:
    """Render a target; with ``into``, also write its package there and format it."""
    files = _render_target(target, packages[target], model, config, packages, warnings)
    if into is not None:
        _write(into / packages[target], files)
        format_tree(into / packages[target])
    return files


def _write(folder: Path, files: targets.Files) -> None:
    for relative, text in sorted(files.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")


def validated_generate(config: Config, into: Path) -> tuple[list[str], ApiModel]:
    """``generate`` while openapi-spec-validator checks the document on the side.

    Validation is the slowest step of our own process and the client target mostly waits on an
    openapi-python-client subprocess, so the two overlap. Nothing is written before validation
    has passed (``into`` is a temporary folder), and a document the parser cannot read reports
    the validator's located error first, as ``read_model`` does. The validator reads the
    document as written; the model is built from its normalized copy. Returns the packages
    and the model (whose ``warnings`` the CLI prints: the document's, then the targets').
    """
    document = load_document(config.spec)
    with ThreadPoolExecutor(max_workers=1) as pool:
        validation = pool.submit(validate_document, document)
        try:
            normalized = normalize(document, Warnings())
            model = build_model(normalized.document, str(config.spec), normalized.warnings)
            model = with_media_warnings(model, config.only)
            check_strict(config, model)
        except Exception:
            validation.result()  # a broken document: the validator's error comes first
            raise
        produced = Warnings()
        try:
            packages = generate(config, model, into, produced)
        except Exception:
            validation.result()
            raise
        validation.result()
    if produced.items():
        model = replace(model, warnings=model.warnings + produced.items())
        check_strict(config, model)
    return packages, model


__all__ = [
    "check_strict",
    "generate",
    "package_version",
    "pep440_version",
    "read_model",
    "validated_generate",
    "with_media_warnings",
]
