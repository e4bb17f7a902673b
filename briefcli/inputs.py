"""Reading articles: files, stdin, bytes of any common encoding → an Article (text + what
the input says of itself). Problems become InputError with one clear message."""
from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
MAX_BYTES = 50 * 1024 * 1024
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


@dataclass
class Article:
    name: str
    text: str
    title: str | None = None
    meta: dict = field(default_factory=dict)  # url, date, author, site, encoding…
    markdown: bool = False


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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(name, "unknown text encoding (save it as UTF-8)")
    return str(best), best.encoding


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return len(sample) > 0 and control / len(sample) > 0.05


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
    text, encoding = decode(data, name)
    return article_from_text(text, name, markdown=markdown, meta={"encoding": encoding})


def article_from_text(text: str, name: str = "<text>", *, markdown: bool = False, meta: dict | None = None) -> Article:
    if not text.strip():
        raise InputError(name, "no text (the input is empty or only white space)")
    title = None
    if markdown:
        from .cleaning import markdown_title

        title = markdown_title(text)
    return Article(name=name, text=text, title=title, meta=dict(meta or {}), markdown=markdown)


def read(path: str) -> Article:
    """Read one input: a text or Markdown file, or '-' for stdin."""
    data, name = read_bytes(path)
    suffix = os.path.splitext(path)[1].lower()
    return article_from_bytes(data, name, markdown=suffix in (".md", ".markdown"))
