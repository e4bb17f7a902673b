"""Reading articles: files, stdin, web pages and URLs, bytes of any common encoding → an
Article (text + what the input says of itself). Problems become InputError with one clear
message.

`read(path_or_url)` is the one entry point that `briefcli brief`, batch and evaluate share:
- `http(s)://…` is fetched and its main text extracted (briefcli/web.py);
- `.html`/`.htm` files, and any other input that sniffs as HTML, are extracted the same way;
- `.md`/`.markdown` files are Markdown, read as the plain text a reader sees;
- everything else is text, decoded as `decode` says (mojibake repaired).
"""
from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MAX_BYTES = 50 * 1024 * 1024
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass
class Article:
    name: str
    text: str
    title: str | None = None
    meta: dict = field(default_factory=dict)  # url, date, author, site, encoding, text…
    markdown: bool = False


# --- decoding -------------------------------------------------------------------------

# Characters that Western European text (French first) is made of beyond ASCII. A legacy
# single-byte file decoded with the right code page is mostly these; decoded with a wrong
# one (Mac Roman read as Windows-1252 gives "Ž" for "é", Windows-1252 read as Windows-1250
# gives "ŕ" for "à"), it is mostly something else.
_WESTERN = frozenset(
    "àâäáãåçéèêëíìîïñóòôöõúùûüÿæœøßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŸÆŒØ"
    "«»‘’‚“”„–—…€°§©®£¢¿¡·•ºª½\u00a0\u202f"
)
# marks that may stand between two letters of a word ("l’État", "Jean–Paul"); any other
# symbol there ("Za¿ó³æ": Polish read as Windows-1252) is a sign of the wrong code page
_IN_WORD = frozenset("’‘–—·\u00a0\u202f")
# legacy code pages worth trying besides charset-normalizer's guess: it often takes a short
# Windows-1252 text for Windows-1250, and Mac Roman for Mac Icelandic (same letters here)
_WESTERN_CODEPAGES = ("cp1252", "mac_roman")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding). UTF-8/16/32 with a BOM, UTF-8, else a detected legacy encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if _looks_binary(data):
        raise InputError(name, "binary data, not text (expected a UTF-8 or other text file)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name)


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """A single-byte (or other legacy) encoding: charset-normalizer's guess, checked against
    the Western code pages when the guess is a Latin-script one."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = (str(best), best.encoding) if best is not None and best.encoding else None
    candidates: list[tuple[str, str]] = []
    if guess is None or _latin_script(guess[0]):
        for encoding in _WESTERN_CODEPAGES:
            try:
                candidates.append((data.decode(encoding), encoding))
            except UnicodeDecodeError:
                continue
    if not candidates:
        if guess is None:
            raise InputError(name, "unknown text encoding (save it as UTF-8)")
        return guess
    best = max(candidates, key=lambda c: _western_score(c[0]))
    if guess is None or _western_score(best[0]) > _western_score(guess[0]):
        return best
    # the guess holds unless a Western code page reads the text better; when one reads it
    # the same, its common name is reported ("mac_roman" rather than "mac_iceland")
    return next((c for c in candidates if c[0] == guess[0]), guess)


def _latin_script(text: str) -> bool:
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return True
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin >= 0.9 * len(letters)


def _western_score(text: str) -> int:
    """Plausibility of a decoding as Western European text: +1 for each common accented
    letter or typographic mark, 0 for other Latin letters (Central European ones), -2 for
    anything else and -3 for a symbol inside a word."""
    score = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        if not ch.isalpha() and ch not in _IN_WORD and 0 < i < len(text) - 1 \
                and text[i - 1].isalpha() and text[i + 1].isalpha():
            score -= 3
        elif ch in _WESTERN:
            score += 1
        elif not (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")):
            score -= 2
    return score


# "Ã©", "Ã ", "â€™", "Â«": UTF-8 bytes read as Latin-1/Windows-1252 (mojibake)
_MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
                       r"|â€[™œ\u009d“”˜¦¢¡–—]")


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """(text, note): mojibake ("prÃ©sident") repaired with ftfy. note: None when there is none,
    "repaired", "partly repaired", or "suspected" (found but left as it was).

    ftfy repairs segment by segment (a text can mix good and broken parts), undoes double
    encodings and Windows-1252 quirks, and leaves text alone unless the repaired form is
    clearly more plausible, which a plain "re-decode the whole text as UTF-8" cannot do.
    """
    if not _MOJIBAKE.search(text):
        return text, None
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, "suspected"
    return fixed, "partly repaired" if _MOJIBAKE.search(fixed) else "repaired"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return len(sample) > 0 and control / len(sample) > 0.05


def looks_like_html(data: bytes) -> bool:
    """Whether bytes are an HTML document (not text that merely mentions a tag)."""
    head = data[:4096]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head_text = head.decode(encoding, errors="ignore")
            break
    else:
        head_text = head.decode("latin-1")
    start = head_text.lstrip().lower()
    if start.startswith(("<!doctype html", "<html")):
        return True
    if start.startswith(("<?xml", "<!--", "<head", "<meta", "<!doctype")):
        return "<html" in start or "<head" in start or "<body" in start
    return False


# --- reading ---------------------------------------------------------------------------

def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def read_bytes(path: str) -> tuple[bytes, str]:
    """The bytes of a path ('-' is stdin) and the name to report it by."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return data, "<stdin>"
    p = Path(path)
    if p.is_dir():
        raise InputError(path, "is a directory (use 'briefcli batch' for folders)")
    if not p.exists():
        raise InputError(path, "no such file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        with p.open("rb") as fh:
            return fh.read(), path
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def article_from_bytes(data: bytes, name: str, *, markdown: bool = False) -> Article:
    """A text or Markdown article from its bytes: decoded, mojibake repaired (then the
    repaired text is carried as meta["text"], since offsets refer to it)."""
    text, encoding = decode(data, name)
    meta: dict = {"encoding": encoding}
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

    source, encoding = decode(data, name)
    source, note = repair_mojibake(source)
    if not source.strip():
        raise InputError(name, "no text (the input is empty or only white space)")
    md = to_text(source)
    text = md.text
    if md.title and text.startswith(md.title + "\n"):
        text = text[len(md.title) + 1:]
    meta: dict = {"encoding": encoding, "text": text}
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
        from . import web

        return web.read_url(source)
    data, name = read_bytes(source)
    suffix = os.path.splitext(source)[1].lower() if source != "-" else ""
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_like_html(data)):
        from . import web

        return web.article_from_html(data, name)
    if suffix in MARKDOWN_SUFFIXES:
        return article_from_markdown(data, name)
    return article_from_bytes(data, name)
