"""Bytes → text: UTF-8/16/32 with or without a byte-order mark, legacy code pages detected,
mojibake repaired, HTML told from text. Shared by every reader (briefcli/inputs.py) and by the
web page decoder (briefcli/web.py); it imports neither."""
from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


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
    """(text, encoding). UTF-8/16/32 with a BOM, UTF-16 without one, UTF-8 (a few invalid
    bytes replaced by U+FFFD: see `decode_counting`), else a detected legacy encoding."""
    text, encoding, _ = decode_counting(data, name)
    return text, encoding


def decode_counting(data: bytes, name: str) -> tuple[str, str, int]:
    """(text, encoding, invalid): `decode`, with the number of invalid UTF-8 sequences replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16[0], utf16[1], 0
    if _looks_binary(data):
        raise InputError(name, "binary data, not text (expected a UTF-8 or other text file)")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    lenient = _mostly_utf8(data)
    if lenient is not None:
        return lenient[0], "utf-8", lenient[1]
    text, encoding = _decode_legacy(data, name)
    return text, encoding, 0


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, invalid) for UTF-8 with a few stray invalid bytes (a file cut or concatenated
    badly), each invalid sequence replaced by U+FFFD: at least as many valid multi-byte
    characters as invalid sequences. A legacy single-byte file hardly ever forms a valid
    multi-byte sequence, so it stays with `_decode_legacy` (reading UTF-8 with one bad byte as
    a code page would turn every accent into mojibake)."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # the U+FFFD of the file itself are valid
    valid = sum(1 for ch in text if ord(ch) > 127) - invalid
    return (text, invalid) if valid >= max(invalid, 1) else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: Latin-script text in UTF-16 has a zero byte in
    most of its characters, all on the same side (odd offsets little-endian, even ones big-endian)."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd >= 0.3 * len(odd) and zeros_even <= 0.01 * len(even):
        encoding = "utf-16-le"
    elif zeros_even >= 0.3 * len(even) and zeros_odd <= 0.01 * len(odd):
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    return (text, encoding) if control <= 0.01 * min(len(text), 4096) else None


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
