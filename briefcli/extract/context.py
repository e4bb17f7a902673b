"""What every extractor gets: the parsed Doc, the maps back to the original text, the
language data, and the typed outputs of the stages run before it (stages.py). Extractors are
plain functions over this context."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import DEP, IDX, IS_ALPHA, IS_STOP, LEMMA, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

from ..cleaning import CleanText
from ..lexicon import Lexicon, fold
from ..marks import Pair, pair_marks
from .quoted import find_marked
from .stages import Entities, Marked, Quoting, Traces


@dataclass
class Context:
    doc: Doc
    clean: CleanText
    original: str
    lex: Lexicon
    title: str | None = None
    entities: Entities = field(default_factory=Entities)  # set once by the actors stage
    quoting: Quoting = field(default_factory=Quoting)  # set once by the quotes stage
    traces: Traces = field(default_factory=Traces)  # what the fitting scripts read
    _memos: dict[str, dict] = field(default_factory=dict, repr=False)

    def memo(self, name: str) -> dict:
        """A per-article memo for one function's answers (asked again and again for the same token);
        only that function reads it."""
        return self._memos.setdefault(name, {})

    def offsets(self, span: Span | Token | tuple[int, int]) -> tuple[int, int]:
        """Original (start, end) of a Span, a Token or a cleaned (start, end) char pair."""
        if isinstance(span, Token):
            start, end = span.idx, span.idx + len(span.text)
        elif isinstance(span, Span):
            start, end = span.start_char, span.end_char
        else:
            start, end = span
        return self.clean.span(start, end)

    def source_text(self, span: Span | Token | tuple[int, int]) -> str:
        start, end = self.offsets(span)
        return self.original[start:end]

    def is_word(self, listname: str, text: str) -> bool:
        return fold(text) in self.lex.words.get(listname, ())

    def is_word_or_lemma(self, listname: str, tok: Token) -> bool:
        """Is the token in a words.tsv list as written or by its lemma ("statements" by "statement")?"""
        return self.is_word(listname, tok.text) or self.is_word(listname, tok.lemma_)

    @cached_property
    def text(self) -> str:
        """The parsed text, which is the cleaned text (Doc.text joins every token anew on each call)."""
        return self.clean.text

    @cached_property
    def mark_pairs(self) -> list[Pair]:
        """The quotation marks of the text, paired once (briefcli.marks) for every stage that asks: the actors
        stage (no surname inside a quote) and the quotes stage."""
        return pair_marks(self.text)

    @cached_property
    def marked(self) -> list[Marked]:
        """The outermost quoted spans of the text (briefcli.extract.quoted), found once for the actors and
        quotes stages."""
        return find_marked(self.text, self.mark_pairs)

    @cached_property
    def _columns(self) -> tuple[list[str], list[str], list[str], list[str], list[int]]:
        # from one array: iterating the Doc would make a Token object per token and attribute
        rows = self.doc.to_array([ORTH, LEMMA, POS, SPACY, IDX]).tolist()
        strings = self.doc.vocab.strings
        return ([strings[r[0]] for r in rows], [strings[r[1]] for r in rows], [strings[r[2]] for r in rows],
                [" " if r[3] else "" for r in rows], [r[4] for r in rows])

    @property
    def texts(self) -> list[str]:
        """Every token's text, by token index."""
        return self._columns[0]

    @property
    def lemmas(self) -> list[str]:
        """Every token's lemma, by token index."""
        return self._columns[1]

    @property
    def pos(self) -> list[str]:
        """Every token's coarse part of speech, by token index."""
        return self._columns[2]

    @property
    def spaces(self) -> list[str]:
        """Every token's trailing white space, by token index."""
        return self._columns[3]

    @property
    def starts(self) -> list[int]:
        """Every token's character offset in the parsed text, by token index."""
        return self._columns[4]

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of the tokens that start within characters start…end-1 of the parsed text."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def folded(self, start: int, end: int) -> str:
        """fold() of the text of tokens start…end-1, from the per-token folds (no Span made)."""
        folds, spaces = self.folds, self.spaces
        return "".join(folds[k] + spaces[k] for k in range(start, end - 1)) + folds[end - 1] if end > start else ""

    def indices(self, words, *, lemmas: bool = False) -> list[int]:
        """Indices of the tokens whose folded text (with `lemmas`, or folded lemma) is in `words`."""
        if lemmas:
            return [k for k, (f, lf) in enumerate(zip(self.folds, self.lemma_folds)) if f in words or lf in words]
        return [k for k, f in enumerate(self.folds) if f in words]

    @cached_property
    def alphas(self) -> list[int]:
        """Every token's is_alpha (1 or 0), by token index."""
        return self.doc.to_array(IS_ALPHA).tolist()

    @cached_property
    def stops(self) -> list[int]:
        """Every token's is_stop (1 or 0), by token index."""
        return self.doc.to_array(IS_STOP).tolist()

    @cached_property
    def deps(self) -> list[str]:
        """Every token's dependency label, by token index."""
        strings = self.doc.vocab.strings
        return [strings[d] for d in self.doc.to_array(DEP).tolist()]

    @cached_property
    def folds(self) -> list[str]:
        """fold() of every token's text, by token index."""
        return [fold(t) for t in self.texts]

    @cached_property
    def fold_positions(self) -> dict[str, list[int]]:
        """Token indices by folded text, in text order: where a word comes again, without a scan per question."""
        positions: dict[str, list[int]] = {}
        for k, f in enumerate(self.folds):
            positions.setdefault(f, []).append(k)
        return positions

    @cached_property
    def lemma_folds(self) -> list[str]:
        """fold() of every token's lemma, by token index."""
        return [fold(t) for t in self.lemmas]

    @cached_property
    def sent_starts(self) -> list[int]:
        """The first token of every sentence of the Doc (doc.sents), in order."""
        return [sent.start for sent in self.doc.sents]

    def sent_starts_before(self, at: int, n: int) -> list[int]:
        """The starts of the last n sentences starting at or before token `at`:
        `[s.start for s in doc.sents if s.start <= at][-n:]`, by bisection."""
        k = bisect_right(self.sent_starts, at)
        return self.sent_starts[max(0, k - n) if n > 0 else 0:k]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The first token of each of `sentences`, in order."""
        return [sent.start for sent in self.sentences]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences without their leading and trailing white space; empty ones dropped, and so are marks the
        parser split off on their own (an opening quotation mark after a full stop: "… en 2023. 'Gazprom…")."""
        result = []
        for sent in self.doc.sents:
            start, end = sent.start, sent.end
            while start < end and self.doc[start].is_space:
                start += 1
            while end > start and self.doc[end - 1].is_space:
                end -= 1
            if end > start and any(not (t.is_punct or t.is_space) for t in self.doc[start:end]):
                result.append(self.doc[start:end])
        return result


