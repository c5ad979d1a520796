"""ASGI server stubs for the Swagger Petstore API, generated from its OpenAPI document.

Implement :class:`Handlers` (subclass :class:`HandlersBase`), then serve ``create_app(handlers)``
with any ASGI server. Standard library only. Generated: do not edit; regenerate from the spec.
"""

from pinpoint_server.app import App, Guard, create_app
from pinpoint_server.errors import ApiError
from pinpoint_server.handlers import Handlers, HandlersBase
from pinpoint_server.requests import (
    AddPetRequest,
    DeletePetRequest,
    FindPetByIdRequest,
    FindPetsRequest,
    RequestContext,
)
from pinpoint_server.responses import (
    AddPetResponse,
    DeletePetResponse,
    FindPetByIdResponse,
    FindPetsResponse,
    RawJSON,
)

__version__ = "1.0.0"
__all__ = [
    "ApiError",
    "App",
    "Guard",
    "Handlers",
    "HandlersBase",
    "RawJSON",
    "RequestContext",
    "create_app",
    "FindPetsRequest",
    "FindPetsResponse",
    "AddPetRequest",
    "AddPetResponse",
    "FindPetByIdRequest",
    "FindPetByIdResponse",
    "DeletePetRequest",
    "DeletePetResponse",
]
