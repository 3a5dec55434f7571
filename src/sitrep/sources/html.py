"""HTML pages to article text and metadata, via trafilatura.

trafilatura (about 2.5 ms a page) finds the article body among navigation,
comments and footers and reads the page's metadata (title, author, date,
site name). Its text then goes through the plain-text cleaner so that an
HTML article and the same article pasted as text come out alike.
"""

from __future__ import annotations

import logging
import re

from sitrep.errors import InputError
from sitrep.sources.plain import Cleaned, clean_plain_text

# trafilatura reports pages it cannot use through logging; sitrep reports them as InputError.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?(p|div|br|span|a|h[1-6]|article|section|body|head|meta|title|li|ul)\b[^>]*>",
                       re.IGNORECASE)
MIN_TAGS = 5
MIN_TAG_SHARE = 0.002  # tags per character: prose that mentions "<p>" once stays prose
MIN_SENTENCE_WORDS = 8


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment, false for prose that merely mentions a tag."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    sample = text[:20000]
    tags = len(_HTML_TAG.findall(sample))
    dense = tags / max(1, len(sample)) >= MIN_TAG_SHARE
    return sample.lstrip().startswith("<") and tags >= MIN_TAGS and dense


def _has_article_text(text: str) -> bool:
    """An article has at least one sentence-like paragraph; a menu or a login form does not."""
    for paragraph in text.split("\n\n"):
        words = paragraph.split()
        if len(words) >= MIN_SENTENCE_WORDS and paragraph.rstrip().endswith(
            (".", "!", "?", '"', "”", "’", "'", ")", "»")
        ):
            return True
    return False


def parse_html(html: str, *, url: str | None = None, name: str | None = None) -> Cleaned:
    """The article in an HTML page, cleaned, with the page's title, author, date and site name.

    Metadata found in the page wins over what the text cleaner guessed from the
    body's first and last lines; a byline in the body is still removed from it.
    """
    import trafilatura  # 0.15 s to import: paid only by runs that meet HTML

    label = name or url or "the page"
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, include_formatting=False,
        )
    except Exception as err:  # a parser crash on one malformed page must not stop a batch
        raise InputError(f"cannot read the HTML of {label} ({type(err).__name__}): save it as text") from None
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise InputError(f"no article text found in {label} (is it an index or login page?)")
    title = _clean_field(getattr(extracted, "title", None))
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    # trafilatura separates paragraphs with one line end; sitrep keeps them apart with a blank line
    cleaned = clean_plain_text("\n\n".join(lines), title=title)
    if not _has_article_text(cleaned.text):
        raise InputError(f"no article text found in {label} (is it an index or login page?)")
    cleaned.byline = _clean_field(getattr(extracted, "author", None)) or cleaned.byline
    cleaned.publisher = _clean_field(getattr(extracted, "sitename", None)) or cleaned.publisher
    cleaned.published = _clean_field(getattr(extracted, "date", None))
    return cleaned


def _clean_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