def unknown_adjective(tok: Token) -> bool:
    """Is a word the tagger calls an adjective one its own lemmatizer knows neither as an adjective (its lemma, a
    guess of the lemmatizer's rules, in no adjective of its table: "démarre" → "démarr") nor as a noun (a noun in
    apposition, "la loi asile", "le plan neige")? Then it is a verb tagged so ("l'opération démarre aujourd'hui").
    A part of a hyphenated compound ("hydro-électrique", "anti-sédition") is no word the table could list; without
    the lemmatizer's table, every adjective is taken as known."""
    from ..pipeline import lemma_index

    doc = tok.doc
    hyphen_after = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    hyphen_before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    if tok.pos_ != "ADJ" or not tok.text.isalpha() or hyphen_after or hyphen_before:
        return False
    adjectives, nouns = lemma_index(doc.vocab, "adj"), lemma_index(doc.vocab, "noun")
    if adjectives is None or nouns is None:
        return False
    word = tok.text.lower()
    return tok.lemma_.lower() not in adjectives and word not in adjectives and word not in nouns


def indefinite(tok: Token) -> bool:
    """Is the token an indefinite article ("un", "une", "des")? Such a group names someone or
    something the text has not identified."""
    return tok.pos_ == "DET" and "Ind" in tok.morph.get("Definite")


def name_number(ctx: Context, start: int, k: int) -> bool:
    """Is the number at k the end of the capitalised name before it ("Century 21", "News 12", "Lost 52", "CAC 40"),
    not a quantity, a date, a time or a score? A number of one to three digits, written with a space right after a
    capitalised word that is no month, weekday or unit, in a name not opened by a locative word ("à Lyon 3 jours"),
    and followed by no word that it counts or measures: the end of the text, a punctuation mark other than a dash, a
    percent or a colon, a verb, a weekday or a capitalised word (the name goes on, "France 3 Occitanie")."""
    doc = ctx.doc
    tok = doc[k]
    if not (tok.text.isdigit() and len(tok.text) <= 3) or k == 0 or k <= start - 1:
        return False
    before = doc[k - 1]
    if not (before.is_alpha and before.text[:1].isupper() and before.whitespace_ == " ") \
            or any(ctx.is_word(name, before.text) for name in ("month", "weekday", "time_unit", "clock_unit")):
        return False
    if start > 0 and ctx.is_word("locative", doc[start - 1].text) and doc[start - 1].text.islower():
        return False
    if k + 1 >= len(doc):
        return True
    after = doc[k + 1]
    if after.is_space or after.text in ".,;)!?»\"”" or (after.is_punct and after.whitespace_ and tok.whitespace_
                                                        and after.text not in ("-", "‐", "‑", "–", "—", ":", "/")):
        return not (after.text == "." and not tok.whitespace_ and k + 2 < len(doc) and doc[k + 2].like_num)
    if not tok.whitespace_:
        return False  # "21%", "12h", "2-1": glued to what it counts
    if after.text.islower() and (after.pos_ in ("VERB", "AUX") or ctx.is_word("weekday", after.text)):
        return True  # "News 12 reported", "a déclaré Century 21 lundi" (a day counts nothing)
    return after.text[:1].isupper() and after.is_alpha and not ctx.is_word("month", after.text)
