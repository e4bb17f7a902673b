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
- a caption, heading or credit glued to the paragraph after it ("Ministères de BercyGérald
  Darmanin", "Enquête en coursLe parquet") becomes a paragraph of its own: a lower→upper junction
  inside a word is scored, so that names written in camel case ("McDonald", "YouTube") stay whole;
- leftovers of page scripts (``window.pvp_… = new Pvp(…)``) are removed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .lexicon import fold

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

# "tôt.En mai", "Venise.Selon", "l'AFP.Le", "(DIPJ).Le": a sentence end glued to the next sentence
_GLUED = re.compile(r"(?<=[a-zà-öø-ÿœ]{2}[.!?])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ'’])"
                    r"|(?<=[0-9]{2}[.!?])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ'’])"
                    r"|(?<=[A-ZÀ-ÖØ-ÞŒ]{2}[.!?])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ'’])"  # "à l'AFP.Le chef"
                    r"|(?<=[)%][.!?])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ'’])"  # "(DIPJ).Le suspect", "6,31%).Les"
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
# "par BFMTVLes députés", "Europe 1Le député": a paragraph glued without its full stop after a word
# in capitals or a number, detected by a capitalised sentence opener that follows it (after a word
# in lower case, the junction scoring below decides)
_GLUED_WORD = re.compile(r"(?:(?<=[A-Z0-9]{3})|(?<=\s[0-9]))(?=(?:%s)\b)")
# "Ministères de BercyGérald Darmanin", "Marine Le PenSoulignant", "en coursLe parquet": a lower-case letter
# followed by a capital inside a word, where two pieces of text may have been glued (a caption, a heading or a
# credit, then the paragraph); the junction is scored (_junction_score) to keep names written in camel case
_JUNCTION = re.compile(r"(?<=[a-zà-öø-ÿœß])(?=[A-ZÀ-ÖØ-ÞŒ])")
_LETTER = re.compile(r"[^\W\d_]")
_APOSTROPHE_CHARS = "'’"
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


@dataclass(frozen=True)
class _JunctionWords:
    """What a language tells about a junction (models/<lang>/): the words that open sentences, given names,
    name-internal prefixes ("Mc", "Di"), function words, and the names written in camel case in the gazetteer."""
    openers: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # folded
    name_prefixes: frozenset[str] = frozenset()  # folded
    function_words: frozenset[str] = frozenset()  # lower case
    common_words: frozenset[str] = frozenset()  # lower case
    name_particles: frozenset[str] = frozenset()  # folded: "Le" in "Marine Le Pen"
    camel_names: frozenset[str] = frozenset()  # as written


@lru_cache(maxsize=8)
def _junction_words(lang: str | None, openers: tuple[str, ...]) -> _JunctionWords:
    if lang is None:
        return _JunctionWords(openers=frozenset(openers))
    from . import lexicon

    lex = lexicon.load(lang)
    base = lexicon.models_dir() / lang
    names = {lexicon.fold(n) for f in ("first_names.txt", "female_names.txt", "male_names.txt")
             for n in lexicon._lines(base / f)}
    function_words = {w.lower() for line in lexicon._lines(base / "function_words.txt") for w in line.split()}
    camel = {w for forms in lex.gazetteer_forms.values() for form in forms
             for w in re.findall(r"[^\W\d_]+", form) if _JUNCTION.search(w)}
    return _JunctionWords(openers=frozenset(openers or lex.openers), given_names=frozenset(names),
                          name_prefixes=frozenset(lex.words.get("name_prefix", ())),
                          function_words=frozenset(function_words),
                          common_words=frozenset(lexicon._lines(base / "common_words.txt")),
                          name_particles=frozenset(lex.words.get("name_particle", ())), camel_names=frozenset(camel))


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _word_in(word: str, text: str) -> int:
    """How often `word` stands in `text` as a whole word (no letter on either side)."""
    return len(re.findall(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(word), text))


def _after_given_name(before: str, data: _JunctionWords) -> bool:
    """Does `before` end with a given name, and maybe name particles ("Marine Le ")?"""
    words = before.split(" ")[:-1]  # the text ends with the space before the word
    while words and fold(words[-1]) in data.name_particles and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1][:1].isupper() and fold(words[-1]) in data.given_names


def _junction_split(text: str, j: int, data: _JunctionWords) -> str | None:
    """What to insert at the lower→upper junction `j` inside a word ("BercyGérald", "coursLe"), or None to keep
    the word whole ("McDonald", "YouTube", "iPhone").

    Evidence of glue: the left part is a word in lower case ("cours|Le"); the right part opens sentences
    ("Le", "L'", "Aujourd'"), is a given name followed by a surname the text never writes in lower case
    ("Bercy|Gérald Darmanin"), or a word the text also writes in lower case ("Pen|Soulignant"); a capitalised
    left part also stands alone in the text ("Bercy"). Evidence of a name: the whole word recurs in the text or
    the gazetteer, a one-letter left part ("iPhone"), a name prefix ("Mc", "Di", "Le"), more capitals inside.
    A glued caption, heading or credit becomes a paragraph of its own; after a function word
    ("créé parRyan Murphy") the words are only spaced apart."""
    s, e = j, j
    while s > 0 and _is_letter(text[s - 1]):
        s -= 1
    while e < len(text) and _is_letter(text[e]):
        e += 1
    left, right = text[s:j], text[j:e]
    before, after = text[s - 1:s], text[e:e + 1]
    lower_left = left.islower()
    if len(left) < 2 or before.isdigit() or after.isdigit() or (before and before in "@#_/={[") \
            or (after and after in "_/=@:") or (before == "." and lower_left and right not in data.openers):
        return None  # "@EmmanuelMacron", "#MeToo", "idDM:", "rtl.frSelon": handles, tags, code and addresses
    if any(c.isupper() for c in left[1:]) or any(c.isupper() for c in right[1:]):
        return None  # "NextRadioTV", "RealClearPolitics", "SARS-CoV": capitals inside a name
    if not lower_left and fold(left) in data.name_prefixes:
        return None  # "McDonald", "DiCaprio", "LeBron"
    word = left + right
    if word in data.camel_names or _word_in(word, text) > 1:
        return None  # "BlackRock", or a word the text writes so more than once
    elided = after in _APOSTROPHE_CHARS and text[e + 1:e + 2].isalpha() and len(right) <= 2  # "L'homme", "Qu'il"
    if len(right) == 1 and not elided and not (after.isspace() and (lower_left or right in data.openers)):
        return None  # "SpaceX"; "restrictionsA Lyon", "François FillonA la question" go on
    score = 0
    if lower_left:
        score += 2 if len(left) >= 3 else 1
    if elided or right in data.openers:
        score += 2  # a sentence starts there
    elif fold(right) in data.given_names:
        score += 1
        surname = re.match(r" ([A-ZÀ-ÖØ-ÞŒ][^\W\d_]+)", text[e:e + 40])
        if surname and surname.group(1).lower() not in data.common_words and not _word_in(surname.group(1).lower(), text):
            score += 1
    elif len(right) > 1 and (right.lower() in data.common_words or _word_in(right.lower(), text)):
        score += 1
    if not lower_left and _after_given_name(text[max(0, s - 60):s], data):
        score += 1  # "Marine Le Pen|Soulignant": the left part ends a person's name
    if not lower_left and left.lower() not in data.function_words and left not in data.openers \
            and _word_in(left, text):
        score += 1
    if score < 2:
        return None
    opens = elided or right in data.openers
    return " " if lower_left and left in data.function_words and not opens else "\n"


def is_subheading(text: str) -> bool:
    """Is this line or sentence a subheading between dashes ("- Origine inconnue -"), as _SUBHEADING sets apart?"""
    text = text.strip()
    return text[:1] in _DASHES and text[-1:] in _DASHES


def clean(text: str, *, markdown: bool = False, openers: tuple[str, ...] = (), lang: str | None = None) -> CleanText:
    """Return the text to parse, with the map of its characters back to `text`. `openers`: capitalised sentence
    openers; `lang`: the language whose data (models/<lang>/) tells glued words from names in camel case."""
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
    junction_words = _junction_words(lang, tuple(openers))
    glued_words = _glued_word_pattern(tuple(sorted(junction_words.openers)))
    if glued_words is not None:
        # a paragraph end; after capitals ("BFMTVLes") only before a word in lower case: "NASA, and" is no "NAS" + "A"
        glue_points.update((m.start(), "\n") for m in glued_words.finditer(text)
                           if not (text[m.start() - 1].isupper() and not text[m.start() + 1:m.start() + 2].islower()))
    for m in _JUNCTION.finditer(text):
        if m.start() not in glue_points and (insert := _junction_split(text, m.start(), junction_words)):
            glue_points[m.start()] = insert
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
