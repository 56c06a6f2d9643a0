"""Is a credited caption printed under a report's last paragraph that report's own picture?

A caption that opens on `图为` points at a picture printed with it. Printed right under a finished report, last on the
page or over the next item's headline, and naming a town or village the report's text named (`图为隔滦河村板栗北山板栗
采收现场。 李彬 摄` under a report on 隔滦河村), it shows that report's scene: the report's picture, part of it, not a
picture item of its own (a picture item opens on its own scene and place, and a text of its own may follow it).
"""

from __future__ import annotations

from articles.article_body import Draft
from articles.paragraph_cues import small_places
from articles.paragraph_parts import has_photo_credit
from core.text.cleaning import ends_sentence, normalize_for_matching

_POINTS_AT_ITS_PICTURE = "图为"


def pictures_the_report_above(text: str, current: Draft, *, last_of_its_column: bool) -> bool:
    """True when caption `text` (`图为……。 X 摄`), under the open report `current` and followed by nothing of
    that report's column (`last_of_its_column`), shows a town or village that report's text names."""
    if not last_of_its_column or current.photo or current.closed or not current.has_text:
        return False
    caption = normalize_for_matching(text).lstrip()
    if not caption.startswith(_POINTS_AT_ITS_PICTURE) or not has_photo_credit(text):
        return False
    if not ends_sentence(current.last_paragraph_text() or ""):
        return False
    earlier = "".join(piece.block.text for piece in current.paragraphs)
    return any(place in earlier for place in small_places(caption.removeprefix(_POINTS_AT_ITS_PICTURE)))
