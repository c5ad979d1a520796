"""The per-test overhead of the ``pinpoint_mock`` fixture against moto's ``mock_aws``.

One "test" on each side, with the server (ours) started once per session as the plugin does:

* ours: ``reset()`` (what the fixture does before each test), an application, a campaign, 10
  activities in one ``add_activities`` call, then one boto3 ``get_campaign_activities``;
* moto: ``with mock_aws():`` (what its decorator does around each test), create an SQS queue,
  send 10 messages in one ``send_message_batch``, receive one message.

Both sides make their boto3 client once (a test suite's fixture would), so the figure is the
fixture and the calls, not botocore's client construction; a second figure makes the client in
every test, as many tests do. Wall time per test, median of ROUNDS rounds of TESTS tests, the
sides alternating so that a noisy machine penalizes both alike; ours in both server modes
(in-process thread, subprocess). Target: ours <= 1x moto.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from moto import mock_aws  # before any boto3 client: moto hooks into clients made after it

from mockserver.testing import MODES, MockServer

TESTS = 50
ROUNDS = 7
TARGET = 1.0
ACTIVITIES = 10


def _pinpoint_test(mock: MockServer, client: Any) -> None:
    mock.reset()
    app = mock.add_application(id="bench-app")
    campaign = mock.add_campaign(app, id="bench-campaign")
    mock.add_activities(app, campaign, [{} for _ in range(ACTIVITIES)])
    page = client.get_campaign_activities(ApplicationId="bench-app", CampaignId="bench-campaign")
    assert len(page["ActivitiesResponse"]["Item"]) == ACTIVITIES


def _moto_test(client: Any) -> None:
    with mock_aws():
        url = client.create_queue(QueueName="bench-queue")["QueueUrl"]
        client.send_message_batch(
            QueueUrl=url,
            Entries=[{"Id": str(n), "MessageBody": f"message {n}"} for n in range(ACTIVITIES)],
        )
        received = client.receive_message(QueueUrl=url, MaxNumberOfMessages=1)
        assert len(received["Messages"]) == 1


def _sqs_client() -> Any:
    import boto3

    return boto3.client(
        "sqs", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test"
    )


def _per_test(run: Callable[[], None]) -> float:
    started = time.perf_counter()
    for _ in range(TESTS):
        run()
    return (time.perf_counter() - started) / TESTS


def measure(mock: MockServer) -> dict[str, float]:
    """Median wall seconds per test of each variant, rounds interleaved."""
    pinpoint = mock.boto3_client()
    sqs = _sqs_client()
    variants: dict[str, Callable[[], None]] = {
        "ours": lambda: _pinpoint_test(mock, pinpoint),
        "moto": lambda: _moto_test(sqs),
        "ours, client per test": lambda: _pinpoint_test(mock, mock.boto3_client()),
        "moto, client per test": lambda: _moto_test(_sqs_client()),
    }
    for run in variants.values():  # warm up: imports, first connections, moto's backends
        run()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(ROUNDS):
        for name, run in variants.items():
            samples[name].append(_per_test(run))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    print(
        f"per-test wall time: reset + {ACTIVITIES} activities + one boto3 call (ours) against"
        f" mock_aws + SQS queue + {ACTIVITIES} messages + one receive (moto);"
        f" median of {ROUNDS} x {TESTS} tests"
    )
    for mode in MODES:
        with MockServer(mode=mode, serve_args=["--log-level", "warning"]) as mock:
            times = measure(mock)
        print(f"server mode {mode}:")
        for name, seconds in times.items():
            print(f"  {name:24} {seconds * 1e3:7.2f} ms")
        ratio = times["ours"] / times["moto"]
        verdict = "met" if ratio <= TARGET else "NOT met"
        print(f"  ratio ours/moto: {ratio:.3f}  {verdict} (target <= {TARGET:.2f})")
        per_test = times["ours, client per test"] / times["moto, client per test"]
        print(f"  ratio with a client per test: {per_test:.3f}")


if __name__ == "__main__":
    main()
