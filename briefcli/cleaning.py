"""Clean-up before parsing that keeps offsets into the original text.

The cleaned text is what spaCy parses; `CleanText.origin` maps every character of
it back to the text as read, so every span the extractors find is reported with
offsets into the original (brief-spec.md: offsets are into the text as read).

What changes, and why:
- typographic variants that the tokenizer or the lexicons do not expect (non-breaking
  and narrow spaces, soft hyphens, zero-width characters, ligatures, the typographic
  apostrophe between letters, CR line ends) become their plain forms;
- sentences glued by scraping ("plus tôt.En mai") get the missing space, so the
  tokenizer and the sentence splitter see two sentences;
- leftovers of page scripts (``window.pvp_… = new Pvp(…)``) are removed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

# one character → its plain form ("" deletes it)
_CHAR_MAP = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ",
    "\u2003": " ", "\u2008": " ", "\u200a": " ", "\t": " ", "\x0b": " ", "\x0c": "\n",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    "\u2010": "-", "\u2011": "-",
    "\u2026": "...",
}
_APOSTROPHES = "\u2019\u02bc\u2018\u00b4\u0060"  # ’ ʼ ‘ ´ ` used between letters as apostrophes

# "tôt.En mai", "Venise.Selon": a sentence end glued to the next sentence
_GLUED = re.compile(r"(?<=[a-zà-öø-ÿœ]{2}[.!?])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ'’])"
                    r"|(?<=[0-9]{2}[.!?])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ'’])"
                    r"|(?<=[a-zà-öø-ÿœ0-9)]{2}[.!?])(?=[«“][A-ZÀ-ÖØ-ÞŒ])"
                    r"|(?<=[a-zà-öø-ÿœ0-9]{2}[.!?][»”])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ])")
# '…du groupe."Nous allons…' or '…a-t-il dit."Puis…': a straight quote glued between two sentences
# opens or closes a quotation depending on how many came before it in the paragraph
_GLUED_STRAIGHT = re.compile(r'(?:(?<=[\w)][.!?])|(?<=\s[?!])|(?<=[a-zà-öø-ÿœ])|(?<=["»”][.!?])|(?<="))'
                             r'"(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ\'’])')
# "l'"échange des prisonniers"": an elided article glued to the opening mark, which the tokenizer
# would keep inside the word
_ELIDED_MARK = re.compile(r"\b(?:[ldjnscmt]|qu|jusqu|lorsqu|puisqu)['’](?=[\"«“])", re.IGNORECASE)
# "a-t-il insisté.- "Aucune relation" -Le président": a news-agency subheading glued between two
# paragraphs; it becomes a paragraph of its own
_DASHES = "-–—"
_SUBHEADING = re.compile(r'(?<=[\w.!?"»”)])(- [^\n.]{1,80}? -)(?=["«“]?[A-ZÀ-ÖØ-ÞŒ0-9])')
# "Olivier VéranEn 2019", "par Le Point ActuCe jeudi": a paragraph glued without its full stop,
# detected by a word that ends in lower case and runs on into a capitalised sentence opener
_GLUED_WORD = re.compile(r"(?:(?<=[a-zà-öø-ÿœ]{3})|(?<=[A-Z0-9]{3})|(?<=\s[0-9]))(?=(?:%s)\b)")  # "…BFMTVLes", "Europe 1Le"
# "…a répondu Jean-François Copépar Europe 1", "…inexpliquéespar BFMTV": the credit of an embedded video,
# glued to the paragraph it follows; it becomes a paragraph of its own
_VIDEO_CREDIT = re.compile(r'(?:(?<=[^\W\d_]{4})|(?<=["»”]))(?=par [A-Z0-9])')
# "window.pvp_… = new Pvp(…)", "var x = {…}", "googletag.cmd.push(…)": script code
_SCRIPT_START = re.compile(
    r"(?:\bwindow\.[\w$.]+\s*=\s*new\s+\w+\s*\("
    r"|\b(?:googletag|dataLayer|document)\.[\w$.]+\s*\("
    r"|\bvar\s+[\w$]+\s*=\s*[{\[(])"
)
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(frozen=True)
class CleanText:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original of cleaned char i; one extra at the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the cleaned span [start, end)."""
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


def _script_end(text: str, start: int) -> int:
    """End of the script statement starting at `start`: its brackets closed, then a `;`."""
    depth, i, quote = 0, start, ""
    opened = False
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in _OPEN:
            depth += 1
            opened = True
        elif ch in _CLOSE:
            depth -= 1
            if opened and depth <= 0:
                i += 1
                while i < len(text) and text[i] in " ;":
                    i += 1
                return i
        elif ch == "\n" and depth <= 0 and opened:
            return i
        i += 1
    return len(text)


