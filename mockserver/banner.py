"""What ``serve`` prints at start: the URL, a curl command and a boto3 snippet that work as printed.

A first-time user's first question is "how do I call it"; the answer is printed ready to paste,
with the demo IDs, and a test runs the printed lines as they are. The boto3 snippet sits between
the two ``# ---`` marker lines so that a program can pick it out.
"""

from __future__ import annotations

import shlex
from typing import Final

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID

SNIPPET_START: Final = "# --- boto3 ---"
SNIPPET_END: Final = "# ---"
_DEMO_PAGE_SIZE: Final = 5


def base_url(host: str, port: int) -> str:
    """The URL a local client uses: a wildcard bind address is reached through loopback."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def banner(
    host: str,
    port: int,
    db: str,
    *,
    auth: str = "none",
    workers: int = 1,
    admin: str = "open (loopback)",
    read_only: bool = False,
) -> str:
    """Return the start banner of ``serve``; ``admin`` says who may call the control plane."""
    url = base_url(host, port)
    resource = f"{url}/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
    signed = auth == "sigv4"
    if signed:
        curl = (
            "curl -s --aws-sigv4 'aws:amz:us-east-1:mobiletargeting'"
            ' --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"'
            f" {shlex.quote(f'{resource}?page-size={_DEMO_PAGE_SIZE}')}"
        )
        keys = "    # signs with the credentials of the environment or ~/.aws, as boto3 does\n"
    else:
        curl = f"curl -s {shlex.quote(f'{resource}?page-size={_DEMO_PAGE_SIZE}')}"
        keys = (
            '    aws_access_key_id="mock",  # any keys: the server was started with --auth none\n'
            '    aws_secret_access_key="mock",\n'
        )
    snippet = (
        f"{SNIPPET_START}\n"
        "import boto3\n"
        "client = boto3.client(\n"
        '    "pinpoint",\n'
        f'    endpoint_url="{url}",\n'
        '    region_name="us-east-1",\n'
        f"{keys}"
        ")\n"
        "page = client.get_campaign_activities(\n"
        f'    ApplicationId="{DEMO_APPLICATION_ID}",\n'
        f'    CampaignId="{DEMO_CAMPAIGN_ID}",\n'
        f'    PageSize="{_DEMO_PAGE_SIZE}",\n'
        ')["ActivitiesResponse"]\n'
        'for activity in page["Item"]:\n'
        '    print(activity["Id"], activity.get("State"), activity.get("ScheduledStart"))\n'
        f"{SNIPPET_END}"
    )
    return (
        "Amazon Pinpoint Campaign Activities mock server\n"
        f"  URL:      {url}\n"
        f"  database: {db}{' (read-only)' if read_only else ''}\n"
        f"  auth:     {auth}{'' if workers == 1 else f'    workers: {workers}'}\n"
        f"  demo:     application {DEMO_APPLICATION_ID}, campaign {DEMO_CAMPAIGN_ID}\n"
        f"  control:  {url}/_mock, {admin}\n"
        "\n"
        "Try it with curl:\n"
        f"{curl}\n"
        "\n"
        "Or with boto3:\n"
        f"{snippet}\n"
    )
