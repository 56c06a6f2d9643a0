"""Find English an editor reads on a zh-hans admin page: visible text, button labels, tooltips, placeholders.

Shared by the page-crawling i18n test and the browser test. What is not prose is left out on purpose: <code> (field
and command names), <pre> and <textarea> (page text, tracebacks), data the test itself typed (usernames, file names:
pass them as `data`), and the few technical names below that have no Chinese form on a Chinese screen.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIPPED_ELEMENTS = {"script", "style", "code", "pre", "textarea", "noscript", "template"}
ATTRIBUTES_READ = {"title", "placeholder", "aria-label", "alt"}
ENGLISH = re.compile(r"[A-Za-z][A-Za-z'’]+(?:[ -][A-Za-z][A-Za-z'’]+)*")
# Names, formats and units that stay Latin on Chinese screens.
TECHNICAL = {
    "API", "REST", "OpenAPI", "ReDoc", "Swagger", "UI", "CSV", "XLSX", "JSON", "ID", "id", "URL", "Django", "UTC",
    "PDF", "OCR", "Excel", "GB", "KB", "MB", "pk", "csv", "xlsx", "sha",
}  # fmt: skip
# Django writes the alt text of its ✔/✘ icons as the Python literal, untranslatable; the icon is what is read.
BOOLEAN_ALTS = {"True", "False", "None"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        attributes = dict(attrs)
        for name in ATTRIBUTES_READ:
            if attributes.get(name) and not (name == "alt" and attributes[name] in BOOLEAN_ALTS):
                self.chunks.append(attributes[name])
        if tag == "input" and attributes.get("type") in {"submit", "button", "reset"} and attributes.get("value"):
            self.chunks.append(attributes["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(data)


def english_phrases(html: str, data: set[str] = frozenset()) -> list[str]:
    """English words or phrases an editor would read on the page, minus technical names and the test's own data."""
    parser = _Text()
    parser.feed(html)
    text = "\n".join(parser.chunks)
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    found = []
    for phrase in ENGLISH.findall(text):
        words = [w for w in re.split(r"[ -]", phrase) if w not in TECHNICAL]
        if words:
            found.append(phrase)
    return sorted(set(found))
