"""A spec edit flows through without hand edits (issue #10, section 2): on a copy of the
repository, add an optional ``ExecutionMetrics`` (an object of strings, as botocore's model has
it) to ``ActivityResponse``, regenerate, serve the copy, post an activity carrying it through
the control plane and read it back with boto3."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.admin.support import APP, CAMPAIGN, activities, admin_client
from tests.mockserver.serving import client
from tests.support.servers import ROOT, RunningServer, ready_server

SPEC = Path("spec/pinpoint-campaign-activities.yaml")
PROPERTY = "ExecutionMetrics"
METRICS = {"deliveries": "18734", "opens": "9021"}


def _copy_repository(target: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # a file deleted in the working tree is still listed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def _add_property(spec_path: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    properties = spec["components"]["schemas"]["ActivityResponse"]["properties"]
    if PROPERTY in properties:
        return  # the spec has it already: nothing to add
    properties[PROPERTY] = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "description": "The metrics of the activity's run, as botocore's model has them.",
    }
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), "utf-8")


def _environment(copy: Path) -> dict[str, str]:
    generated = sorted(str(folder) for folder in (copy / "generated").iterdir() if folder.is_dir())
    return {"PYTHONPATH": os.pathsep.join([str(copy), *generated])}


@pytest.mark.slow
def test_an_added_property_is_accepted_stored_and_served(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    _copy_repository(copy)
    _add_property(copy / SPEC)
    env = {**os.environ, **_environment(copy)}
    done = subprocess.run(
        [sys.executable, "-m", "generator"], cwd=copy, env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert PROPERTY in (copy / "generated").joinpath(
        "pinpoint_validators", "pinpoint_validators", "validators.py"
    ).read_text(encoding="utf-8")
    with ready_server(tmp_path, cwd=copy, env=_environment(copy)) as server:
        _post_and_read_back(server)


def _post_and_read_back(server: RunningServer) -> None:
    item: dict[str, Any] = {**activities(1)[0], PROPERTY: METRICS}
    with admin_client(server) as admin:
        admin.reset_mock()
        admin.put_application(application_id=APP)
        admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
        (kept,) = admin.add_activities(
            application_id=APP, campaign_id=CAMPAIGN, body={"Item": [item]}
        ).item
    assert kept.to_dict()[PROPERTY] == METRICS
    page = client(server).get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN)
    (served,) = page["ActivitiesResponse"]["Item"]
    assert served[PROPERTY] == METRICS
    assert served == {**item, "ApplicationId": APP, "CampaignId": CAMPAIGN}
