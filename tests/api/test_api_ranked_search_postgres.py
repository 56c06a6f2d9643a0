"""A ranked search's page is cut by PostgreSQL (`RankedSearch`): the same ids, in the same order, as ranking every
candidate in Python (`ranked_candidates`), with their number, for every offset including past the end."""

from __future__ import annotations

import pytest
from django.db import connection

from articles.api_selectors import article_list_queryset, search_articles
from articles.models import Article
from core.api import fulltext

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the page is cut by PostgreSQL"),
]


@pytest.fixture
def many_matches(world) -> None:
    """Articles that mention the word in the title, once or often in the body, or not at all (ties and order)."""
    template = Article.objects.first()
    bodies = ["扶贫 扶贫 扶贫", "扶贫", "扶贫 产业", "产业 发展", "扶贫 扶贫"]
    for index in range(40):
        body = bodies[index % len(bodies)]
        Article.objects.create(
            source=template.source,
            position=100 + index,
            title="扶贫纪实" if index % 7 == 0 else f"报道{index}",
            body=body.replace(" ", ""),
            start_offset=10_000 + index * 100,
            end_offset=10_000 + index * 100 + len(body),
            search_text=body,
        )


@pytest.mark.parametrize("limit", [5, 30, 1000])
def test_each_page_is_the_slice_of_the_python_ranking(many_matches, monkeypatch, limit):
    searched = search_articles(article_list_queryset(), "扶贫")
    everything = fulltext.ranked_candidates(searched, limit)
    ranked = fulltext.ranked_search(searched, limit)

    assert everything, "the fixture has matches"
    for offset in range(0, len(everything) + 3):
        for size in (1, 2, 7):
            total, keys = ranked.page(offset, size)
            assert total == len(everything)
            assert keys == everything[offset : offset + size]


def test_a_search_that_matches_nothing_has_no_page(many_matches):
    searched = search_articles(article_list_queryset(), "沼气")
    assert fulltext.ranked_search(searched).page(0, 51) == (0, [])
    assert fulltext.ranked_search(search_articles(article_list_queryset(), "。")).page(0, 51) == (0, [])
