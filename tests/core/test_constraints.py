"""Database constraints reject bad rows on every engine the suite runs on."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, Source
from indicators.models import Indicator
from localities.models import Level, Locality

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    source = Source.objects.create(name="page.txt", content_hash="0" * 64, text="正文")
    return Article.objects.create(source=source, position=0, title="标题", body="正文", start_offset=0, end_offset=2)


def test_duplicate_source_name_is_refused():
    Source.objects.create(name="a.txt", content_hash="1" * 64, text="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(name="a.txt", content_hash="2" * 64, text="y")


def test_two_articles_cannot_share_an_identity(article):
    Article.objects.filter(pk=article.pk).update(identity="t|标题#0")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            source=article.source, position=1, body="b", start_offset=0, end_offset=1, identity="t|标题#0"
        )


def test_rows_without_identity_may_share_a_position(article):
    """Editors' rows carry no identity; a re-anchored page may put two articles at one position for a while."""
    Article.objects.create(source=article.source, position=0, body="b", start_offset=0, end_offset=1)
    assert Article.objects.filter(source=article.source, position=0).count() == 2


def test_negative_offsets_are_refused(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(start_offset=-1)


def test_end_before_start_is_refused(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(start_offset=5, end_offset=1)


def indicator(article, **overrides):
    values = dict(
        article=article,
        metric="新建厕所",
        value=3,
        unit="个",
        quantity_text="3个",
        start_offset=0,
        end_offset=2,
        evidence_text="新建厕所3个",
        evidence_start=0,
        evidence_end=6,
    )
    values.update(overrides)
    return Indicator.objects.create(**values)


def test_period_end_before_start_is_refused(article):
    import datetime as dt

    with pytest.raises(IntegrityError), transaction.atomic():
        indicator(article, period_start=dt.date(2020, 5, 1), period_end=dt.date(2020, 1, 1))


def test_duplicate_indicator_identity_is_refused(article):
    indicator(article, identity="3个|新建厕所3个#0")
    with pytest.raises(IntegrityError), transaction.atomic():
        indicator(article, metric="another reading of the same figure", identity="3个|新建厕所3个#0")


def test_same_name_twice_under_one_parent_is_refused():
    province = Locality.objects.create(name="山东省", level=Level.PROVINCE, code="370000000000")
    Locality.objects.create(name="枣庄市", level=Level.PREFECTURE, parent=province)
    with pytest.raises(IntegrityError), transaction.atomic():
        Locality.objects.create(name="枣庄市", level=Level.PREFECTURE, parent=province)


def test_duplicate_code_is_refused():
    Locality.objects.create(name="山东省", level=Level.PROVINCE, code="370000000000")
    with pytest.raises(IntegrityError), transaction.atomic():
        Locality.objects.create(name="鲁", level=Level.PROVINCE, code="370000000000")


def test_locality_cannot_become_its_own_ancestor():
    province = Locality.objects.create(name="山东省", level=Level.PROVINCE)
    city = Locality.objects.create(name="枣庄市", level=Level.PREFECTURE, parent=province)
    province.parent = city
    with pytest.raises(ValidationError, match=r"ancestor|上级|下级|包含|contain"):
        province.full_clean()


def test_village_cannot_be_parent_of_a_county():
    village = Locality.objects.create(name="刘庄村", level=Level.VILLAGE)
    county = Locality(name="山亭区", level=Level.COUNTY, parent=village)
    with pytest.raises(ValidationError):
        county.full_clean()


def test_natural_village_may_sit_under_its_administrative_village():
    township = Locality.objects.create(name="芭蕉侗族乡", level=Level.TOWNSHIP)
    village = Locality.objects.create(name="高拱桥村", level=Level.VILLAGE, parent=township, code="422801203201")
    group = Locality(name="枫香坡组", level=Level.VILLAGE, parent=village)
    group.full_clean()
    group.save()
    assert Locality.objects.get(pk=group.pk).parent == village


def test_only_one_level_of_natural_villages_and_never_a_coded_one():
    township = Locality.objects.create(name="芭蕉侗族乡", level=Level.TOWNSHIP)
    village = Locality.objects.create(name="高拱桥村", level=Level.VILLAGE, parent=township)
    group = Locality.objects.create(name="枫香坡组", level=Level.VILLAGE, parent=village)
    with pytest.raises(ValidationError):
        Locality(name="下组", level=Level.VILLAGE, parent=group).full_clean()
    with pytest.raises(ValidationError):
        Locality(name="白果村", level=Level.VILLAGE, parent=village, code="422801203202").full_clean()
    with pytest.raises(ValidationError):
        Locality(name="新区社区", level=Level.COMMUNITY, parent=village).full_clean()
