"""Contains all the data models used in inputs/outputs"""

from .book import Book
from .book_in import BookIn
from .genre import Genre
from .health_health_get_response_200 import HealthHealthGetResponse200
from .http_validation_error import HTTPValidationError
from .page import Page
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext

__all__ = (
    "Book",
    "BookIn",
    "Genre",
    "HealthHealthGetResponse200",
    "HTTPValidationError",
    "Page",
    "ValidationError",
    "ValidationErrorContext",
)
