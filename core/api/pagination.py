"""Pagination with a bounded page size, so no client can ask for a million rows in one response."""

from rest_framework.pagination import PageNumberPagination


class BoundedPageNumberPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500
