"""Page-number pagination with the total count, so a journalist knows how much there is."""
from rest_framework.pagination import PageNumberPagination


class CountedPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
