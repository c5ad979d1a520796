"""Contains all the data models used in inputs/outputs"""

from .author import Author
from .book import Book
from .book_all_of_1_status import BookAllOf1Status
from .book_page import BookPage
from .category import Category
from .create_book_response_422 import CreateBookResponse422
from .create_book_response_422_errors import CreateBookResponse422Errors
from .genre import Genre
from .new_book import NewBook
from .new_book_metadata import NewBookMetadata
from .new_book_rating_one_of_1 import NewBookRatingOneOf1
from .problem import Problem
from .put_category_request import PutCategoryRequest
from .put_category_request_tags import PutCategoryRequestTags

__all__ = (
    "Author",
    "Book",
    "BookAllOf1Status",
    "BookPage",
    "Category",
    "CreateBookResponse422",
    "CreateBookResponse422Errors",
    "Genre",
    "NewBook",
    "NewBookMetadata",
    "NewBookRatingOneOf1",
    "Problem",
    "PutCategoryRequest",
    "PutCategoryRequestTags",
)
