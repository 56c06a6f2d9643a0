"""The admin speaks Chinese by default and English to a browser that asks for it; the project's strings are
translated (compiled catalogue committed under locale/)."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("core", "articles", "localities", "programs", "indicators")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Field names Django or simple-history provide, translated by their own catalogues or not user-facing.
FOREIGN_FIELDS = {"id"}


def project_models():
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if not model.__name__.startswith("Historical"):
                yield model


@pytest.mark.parametrize(
    ("accept_language", "expected", "unexpected"),
    [
        ("", "编辑台", "Editorial desk"),
        ("zh-CN,zh;q=0.9", "编辑台", "Editorial desk"),
        ("en-US,en;q=0.9", "Editorial desk", "编辑台"),
    ],
)
def test_the_admin_language_follows_the_browser_defaulting_to_chinese(
    editor_client, page_data, accept_language, expected, unexpected
):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    html = editor_client.get(reverse("admin:indicators_indicator_changelist"), **headers).content.decode()
    assert expected in html and unexpected not in html


def test_an_english_browser_gets_english_labels(editor_client, page_data):
    url = reverse("admin:indicators_indicator_change", args=[page_data.road.pk])
    html = editor_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "source sentence" in html.lower() and "原文句子" not in html


def test_chinese_labels_on_the_indicator_page(editor_client, page_data):
    html = editor_client.get(reverse("admin:indicators_indicator_change", args=[page_data.road.pk])).content.decode()
    for label in ("原文句子", "指标名称", "单位", "地点", "锁定字段"):
        assert label in html, label


@pytest.mark.parametrize("model", list(project_models()), ids=lambda m: m._meta.label_lower)
def test_every_model_and_field_name_is_translated_to_chinese(model):
    with translation.override("zh-hans"):
        untranslated = [str(model._meta.verbose_name), str(model._meta.verbose_name_plural)]
        untranslated = [name for name in untranslated if not CJK.search(name)]
        for field in model._meta.get_fields():
            if field.auto_created or field.name in FOREIGN_FIELDS or not hasattr(field, "verbose_name"):
                continue
            if not CJK.search(str(field.verbose_name)):
                untranslated.append(field.name)
            for _value, label in getattr(field, "flatchoices", None) or []:
                if not CJK.search(str(label)):
                    untranslated.append(f"{field.name}: {label}")
    assert not untranslated, f"add Chinese for these to locale/zh_Hans/LC_MESSAGES/django.po: {untranslated}"
