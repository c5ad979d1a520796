"""The one-call writes both stores offer: each runs one WriteTransaction method in a
transaction of its own (``write``), so SQLite's Store and PostgreSQL's PgStore share them."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from mockserver.inventory import ApplicationInfo, CampaignInfo
from mockserver.writes import DEFAULT_TREATMENTS

if TYPE_CHECKING:
    from mockserver.storage import StoreTransaction


class WriteShortcuts:
    """Mixed into a store that defines ``write``; see WriteTransaction for each method."""

    def write(self) -> AbstractContextManager[StoreTransaction]:
        raise NotImplementedError

    def add_application(self, application_id: str | None = None, *, name: str = "") -> str:
        """Add an application; see WriteTransaction.add_application."""
        with self.write() as tx:
            return tx.add_application(application_id, name=name)

    def add_campaign(
        self,
        application_id: str,
        campaign_id: str | None = None,
        *,
        name: str = "",
        treatments: Sequence[str] = DEFAULT_TREATMENTS,
    ) -> str:
        """Add a campaign; see WriteTransaction.add_campaign."""
        with self.write() as tx:
            return tx.add_campaign(application_id, campaign_id, name=name, treatments=treatments)

    def put_application(
        self, application_id: str, *, name: str | None = None
    ) -> tuple[ApplicationInfo, bool]:
        """Create or keep an application; see WriteTransaction.put_application."""
        with self.write() as tx:
            return tx.put_application(application_id, name=name)

    def put_campaign(
        self,
        application_id: str,
        campaign_id: str,
        *,
        name: str | None = None,
        treatment_ids: Sequence[str] | None = None,
    ) -> tuple[CampaignInfo, bool]:
        """Create or keep a campaign; see WriteTransaction.put_campaign."""
        with self.write() as tx:
            return tx.put_campaign(
                application_id, campaign_id, name=name, treatment_ids=treatment_ids
            )

    def delete_application(self, application_id: str) -> None:
        """Remove an application and everything under it (ApplicationNotFoundError)."""
        with self.write() as tx:
            tx.delete_application(application_id)

    def delete_campaign(self, application_id: str, campaign_id: str) -> None:
        """Remove a campaign and its activities (a NotFoundError when missing)."""
        with self.write() as tx:
            tx.delete_campaign(application_id, campaign_id)

    def delete_activities(self, application_id: str, campaign_id: str) -> int:
        """Remove a campaign's activities; return how many were removed."""
        with self.write() as tx:
            return tx.delete_activities(application_id, campaign_id)

    def reset(self) -> None:
        """Empty the database but its token secret; see WriteTransaction.reset."""
        with self.write() as tx:
            tx.reset()
