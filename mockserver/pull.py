"""Copy campaigns' activities from any server of the API into a Store (``pinpoint-mock pull``).

The pages come through the generated client's pagination iterator, so whatever implements the
API can be the source: another mock instance, a replacement service. Each campaign is copied in
one write transaction, with the same rules as import (same Id = same activity, replaced in
place), so pulling again changes nothing and a failed campaign leaves nothing half-copied.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mockserver.errors import ConflictError, ValidationError
from mockserver.storage import ActivityStore
from mockserver.transfer import ITEMS_KEY


class PullError(Exception):
    """A campaign cannot be pulled: unreachable endpoint, an error answer, bad data."""


@dataclass(frozen=True, slots=True)
class CampaignPull:
    """What pulling one campaign did."""

    application_id: str
    campaign_id: str
    added: int
    updated: int
    unchanged: int

    def summary(self) -> str:
        return (
            f"{self.application_id}:{self.campaign_id}: added {self.added:,},"
            f" updated {self.updated:,}, unchanged {self.unchanged:,}"
        )


class _RawPage:
    """An httpx response hook keeping the last page's body as the server sent it.

    The items are stored from these bytes, not from the client's models: a model turns a
    date-time into a ``datetime``, whose text differs (``+00:00`` for ``Z``), and the copy
    must be exact. The models still drive the pagination (tokens, loop detection).
    """

    def __init__(self) -> None:
        self.body = b""

    def __call__(self, response: Any) -> None:
        if response.is_success:
            response.read()
            self.body = response.content

    def items(self, expected: int) -> list[Any]:
        """The page's items, decoded from the kept body (as many as the model parsed)."""
        data = json.loads(self.body)
        items = data.get(ITEMS_KEY) if isinstance(data, dict) else None
        if not isinstance(items, list) or len(items) != expected:
            raise PullError(f"a page's body does not hold the {expected} items it parsed to")
        return items


def make_client(
    endpoint: str, *, sigv4: bool = False, region: str = "us-east-1", max_attempts: int = 3
) -> Any:
    """Return a generated ``PinpointClient`` for ``endpoint``; with ``sigv4`` it signs with the
    credentials botocore finds (environment, profile, SSO, instance role)."""
    from pinpoint_client import PinpointClient  # type: ignore[import-not-found, unused-ignore]

    auth = None
    if sigv4:
        import botocore.session
        from pinpoint_client import SigV4Auth  # type: ignore[import-not-found, unused-ignore]

        credentials = botocore.session.Session().get_credentials()
        if credentials is None:
            raise PullError("--sigv4: botocore found no AWS credentials (AWS_ACCESS_KEY_ID ...)")
        auth = SigV4Auth(region, credentials=credentials)
    return PinpointClient(base_url=endpoint, region=region, auth=auth, max_attempts=max_attempts)


def pull(
    store: ActivityStore,
    client: Any,
    campaigns: Iterable[tuple[str, str]],
    *,
    page_size: int | None = None,
    on_items: Callable[[int], None] | None = None,
) -> list[CampaignPull]:
    """Copy every activity of each campaign from ``client``'s server into ``store``.

    Raises PullError naming the campaign; campaigns copied before it stay.
    """
    done: list[CampaignPull] = []
    for application_id, campaign_id in campaigns:
        done.append(_pull_campaign(store, client, application_id, campaign_id, page_size, on_items))
    return done


def _pull_campaign(
    store: ActivityStore,
    client: Any,
    application_id: str,
    campaign_id: str,
    page_size: int | None,
    on_items: Callable[[int], None] | None,
) -> CampaignPull:
    import httpx
    from pinpoint_client import (  # type: ignore[import-not-found, unused-ignore]
        ApiError,
        PaginationError,
    )

    where = f"{application_id}:{campaign_id}"
    counts = [0, 0, 0]
    raw = _RawPage()
    hooks = client.http.event_hooks
    client.http.event_hooks = {**hooks, "response": [*hooks["response"], raw]}
    try:
        with store.write() as tx:
            tx.put_application(application_id)
            tx.put_campaign(application_id, campaign_id)
            pages = client.iter_get_campaign_activities_pages(
                application_id=application_id, campaign_id=campaign_id, page_size=page_size
            )
            for number, page in enumerate(pages, 1):
                items = raw.items(len(page.item))
                try:
                    result = tx.add_activities(
                        application_id,
                        campaign_id,
                        items,
                        on_duplicate="replace",
                        add_treatments=True,
                        keep_items=False,
                    )
                except (ValidationError, ConflictError) as exc:
                    raise PullError(f"{where}: page {number} of {client.base_url}: {exc}") from exc
                counts[0] += result.added
                counts[1] += result.replaced
                counts[2] += result.unchanged
                if on_items is not None:
                    on_items(len(items))
    except ApiError as exc:
        # One line: AWS's signature-mismatch message spans many (its canonical request).
        message = " ".join(str(exc.message or exc.body or "").split())
        message = message if len(message) <= 300 else message[:297] + "..."
        raise PullError(
            f"{where}: {client.base_url} answered {exc.status} {exc.error_type}: {message}"
        ) from None
    except PaginationError as exc:
        raise PullError(f"{where}: {client.base_url}: {exc}") from None
    except httpx.HTTPError as exc:  # transport errors: refused, DNS, TLS, timeouts
        raise PullError(f"{where}: cannot reach {client.base_url}: {exc}") from None
    finally:
        client.http.event_hooks = hooks
    return CampaignPull(application_id, campaign_id, *counts)
