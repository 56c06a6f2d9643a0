"""Strings of Django and the admin libraries that their own Simplified Chinese catalogues lack.

Marked here so that `makemessages` keeps them in locale/zh_Hans (our catalogue is consulted before the libraries'),
and the admin shows no English to a Chinese editor. Nothing imports this module at run time.
"""

from django.utils.translation import gettext_noop

LIBRARY_STRINGS = (
    # django.contrib.admin (app_list.html: column headers read by screen readers)
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    # django-simple-history (object_history_list.html)
    gettext_noop("Changes"),
    # django-import-export (export.html)
    gettext_noop("Select all"),
)
