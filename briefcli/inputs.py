"""Reading articles: files, stdin, web pages and URLs, bytes of any common encoding → an
Article (text + what the input says of itself). Problems become InputError with one clear
message.

`read(path_or_url)` is the one entry point that `briefcli brief`, batch and evaluate share:
- `http(s)://…` is fetched and its main text extracted (fetching and extraction: briefcli/web.py);
- `.html`/`.htm` files, and any other input that sniffs as HTML, are extracted the same way;
- `.md`/`.markdown` files are Markdown, read as the plain text a reader sees;
- everything else is text, decoded as `decode` says (mojibake repaired).
"""
from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import decode, decode_counting, looks_like_html, repair_mojibake  # noqa: F401 - also this module's API
from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MAX_BYTES = 50 * 1024 * 1024
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass
class Article:
    name: str
    text: str
    title: str | None = None
    meta: dict = field(default_factory=dict)  # url, date, author, site, encoding, text…
    markdown: bool = False


# --- reading ---------------------------------------------------------------------------

def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def read_stdin() -> bytes:
    """All of standard input, or InputError when there is none to read (`<&-` closes it)."""
    if sys.stdin is None:
        raise InputError("<stdin>", "standard input is closed (give a file, or pipe the article in)")
    try:
        stream = getattr(sys.stdin, "buffer", None)
        return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    except OSError as exc:
        raise InputError("<stdin>", f"standard input cannot be read ({exc.strerror or exc})") from None


def read_bytes(path: str) -> tuple[bytes, str]:
    """The bytes of a path ('-' is stdin) and the name to report it by."""
    if path == "-":
        return read_stdin(), "<stdin>"
    p = Path(path)
    if p.is_dir():
        raise InputError(path, "is a directory (use 'briefcli batch' for folders)")
    if not p.exists():
        raise InputError(path, "no such file")
    try:
        mode = p.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            # a named pipe is read (`briefcli brief <(curl …)`); a device may never end
            raise InputError(path, "not a regular file (a device or socket)")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(path, f"too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        return data, path
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def article_from_bytes(data: bytes, name: str, *, markdown: bool = False) -> Article:
    """A text or Markdown article from its bytes: decoded, mojibake repaired (then the
    repaired text is carried as meta["text"], since offsets refer to it)."""
    text, encoding, invalid = decode_counting(data, name)
    meta: dict = {"encoding": encoding}
    if invalid:
        meta["invalid_utf8"] = invalid
    repaired, note = repair_mojibake(text)
    if note:
        meta["mojibake"] = note
    if repaired != text:
        text = meta["text"] = repaired
    return article_from_text(text, name, markdown=markdown, meta=meta)


def article_from_markdown(data: bytes, name: str) -> Article:
    """A Markdown article read as plain text (briefcli/markdown_text.py): its first heading is
    the title (and leaves the text when it opens it); the plain text, which offsets refer
    to, is carried as meta["text"]."""
    from .markdown_text import to_text

    source, encoding, invalid = decode_counting(data, name)
    source, note = repair_mojibake(source)
    if not source.strip():
        raise InputError(name, "no text (the input is empty or only white space)")
    md = to_text(source)
    text = md.text
    if md.title and text.startswith(md.title + "\n"):
        text = text[len(md.title) + 1:]
    meta: dict = {"encoding": encoding, "text": text}
    if invalid:
        meta["invalid_utf8"] = invalid
    if note:
        meta["mojibake"] = note
    article = article_from_text(text, name, meta=meta)
    article.title = md.title
    return article


def article_from_text(text: str, name: str = "<text>", *, markdown: bool = False, meta: dict | None = None) -> Article:
    if not text.strip():
        raise InputError(name, "no text (the input is empty or only white space)")
    title = None
    if markdown:
        from .cleaning import markdown_title

        title = markdown_title(text)
    return Article(name=name, text=text, title=title, meta=dict(meta or {}), markdown=markdown)


def read(source: str) -> Article:
    """Read one input: an http(s) URL, an HTML page, a text or Markdown file, or '-' for stdin."""
    if is_url(source):
        return read_url(source)
    data, name = read_bytes(source)
    suffix = os.path.splitext(source)[1].lower() if source != "-" else ""
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_like_html(data)):
        return article_from_html(data, name)
    if suffix in MARKDOWN_SUFFIXES:
        return article_from_markdown(data, name)
    return article_from_bytes(data, name)


def read_url(url: str, **fetch_options) -> Article:
    """The article at an http(s) URL (`fetch_options`: see `web.fetch`)."""
    from . import web  # urllib, ssl and trafilatura only when a page is read

    page = web.fetch(url, **fetch_options)
    return article_from_html(page.data, url, url=page.url, charset=page.charset)


def article_from_html(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> Article:
    """An article from the bytes of an HTML page: its main text and metadata."""
    if not data.strip():
        raise InputError(name, "no text (the input is empty or only white space)")
    from . import web

    html, encoding = web.decode_html(data, name, charset)
    page = web.extract(html, name, url=url)
    text, note = repair_mojibake(page.text)
    title = repair_mojibake(page.title)[0] if page.title else None
    meta = {"text": text, "url": page.url or url, "date": page.date, "author": page.author, "site": page.site,
            "encoding": encoding}
    if note:
        meta["mojibake"] = note
    return Article(name=name, text=text, title=title, meta={k: v for k, v in meta.items() if v})
