"""The credentials that ``serve --auth sigv4`` accepts: access key ID -> secret access key.

A mock has no IAM, so the caller lists the key pairs its clients sign with. Two file formats, told
apart by the first character:

* JSON, an object of access key ID -> secret, or -> {"secret_access_key": ..., "session_token":
  ...} for temporary credentials::

      {"AKIDEXAMPLE": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}

* INI, the AWS shared-credentials format (``~/.aws/credentials``): every section is one key pair,
  ``aws_access_key_id``, ``aws_secret_access_key`` and optionally ``aws_session_token``::

      [default]
      aws_access_key_id = AKIDEXAMPLE
      aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY

Without a file, the key pair in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and
AWS_SESSION_TOKEN) is the only one accepted, so a shell that boto3 signs from serves itself.
"""

from __future__ import annotations

import configparser
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


class CredentialsError(ValueError):
    """The credentials file or environment cannot be used (the CLI exits with status 2)."""


@dataclass(frozen=True, slots=True)
class Secret:
    """What the server must know of one access key to verify its signatures.

    ``session_token`` is set for temporary credentials: a request must then carry it in
    X-Amz-Security-Token, and a request of a key without one must not carry any.
    """

    secret_access_key: str
    session_token: str | None = None


Credentials = Mapping[str, Secret]


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value or value != value.strip():
        raise CredentialsError(f"{what} must be a non-empty string without surrounding spaces")
    return value


def _from_json(text: str, source: str) -> dict[str, Secret]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CredentialsError(f"{source} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise CredentialsError(f"{source} must hold a JSON object of access key ID -> secret")
    found: dict[str, Secret] = {}
    for key, value in data.items():
        key = _text(key, f"{source}: an access key ID")
        if isinstance(value, dict):
            unknown = set(value) - {"secret_access_key", "session_token"}
            if unknown:
                raise CredentialsError(f"{source}: {key} has unknown fields {sorted(unknown)}")
            token = value.get("session_token")
            found[key] = Secret(
                _text(value.get("secret_access_key"), f"{source}: the secret of {key}"),
                None if token is None else _text(token, f"{source}: the session token of {key}"),
            )
        else:
            found[key] = Secret(_text(value, f"{source}: the secret of {key}"))
    return found


def _from_ini(text: str, source: str) -> dict[str, Secret]:
    parser = configparser.ConfigParser(interpolation=None, default_section="\0none")
    try:
        parser.read_string(text, source=source)
    except configparser.Error as exc:
        raise CredentialsError(
            f"{source} is neither JSON nor an INI credentials file: {exc}"
        ) from None
    found: dict[str, Secret] = {}
    for name in parser.sections():
        section = parser[name]
        if "aws_access_key_id" not in section and "aws_secret_access_key" not in section:
            continue  # e.g. a profile of settings only
        key = _text(section.get("aws_access_key_id"), f"{source} [{name}]: aws_access_key_id")
        secret = _text(
            section.get("aws_secret_access_key"), f"{source} [{name}]: aws_secret_access_key"
        )
        token = section.get("aws_session_token")
        previous = found.get(key)
        entry = Secret(secret, token or None)
        if previous is not None and previous != entry:
            raise CredentialsError(f"{source}: {key} appears twice with different secrets")
        found[key] = entry
    return found


def load_credentials_file(path: str | os.PathLike[str]) -> dict[str, Secret]:
    """Read a JSON or INI credentials file; raise CredentialsError if it holds no key pair."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CredentialsError(f"cannot read the credentials file {source}: {exc}") from None
    found = _from_json(text, source) if text.lstrip().startswith("{") else _from_ini(text, source)
    if not found:
        raise CredentialsError(f"{source} holds no access key")
    return found


def credentials_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Secret]:
    """The key pair of AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (/ AWS_SESSION_TOKEN)."""
    env = os.environ if environ is None else environ
    key = env.get("AWS_ACCESS_KEY_ID")
    secret = env.get("AWS_SECRET_ACCESS_KEY")
    if not key or not secret:
        raise CredentialsError(
            "--auth sigv4 needs --credentials FILE, or AWS_ACCESS_KEY_ID and"
            " AWS_SECRET_ACCESS_KEY in the environment"
        )
    return {key: Secret(secret, env.get("AWS_SESSION_TOKEN") or None)}


def load_credentials(
    path: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None
) -> dict[str, Secret]:
    """The file's key pairs when ``path`` is given, else the environment's."""
    return credentials_from_env(environ) if path is None else load_credentials_file(path)