def _script_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    while True:
        m = _SCRIPT_START.search(text, pos)
        if not m:
            return spans
        end = _script_end(text, m.start())
        spans.append((m.start(), end))
        pos = end


@lru_cache(maxsize=8)
def _glued_word_pattern(openers: tuple[str, ...]) -> re.Pattern | None:
    if not openers:
        return None
    return re.compile(_GLUED_WORD.pattern % "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True)))


def is_subheading(text: str) -> bool:
    """Is this line or sentence a subheading between dashes ("- Origine inconnue -"), as _SUBHEADING sets apart?"""
    text = text.strip()
    return text[:1] in _DASHES and text[-1:] in _DASHES


def clean(text: str, *, markdown: bool = False, openers: tuple[str, ...] = ()) -> CleanText:
    """Return the text to parse, with the map of its characters back to `text`."""
    out: list[str] = []
    origin: list[int] = []
    drops = _script_spans(text)
    if markdown:
        drops = sorted(drops + _markdown_spans(text))
    glue_points = {m.start(): " " for m in _GLUED.finditer(text)}  # where to insert what
    glued = list(_GLUED_STRAIGHT.finditer(text))
    if glued:
        from .marks import pair_marks  # which marks open and which close, as quotes will pair them

        pairs = pair_marks(text)
        opens, closes = {p.open for p in pairs}, {p.close for p in pairs}
    for m in glued:
        para_start = text.rfind("\n", 0, m.start()) + 1
        opening = m.start() in opens or m.start() not in closes and text.count('"', para_start, m.start()) % 2 == 0
        glue_points[m.start() if opening else m.start() + 1] = " "
    glued_words = _glued_word_pattern(openers)
    if glued_words is not None:
        # a paragraph end; after capitals ("BFMTVLes") only before a word in lower case: "NASA, and" is no "NAS" + "A"
        glue_points.update((m.start(), "\n") for m in glued_words.finditer(text)
                           if not (text[m.start() - 1].isupper() and not text[m.start() + 1:m.start() + 2].islower()))
    glue_points.update((m.start(), "\n") for m in _VIDEO_CREDIT.finditer(text))
    glue_points.update((m.end(), " ") for m in _ELIDED_MARK.finditer(text))
    for m in _SUBHEADING.finditer(text):
        glue_points[m.start(1)] = glue_points[m.end(1)] = "\n"

    drop_i = 0
    i, n = 0, len(text)
    while i < n:
        if drop_i < len(drops) and i >= drops[drop_i][0]:
            i = max(i, drops[drop_i][1])
            drop_i += 1
            continue
        if i in glue_points:
            out.append(glue_points[i])
            origin.append(i)
        ch = text[i]
        if ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
                continue
            ch = "\n"
        elif ch in _APOSTROPHES and 0 < i < n - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            ch = "'"
        else:
            ch = _CHAR_MAP.get(ch, ch)
        for c in ch:
            out.append(c)
            origin.append(i)
        i += 1
    origin.append(n)
    return CleanText("".join(out), tuple(origin))


# Markdown syntax that must not reach sentences or quotes: heading marks, emphasis,
# link targets, images, code fences, block quotes, list bullets.
_MD_DROP = re.compile(
    r"^\s{0,3}#{1,6}[ \t]+"            # heading marks
    r"|^\s{0,3}>[ \t]?"                # block quote marks
    r"|^\s{0,3}(?:[-*+]|\d+[.)])[ \t]+"  # list bullets
    r"|^\s{0,3}(?:```|~~~).*$"          # code fences
    r"|!?\[(?=[^\]]*\]\()"            # "[" of a link or image
    r"|\]\([^)]*\)"                     # "](target)"
    r"|(?<!\w)(?:\*\*|__|\*|_)(?=\S)|(?<=\S)(?:\*\*|__|\*|_)(?!\w)"  # emphasis marks
    r"|[ \t]+#+[ \t]*$",                 # closing heading marks
    re.MULTILINE,
)


def _markdown_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _MD_DROP.finditer(text) if m.end() > m.start()]


def markdown_title(text: str) -> str | None:
    """The first heading of a Markdown text, without its marks."""
    m = re.search(r"^\s{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", text, re.MULTILINE)
    if m:
        return re.sub(r"[*_`]|\[|\]\([^)]*\)", "", m.group(1)).strip() or None
    return None
