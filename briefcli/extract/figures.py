"""Figures: numbers that state a fact of the article, with what they count.

Numbers in digits ("22", "39,6 %", "US$400 million") and spelled out ("treize", "vingt-deux",
"une cinquantaine", "two dozen", "four thousand"; cardinals read by text2num, the other number
words in models/<lang>/numbers.tsv). Dates, years, times ("18h30", "6:36 p.m."), ordinals and
numbers inside names ("G20", "Power of Siberia 2", "Covid-19") are not figures.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from spacy.tokens import Token

from ..lexicon import Lexicon, fold
from ..lexicon import load as load_lexicon
from ..records import Figure
from .context import Context

# 2.600 · 1 500 · 2,600 · 39,6 · 22 · 3.5 — digits, optional thousands groups, optional decimals; not part of
# a word, a code ("UTC+9"), a time ("6:36") or a range written as one token ("2-1"); a measure joined to its
# lowercase unit by a hyphen is one ("a 24-hour search", "the 55-member AU")
_NUMBER_BODY = r"(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?:[,.]\d+)?(?![\w/])(?!-(?![a-z]))(?!:\d)"
_NUMBER = re.compile(r"(?<![\w.,\-/:])(?<![^\W\d_]\+)" + _NUMBER_BODY)
# the entity labels of names (spaCy's English and French schemes): a number inside one is the name's ("World War
# Two", "France 2"), not a count
_NAME_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "ORG", "MISC"})
_AFTER_PERCENT = re.compile(r"\s*(%|pour\s?cent|per\s?cent|percent)")
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=8)
def _scale_pattern(lang: str) -> re.Pattern:
    """A scale word right after digits ("3 millions", "2.5bn", "10 k€"), from numbers.tsv."""
    scales = sorted((w for w, (_, kind) in load_lexicon(lang).numbers.items() if kind == "scale"), key=len, reverse=True)
    return re.compile(r"\s*(%s)(?:\s?[€$£])?\b" % "|".join(map(re.escape, scales)), re.IGNORECASE)


def parse_number(value: str, decimal: str = ",", lang: str | None = None) -> float | None:
    """'2.600' → 2600.0, '39,6 %' → 39.6, '1 500' → 1500.0, '14 millions' → 14000000.0; with
    decimal='.' (English): '2,600' → 2600.0, '3.5' → 3.5, 'US$400 million' → 400000000.0. With `lang`,
    spelled-out numbers too: 'vingt-deux' → 22.0, 'une cinquantaine' → 50.0, 'two dozen' → 24.0."""
    lang = lang or ("fr" if decimal == "," else "en")
    thousands = "." if decimal == "," else ","
    m = re.compile(r"(\d{1,3}(?:[%s\u00a0 ]\d{3})+(?![\d])|\d+)(?:([%s])(\d+))?" % (re.escape(thousands), re.escape(decimal))
                   ).search(value)
    if not m:
        return words_value(value, lang)
    whole = re.sub(r"[%s\u00a0 ]" % re.escape(thousands), "", m.group(1))
    number = float(f"{whole}.{m.group(3)}") if m.group(3) else float(whole)
    scale = _scale_pattern(lang).match(value, m.end())
    if scale:
        number *= load_lexicon(lang).numbers[fold(scale.group(1))][0]
    return number


def words_value(text: str, lang: str) -> float | None:
    """The value of a spelled-out number: cardinals by text2num, then scales, round counts and
    fractions by numbers.tsv ("deux millions", "une dizaine", "two-thirds", "a dozen")."""
    lex = load_lexicon(lang)
    numbers, cardinals = lex.numbers, lex.words.get("number_word", set())
    words = []
    for w in map(fold, _WORD.findall(text)):
        if w in numbers or w in cardinals:
            words.append(w)
        elif words and w not in lex.words.get("number_connector", set()):
            break  # "one million rubles": the number ends at the first other word
    if not words:
        return None
    total: float | None = None
    cardinal: list[str] = []
    for w in words:
        value, kind = numbers.get(w, (None, None))
        if kind in ("scale", "approximate", "fraction") and not (kind == "scale" and cardinal and _cardinal(cardinal + [w], lang)):
            base = _cardinal(cardinal, lang) if cardinal else (total or 1.0)
            if base is None:
                return None
            total = base * value
            cardinal = []
        elif kind == "article" and not cardinal:
            total = value
        else:
            cardinal.append(w)
    if cardinal:
        value = _cardinal(cardinal, lang)
        if value is None:
            return None
        total = value if total is None else total * value if total < 1 else value
    return total


def _cardinal(words: list[str], lang: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(" ".join(words), lang))
    except (ValueError, TypeError):
        return None


def _token_at(ctx: Context, char: int) -> Token | None:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _range_end(ctx: Context, end_tok: int) -> Token | None:
    """The number that closes a range the number before token `end_tok` opens ("du 3 au 4 août", "les 7 et 13
    août", "entre le 7 et le 9 janvier", "de 16 à 20 heures"; models/<lang>/words.tsv range_connector), past a
    determiner."""
    doc = ctx.doc
    if end_tok + 1 >= len(doc) or not ctx.is_word("range_connector", doc[end_tok].text):
        return None
    k = end_tok + 1
    if doc[k].pos_ == "DET" and k + 1 < len(doc):
        k += 1
    return doc[k] if re.fullmatch(r"\d{1,2}", doc[k].text) else None


def _is_date_or_time(ctx: Context, tok: Token, value: str, end_tok: int) -> bool:
    doc = ctx.doc
    nxt = doc[end_tok] if end_tok < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    closing = _range_end(ctx, end_tok) if re.fullmatch(r"\d{1,2}", value) else None
    if closing is not None and _is_date_or_time(ctx, closing, closing.text, closing.i + 1):
        return True  # "du 3 au 4 août", "de 16 à 20 heures": the first day or hour of a span of dates or times
    if nxt is not None and (ctx.is_word("month", nxt.text) or ctx.is_word("clock_unit", nxt.text)
                            and re.fullmatch(r"\d{1,2}([.:]\d\d)?", value) and not ctx.is_word("duration_unit", nxt.text)):
        return True  # "12 mars", "18 h", "6 p.m."
    if prev is not None and (ctx.is_word("weekday", prev.text) or ctx.is_word("month", prev.text)):
        return True
    if nxt is not None and ctx.is_word("clock_unit", nxt.text) and prev is not None and ctx.is_word("clock_preposition", prev.text) \
            and not (re.fullmatch(r"\d+", value) and int(value) > 24):
        return True  # "à 4 heures", "at 6 pm"; "pendant 4 heures", "24 à 48 heures" are durations
    if re.fullmatch(r"0\d+", value):
        return True  # "0900", "0030": a time or a code, never a count
    if re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", value):
        # a year, unless it counts something ("2000 personnes"); "the 2015 election" is a year again
        counts = nxt is not None and nxt.pos_ == "NOUN" and not ctx.is_word("month", nxt.text)
        definite = tok.head.i > tok.i and any("Def" in c.morph.get("Definite") or "Yes" in c.morph.get("Poss")
                                              for c in tok.head.children if c.i < tok.i)  # "his 2017 title"
        return not counts or definite
    return False


def _hour_of_the_day(ctx: Context, end_tok: int) -> bool:
    """Is the number before token `end_tok` an hour told with its part of the day ("quatre heures du matin", "six
    o'clock in the evening"; models/<lang>/words.tsv day_part): a time of day, not a duration?"""
    doc = ctx.doc
    if end_tok >= len(doc) or not ctx.is_word("clock_unit", doc[end_tok].text):
        return False
    return any(ctx.is_word("day_part", t.text) for t in doc[end_tok + 1:end_tok + 4])


def _in_a_name(tok: Token) -> bool:
    """Is the number part of a name the parser found with capitalised words ("World War Two", "Ligue 1")?"""
    if tok.ent_type_ not in _NAME_LABELS:
        return False
    doc, start, end = tok.doc, tok.i, tok.i + 1  # the entity around it, by its IOB marks (no walk over doc.ents)
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.is_alpha and t.text[:1].isupper() for t in doc[start:end])


def _names_one(ctx: Context, value: str, end_tok: int) -> bool:
    """Is a whole number of two or more followed by a singular noun ("a Falcon 9 rocket", "the Ligue 1 club")?
    A count of two is never of one thing: the number belongs to a name or a label. Short units ("km",
    "kg") are left alone: their number is not marked; so are the units of a measure that qualifies a noun
    (models/<lang>/words.tsv measure_noun: "a 47 month prison term")."""
    doc = ctx.doc
    if not re.fullmatch(r"\d+", value) or int(value) < 2 or end_tok >= len(doc):
        return False
    nxt = doc[end_tok]
    return nxt.pos_ == "NOUN" and nxt.is_alpha and nxt.text.islower() and len(nxt.text) > 3 \
        and "Sing" in nxt.morph.get("Number") and not _is_unit(ctx, nxt) and not ctx.is_word("measure_noun", nxt.text)


def _after_a_name_word(ctx: Context, tok: Token, end_tok: int) -> bool:
    """Is the number written right after a capitalised word inside a sentence ("U.S. Route 2", "the Bell 206",
    "the Lost 52 Project", "Ligue 1")? A count follows a determiner, a verb or a preposition, not a name:
    the number is part of the name — unless what follows is counted ("placed Humberto 785 miles west", "an
    All-Star 18 times"): a plural noun or a unit. Sentence-opening words, months, currencies, labels aside."""
    if tok.i == 0:
        return False
    nxt = ctx.doc[end_tok] if end_tok < len(ctx.doc) else None
    if nxt is not None and (nxt.pos_ == "NOUN" and "Plur" in nxt.morph.get("Number") or _is_unit(ctx, nxt)):
        return False
    prev = ctx.doc[tok.i - 1]
    if not (prev.is_alpha and prev.text[:1].isupper() and prev.whitespace_) or prev.is_sent_start \
            or prev.text.isupper() and len(prev.text) <= 3:  # "USD 5", "EUR": a currency code, not a name
        return False
    return not any(ctx.is_word(kind, prev.text) for kind in ("month", "weekday", "currency_prefix", "number_label"))


def _code_after_a_name(ctx: Context, tok: Token, end_tok: int) -> bool:
    """Is the whole number alone between brackets right after a name ("l'Eure (27)", "le Val-d'Oise (95)")? A
    bare number that a name carries in parentheses is its code or reference (a département, a district), not a
    count; a decimal there is a measure ("le Japon (30,56)")."""
    doc = ctx.doc
    if tok.i < 2 or end_tok >= len(doc) or doc[tok.i - 1].text != "(" or doc[end_tok].text != ")" \
            or not re.fullmatch(r"\d+", doc[tok.i:end_tok].text):  # "le Japon (30,56)": a measure, not a code
        return False
    name = doc[tok.i - 2]
    return name.text[-1:].isalpha() and name.text[:1].isupper()


def _duration_parts(ctx: Context, found: list[tuple[int, int, Token]]) -> list[tuple[int, int, Token, bool]]:
    """A duration told in parts is one figure: "1 hour 59 minutes 40.2 seconds", "2 h 01 min 39 s" (the units
    of models/<lang>/words.tsv duration_part between the numbers and after the last); each with whether it
    was told in parts."""
    text, units = ctx.text, ctx.lex.words.get("duration_part", set())
    merged: list[tuple[int, int, Token, int]] = []  # (start, end of the last number, its token, parts)
    unit_after = re.compile(r"\s*([^\W\d_]+)")

    def unit_end(end: int) -> int | None:
        m = unit_after.match(text, end)
        return m.end() if m and fold(m.group(1)) in units else None

    for start, end, tok in found:
        if merged:
            p_start, p_end, p_tok, parts = merged[-1]
            after = unit_end(p_end)
            if after is not None and not text[after:start].strip() and unit_end(end) is not None:
                merged[-1] = (p_start, end, p_tok, parts + 1)  # one more part of the same duration
                continue
        merged.append((start, end, tok, 1))
    return [(start, unit_end(end) if parts > 1 else end, tok, parts > 1) for start, end, tok, parts in merged]


def _about(ctx: Context, tok: Token) -> str | None:
    """The counted thing: the noun the number modifies, with its adjectives."""
    doc = ctx.doc
    head = None
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        head = tok.head
    else:
        k = tok.i + 1
        while k < min(len(doc), tok.i + 5):
            t = doc[k]
            if t.pos_ == "NOUN" and not ctx.is_word("scale", t.text) and fold(t.text) not in ctx.lex.numbers:
                head = t
                break
            if t.is_punct and t.text not in "%" or t.pos_ in ("VERB", "AUX"):
                break
            k += 1
    if head is None:
        return None
    while _is_unit(ctx, head):  # "2,5 milliards d'euros", "39 % des votants": the counted noun comes after
        head = next((t for t in doc[head.i + 1:head.i + 4] if t.pos_ in ("NOUN", "PROPN") and not _is_unit(ctx, t)), None)
        if head is None:
            return None
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i in (head.i, end - 1):
        end += 1
    return doc[head.i:end].text


def _is_unit(ctx: Context, tok: Token) -> bool:
    return ctx.is_word("scale", tok.text) or ctx.is_word("percent", tok.text) or fold(tok.text) in ctx.lex.numbers


def _decimal_mark(ctx: Context) -> str:
    marks = ctx.lex.words.get("decimal_mark", {","})
    return next(iter(marks))


def _currency_before(ctx: Context, start: int) -> int:
    """Where a currency sign or code glued before the digits starts ("US$400", "SEK9", "€5")."""
    prefixes = ctx.lex.words.get("currency_prefix", set())
    for n in (3, 2, 1):
        if start >= n and fold(ctx.text[start - n:start]) in prefixes and (start == n or not ctx.text[start - n - 1].isalnum()):
            return start - n
    return start


def _after_currency_codes(ctx: Context) -> list[re.Match]:
    """Numbers glued to a currency code ("SEK9 million", "GBP738"), which the number pattern leaves, as
    it leaves digits glued to any word."""
    pattern = _currency_code_pattern(ctx.lex.lang)
    if pattern is None:
        return []
    return [n for c in pattern.finditer(ctx.text) if (n := _NUMBER_AFTER_CODE.match(ctx.text, c.end()))]


_NUMBER_AFTER_CODE = re.compile(_NUMBER_BODY)


@lru_cache(maxsize=8)
def _currency_code_pattern(lang: str) -> re.Pattern | None:
    """The currency codes of models/<lang>/words.tsv right before a digit, compiled once per language."""
    codes = [c for c in load_lexicon(lang).words.get("currency_prefix", set()) if c[-1:].isalpha()]
    if not codes:
        return None
    return re.compile(r"(?<!\w)(?:%s)(?=\d)" % "|".join(map(re.escape, sorted(codes, key=len, reverse=True))), re.IGNORECASE)


def _hyphen_compound(ctx: Context, end: int) -> int:
    """The end of a compound the number word before token `end` opens, its words joined by hyphens with
    no space ("three-year-long", "one-in-five", "ten-storey"): one value, not a count of the next word."""
    doc = ctx.doc
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end


def _restated_in_parentheses(ctx: Context, k: int, reach: int = 6) -> bool:
    """Does a number in parentheses follow token k within its phrase ("la moitié des sondés (54%)")?"""
    doc = ctx.doc
    for t in doc[k:min(len(doc), k + reach)]:
        if t.text == "(":
            return t.i + 1 < len(doc) and doc[t.i + 1].like_num
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _names_coordinated_before(ctx: Context, k: int) -> int:
    """How many names the sentence before token k's coordinates ("La Russie et la Chine ont signé": 2), 0 if none."""
    sent = ctx.doc[k].sent
    if sent.start == 0:
        return 0
    best = 0
    for t in ctx.doc[sent.start - 1].sent:
        if t.pos_ == "PROPN" and t.dep_ != "conj":
            members = [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            if members:
                best = max(best, 1 + len(members))
    return best


def _one_among_counts(tok: Token) -> bool:
    """Is the word for one a count among counts: its noun (or itself) coordinated with a counted noun ("five
    civilians and one member", "one person in the Philippines and one in Hong Kong")?"""
    head = tok.head if tok.dep_ == "nummod" else tok
    kin = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return any(t is not tok and any(c.like_num and c.i != tok.i for c in [t, *t.children]) for t in kin)


def _number_words(ctx: Context) -> list[tuple[int, int]]:
    """Token ranges of spelled-out numbers: a cardinal or a round count, with the scale words,
    connectors ("vingt et un", "forty-two") and the article of a round count ("une dizaine")."""
    lex: Lexicon = ctx.lex
    cardinals = lex.words.get("number_word", set())
    connectors = lex.words.get("number_connector", set())
    shares = lex.words.get("share_preposition", set())
    folds = ctx.folds
    runs: list[tuple[int, int]] = []
    decimal = _decimal_mark(ctx)

    def told_before(k: int) -> set[float]:
        """The values of the numbers written before token k, in digits or in words."""
        before = ctx.text[:ctx.starts[k]]
        values = {parse_number(m.group(0), decimal, lex.lang) for m in _NUMBER.finditer(before)}
        values.update(_cardinal([f], lex.lang) for f in folds[:k] if f in cardinals)
        values.update(_cardinal(folds[a:b], lex.lang) for a, b in runs)
        return values
    k, n = 0, len(folds)

    def numeric(i: int) -> bool:
        return folds[i] in cardinals or lex.numbers.get(folds[i], (0, ""))[1] in ("scale", "approximate", "fraction")

    def share(i: int) -> bool:
        """A fraction before the partitive preposition: a share of something ("half of all people"). Not a part
        in a sequence ("the first half of", "le dernier tiers de": an adjective before it), nor a share whose
        exact figure follows in parentheses ("plus de la moitié des Franciliens (54%)": that figure is the fact)."""
        if lex.numbers.get(folds[i], (0, ""))[1] != "fraction" or i + 1 >= n or folds[i + 1] not in shares:
            return False
        if i > 0 and ctx.doc[i - 1].pos_ == "ADJ":
            return False
        return not _restated_in_parentheses(ctx, i + 1)

    while k < n:
        f = folds[k]
        kind = lex.numbers.get(f, (0, ""))[1]
        # a round count needs its article: "une dizaine", "a dozen", not "des dizaines", "dozens of"
        starts = f in cardinals or (kind == "article" and k + 1 < n and numeric(k + 1)) or share(k)
        if not starts:
            k += 1
            continue
        end = k + 1
        while end < n and (numeric(end) or folds[end] in connectors and end + 1 < n and numeric(end + 1)):
            end += 1
        words = [folds[i] for i in range(k, end)]
        if share(end - 1):
            runs.append((k, end))  # "half of", "a quarter of", "one third of": a share, with its article
            k = end
            continue
        if len(words) > 1 and lex.numbers.get(words[0], (0, ""))[1] == "article" \
                and lex.numbers.get(words[1], (0, ""))[1] in ("scale", "approximate"):
            runs.append((k, end))  # "un million", "a dozen"; not "a third" (an ordinal as often as a share)
            k = end
            continue
        if len(words) > 1 and lex.numbers.get(words[0], (0, ""))[1] == "article":
            k += 1  # "a three-year-long inquiry": the article goes with the noun, the count starts after it
            words = words[1:]
        compound = _hyphen_compound(ctx, end)
        if compound > end:  # "three-year-long", "one-in-five": the number and its words are one value
            while compound < n and lex.numbers.get(folds[compound], (0, ""))[1] == "scale":
                compound += 1  # "three-and-a-half million"
            runs.append((k, compound))
            k = compound
            continue
        if k > 0 and "Def" in ctx.doc[k - 1].morph.get("Definite") and all(w in cardinals for w in words) \
                and (_cardinal(words, lex.lang) in told_before(k) or k > 1 and folds[k - 2] in lex.words.get("named_set_marker", set())
                     or _cardinal(words, lex.lang) == _names_coordinated_before(ctx, k)):
            k = end
            continue  # "trois hommes … les trois hommes", "entre les deux pays", "tous les deux", "la Russie et la Chine …
            # les deux pays": the ones already counted or named
        if len(words) == 1 and lex.numbers.get(words[0], (0, ""))[1] == "article":
            if words[0] in lex.words.get("count_one", set()) and _one_among_counts(ctx.doc[k]):
                runs.append((k, end))  # "five soldiers and one member of the Coast Guard": a count of one
            k = end
            continue  # "one of them", "un homme": an article, not a count
        if any(w in cardinals or lex.numbers.get(w, (0, ""))[1] == "approximate" for w in words):
            runs.append((k, end))
        k = end
    return runs


# 2:05:45 · 1:59:40.2 — hours, minutes and seconds: a time taken (a race, a record), not a time of day
_CLOCK_DURATION = re.compile(r"(?<![\w:.])\d{1,2}:\d\d:\d\d(?:[.,]\d+)?(?![\w:])")


def _clock_durations(ctx: Context) -> list[tuple[int, int, Token]]:
    """Durations written as a clock with seconds ("a time of 2:05:45", "Debela, 2:05:46"), except after a clock
    preposition or before a clock unit ("at 13:30:00", "10:15:00 UTC"): the time of day."""
    found = []
    for m in _CLOCK_DURATION.finditer(ctx.text):
        tok = _token_at(ctx, m.start())
        if tok is None:
            continue
        prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
        after = _token_at(ctx, m.end() + 1) if m.end() + 1 < len(ctx.text) else None
        if prev is not None and ctx.is_word("clock_preposition", prev.text) \
                or after is not None and ctx.is_word("clock_unit", after.text):
            continue
        found.append((m.start(), m.end(), tok))
    return found


_MARKER = re.compile(r"(?<!\S)(\d{1,2})[.)](?=\s)")


def _list_markers(text: str) -> set[int]:
    """Where the numbers of an enumeration start ("1. Unofficial results 2. Relative to seats 3. At
    dissolution", "1) … 2) …": footnotes and list items): a small number before a period or a bracket, with the
    number before or after it marking another item."""
    found = [(int(m.group(1)), m.start()) for m in _MARKER.finditer(text)]
    values = {v for v, _ in found}
    return {start for v, start in found if v - 1 in values or v + 1 in values}


def extract(ctx: Context) -> list[Figure]:
    text = ctx.text
    blocked = ctx.entities.at  # tokens of names
    # quoted names, by start, with the furthest end reached so far: a character is inside one of
    # them when the furthest end among those starting at or before it lies beyond it
    blocked_chars = sorted((q.start, q.end) for q in ctx.quoting.quoted_names)
    blocked_starts = [s for s, _e in blocked_chars]
    reach = list(accumulate((e for _s, e in blocked_chars), max))

    def quoted_name_at(char: int) -> bool:
        k = bisect_right(blocked_starts, char)
        return bool(k) and reach[k - 1] > char

    decimal = _decimal_mark(ctx)
    scale = _scale_pattern(ctx.lex.lang)
    found: list[tuple[int, int, Token]] = []  # (start, end) in the parsed text, the number's first token
    counted: set[float] = set()  # the values given so far
    names_with_numbers: set[tuple[str, str]] = set()  # (the word before, the number) of the names found so far
    markers = _list_markers(text)
    for m in sorted([*_NUMBER.finditer(text), *_after_currency_codes(ctx)], key=lambda m: m.start()):
        if quoted_name_at(m.start()) or m.start() in markers:
            continue
        tok = _token_at(ctx, m.start())
        if tok is None or tok.i in blocked or tok.ent_type_ in ("MISC",) and not tok.like_num:
            continue
        value = m.group(0)
        end_tok = tok.i + 1
        while end_tok < len(ctx.doc) and ctx.doc[end_tok].idx < m.end():
            end_tok += 1
        if _is_date_or_time(ctx, tok, value, end_tok):
            continue
        prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and ctx.is_word("number_label", prev.text):
            continue  # "article 49", "page 3"
        named = (fold(prev.text), value) if prev is not None else None
        if named in names_with_numbers:
            continue  # "The Lost 52 Project … Lost 52 sailed": a name found once is the name wherever written
        if _after_a_name_word(ctx, tok, end_tok):
            names_with_numbers.add(named)
            continue
        if _names_one(ctx, value, end_tok) or _in_a_name(tok) or _code_after_a_name(ctx, tok, end_tok):
            continue  # "a Falcon 9 rocket", "le Boeing 737 cloué au sol": a number in a name, no count
        number = parse_number(value, decimal, ctx.lex.lang)
        if prev is not None and "Def" in prev.morph.get("Definite") and number in counted:
            continue  # "36 people … the 36 must face charges": the same count named again
        if number is not None:
            counted.add(number)
        end = m.end()
        tail = _AFTER_PERCENT.match(text, end) or scale.match(text, end)
        if tail:
            end = tail.end()
        found.append((_currency_before(ctx, m.start()), end, tok))
    found.extend(_clock_durations(ctx))
    for k, end_k in _number_words(ctx):
        if k in blocked or quoted_name_at(ctx.starts[k]) or _in_a_name(ctx.doc[k]) or _hour_of_the_day(ctx, end_k):
            continue
        last = ctx.doc[end_k - 1]
        start, end = ctx.starts[k], last.idx + len(last.text)
        tail = _AFTER_PERCENT.match(text, end)
        found.append((start, tail.end() if tail else end, ctx.doc[end_k - 1]))
    figures: list[Figure] = []
    told: set[tuple[float, str]] = set()  # (value, counted thing) of the figures so far
    for start, end, tok, in_parts in _duration_parts(ctx, sorted(found, key=lambda f: f[0])):
        s, e = ctx.offsets((start, end))
        number, about = parse_number(text[start:end], decimal, ctx.lex.lang), _about(ctx, tok)
        if number is not None and about is not None and not in_parts:
            if (number, fold(about)) in told:
                continue  # "900 years … 900 years": the same fact told again
            told.add((number, fold(about)))
        figures.append(Figure(ctx.original[s:e], number, about, s, e))
    return figures
