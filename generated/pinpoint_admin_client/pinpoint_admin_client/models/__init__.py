"""Contains all the data models used in inputs/outputs"""

from .activities_input import ActivitiesInput
from .activities_input_item_item import ActivitiesInputItemItem
from .activities_page import ActivitiesPage
from .activities_page_item_item import ActivitiesPageItemItem
from .application import Application
from .application_input import ApplicationInput
from .application_list import ApplicationList
from .campaign import Campaign
from .campaign_input import CampaignInput
from .clock import Clock
from .clock_advance import ClockAdvance
from .clock_setting import ClockSetting
from .fault import Fault
from .fault_input import FaultInput
from .fault_list import FaultList
from .health import Health
from .health_status import HealthStatus
from .message_body import MessageBody
from .reset_result import ResetResult
from .run import Run
from .run_delivery import RunDelivery
from .run_event import RunEvent
from .run_event_type import RunEventType
from .run_failure import RunFailure
from .run_input import RunInput
from .run_list import RunList
from .run_schedule import RunSchedule
from .run_schedule_frequency import RunScheduleFrequency
from .run_segment import RunSegment
from .run_state import RunState
from .run_timezone import RunTimezone
from .run_treatment import RunTreatment
from .store_info import StoreInfo
from .stored_activities import StoredActivities
from .stored_activities_item_item import StoredActivitiesItemItem

__all__ = (
    "ActivitiesInput",
    "ActivitiesInputItemItem",
    "ActivitiesPage",
    "ActivitiesPageItemItem",
    "Application",
    "ApplicationInput",
    "ApplicationList",
    "Campaign",
    "CampaignInput",
    "Clock",
    "ClockAdvance",
    "ClockSetting",
    "Fault",
    "FaultInput",
    "FaultList",
    "Health",
    "HealthStatus",
    "MessageBody",
    "ResetResult",
    "Run",
    "RunDelivery",
    "RunEvent",
    "RunEventType",
    "RunFailure",
    "RunInput",
    "RunList",
    "RunSchedule",
    "RunScheduleFrequency",
    "RunSegment",
    "RunState",
    "RunTimezone",
    "RunTreatment",
    "StoredActivities",
    "StoredActivitiesItemItem",
    "StoreInfo",
)
