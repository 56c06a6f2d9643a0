"""Program reads for the API: the few most recent mentioning articles and linked indicators, with their totals."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from articles.models import Article
from indicators.models import Indicator
from programs.models import Program, ProgramMention

DETAIL_SAMPLE = 20


def program_list_queryset() -> QuerySet:
    return Program.objects.select_related("locality")


def program_detail_queryset() -> QuerySet:
    """Programs with the number of mentioning articles and linked indicators (one query for any number)."""
    articles = (
        ProgramMention.objects.filter(program=OuterRef("pk"))
        .order_by()
        .values("program")
        .annotate(n=Count("article", distinct=True))
        .values("n")
    )
    indicators = (
        Indicator.objects.filter(program=OuterRef("pk")).order_by().values("program").annotate(n=Count("*")).values("n")
    )
    return program_list_queryset().annotate(
        article_count=Coalesce(Subquery(articles, output_field=IntegerField()), 0),
        indicator_count=Coalesce(Subquery(indicators, output_field=IntegerField()), 0),
    )


def recent_articles(program: Program, limit: int = DETAIL_SAMPLE) -> list[Article]:
    """The most recently published articles naming the program (the full list is /api/articles/?program=<id>)."""
    mentioning = ProgramMention.objects.filter(program=program).values("article_id")
    return list(
        Article.objects.filter(pk__in=mentioning)
        .select_related("source")
        .only("id", "title", "kind", "source__id", "source__name", "source__published_on")
        .order_by("-source__published_on", "-id")[:limit]
    )


def linked_indicators(program: Program, limit: int = DETAIL_SAMPLE) -> list[Indicator]:
    """The first indicators tied to the program (the full list is /api/indicators/?program=<id>)."""
    return list(
        Indicator.objects.filter(program=program)
        .select_related("locality")
        .order_by("article_id", "start_offset", "id")[:limit]
    )
