"""Resolution: from a mention to the actor it stands for (`Resolver`).

A quote's cue names its speaker by a subject token: a name, a pronoun ("il", "she"), a bare title
("le ministre"), a description ("le chef de l'Etat", "a spokeswoman"), a body ("la direction", "the
ministry"). `Resolver.resolve` turns it into the speaker as an actor of the article, a phrase, or None;
pronouns and bare titles go to the most recent person the article talks about (briefcli.extract.quotes
module docstring has the stages)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lexicon import fold
from .context import Context, indefinite, name_number
from .coreference import is_subject, person_sex, post_fits, post_roles, rank, title_word_sex
from .roles import occupations, unprefixed
from .speech import Attribution, _agent, _speech_lemma, _subject
from .stages import Marked

BODY_SENTENCES = 3  # sentences (this one included) searched for the organisation "la direction" speaks for


def _past_brackets(doc, k: int) -> int:
    """The token after a bracketed aside opening at token k ("(National Union of Rail, Maritime and Transport
    Workers)", "(RMT)"), closed within its sentence; k itself when no bracket opens there."""
    if k >= len(doc) or doc[k].text != "(":
        return k
    end = doc[k].sent.end
    close = next((j for j in range(k + 1, end) if doc[j].text in (")", "(")), None)
    return close + 1 if close is not None and doc[close].text == ")" else k


def _of_a_nation(ctx: Context, phrase: list[Token], tok: Token) -> bool:
    """Is the noun a body of a state (words.tsv national_body) that a demonym qualifies ("the German government",
    "le gouvernement français")? Then it names that nation's own body, not the organisation the text was just
    talking about (unlike "the German company" after Volkswagen)."""
    return ctx.is_word_or_lemma("national_body", tok) \
        and any(t.i != tok.i and fold(t.text) in ctx.lex.demonyms for t in phrase)


class Resolver:
    """Turns a subject token into the speaker: an actor name, a phrase, or None.

    Pronouns and bare titles ("il", "le ministre") go to the most recent person the article
    talks about — mentioned outside quotation marks, preferably as a subject or as the last
    speaker — within a few sentences; failing that, the article's main person."""

    def __init__(self, ctx: Context, quote_at: dict[int, Marked]):
        self.ctx = ctx
        self.quote_at = quote_at
        self.entity_at = ctx.entities.entity_at  # token → the entity it names
        self.anchors: list[tuple[int, object, bool]] = []  # (token, person, is a subject)
        self.mention_at = ctx.entities.mention_at  # token → the mention it is part of
        for e in ctx.entities.people:  # a surname alone is one of them (actors stage, _bare_surnames)
            for m in e.mentions:
                if m.start in quote_at:
                    continue  # a name inside a quote is seldom the one who speaks next
                subject = is_subject(ctx.doc, m.start, m.end) or self._opens_clause(m.start, m.end)
                self.anchors.append((m.start, e, subject))
        # "Celui qui dirige ADP depuis 2012 s'est expliqué": the person the article gives that organisation in a title
        for tok in ctx.doc:
            if tok.dep_.startswith("nsubj") and ctx.is_word("pronoun_singular", tok.text):
                described = self.described(tok)
                if described is not None:
                    self.anchors.append((tok.i, described, True))
        self.anchors.sort(key=lambda a: a[0])
        self.anchor_at = [a[0] for a in self.anchors]  # their tokens, in order: for bisection
        self.gender = self._genders()  # id(person) → "Masc" | "Fem", where the text tells
        # "Sur son compte, le secrétaire d'État s'en est pris à X.": a definite title as subject stands for the
        # person the article gave that title, a subject as much as their name would be
        titled = []
        for tok in ctx.doc:
            if tok.dep_.startswith("nsubj") and tok.pos_ == "NOUN" and tok.i not in self.entity_at and tok.i not in quote_at \
                    and title_word(ctx, tok) and "Plur" not in tok.morph.get("Number") \
                    and any(c.dep_ == "det" and "Def" in c.morph.get("Definite") and c.i < tok.i for c in tok.children):
                holder = self._titled_subject(tok)
                if holder is not None:
                    titled.append((tok.i, holder, True))
        self.anchors = sorted(self.anchors + titled, key=lambda a: a[0])
        self.anchor_at = [a[0] for a in self.anchors]  # their tokens, in order: for bisection
        self.by_name = ctx.entities.by_name
        title_words = set(re.findall(r"[\w'-]+", fold(ctx.title or "")))
        # people the title names, by full name or surname ("F1: Leclerc ne veut pas…")
        self.in_title = {id(e) for e in ctx.entities.people if any(
            fold(form).split()[-1] in title_words for form in (e.name, *e.forms) if len(fold(form).split()[-1]) > 2)}
        self.last: tuple[int, str] | None = None  # (token index, name) of the last named speaker
        self.named_said: list[tuple[int, str]] = []  # every (token index, name) `last` has been, in order
        self.last_unnamed: tuple[int, str] | None = None  # (token index, words) of the last speaker the text does not name
        self.said: list[tuple[int, str, bool]] = []  # (token index, speaker, named) of each quote's speaker, in text order
        self.speakers: set[str] = set()  # the named speakers so far
        self.spoke_at: dict[str, int] = {}  # each named speaker → the first token of their last quote so far
        self.titled: dict[str, object] = {}  # a bare title ("l'acteur") → the person it was first taken to mean

    def _titled_subject(self, tok: Token) -> object | None:
        """The person a definite title subject names by their title: the whole title when it has a complement
        ("le secrétaire d'État chargé des relations avec le Parlement"), else its word, of the same sex as
        its article ("la candidate" is not the "candidat" just named)."""
        phrase = [t for t in self._phrase(tok) if t.i >= tok.i]
        title = fold(_phrase_text(phrase))
        words = title.split()
        if len(words) == 1 and not (fold(tok.text) in self.ctx.lex.roles or fold(tok.lemma_) in self.ctx.lex.roles):
            return None  # a bare person noun ("le sujet", "le patient") is no title without its complement
        if len(words) > 1 and has_complement(self.ctx, tok, phrase):
            holder = self.recent_person(tok.i, title, whole=True) or self.same_post(tok.i, title)
        else:
            holder = self.recent_person(tok.i, fold(tok.text)) or self.recent_person(tok.i, fold(tok.lemma_))
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        sex = det.morph.get("Gender") if det is not None else []
        known = self.gender.get(id(holder)) if holder is not None else None
        if known is not None and sex and known not in sex:
            return None
        return holder

    def _opens_clause(self, start: int, end: int) -> bool:
        """Is the name the subject by its place, whatever the parse: it opens its clause (after the sentence's
        start, a comma or an opening adverbial) and the clause's verb follows, past an aside in commas
        ("De son côté, Donald Trump, qui avait …, a annoncé")."""
        doc, ctx = self.ctx.doc, self.ctx
        if start > doc[start].sent.start and doc[start - 1].text != ",":
            return False
        k = end
        if k < len(doc) and doc[k].text == ",":
            close = next((j for j in range(k + 1, min(len(doc), k + 25)) if doc[j].text == "," or doc[j].is_sent_start), None)
            if close is None or doc[close].is_sent_start or any(t.text in ("«", "»", '"', ".") for t in doc[k + 1:close]):
                return False
            k = close + 1
        while k < len(doc) and doc[k].pos_ not in ("VERB", "AUX") and (ctx.is_word("clitic", doc[k].text) or doc[k].pos_ == "ADV"):
            k += 1
        return k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")

    def _genders(self) -> dict[int, str]:
        """A person's sex where the words before a mention tell it: "M. Tebboune", "Mme Schiappa", "la
        ministre Agnès Buzyn", "le président Aoun", else their given name (models/<lang>/female_names.txt,
        male_names.txt, as the actors' coreference reads them). A person told both ways is left unknown."""
        ctx, doc, found = self.ctx, self.ctx.doc, {}

        def sex_of(marker: Token) -> str | None:
            return "Masc" if ctx.is_word("male_marker", marker.text) else "Fem" if ctx.is_word("female_marker", marker.text) else None

        for e in ctx.entities.people:
            seen = set()
            for m in e.mentions:
                for k in (m.start - 1, m.start - 2):
                    if k < 0 or (k == m.start - 2 and fold(doc[m.start - 1].text) not in ctx.lex.roles):
                        continue  # two words before: only "la ministre X", a title between
                    seen.add(sex_of(doc[k]))
                # "Neemat Badreddine, la porte-parole du collectif": the title in apposition after the name
                k = m.end
                if k + 2 < len(doc) and doc[k].text == "," and fold(doc[k + 2].text) in ctx.lex.roles:
                    seen.add(sex_of(doc[k + 1]))
            seen.discard(None)
            if len(seen) == 1:
                found[id(e)] = seen.pop()
            elif not seen and (sex := person_sex(ctx, e)) is not None:
                found[id(e)] = sex  # the actors' coreference: a given name of one sex only ("Marine Le Pen")
        return found

    def _agrees(self, person: object, pronoun: Token | None) -> bool:
        """Can 'il' / 'elle' stand for this person, as far as the text tells their sex?"""
        if pronoun is None or isinstance(person, str):
            return True
        known = self.gender.get(id(person))
        if known is None:
            return True
        if self.ctx.is_word("male_pronoun", pronoun.text):
            return known == "Masc"
        if self.ctx.is_word("female_pronoun", pronoun.text):
            return known == "Fem"
        return True

    def _sex_told(self, person: object, pronoun: Token | None) -> bool:
        """Does the text tell this person's sex, and is it the one a gendered pronoun ('elle', 'she') has?"""
        if pronoun is None or isinstance(person, str) or self.gender.get(id(person)) is None:
            return False
        if self.ctx.is_word("male_pronoun", pronoun.text):
            return self.gender[id(person)] == "Masc"
        return self.ctx.is_word("female_pronoun", pronoun.text) and self.gender[id(person)] == "Fem"

    def ages(self) -> list[tuple[object, int]]:
        """(person, age) wherever the text gives a person's age after their name: "Ismaël Emelien, 31 ans",
        "X (31 ans)", "John Smith, 81 years old" (models/<lang>/words.tsv age_unit)."""
        if "_ages" not in self.__dict__:
            doc, found = self.ctx.doc, []
            for e in self.ctx.entities.people:
                for m in e.mentions:
                    k = m.end
                    if k + 2 < len(doc) and doc[k].text in (",", "(") and doc[k + 1].text.isdigit() \
                            and self.ctx.is_word("age_unit", doc[k + 2].text) and 0 < int(doc[k + 1].text) < 120:
                        found.append((e, int(doc[k + 1].text)))
            self._ages = found
        return self._ages

    def of_age(self, tok: Token, phrase: list[Token]) -> object | None:
        """The one person a definite noun of an age's decade stands for ("le trentenaire", "the octogenarian":
        models/<lang>/words.tsv age_decade_N): the person whose age the text gives in that decade, else None."""
        if tok.pos_ != "NOUN" or not phrase or not self.ctx.is_word("definite", phrase[0].text) and \
                not self.ctx.is_word("determiner", phrase[0].text) or indefinite(phrase[0]):
            return None
        word = fold(tok.text)
        decade = next((int(name.rsplit("_", 1)[1]) for name, words in self.ctx.lex.words.items()
                       if name.startswith("age_decade_") and word in words), None)
        if decade is None:
            return None
        people = {id(e): e for e, age in self.ages() if decade <= age < decade + 10}
        return next(iter(people.values())) if len(people) == 1 else None

    def described(self, tok: Token) -> object | None:
        """The one person 'celui qui dirige ADP' can be: whose title names an organisation of the
        relative clause ("PDG d'ADP")."""
        clause = [c for c in tok.children if c.dep_.startswith("acl")]
        if not clause:
            return None
        named = {id(self.entity_at[t.i]): self.entity_at[t.i] for c in clause for t in c.subtree
                 if t.i in self.entity_at and self.entity_at[t.i].kind != "person"}
        forms = {fold(f) for e in named.values() for f in (e.name, *e.forms)}
        people = {id(e): e for e in self.ctx.entities.people if any(
            re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", fold(r)) for r in e.roles for f in forms if f)}
        return next(iter(people.values())) if len(people) == 1 else None

    def recent_person(self, before: int, role: str | None = None, whole: bool = False,
                      pronoun: Token | None = None, sex: str | None = None) -> object | None:
        """The last person before token `before` (with that role, when one is given: a word of
        their title, or with `whole` the title itself, complement included; not of the other `sex`, when given,
        as far as the text tells it)."""
        answers: dict[int, bool] = {}  # a person is anchored many times: asked once each

        def holds(e) -> bool:
            if role is None:
                return True
            if id(e) not in answers:
                if whole:
                    answers[id(e)] = any(post_fits(self.ctx, r, role) for r in post_roles(e.roles))
                else:
                    answers[id(e)] = any(fold(role) in fold(r).split() or fold(r) == fold(role) for r in e.roles)
            return answers[id(e)]

        for k in range(bisect_left(self.anchor_at, before) - 1, -1, -1):  # the anchors before `before`, last first
            e = self.anchors[k][1]
            if holds(e) and self._agrees(e, pronoun) and (sex is None or isinstance(e, str)
                                                          or self.gender.get(id(e)) in (None, sex)):
                return e
        if role is not None:  # a person given the role anywhere (the title may come first)
            for _i, e, _subject in self.anchors:
                if holds(e):
                    return e
        return None

    def person_near(self, at: int, sentences: int = 3, title: str | None = None, role: bool = False,
                    pronoun: Token | None = None) -> object | None:
        """The person most likely meant by 'il' or 'le ministre' at token `at`: the most recent
        subject or speaker in the last few sentences, else the most recent person there. With a
        title, not someone the article gives only other titles. The speaker of the sentence before
        when no one is named since, unless a person's title is resolved (`role`): then no organisation."""
        starts = self.ctx.sent_starts_before(at, sentences)
        floor = starts[0] if starts else 0
        nearby = self.anchors[bisect_left(self.anchor_at, floor):bisect_left(self.anchor_at, at)]
        recent = [(i, e, subj) for i, e, subj in nearby if floor <= i < at and self._may_hold(e, title)
                  and self._agrees(e, pronoun)]
        candidates = [(i, e) for i, e, subj in recent if subj] + [
            (i, e) for i, e in self._title_subjects(floor, at) if self._agrees(e, pronoun)]
        if self.last is not None and floor <= self.last[0] < at:
            last = self.by_name.get(self.last[1], self.last[1])
            if self._may_hold(last, title) and not (role and getattr(last, "kind", "person") != "person") \
                    and self._agrees(last, pronoun):
                candidates.append((self.last[0], last))
                # the sentence before, in the narrative: a quotation's own sentences ("« A. B. », a confié X") are
                # no sentences of the text's telling, and X named after them still spoke just before
                prior = [k for k in starts[:-1] if k not in self.quote_at]
                near = prior[-1] if prior else floor
                if title is None and not role and self.last[0] >= near and not any(i > self.last[0] for i, _e in candidates[:-1]):
                    return last  # the speaker of the sentence before, with no one named since: "…, souligne-t-elle"
        if candidates and pronoun is not None and title is None and not role \
                and ("subj" in pronoun.dep_ or pronoun.text.startswith("-")):
            centre = self._last_subject(candidates, starts)
            if centre is not None:
                return centre
        if candidates:
            # the person the passage is about: most mentioned in the article, then most recent
            weight = self._weights()
            # … and for 'elle' / 'she', someone the text tells is of that sex before someone it does not tell
            i, e = max(candidates, key=lambda c: (self._spoke(c[1]), self._sex_told(c[1], pronoun),
                                                  weight.get(id(c[1]), 0) if not isinstance(c[1], str) else 0, c[0]))
            return e
        return recent[-1][1] if recent else None

    def woman_near(self, at: int, sentences: int = 3, sex: str = "Fem") -> object | None:
        """The last person named in the few sentences before token `at` whom the text tells is a woman (or of `sex`):
        whom a feminine title no one holds may mean when the person at hand is a man, a man's noun ("the father")
        when she is a woman."""
        starts = self.ctx.sent_starts_before(at, sentences)
        floor = starts[0] if starts else 0
        nearby = self.anchors[bisect_left(self.anchor_at, floor):bisect_left(self.anchor_at, at)]
        return next((e for _i, e, _s in reversed(nearby) if not isinstance(e, str) and e.kind == "person"
                     and self.gender.get(id(e)) == sex), None)

    def _last_subject(self, candidates: list[tuple[int, object]], starts: list[int]) -> object | None:
        """The person subject of the sentence right before a subject pronoun's (or of its own, before it), when
        it is the last person candidate: a subject pronoun goes on with the subject just before it ("Marine Le
        Pen l'a vite rejoint. « … », a-t-elle tweeté"), not with a person who spoke further back ("selon lui",
        not a subject, may still be the expert the passage quotes)."""
        if len(starts) < 2:
            return None
        i, e = max(candidates, key=lambda c: c[0])
        return e if i >= starts[-2] and not isinstance(e, str) and e.kind == "person" else None

    def unnamed_before(self, at: int) -> str | None:
        """The last speaker when the text did not name them ("un responsable du ministère") and spoke in this
        sentence or the one before, with no person named in their sentence or since: whom 'il' / 'elle' at token
        `at` goes on with."""
        if self.last_unnamed is None or self.last is not None and self.last[0] > self.last_unnamed[0]:
            return None
        starts = self.ctx.sent_starts_before(at, 2)
        if not starts or not starts[0] <= self.last_unnamed[0] < at:
            return None  # too far back, or a later quote's (reported speech is read after every quote)
        since = self.ctx.sent_starts_before(self.last_unnamed[0], 1)[0]  # from the start of that speaker's sentence
        # only a person named since stops 'il' / 'elle' going on with them, not an organisation ("a souligné une
        # responsable de la Fédération hospitalière de France (FHF), qui … Il « … », a-t-elle insisté")
        named_since = any(k in self.entity_at and k not in self.quote_at and self.entity_at[k].kind == "person"
                          for k in range(since, at))
        return None if named_since else self.last_unnamed[1]

    def _weights(self) -> dict[int, int]:
        """id(person) → how much the narrative is about them: each mention outside quotation marks counts
        once, twice as a subject (the subject is what a passage is about), for the people of the anchors
        (made once)."""
        if not hasattr(self, "_weight"):
            self._weight = {}
            for _i, e, subject in self.anchors:
                self._weight[id(e)] = self._weight.get(id(e), 0) + (2 if subject else 1)
        return self._weight

    def same_post(self, before: int, title: str) -> object | None:
        """The person whose title names the same function with the same complement: "le patron de la SNCF"
        for the "PDG de la SNCF" (roles.tsv's `same` column), the last one before token `before`, else any."""
        words = title.split()
        function = self.ctx.lex.function_of(words[0]) if len(words) > 1 else None
        if function is None:
            return None
        complement = " " + " ".join(words[1:])

        def holds(e) -> bool:
            for r in map(fold, e.roles):
                at = r.find(complement)
                if at > 0 and (len(r) == at + len(complement) or not r[at + len(complement)].isalnum()) \
                        and self.ctx.lex.function_of(r[:at]) == function:
                    return True
                if len(r.split()) == 1 and r != words[0] and self.ctx.lex.function_of(r) == function:
                    return True  # "l'édile" for "le maire de la commune": the post by another word, with no complement
            return False

        before_at = [e for i, e, _s in reversed(self.anchors) if i < before and holds(e)]
        return before_at[0] if before_at else next((e for _i, e, _s in self.anchors if holds(e)), None)

    def function_holder(self, before: int, function: str) -> object | None:
        """The last person before token `before` whose title names that function."""
        for i, e, _subject in reversed(self.anchors):
            if i < before and any(self.ctx.lex.function_of(r) == function for r in e.roles):
                return e
        return None

    def _title_subjects(self, floor: int, at: int) -> list[tuple[int, object]]:
        """Subjects that are a bare title already tied to a person ("L'acteur confirme…" after "déclare
        l'acteur des « Valseuses »" was taken for Gérard Depardieu), as (token, person)."""
        found = []
        if not self.titled:
            return found
        for tok in self.ctx.doc[floor:at]:
            key = fold(tok.text)
            if tok.dep_.startswith("nsubj") and key in self.titled and tok.i not in self.entity_at \
                    and tok.i not in self.quote_at:
                found.append((tok.i, self.titled[key]))
        return found

    def opening_actor(self, verb: Token) -> object | None:
        """The person or organisation a sentence opens on, before its verb: "Olivier Faure, le
        Premier secrétaire du Parti socialiste, a lui aussi réagi, avançant…" (a parse that lost
        the subject)."""
        doc = self.ctx.doc
        k = verb.sent.start
        while k < verb.i and (doc[k].is_punct or doc[k].is_space or doc[k].pos_ == "CCONJ"):
            k += 1
        e = self.entity_at.get(k)
        if e is None or e.kind not in ("person", "organization"):
            return None
        end = min(self.mention_at[k].end, verb.i)
        return e if end < verb.i and (doc[end].text == "," or doc[end].pos_ in ("VERB", "AUX")) else None

    def subject_before(self, verb: Token) -> object | None:
        """The last person named as a subject in the verb's own sentence before it, outside quotation marks:
        whom a verb the parse left without a subject goes with ("Quatre mois plus tard, X contacte … et lui
        dit : « … »": the parse lost the coordination, the sentence's subject is still X)."""
        start = verb.sent.start
        for k in range(bisect_left(self.anchor_at, verb.i) - 1, bisect_left(self.anchor_at, start) - 1, -1):
            i, e, subject = self.anchors[k]
            if isinstance(e, str) or e.kind != "person":
                continue
            mention = self.mention_at.get(i)
            dep = self.ctx.doc[i:mention.end].root.dep_ if mention is not None and mention.start == i else ""
            if subject or dep in ("dep", "ROOT"):  # a subject, or a name the parse attached to nothing
                return e
        return None

    def _may_hold(self, person: object, title: str | None) -> bool:
        """Could the person bear this title: no title given, none known for them, or one that shares
        its word with the same qualifiers (post_fits: "le chef exécutif de l'hôtel" is not the "chef du service
        de presse") or names the same function ("chef de l'Etat" for a "président")?"""
        roles = getattr(person, "roles", None)
        if title is None or not roles:
            return True
        function = self.ctx.lex.function_of(title)
        word = fold(title).split()[0]
        return any(word in fold(r).split() and post_fits(self.ctx, r, title) is not False for r in post_roles(roles)) \
            or any(function is not None and self.ctx.lex.function_of(r) == function for r in roles)

    def _of_rank(self, person: object, ranked: frozenset[str]) -> bool:
        """Does the person hold a title of that rank (coreference.rank: none, or "adjoint", "deputy"…)? A name
        the text gives no rank holds the bare post only."""
        if isinstance(person, str):
            return not ranked or bool(rank(self.ctx, person) & ranked)
        return any(rank(self.ctx, r) == ranked for r in person.roles) if ranked else True

    def _spoke(self, person: object) -> bool:
        return (person if isinstance(person, str) else person.name) in self.speakers

    def is_person(self, tok: Token) -> bool:
        e = self.entity_at.get(tok.i)
        return e is not None and e.kind == "person"

    def pronoun_fallback(self, at: int, pronoun: Token) -> object | None:
        """Whom a pronoun no earlier person fits stands for: the article's main person when its sex does not
        contradict the pronoun's, else the first person of the pronoun's sex named after it (a lead that
        names her further on: "Selon elle, … » … Geneviève Girard")."""
        main = self.main_person()
        if main is None or self._agrees(main, pronoun):
            return main
        after = (e for i, e, _s in self.anchors[bisect_left(self.anchor_at, at):]
                 if not isinstance(e, str) and id(e) in self.gender and self._agrees(e, pronoun))
        return next(after, main)

    def main_person(self, title: str | None = None) -> object | None:
        """The person the article is about: named in its title, else the most talked about (a subject mention
        counts twice), else the most mentioned, else one it gives a title.
        (The entities are fixed by now: answered once per title.)"""
        known = self.ctx.memo("main_person")
        if title not in known:
            people = [e for e in self.ctx.entities.people if self._may_hold(e, title)]
            weight = self._weights()
            known[title] = max(people, key=lambda e: (id(e) in self.in_title, weight.get(id(e), 0), len(e.mentions),
                                                      bool(e.roles))) \
                if people else None
        return known[title]

    def resolve(self, tok: Token | None, at: int, depth: int = 0) -> Attribution | None:
        """(speaker, named) for a subject token; None when there is no usable subject."""
        if tok is None:
            return None
        ctx = self.ctx
        if self._latest(tok):  # "Ce dernier a assuré", "the latter said": the last person named before it, of the
            # sex the words tell where the language marks it ("cette dernière": the last woman, not the man named since;
            # with no one of that sex named, the last person still: the quote keeps a speaker)
            latest = fold(ctx.doc[tok.i - 1].text + " " + tok.text)
            sex = "Fem" if ctx.is_word("latest_female", latest) else "Masc" if ctx.is_word("latest_male", latest) else None
            person = self.recent_person(tok.i, sex=sex) or (self.recent_person(tok.i) if sex else None)
            return Attribution(None, person.name, tok, True) if person is not None else None
        if ctx.is_word("pronoun_singular", tok.text):
            unnamed = self.unnamed_before(at) if "subj" in tok.dep_ or tok.text.startswith("-") else None
            if unnamed is not None:  # "« … », a indiqué un responsable. Il a ajouté que « … »": that unnamed speaker
                return Attribution(None, unnamed, tok, False)
            body = self.body_subject_before(tok, at) if "subj" in tok.dep_ or tok.text.startswith("-") else None
            if body is not None:
                return body
            unnamed = self.unnamed_subject_just_before(tok) if "subj" in tok.dep_ else None
            if unnamed is not None:  # "One of the victims decided … She said …": that unnamed person
                return unnamed
            person = self.described(tok) or self.person_near(at, pronoun=tok) or self.recent_person(at, pronoun=tok) \
                or self.pronoun_fallback(at, tok)
            if isinstance(person, str):
                return Attribution(None, person, tok, True)
            return Attribution(None, person.name, tok, True) if person is not None else None
        if self._partitive(tok):  # "l'un de ses proches", "one of the victims": someone of a group, not named…
            named = self.title_holder(tok) or self._named_after_group(tok)  # … unless the name follows
            if named is not None:  # "l'un des avocats de la famille, Jean Paillot", "l'un d'eux, Rima"
                return Attribution(None, named.name, tok, True)
            return Attribution(None, _phrase_text(self._phrase(tok)), tok, False)
        if tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType") and tok.i > 1 and ctx.doc[tok.i - 1].text == "," \
                and tok.i - 2 in self.mention_at and self.mention_at[tok.i - 2].end == tok.i - 1:
            # "…, ajoute Gérald Darmanin, qui précise que": a relative after a comma adds to the name just before —
            # unless the name completes a title ("la présidente de la Fondation Bardot, qui oppose…"): the title's
            title = _title_of_complement(ctx, self, ctx.doc[tok.i - 2]) if depth < 2 else None
            if title is not None:
                return self.resolve(title, at, depth + 1)
            return Attribution(None, self.entity_at[tok.i - 2].name, tok, True)
        if tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType") and tok.head.dep_.startswith("acl") \
                and tok.head.head.i < tok.i and depth < 2:
            antecedent = tok.head.head
            if antecedent.dep_ == "nmod" and antecedent.head.i < antecedent.i and antecedent.i not in self.entity_at \
                    and antecedent.head.pos_ == "NOUN" and self._speaks(antecedent.head) and not self._speaks(antecedent):
                antecedent = antecedent.head  # "un ténor de la majorité, qui ironise": who speaks, not its complement
            return self.resolve(antecedent, at, depth + 1)  # "le Rassemblement national qui a jugé"
        if ctx.is_word("pronoun_plural", tok.text) and depth < 2:
            group = self.group_before(at)
            if group is not None:  # "les organisateurs … ont réduit la voilure. « … », ont-ils écrit": that group
                return self.resolve(group, group.i, depth + 1)
        if ctx.is_word("pronoun_plural", tok.text) or tok.pos_ == "PRON":
            return None
        phrase = self._phrase(tok)
        aged = self.of_age(tok, phrase)
        if aged is not None:  # "assure le trentenaire" about "Ismaël Emelien, 31 ans": the one person of that age
            return Attribution(None, aged.name, tok, True)
        again = self._unnamed_again(phrase, tok, at)
        if again is not None:  # "an Interpol spokesperson stated. The spokesperson added …": the same one
            return again
        # an actor whose mention holds the head word, else a person named in the phrase
        e = self.entity_at.get(tok.i)
        titled = tok.pos_ in ("NOUN", "ADJ")  # a common noun: "l'avocat de X", "un proche de X" is not X
        if e is None:
            # "Jean Dupont" in "le maire Jean Dupont", not in "l'avocat de Marlène Schiappa" (someone else's title)
            people = [self.entity_at[t.i] for t in phrase if t.i in self.entity_at and self.entity_at[t.i].kind == "person"
                      and not (titled and t.i > tok.i and self._object_of_de(t.i))]
            e = people[0] if people else None
        if e is None and titled and tok.pos_ == "NOUN":
            e = self.apposed_body(tok)  # "L'association de lutte contre la corruption, Anticor, a demandé": the name
        if e is None and tok.i < at:
            e = self._holder_ending_run(tok, at)  # "US Ambassador to Germany Richard Grenell alleged": the name, not "US"
        if e is None and tok.pos_ == "PROPN":
            # "The Senate Minority Leader, Chuck Schumer, said": a title written in capitals whose holder is named in
            # apposition is that person, not the body the title names
            e = self._apposed_person(phrase or [tok]) or next((self.entity_at[t.i] for t in phrase if t.i in self.entity_at), None)
        if e is None and titled and tok.i + 1 in self.entity_at and self.entity_at[tok.i + 1].kind in ("organization", "place") \
                and ctx.is_word_or_lemma("org_kind_noun", tok):
            e = self.entity_at[tok.i + 1]  # "l'enseigne Lidl", "the carmaker Renault": the noun's own name, an
            # organisation by the noun's word even where the tagger took it for a place
        if e is None and tok.pos_ == "NOUN" and (fold(tok.text) in ctx.lex.roles or fold(tok.lemma_) in ctx.lex.roles or self._speaks(tok)):
            e = self.title_holder(tok)
        if e is None and tok.pos_ == "NOUN" and title_word(ctx, tok) and len(phrase) <= 8 \
                and self._apposed_person(phrase, closed=False) is None:
            going_on = self.speaker_going_on(tok, phrase, at, fold(_phrase_text([t for t in phrase if t.i >= tok.i])))
            if going_on is not None:
                return going_on
        if e is not None:
            return Attribution(None, e.name, tok, True)
        body = self.body_of(phrase, tok, at)
        if body is not None:
            return Attribution(None, body.name, tok, True)
        counted = self.counted_group(tok)
        if counted is not None and depth < 2:
            return self.resolve(counted, at, depth + 1)
        if tok.pos_ == "NOUN" and depth < 2 and (fold(tok.lemma_) in ctx.lex.speech_nouns or fold(tok.text) in ctx.lex.speech_nouns
                                                 or self._document(tok)):
            # "le communiqué de l'association", "the statement from the ministry": whoever issued it speaks
            found = self.issuer(tok, phrase, at, depth)
            if found is not None:
                return found
        role_head = title_word(ctx, tok)
        if tok.pos_ == "NOUN" and phrase and not indefinite(phrase[0]) and (
                not role_head or ctx.is_word("possessive", phrase[0].text) or "Dem" in phrase[0].morph.get("PronType")):
            # a title with a definite article ("le ministre") is resolved by its role below
            earlier = self.described_before(phrase, tok)
            if earlier is None and "Dem" in phrase[0].morph.get("PronType"):
                earlier = self.unnamed_subject_before(tok)
            if earlier is None and "Dem" in phrase[0].morph.get("PronType") and role_head:
                unnamed = self.unnamed_before(at)  # a person described ("ce syndicaliste"), not "ces témoignages"
                if unnamed is not None:  # "« … », dit un responsable syndical. « … », a insisté ce syndicaliste": a
                    earlier = Attribution(None, unnamed, tok, False)  # demonstrative goes on with that unnamed speaker
            if earlier is not None:
                return earlier
        if tok.pos_ in ("NOUN", "ADJ") and phrase and indefinite(phrase[0]) and self._speaks(tok):
            named = self._named_by_participle(tok)
            if named is not None:  # "a protester using the pseudonym Katya", "a man named John"
                return Attribution(None, named.name, tok, True)
        if tok.pos_ in ("NOUN", "ADJ") and phrase and indefinite(phrase[0]) \
                and self._apposed_person(phrase) is None and self._speaks(tok):
            return Attribution(None, _phrase_text(self._with_clause(phrase, tok)), tok, False)  # "un proche d'Edouard Philippe": not named
        # "le directeur général de l'OMS, Tedros Adhanom Ghebreyesus": the name in apposition
        named = self._apposed_person(phrase or [tok], closed=False)
        if named is not None:
            return Attribution(None, named.name, tok, True)
        # a title: "le ministre", "l'acteur" → the person the article gave that role, else the
        # person just mentioned, else the article's main person
        head = fold(tok.text)
        if title_word(ctx, tok) and len(phrase) > 8 and tok.pos_ == "NOUN" and not _plural(tok) \
                and has_complement(ctx, tok, phrase) and not indefinite(phrase[0]) and not possessed(tok) \
                and not ctx.is_word("possessive", phrase[0].text):
            # "le secrétaire général adjoint du Syndicat national professionnel des maîtres-nageurs sauveteurs": a
            # title too long to guess its holder by, still the post of the person the article gives that whole title
            title = fold(_phrase_text([t for t in phrase if t.i >= tok.i]))
            holder = self.recent_person(at, title, whole=True)
            if holder is not None:
                return Attribution(None, holder.name, tok, True)
        if title_word(ctx, tok) and len(phrase) <= 8:
            title = fold(_phrase_text([t for t in phrase if t.i >= tok.i]))
            # "selon le premier adjoint", "said the deputy mayor": a title of another rank than the post's is
            # another post, whoever holds the bare one; only someone given that rank holds it
            ranked = rank(ctx, _phrase_text(phrase))
            if title != head and len(title.split()) > 1 and has_complement(ctx, tok, phrase):
                # "le chef de l'Etat" is not "le chef du Parlement": the whole title, or no one by title
                holder = self.recent_person(at, title, whole=True) or self.same_post(at, title)
            else:
                holder = self.recent_person(at, head) or self.recent_person(at, fold(tok.lemma_)) \
                    or self.recent_person(at, unprefixed(ctx, head))  # "l'ex-actrice" for "l'actrice X"
            if holder is not None and not self._of_rank(holder, ranked):
                holder = None
            if holder is None and _plural(tok):
                if not _counted(ctx, phrase):
                    # "les représentants de la compagnie", "les avocats de X": a group the text does not name,
                    # never the one person just named
                    return Attribution(None, _phrase_text(phrase), tok, False)
                holder = self.recent_person(at)  # "les deux élus": the people just named, counted
            function = ctx.lex.function_of(title)
            if holder is None and function is not None and not ranked:
                holder = self.function_holder(at, function)  # "le chef de l'Etat" for "le président"
            if holder is None and phrase and (ctx.is_word("possessive", phrase[0].text) or indefinite(phrase[0]) or possessed(tok)):
                # "se félicite son avocat": the lawyer of the person just named, not that person; "des experts
                # de l'ONU", "un élu": people the article has not named
                return Attribution(None, _phrase_text(phrase), tok, False)
            person = holder or self.titled.get(title)  # "l'acteur" again: the one it meant the first time
            if person is not None and not self._of_rank(person, ranked):
                person = None
            if person is None and any(fold(t.text) in ctx.lex.demonyms for t in phrase):
                # "le président algérien": not the person just quoted whom the article gives other titles
                word = fold(tok.lemma_) if fold(tok.lemma_) in ctx.lex.roles else head
                person = self.person_near(at, title=word) or self.main_person(title=word)
                if person is not None and not self._of_rank(person, ranked):
                    person = None
            if person is None and ranked:
                return Attribution(None, _phrase_text(phrase), tok, False)  # a rank no one named is given: described
            if person is None:
                guess = self.person_near(at, role=True) or self.main_person()
                if guess is not None and not isinstance(guess, str) and any(
                        self.entity_at.get(t.i) is guess for t in phrase if t.i > tok.i):
                    # "the mayor of Yartsevo", "l'avocat de X": the title's own complement names someone other than
                    # its holder, who is described, not named
                    return Attribution(None, _phrase_text(phrase), tok, False)
                if guess is not None and not isinstance(guess, str) and self.gender.get(id(guess)) == "Masc" \
                        and feminine_title(self, tok):
                    # "a assuré l'élue d'arrondissement", "insiste la seconde" after a man was named: a woman's title
                    # the article gives no one is no man's — the woman named just before, else someone described
                    guess = self.woman_near(at)
                    if guess is None:
                        return Attribution(None, _phrase_text(phrase), tok, False)
                elif guess is not None and not isinstance(guess, str) and self.gender.get(id(guess)) == "Fem" \
                        and title_word_sex(ctx, tok) == "Masc":
                    # "poursuit le jeune homme", "the father said" after a woman was named: a man's noun (words.tsv
                    # male_noun; a masculine title alone tells nothing) — the man named just before, else someone described
                    guess = self.woman_near(at, sex="Masc")
                    if guess is None:
                        return Attribution(None, _phrase_text(phrase), tok, False)
                if guess is not None and not isinstance(guess, str) and len(title.split()) > 1 and phrase \
                        and not self._may_hold(_Titled(_other_roles(guess, title)), title):
                    # "explique le gérant de la société" after the mayor: a title nobody the article names holds,
                    # and the person at hand holds others — someone described, not named
                    return Attribution(None, _phrase_text(phrase), tok, False)
                person = guess
            if person is not None:
                if holder is None and not isinstance(person, str) and self._may_hold(person, title):
                    self.titled.setdefault(title, person)
                return Attribution(None, person if isinstance(person, str) else person.name, tok, True)
        if ctx.is_word_or_lemma("circle_noun", tok):
            written = self._owner_as_written(phrase, tok)
            if written is not None:  # "the Harris County Sheriff's Office", "the governor's office": its owner's, as written
                return written
        # an institution named by its kind: "la présidence", "l'agence sanitaire", "le parti"
        named_after = tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].text[:1].isupper()  # "l'agence TASS": its own name
        institution = ctx.lex.words.get("org_word", set()) | ctx.lex.words.get("institution_noun", set())
        if (fold(tok.text) in institution or fold(tok.lemma_) in institution) and not named_after:
            org = self.recent_org(at, fold(tok.lemma_), by_name=True)  # "le ministère" after "le ministère du Travail"
            fuller = self.fuller_group(phrase, tok) if org is None else None
            if fuller is not None:
                return fuller
            if org is None and (fold(tok.text) in ctx.lex.words.get("org_word", set())
                                or fold(tok.lemma_) in ctx.lex.words.get("org_word", set())) \
                    and not ctx.is_word_or_lemma("institution_noun", tok) and not _of_a_nation(ctx, phrase, tok):
                # a company word stands for the organisation just talked about ("le groupe", "the company"); an
                # institution named by its kind ("la municipalité", "le ministère", "the ministry") is no other body
                # (not the company just named): one whose name holds the word, else it speaks as written
                org = self.recent_org(at, fold(tok.lemma_))
            if org is None and ctx.is_word_or_lemma("institution_noun", tok):
                org = self.body_spoke_before(phrase, at)
            if org is not None:
                return Attribution(None, org.name, tok, True)
        org = self.named_by_head(phrase, tok, at) or self.force_named_before(tok, at) or self.kind_named_before(phrase, tok, at) \
            or self.place_named_before(phrase, tok, at)
        if org is not None:
            return Attribution(None, org.name, tok, True)
        owner = self._named_possessor(tok)
        if owner is not None and not self._speaks(tok):
            return Attribution(None, owner.name, tok, True)  # "The WHO's website said": the body whose medium it is
        if not self._speaks(tok):
            return None  # "des gestes", "sa part": the parse's subject is no speaker
        owned = self.owner_form(phrase, tok, at) if not role_head else None
        if owned is not None:
            return owned
        text = _phrase_text(phrase)
        return Attribution(None, text, tok, False) if text else None

    def _unnamed_again(self, phrase: list[Token], tok: Token, at: int) -> Attribution | None:
        """A definite description whose noun is the last word of the unnamed speaker who spoke just before (this
        sentence or the one before, no person named since: unnamed_before) is that speaker again, as written
        then: "« … », an Interpol spokesperson stated. The spokesperson added …", "a indiqué un responsable du
        ministère. Le responsable a ajouté" — not a body or a person the title might stand for."""
        ctx = self.ctx
        if tok.pos_ != "NOUN" or tok.i in self.entity_at or not phrase or not ctx.is_word("definite", phrase[0].text) \
                or ctx.is_word("possessive", phrase[0].text) or any(t.i > tok.i and not t.is_punct for t in phrase):
            return None
        unnamed = self.unnamed_before(at)
        if unnamed is None:
            return None
        words = []  # the unnamed speaker's words up to their complement: its noun is the last ("un responsable | du …")
        for w in unnamed.split():
            if words and any(ctx.is_word(name, w) for name in ("complement_preposition", "description_preposition", "preposition")):
                break
            words.append(fold(w))
        return Attribution(None, unnamed, tok, False) if words and words[-1] in (fold(tok.text), fold(tok.lemma_)) else None

    def _holder_ending_run(self, tok: Token, at: int) -> object | None:
        """The person whose name closes the run of words from a title to the speech verb, when the parse made the
        title the subject: "US Ambassador to Germany Richard Grenell alleged" (the title's complement, a place,
        stands between). Only names, nouns, adjectives, determiners and prepositions on the way, no punctuation;
        a name right after a preposition or a determiner is the complement's ("the lawyer for John Smith said"),
        not the title's holder."""
        ctx, doc = self.ctx, self.ctx.doc
        if tok.i in self.entity_at or not (title_word(ctx, tok) or fold(tok.text) in ctx.lex.roles):
            return None
        end = at
        while end > tok.i and (doc[end - 1].pos_ in ("AUX", "ADV", "PART") or ctx.is_word("clitic", doc[end - 1].text)):
            end -= 1  # "Richard Grenell has also said"
        k = tok.i + 1
        while k < end and k <= tok.i + TITLE_RUN_WORDS:
            t = doc[k]
            named = self.entity_at.get(k)
            if named is not None and self.mention_at[k].start == k:
                mention = self.mention_at[k]
                if named.kind == "person" and mention.end == end and k > tok.i + 1 \
                        and doc[k - 1].pos_ not in ("ADP", "DET") and not ctx.is_word("preposition", doc[k - 1].text):
                    return named
                k = mention.end
                continue
            if t.i in self.quote_at or t.is_punct or t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "ADP"):
                return None
            k += 1
        return None

    def speaker_going_on(self, tok: Token, phrase: list[Token], at: int, title: str) -> Attribution | None:
        """A definite description subject of a speech verb ("…», ajoute l'artisan", "détaille le scientifique",
        "s'interroge ce père de deux enfants") right after someone spoke, with no other person named since, within
        the paragraph and two sentences: the same speaker, described again (a news writer's variation), rather than
        whoever the article gave that word as a title further back. Not when the title is not theirs, nor when
        the description's gender is not theirs."""
        ctx = self.ctx
        if not phrase or phrase[0].i >= tok.i or _plural(tok) or possessed(tok) \
                or not ("Def" in phrase[0].morph.get("Definite") or "Dem" in phrase[0].morph.get("PronType")):
            return None
        spoken = [s for s in (self.last, self.last_unnamed) if s is not None and s[0] < tok.i]
        if not spoken:
            return None
        where, name = max(spoken, key=lambda s: s[0])
        person = self.by_name.get(name) if self.last is not None and (where, name) == self.last else None
        if person is None and not all(w[:1].isupper() for w in name.split()) \
                or person is not None and getattr(person, "kind", None) != "person":
            return None  # "un membre de son entourage" is not described again as "le porte-parole", nor a body as "le maire"
        starts = [k for k in ctx.sentence_starts[bisect_right(ctx.sentence_starts, where):bisect_right(ctx.sentence_starts, tok.i)]
                  if k not in self.quote_at]  # the narrative's sentences since, not the quoted words' own
        if len(starts) > 2 or any(t.is_space and "\n" in t.text for t in ctx.doc[where:tok.i]):
            return None  # too far back, or another paragraph
        since = self.anchors[bisect_right(self.anchor_at, where):bisect_left(self.anchor_at, tok.i)]
        if any(e is not person and not isinstance(e, str) and e.kind == "person" for _i, e, _s in since):
            return None  # someone else named since
        if person is not None:
            field = ctx.lex.roles.get(fold(tok.text)) or ctx.lex.roles.get(fold(tok.lemma_))
            if field not in (None, "other", "family") and not self._may_hold(person, title):
                return None  # a post ("le maire") not theirs; a description ("ce père de deux enfants") may be
            det = phrase[0].morph.get("Gender")
            known = self.gender.get(id(person))
            if known is not None and det and known not in det:
                return None
        return Attribution(None, name, tok, person is not None)

    def owner_form(self, phrase: list[Token], tok: Token, at: int) -> Attribution | None:
        """The circle around someone that speaks for them, tied to them by a third-person possessive ("son
        entourage", "ses proches", "his office": words.tsv circle_noun, owner_possessive), is named by its
        owner, as the language names a possession: "entourage de Richard Ferrand", "Erdogan's office"
        (possessor_link "de", elided "d'" before a vowel; else possessive_clitic "'s" after the owner). The
        owner is the person the possessive stands for, found as a pronoun's would be. Other nouns keep
        their words ("son avocat", "his source"): someone of their own the text does not name."""
        ctx = self.ctx
        if not ctx.is_word_or_lemma("circle_noun", tok):
            return None
        named = self._owner_as_written(phrase, tok)
        if named is not None:
            return named
        ties = [t for t in ctx.doc[max(0, (phrase or [tok])[0].i - 1):tok.i] if ctx.is_word("owner_possessive", t.text)
                and (t.pos_ == "DET" or t.dep_ == "poss" and t.head.i == tok.i)]
        if not phrase or not ties:
            return None
        owner = self.person_near(at) or self.recent_person(at) or self.main_person()
        if owner is None or isinstance(owner, str) or owner.kind != "person":
            return None
        thing = _phrase_text([t for t in phrase if t.i > ties[-1].i])
        if not thing:
            return None
        links = sorted(ctx.lex.words.get("possessor_link", ()))
        if links:
            elided = sorted(ctx.lex.words.get("possessor_link_elided", ()))
            link = elided[0] if elided and fold(owner.name)[:1] in "aeiouy" else links[0] + " "
            return Attribution(None, f"{thing} {link}{owner.name}", tok, False)
        clitic = sorted(ctx.lex.words.get("possessive_clitic", ()))
        return Attribution(None, f"{owner.name}{clitic[0]} {thing}", tok, False) if clitic else None

    def _owner_as_written(self, phrase: list[Token], tok: Token) -> Attribution | None:
        """A circle noun whose owner the text names by a possessive ("Senator Klobuchar's campaign", "Erdogan's
        office": the parse's possessor, a person's or an organisation's name) speaks as written with its owner,
        as the language writes the possession — not the noun alone ("campaign")."""
        doc = self.ctx.doc
        owner = next((c for c in tok.children if c.dep_ in ("poss", "nmod:poss") and c.i < tok.i and (
            c.i in self.entity_at and self.entity_at[c.i].kind in ("person", "organization")
            # or a noun the possessive clitic ties to it: "the sheriff's office", "the Alachua Sheriff's Office"
            or c.pos_ in ("NOUN", "PROPN") and any(self.ctx.is_word("possessive_clitic", g.text.replace("’", "'"))
                                                   for g in c.children if g.i > c.i))), None)
        if owner is None or not phrase:
            return None
        words = doc[owner.left_edge.i:max(tok.i, phrase[-1].i) + 1]
        if len(words) > 10 or any(t.i in self.quote_at or t.is_punct and t.text not in ("-", "‑", "'", "’") for t in words):
            return None
        return Attribution(None, _phrase_text(list(words)), tok, False)

    def _document(self, tok: Token) -> bool:
        """Is the noun a document or a publication (words.tsv document_noun: "rapport", "sondage", "texte")?"""
        return self.ctx.is_word_or_lemma("document_noun", tok)

    def issuer(self, tok: Token, phrase: list[Token], at: int, depth: int = 0) -> Attribution | None:
        """Who speaks through a document or a statement: the name right after it ("un sondage Ifop"), its
        complement ("le communiqué de l'association", "les informations du Point"); for a document referred
        back to ("ce document", "le texte", "cette même enquête"), the issuer of the nearest document the
        sentences before name: its own name or complement, else the subject that published it ("le comité
        … a publié un rapport. Selon ce document, …")."""
        doc = self.ctx.doc
        named = self.entity_at.get(tok.i + 1)
        if named is not None and self.mention_at[tok.i + 1].start == tok.i + 1 and named.kind in ("organization", "person"):
            return Attribution(None, named.name, tok, True)
        owner = self._named_possessor(tok)
        if owner is not None:
            return Attribution(None, owner.name, tok, True)  # "Judge Miller's statement", "Stardom's official statement"
        k = tok.i + 1
        while k < tok.sent.end and doc[k].is_alpha and doc[k].text[:1].isupper() and self._document(tok):
            k += 1  # "un sondage Ifop", "une étude Inserm": a capitalised name right after the document is its issuer's
        if k > tok.i + 1:
            return Attribution(None, doc[tok.i + 1:k].text, tok, False)
        complement = next((t for t in phrase if t.i > tok.i and t.pos_ in ("NOUN", "PROPN")), None)
        agent = next((a for c in tok.children if c.dep_ == "acl" and c.i > tok.i and c.pos_ == "VERB"
                      and self.ctx.is_word_or_lemma("issuing_verb", c) and (a := _agent(c)) is not None
                      and a.i not in self.quote_at), None) if complement is None else None
        found = self.resolve(agent, at, depth + 1) if agent is not None and depth < 2 else None
        if found is not None:  # "a statement released by Erdogan's office", "un communiqué publié par le ministère": with
            return found  # no complement of its own ("un article du New York Times, repéré par …"), the agent of the
            # participle that issued it (words.tsv issuing_verb), not of one that relays it ("des témoignages rapportés par")
        found = self.resolve(complement, at, depth + 1) if complement is not None else None
        if found is not None or complement is not None or not self._document(tok) or not phrase \
                or indefinite(phrase[0]) or self.ctx.is_word("possessive", phrase[0].text):
            return found
        starts = self.ctx.sent_starts_before(tok.i, 3)
        floor = starts[0] if starts else 0
        for j in range(phrase[0].i - 1, floor - 1, -1):
            t = doc[j]
            if t.pos_ != "NOUN" or j in self.quote_at or not self._document(t):
                continue
            earlier = self._phrase(t)
            found = self.issuer(t, earlier, at, depth + 1) if depth < 1 else None
            # the verb the document hangs on, past the preposition where the parse makes it its own head ("X, in a
            # statement delivered via the press secretary, announced"): its subject issued the document
            verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
            if found is None and t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "pobj") and verb.pos_ in ("VERB", "AUX"):
                subject = _subject(verb)
                found = self.resolve(subject, at, depth + 1) if subject is not None and subject.pos_ != "PRON" else None
            return found or self.statement_maker(tok, at)
        return self.statement_maker(tok, at)

    def statement_maker(self, tok: Token, at: int) -> Attribution | None:
        """Whose statement a definite statement noun referred back to is ("La République en marche a regretté
        … Le communiqué indique que …", "« … », a rétorqué la Délégation, dans un communiqué. « … », ajoute le
        communiqué"; speech_verbs.tsv kind noun): the last named speaker quoted before it, in this sentence or the
        CONTINUATION_SENTENCES before, who issued it — not the document itself."""
        ctx = self.ctx
        if not (fold(tok.lemma_) in ctx.lex.speech_nouns or fold(tok.text) in ctx.lex.speech_nouns):
            return None
        k = bisect_left(self.named_said, (at, ""))  # reported speech is read after every quote: the last one before it
        if not k:
            return None
        where, name = self.named_said[k - 1]
        starts = ctx.sent_starts_before(at, CONTINUATION_SENTENCES + 1)
        if not starts or where < starts[0]:
            return None
        return Attribution(None, name, tok, True)

    def _latest(self, tok: Token) -> bool:
        """Is the token the last word of 'ce dernier' / 'the latter' (latest_pronoun), with the words before it?"""
        doc = self.ctx.doc
        return tok.i > 0 and self.ctx.is_word("latest_pronoun", doc[tok.i - 1].text + " " + tok.text)

    def group_before(self, at: int, sentences: int = 2) -> Token | None:
        """The group 'ils' / 'they' at token `at` stands for: the last plural noun subject outside quotation
        marks in its sentence or the one before, a group that speaks ("les organisateurs de la convention"),
        not a coordination of names."""
        starts = self.ctx.sent_starts_before(at, sentences)
        floor = starts[0] if starts else 0
        for tok in reversed(self.ctx.doc[floor:at]):
            if tok.dep_.startswith("nsubj") and tok.pos_ == "NOUN" and _plural(tok) and tok.i not in self.quote_at \
                    and not any(c.dep_ == "conj" for c in tok.children) and self._speaks(tok):
                return tok
        return None

    def _partitive(self, tok: Token) -> bool:
        """'un' / 'one' followed by 'de' / 'of': one of a group ("l'un de ses proches")."""
        doc = self.ctx.doc
        return self.ctx.is_word("partitive_pronoun", tok.text) and tok.pos_ in ("PRON", "NUM") \
            and tok.i + 1 < len(doc) and self.ctx.is_word("complement_preposition", doc[tok.i + 1].text)

    def _named_after_group(self, tok: Token) -> object | None:
        """The person or body named after a comma that closes a short group, past a determiner and the
        words of a title ("l'un d'eux, Rima, 46 ans", "one of the study's authors, herpetologist David
        Blackburn", "one of these groups, the Syrian Democratic Forces")."""
        doc = self.ctx.doc
        comma = next((k for k in range(tok.i + 1, min(tok.sent.end, tok.i + 8)) if doc[k].is_punct
                      and doc[k].text not in ("-", "'")), None)
        if comma is None or doc[comma].text != ",":
            return None
        k = comma + 1
        while k < tok.sent.end and k not in self.entity_at and (doc[k].pos_ == "DET" or doc[k].is_lower and (
                title_word(self.ctx, doc[k]) or person_noun(self.ctx, doc[k]))):
            k += 1
        if k not in self.entity_at:
            return None
        e, m = self.entity_at[k], self.mention_at[k]
        return e if e.kind in ("person", "organization") or e.kind == "place" and m.entry is None else None

    def title_holder(self, tok: Token) -> object | None:
        """The person a title or description names right after it, past its complements and at most one
        comma: "la présidente Les Républicains de la communauté urbaine Catherine Vautrin", "un responsable
        de la police locale, le colonel Eric Dampal", "sa cousine, Naïma". A name the tagger took for a
        place counts when no gazetteer knows it and a comma or the clause's end closes it."""
        doc = self.ctx.doc
        k, limit, commas = tok.i + 1, min(tok.sent.end, tok.i + 16), 0
        while k < limit:
            t = doc[k]
            e = self.entity_at.get(k)
            if e is not None and self.mention_at[k].start == k:
                if self._object_of_de(k):
                    return None  # "l'avocat de Marlène Schiappa": someone else's title
                if e.kind == "person":
                    return e
                end = self.mention_at[k].end
                if e.kind == "place" and self.mention_at[k].entry is None and (end >= len(doc) or doc[end].is_punct):
                    return e
            if t.text == "," and commas == 0:
                commas += 1
            elif t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or k in self.quote_at:
                return None
            elif commas and not (t.pos_ in ("DET", "ADJ", "PROPN") or fold(t.text) in self.ctx.lex.roles):
                return None  # past the comma only an apposition: "…, le colonel Eric Dampal", not "…, lors d'un déplacement à X"
            k += 1
        return None

    def described_before(self, phrase: list[Token], tok: Token) -> Attribution | None:
        """A description the article used before for someone: "soupire sa cousine" after "raconte sa
        cousine, Naïma" is Naïma; "explique ce policier" after "constate un policier" is that
        (unnamed) policeman. The nearest earlier group outside quotation marks with the same head noun
        and the same other words, named by an apposition or adjacent name, else its own words when it
        was indefinite."""
        doc, ctx = self.ctx.doc, self.ctx
        def words_of(group: list[Token]) -> list[str]:
            return [ctx.folds[t.i] for t in group if t.pos_ not in ("DET", "PUNCT") and not ctx.is_word("determiner", t.text)]

        words, head = words_of(phrase), ctx.folds[tok.i]
        nouns = ctx.memo("noun_positions")  # folded noun → its tokens, in order: the same head noun looked up by bisection
        if not nouns:
            for j, (f, pos) in enumerate(zip(ctx.folds, ctx.pos)):
                if pos == "NOUN":
                    nouns.setdefault(f, []).append(j)
        positions = nouns.get(head, [])
        for j in reversed(positions[:bisect_left(positions, phrase[0].i)]):
            if j in self.quote_at:
                continue
            before = self._phrase(doc[j])
            if words_of(before) != words:
                continue
            after = before[-1].i + 1
            if after < len(doc) and doc[after].text == ",":
                after += 1
            named = self.entity_at.get(after)
            if named is not None and named.kind != "country":
                return Attribution(None, named.name, tok, True)
            if before and indefinite(before[0]) and self._speaks(doc[j]):
                return Attribution(None, _phrase_text(before), tok, False)
            return None
        return None

    def unnamed_subject_before(self, tok: Token, sentences: int = 2) -> Attribution | None:
        """The unnamed person a demonstrative description goes on with when it takes a new word for them:
        "Un habitant du quartier … aperçoit la fumée. « … », a raconté cet homme de 54 ans" is that
        resident. The last subject outside quotation marks in the sentence or the one before that is a
        person noun with an indefinite article and no name after it, of the same gender and number."""
        ctx, doc = self.ctx, self.ctx.doc
        starts = ctx.sent_starts_before(tok.i, sentences)
        floor = starts[0] if starts else 0
        for j in range(tok.i - 1, floor - 1, -1):
            t = doc[j]
            if not t.dep_.startswith("nsubj") or t.pos_ != "NOUN" or j in self.quote_at or j in self.entity_at:
                continue
            phrase = self._phrase(t)
            if not phrase or not indefinite(phrase[0]) or not self._speaks(t) or self._apposed_person(phrase) is not None \
                    or any(t.morph.get(f) and tok.morph.get(f) and t.morph.get(f) != tok.morph.get(f) for f in ("Gender", "Number")):
                continue
            return Attribution(None, _phrase_text(phrase), tok, False)
        return None

    def unnamed_subject_just_before(self, pronoun: Token) -> Attribution | None:
        """The unnamed person a subject pronoun goes on with when the sentence just before has them as its subject
        and names no person ("One of the victims decided to allow her name to be made public. She said …", "A
        witness saw the car. He said …"): one of a group (partitive_pronoun + complement_preposition) or a singular
        person noun with an indefinite article, no name after it."""
        ctx, doc = self.ctx, self.ctx.doc
        starts = ctx.sent_starts_before(pronoun.i, 2)
        if len(starts) < 2 or any(t.pos_ not in ("PUNCT", "SPACE", "CCONJ", "ADV") for t in doc[starts[1]:pronoun.i]):
            return None  # the pronoun opens its sentence
        sentence = doc[starts[0]:starts[1]]
        if any(k in self.entity_at and k not in self.quote_at and self.entity_at[k].kind == "person"
               for k in range(sentence.start, sentence.end)):
            return None
        subject = next((c for c in doc[starts[0]].sent.root.children if c.dep_.startswith("nsubj")
                        and c.i not in self.quote_at), None)
        if subject is None:
            return None
        if self._partitive(subject):
            if self.title_holder(subject) is not None or self._named_after_group(subject) is not None:
                return None
        elif not (subject.pos_ == "NOUN" and not _plural(subject) and subject.i not in self.entity_at and self._speaks(subject)):
            return None
        phrase = self._phrase(subject)
        if not self._partitive(subject) and not (phrase and indefinite(phrase[0])):
            return None
        text = _phrase_text(phrase)
        return Attribution(None, text, pronoun, False) if text else None

    def _named_by_participle(self, tok: Token) -> object | None:
        """The person an unnamed description gives a name to in a participle clause right after it ("a protester
        using the pseudonym Katya", "a man named John Smith", "un manifestant surnommé Jo"): a naming verb
        (words.tsv naming_verb) or a name noun in the clause (name_noun: name, pseudonym), and the person's name
        closing the clause."""
        ctx = self.ctx
        for clause in tok.children:
            if clause.dep_ not in ("acl", "amod") or clause.i <= tok.i or clause.pos_ not in ("VERB", "ADJ"):
                continue
            end = clause.right_edge.i + 1
            naming = ctx.is_word_or_lemma("naming_verb", clause) or any(
                ctx.is_word_or_lemma("name_noun", t) for t in ctx.doc[clause.i + 1:end])
            if not naming:
                continue
            # the name inside the clause, or right after the participle when the parse hangs it on the noun
            for k in range(clause.i + 1, min(len(ctx.doc), end + 1)):
                named = self.entity_at.get(k)
                if named is not None and k not in self.quote_at and self.mention_at[k].start == k:
                    after = self.mention_at[k].end
                    if named.kind == "person" and (after >= len(ctx.doc) or ctx.doc[after].is_punct):
                        return named
                    break
        return None

    def _with_clause(self, phrase: list[Token], tok: Token) -> list[Token]:
        """An unnamed person's words with the clause that tells who they are, right after them: "un élu qui
        côtoie l'ancien président depuis des années" (a relative clause; not a participle: "des témoignages
        rapportés par X")."""
        doc, after = self.ctx.doc, _past_brackets(self.ctx.doc, phrase[-1].i + 1)
        clause = next((c for c in tok.children if c.dep_ == "acl:relcl" and c.left_edge.i == after
                       and "Rel" in c.left_edge.morph.get("PronType")), None)
        if clause is None:
            return phrase + self._where_from(phrase, tok)
        end = clause.right_edge.i + 1
        while end > after and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        words = doc[after:end]
        if not 0 < len(words) <= 12 or any(t.i in self.quote_at or t.text in (",", ";", ":") for t in words):
            return phrase
        return phrase + list(words)

    def _where_from(self, phrase: list[Token], tok: Token) -> list[Token]:
        """The complement that tells where an unnamed person is from, right after their words, when the parse
        hangs it on their noun and a listed preposition opens it (words.tsv description_preposition): "a
        spokesperson for the city council", "an official from TfL", "a source within the Interior Ministry" —
        written out as the speaker, not cut to "a spokesperson". No comma, clause or quotation mark inside."""
        doc, ctx = self.ctx.doc, self.ctx
        after = phrase[-1].i + 1
        opener = next((len(w.split()) for w in ctx.lex.words.get("description_preposition", ())
                       if fold(" ".join(t.text for t in doc[after:after + len(w.split())])) == w), 0)
        if not opener:
            return []
        group = next((c for c in tok.children if c.i >= after and c.left_edge.i == after), None)
        if group is None:
            return []
        words = doc[after:group.right_edge.i + 1]
        if not opener < len(words) <= 10 or any(t.i in self.quote_at or t.is_punct and t.text not in ("-", "‑", "'", "’")
                                                 or t.pos_ in ("VERB", "AUX") or ctx.is_word("weekday", t.text)
                                                 or ctx.is_word("month", t.text) for t in words):
            return []
        return list(words)

    def _named_possessor(self, tok: Token) -> object | None:
        """The organisation or person a noun belongs to by a possessive of its name ("the WHO's website",
        "Biden's account"): the parse's possessor, an actor of the text."""
        for child in tok.children:
            if child.dep_ == "poss" and child.i in self.entity_at and self.entity_at[child.i].kind in ("organization", "person"):
                return self.entity_at[child.i]
            if child.dep_ == "poss" and child.pos_ == "PROPN" and child.i not in self.entity_at:
                named = self._known_as(self.ctx.doc[child.left_edge.i:child.i + 1])
                if named is not None:
                    return named  # a name the NER missed here but found elsewhere ("Stardom's official statement")
        return None

    def _known_as(self, span: Span) -> object | None:
        """The organisation or person the article names by these words elsewhere (its name or one of its forms)."""
        key = fold(span.text)
        return next((e for e in self.ctx.entities.items if e.kind in ("organization", "person")
                     and key in {fold(f) for f in (e.name, *e.forms)}), None)

    def _speaks(self, tok: Token) -> bool:
        """Can this noun be someone who speaks (a person, a group, an institution, a document)? A title, a
        speaker noun, or a person noun of occupations.txt ("un membre de la direction", "une manifestante")."""
        if tok.pos_ == "PROPN":  # a name, not a capitalised word opening the sentence ("Informé du prix…")
            return bool(tok.ent_type_) or not tok.is_sent_start
        return person_noun(self.ctx, tok)

    def _apposed_person(self, phrase: list[Token], closed: bool = True) -> object | None:
        """The person named right after the phrase and a comma ("un porte-parole, Jean Dupont"), past an aside in
        brackets ("the general secretary of the RMT union (National Union of …), Mick Cash"); with
        `closed`, only when the name is closed like an apposition, not the subject of the next clause
        ("selon un proche, X se montre")."""
        doc, after = self.ctx.doc, _past_brackets(self.ctx.doc, phrase[-1].i + 1)
        if after + 1 < len(doc) and doc[after].text == ",":
            named = self.entity_at.get(after + 1)
            if named is not None and named.kind == "person":
                end = self.mention_at[after + 1].end
                if not closed or end >= len(doc) or doc[end].is_punct:
                    return named
        return None

    def apposed_body(self, tok: Token) -> object | None:
        """The organisation named in apposition right after the group a common noun heads, between commas ("L'association
        de lutte contre la corruption, Anticor, a demandé", "The watchdog group, Transparency International, said"):
        the name speaks, not the description. The group runs from the noun to its comma over no verb, no other
        punctuation and no quotation, at most eight words; the name is an organisation closed by a comma (or a single
        word the tagger took for a person's name after a noun of organisations, words.tsv org_word)."""
        doc = self.ctx.doc
        k = tok.i + 1
        while k < len(doc) and k <= tok.i + 8 and doc[k].text != "," and k not in self.quote_at:
            t = doc[k]
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                return None
            k += 1
        if k + 1 >= len(doc) or doc[k].text != "," or k + 1 in self.quote_at:
            return None
        named = self.entity_at.get(k + 1)
        if named is None or self.mention_at[k + 1].start != k + 1 or not (
                named.kind == "organization" or named.kind == "person" and self.ctx.is_word_or_lemma("org_word", tok)
                and len(named.mentions[0].text.split()) == 1):
            return None  # a one-word name the tagger took for a person's, after an organisation's word, is its name
        end = self.mention_at[k + 1].end
        return named if end < len(doc) and doc[end].text == "," else None

    def _object_of_de(self, i: int) -> bool:
        """Is the name at token i the complement of a title ("l'avocat de [Mme] Marlène Schiappa", "the lawyer for
        John Smith": a preposition of relation, models/<lang>/words.tsv relation_preposition), not the title's
        holder ("la directrice de Twitter France Audrey Herblin-Stoop")?"""
        doc = self.ctx.doc
        k = self.mention_at[i].start - 1 if i in self.mention_at else i - 1  # before the first word of the name
        while k > 0 and not self.ctx.is_word("relation_preposition", doc[k].text) and (
                self.ctx.is_word("determiner", doc[k].text) or self.ctx.is_word("name_honorific", doc[k].text)):
            k -= 1
        return self.ctx.is_word("relation_preposition", doc[k].text)

    def fuller_group(self, phrase: list[Token], tok: Token) -> Attribution | None:
        """The body a definite institution noun with no complement refers back to ("a écrit la préfecture"
        after "la préfecture des Hautes-Alpes a contesté", "a ajouté le syndicat" after "une information du
        syndicat national pénitentiaire Force ouvrière"): the nearest group outside quotation marks with the
        same head noun and words of its own after it (a complement, a name), before it, else the first after
        it (a lead that names the body in full only further on). Its name when one follows the noun right
        away ("l'association Survie"), else its words."""
        ctx = self.ctx
        if not phrase or indefinite(phrase[0]) or ctx.is_word("possessive", phrase[0].text) \
                or any(t.i > tok.i and t.pos_ != "ADJ" for t in phrase):
            return None
        head, own = ctx.folds[tok.i], [ctx.folds[t.i] for t in phrase if t.i > tok.i]
        nouns = ctx.memo("head_positions")  # folded noun → its tokens, in order
        if not nouns:
            for j, f in enumerate(ctx.folds):
                nouns.setdefault(f, []).append(j)
        positions = nouns.get(head, [])
        at = bisect_left(positions, tok.i)
        for j in [*reversed(positions[:at]), *positions[at + 1:]]:
            if j in self.quote_at or ctx.doc[j].pos_ not in ("NOUN", "PROPN"):
                continue
            group = [t for t in self._phrase(ctx.doc[j]) if t.i >= j]
            words = [ctx.folds[t.i] for t in group[1:]]
            if words == own or not set(own) <= set(words):
                continue  # the same words again, or another body ("le gouvernement actuel", not "de transition")
            named = next((self.entity_at[t.i] for t in group[1:] if t.i in self.entity_at
                          and self.mention_at[t.i].start == t.i and all(u.pos_ == "ADJ" for u in ctx.doc[j + 1:t.i])), None)
            if named is not None and named.kind in ("organization", "person"):
                return Attribution(None, named.name, tok, True)
            return Attribution(None, _phrase_text(group), tok, False)
        return None

    def body_spoke_before(self, phrase: list[Token], at: int) -> object | None:
        """The body an institution named by its kind alone goes on with ("« … », a souligné l'Elysée. « … », ajoute
        la présidence française", "la municipalité" after the city hall quoted): the last speaker, when a body (an
        organisation or a place speaking for its institution), quoted in this sentence or the two before, and
        the noun definite. A person quoted last leaves the institution its own words ("a précisé la présidence"
        after the president)."""
        if not phrase or indefinite(phrase[0]) or self.ctx.is_word("possessive", phrase[0].text) or self.last is None:
            return None
        starts = self.ctx.sent_starts_before(at, CONTINUATION_SENTENCES + 1)
        if not starts or not starts[0] <= self.last[0] < at:
            return None
        e = self.by_name.get(self.last[1])
        return e if e is not None and e.kind in ("organization", "place", "country") else None

    def named_by_head(self, phrase: list[Token], tok: Token, at: int) -> object | None:
        """A definite common noun alone ("the embassy", "le musée", "cette université") after an organisation
        whose name holds that noun ("the US Embassy", "le musée du Louvre", "l'université Johns Hopkins") is
        that organisation named again by its head word."""
        ctx = self.ctx
        if tok.pos_ != "NOUN" or not tok.is_lower or _plural(tok) or not phrase or phrase[-1].i != tok.i \
                or not ctx.is_word("definite", phrase[0].text) or any(t.pos_ != "DET" for t in phrase[:-1]):
            return None
        return self.recent_org(at, fold(tok.text), by_name=True)

    def kind_named_before(self, phrase: list[Token], tok: Token, at: int) -> object | None:
        """A definite noun of a kind of organisation alone ("The newspaper reports …", "The website further reported
        …"; words.tsv org_kind_noun) or with words that only qualify it ("le quotidien régional", "du site
        d'information", "the British newspaper") after an organisation was named shortly before ("a report by the
        Times of Zambia") is that organisation: the last one named before it, outside quotation marks."""
        ctx = self.ctx
        if tok.pos_ != "NOUN" or _plural(tok) or not phrase or phrase[-1].i < tok.i or not (
                ctx.is_word("definite", phrase[0].text) or phrase[0].i == tok.i > 0 and ctx.doc[tok.i - 1].pos_ == "ADP"
                and ctx.is_word("definite", ctx.doc[tok.i - 1].text)) \
                or any(t.pos_ not in ("DET", "ADJ") or t.i in self.entity_at for t in phrase if t.i < tok.i) \
                or not ctx.is_word_or_lemma("org_kind_noun", tok) or not self._kind_qualifiers(phrase, tok):
            return None
        if not hasattr(self, "_org_at"):
            self.recent_org(at, "")
        orgs = [(i, e) for i, e in self._org_at[:bisect_left(self._org_tokens, phrase[0].i)] if i not in self.quote_at]
        return orgs[-1][1] if orgs and phrase[0].i - orgs[-1][0] < 60 else None

    def _kind_qualifiers(self, phrase: list[Token], tok: Token) -> bool:
        """Do the words after a kind noun only qualify it ("le quotidien régional", "la radio publique", "le site
        d'information": adjectives, a bare lower-case noun complement with no determiner), naming no one of their own?"""
        after = [t for t in phrase if t.i > tok.i]
        for k, t in enumerate(after):
            if t.i in self.entity_at or not t.is_lower and t.pos_ != "ADJ":
                return False
            if t.pos_ == "ADJ" or t.pos_ == "ADP" and k + 1 < len(after) and after[k + 1].pos_ == "NOUN" \
                    or t.pos_ == "NOUN" and k > 0 and after[k - 1].pos_ == "ADP":
                continue
            return False
        return True

    def place_named_before(self, phrase: list[Token], tok: Token, at: int) -> object | None:
        """A definite noun of a town alone ("the city issued an advisory"; words.tsv settlement_noun) after the text
        named that town with the same noun ("the US city of White Plains") is that town, whose council speaks."""
        ctx, doc = self.ctx, self.ctx.doc
        if tok.pos_ != "NOUN" or _plural(tok) or not phrase or phrase[-1].i != tok.i \
                or not ctx.is_word("definite", phrase[0].text) or any(t.pos_ != "DET" for t in phrase[:-1]) \
                or not ctx.is_word("settlement_noun", tok.text):
            return None
        for k in range(phrase[0].i - 1, 1, -1):
            if ctx.folds[k - 2] == ctx.folds[tok.i] and ctx.is_word("complement_preposition", doc[k - 1].text) \
                    and k in self.entity_at and self.mention_at[k].start == k and self.entity_at[k].kind == "place" \
                    and k not in self.quote_at:
                return self.entity_at[k]
        return None

    def force_named_before(self, tok: Token, at: int) -> object | None:
        """A bare common noun ("Police also announced …", no determiner, no modifier) that is the last word of an
        organisation's name the article gave before ("Thames Valley Police") is that organisation named again by
        its head word, plural as the tagger may read it ("police")."""
        if tok.pos_ != "NOUN" or any(c.dep_ not in ("punct",) for c in tok.children if c.i < tok.i) \
                or any(c.dep_ in ("prep", "nmod", "amod", "compound", "appos", "acl", "relcl") for c in tok.children):
            return None
        noun = fold(tok.text)
        if not hasattr(self, "_org_at"):
            self.recent_org(at, noun)  # makes the index of organisations' mentions
        orgs = self._org_at[:bisect_left(self._org_tokens, at)]
        return next((e for _i, e in reversed(orgs) if len(fold(e.name).split()) > 1 and fold(e.name).split()[-1] == noun),
                    None)

    def counted_group(self, tok: Token) -> Token | None:
        """The people a count names ("Plus d'une centaine de manifestants bloquaient … scandant « … »", "la majorité
        des habitants dénoncent"; words.tsv quantity_noun): its complement's noun, who speak."""
        if tok.pos_ != "NOUN" or not self.ctx.is_word_or_lemma("quantity_noun", tok):
            return None
        return next((c for c in tok.children if c.dep_ == "nmod" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                     and c.i not in self.quote_at), None)

    def body_subject_before(self, pronoun: Token, at: int) -> Attribution | None:
        """The organisation 'il' / 'elle' stands for when it is the last subject before the pronoun, in its
        sentence or the one before, and the gender of its noun agrees ("Le ministère de la Justice … a abondé dans
        leur sens. « … », a-t-il estimé"; "la délégation … « … », a-t-elle ajouté"): a body speaks on as a
        person would. A person subject nearer, a name, or a noun of unknown gender leave the pronoun to people."""
        ctx, doc = self.ctx, self.ctx.doc
        male, female = ctx.is_word("male_pronoun", pronoun.text), ctx.is_word("female_pronoun", pronoun.text)
        if not (male or female):
            return None
        subject = None
        for start in reversed(ctx.sent_starts_before(min(at, pronoun.i), 2)):  # its own sentence, then the one before
            root = doc[start].sent.root
            subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i not in self.quote_at
                            and c.i < pronoun.i and c.i != pronoun.i), None)
            if subject is not None:
                break
        if subject is None:
            return None
        k = subject.i
        before = ctx.sent_starts_before(k, 3)
        if self.last is not None and before and before[0] <= self.last[0] < at:
            return None  # "« … », explique X. Renault a annoncé … « … », souligne-t-il": the speaker just quoted goes on
        e = self.entity_at.get(k)
        if e is not None and e.kind != "organization" or subject.pos_ != "NOUN" or self.is_person(subject):
            return None  # a person, a pronoun, a name the parse took for the head: the pronoun's usual referents
        if e is None and not any(ctx.is_word(name, subject.text) or ctx.is_word(name, subject.lemma_)
                                 for name in ("org_word", "institution_noun", "org_kind_noun", "org_body_noun")):
            return None
        gender = subject.morph.get("Gender")
        if gender != (["Masc"] if male else ["Fem"]):
            return None
        if e is not None:
            return Attribution(None, e.name, pronoun, True)
        text = _phrase_text(self._phrase(subject))
        return Attribution(None, text, pronoun, False) if text else None

    def body_of(self, phrase: list[Token], tok: Token, at: int) -> object | None:
        """The organisation a body that speaks for it stands for (words.tsv org_body_noun): "la direction",
        "sa direction", "les représentants de la compagnie", "the management" — the organisation just talked
        about (the last named by the complement's kind word, else the last one mentioned shortly before).
        Not a body the phrase names ("la direction du PS") nor one of them ("un représentant")."""
        ctx = self.ctx
        if not phrase or not ctx.is_word_or_lemma("org_body_noun", tok) \
                or indefinite(phrase[0]):
            return None
        after = [t for t in phrase if t.i > tok.i]
        if any(t.i in self.entity_at for t in after):
            return None  # "la direction du musée du Louvre": the phrase names its organisation
        kind = next((fold(t.lemma_) for t in after if t.pos_ == "NOUN"
                     and ctx.is_word_or_lemma("org_kind_noun", t)), None)
        if after and kind is None:
            return None  # "la direction de l'enquête": a complement that is no organisation
        named = self.recent_org(at, kind, by_name=True) if kind else None
        if named is not None:
            return named
        starts = ctx.sent_starts_before(at, BODY_SENTENCES)
        floor = starts[0] if starts else 0
        nearby = [(m.start, e, is_subject(ctx.doc, m.start, m.end) or self._opens_clause(m.start, m.end))
                  for e in ctx.entities.items if e.kind == "organization"
                  for m in e.mentions if floor <= m.start < at and m.start not in self.quote_at]
        if not nearby:
            return None
        return max(nearby, key=lambda n: (n[2], n[0]))[1]  # the organisation the passage is about: a subject, the last

    def recent_org(self, at: int, noun: str, by_name: bool = False) -> object | None:
        """The organisation named by its kind: the last one whose name holds the noun, else the
        last organisation mentioned shortly before (not with `by_name`)."""
        if not hasattr(self, "_org_at"):  # the tokens of organisations' mentions, in order (made once)
            self._org_at = sorted((i, e) for i, e in self.entity_at.items() if e.kind == "organization")
            self._org_tokens = [i for i, _e in self._org_at]
            self._org_words: dict[int, set[str]] = {}  # id(organisation) → the words of its names (made once each)
        orgs = self._org_at[:bisect_left(self._org_tokens, at)]  # before `at`, the last one last
        named = next((e for _i, e in reversed(orgs) if noun in self._name_words(e)), None)
        if named is not None or by_name:
            return named
        doc = self.ctx.doc

        def addressed(i: int) -> bool:
            """Is the mention's token the object of a preposition of address ("à l'AFP", "auprès du Monde")?"""
            k = self.ctx.entities.mention_at[i].start - 1 if i in self.ctx.entities.mention_at else i - 1
            while k >= 0 and doc[k].pos_ == "DET":
                k -= 1
            return k >= 0 and self.ctx.is_word("address_preposition", doc[k].text)

        last = next(((i, e) for i, e in reversed(orgs) if not addressed(i)), None)
        return last[1] if last is not None and at - last[0] < 60 else None

    def _name_words(self, e) -> set[str]:
        """The folded words of an organisation's names (recent_org asks the same one again and again)."""
        words = self._org_words.get(id(e))
        if words is None:
            words = self._org_words[id(e)] = {w for f in _all_names(e) for w in fold(f).split()}
        return words

    def _phrase(self, tok: Token) -> list[Token]:
        """The subject's own words: determiners, adjectives, the noun, names and 'de X' complements."""
        bounds = self.__dict__.setdefault("_phrase_bounds", {})  # token → (start, end): asked again and again
        if tok.i not in bounds:
            bounds[tok.i] = self._phrase_span(tok)
        start, end = bounds[tok.i]
        return list(self.ctx.doc[start:end])

    def _phrase_span(self, tok: Token) -> tuple[int, int]:
        doc = self.ctx.doc
        start = tok.i
        while start > tok.sent.start and doc[start - 1].i >= tok.i - 3 and (
                doc[start - 1].pos_ in ("DET", "ADJ", "NUM")
                or doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= tok.i):
            start -= 1  # "a court clerk": the noun's own modifiers, and theirs ("the [United] States Constitution")
            if doc[start].pos_ == "DET":
                break  # the group's left edge: not "commente le président…" (a verb the tagger took for an adjective)
        end = tok.i + 1
        while end < tok.sent.end and end < tok.i + 8:
            t = doc[end]
            if self.ctx.is_word("weekday", t.text) or self.ctx.is_word("month", t.text):
                break  # "un proche lundi": the day the words were said, not the speaker's
            if t.pos_ == "ADJ" and _speech_lemma(self.ctx, t) is not None:
                break  # a speech verb the tagger took for an adjective: "les chercheurs d'Oxford constatent"
            if "Fin" in t.morph.get("VerbForm"):
                break  # a conjugated verb the parse hung on the noun ("Le député note « … »"): the clause's verb
            if t.pos_ == "PRON":
                break  # "The study itself outlined": a pronoun the parse put in apposition stresses the group, not named by it
            if t.pos_ in ("ADJ", "PROPN") or t.dep_ in ("flat:name", "appos", "amod") and not t.is_punct:
                end += 1
            elif t.like_num and name_number(self.ctx, start, end):
                end += 1  # "News 12 reported": the number that ends a name
            elif self.ctx.is_word("complement_preposition", t.text) and end + 1 < len(doc) and \
                    (doc[end + 1].pos_ in ("PROPN", "NOUN", "DET") or doc[end + 1].text[:1].isupper()):
                end += 2
            elif t.pos_ == "DET" and end > tok.i + 1 and self.ctx.is_word("complement_preposition", doc[end - 1].text):
                end += 1
            elif t.pos_ == "NOUN" and (self.ctx.is_word("complement_preposition", doc[end - 1].text)
                                       or self.ctx.is_word("determiner", doc[end - 1].text)
                                       or doc[end - 1].pos_ == "ADJ" and end - 2 > tok.i
                                       and self.ctx.is_word("determiner", doc[end - 2].text)
                                       or doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
                end += 1  # "de la PAF", "de la nouvelle direction"
            else:
                break
        while end > tok.i + 1 and (ctx_word(self.ctx, "preposition", doc[end - 1].text) or doc[end - 1].pos_ == "DET"
                                   or _opens_clause_after(doc[end - 1], end)):
            end -= 1
        if end - 1 in self.mention_at:
            end = max(end, self.mention_at[end - 1].end)  # a name is never cut: "un proche de Marion Maréchal-Le Pen"
        return start, end


def _opens_clause_after(tok: Token, end: int) -> bool:
    """Is this adjective or participle, last of a group's words, the head of a complement the group leaves out ("le
    parquet fédéral spécialisé dans les affaires de terrorisme", "des manifestants réunis pour marquer…")? Then it
    opens a clause about the group, not a word of its name."""
    return (tok.pos_ in ("ADJ", "VERB") or tok.pos_ == "PROPN" and tok.is_lower) \
        and any(c.i >= end and not c.is_punct for c in tok.children)  # (a lower-case "name": the tagger's participle)


TITLE_RUN_WORDS = 12  # tokens: how far a title and its complements may run before its holder's name and the verb


def has_complement(ctx: Context, tok: Token, phrase: list[Token]) -> bool:
    """Has the title a complement after its word and its adjectives ("le chef de l'Etat", "le chef exécutif de
    l'hôtel")? Then the whole title names the post, not its word alone."""
    after = [t for t in phrase if t.i > tok.i]
    for t in after:
        if ctx.is_word("complement_preposition", t.text):
            return True
        if t.pos_ != "ADJ":
            return False
    return False


@dataclass
class _Titled:
    roles: list[str]


def _other_roles(person: object, title: str) -> list[str]:
    """A person's titles but this one: the title a bare reference was taken for may have been given to the
    person it was guessed to mean (coreference), which says nothing of whether they hold it."""
    return [r for r in getattr(person, "roles", ()) if title not in fold(r) and fold(r) not in title]


def feminine_title(resolver: Resolver, tok: Token) -> bool:
    """Is the title feminine by its determiner ("la", "cette") or, after an elided one ("l'"), by the word's form
    (coreference.title_word_sex: "l'élue", "l'ex-animatrice", "the spokeswoman"), else the noun's own gender?"""
    phrase = resolver._phrase(tok)
    det = next((t for t in phrase if t.i < tok.i and t.pos_ == "DET" and t.morph.get("Gender")), None)
    if det is None and title_word_sex(resolver.ctx, tok) == "Fem":
        return True
    genders = det.morph.get("Gender") if det is not None else tok.morph.get("Gender")
    return list(genders) == ["Fem"]


def _all_names(e) -> list[str]:
    """An actor's names: as written in the text, and its gazetteer name and aliases ("Elysée" is the
    "Présidence de la République")."""
    entry = getattr(e, "entry", None)
    return [e.name, *e.forms, *((entry.name, *entry.aliases) if entry is not None else ())]


def _plural(tok: Token) -> bool:
    return "Plur" in tok.morph.get("Number")


def _counted(ctx: Context, phrase: list[Token]) -> bool:
    """Does a number count the group ("les deux élus"): people the text has just named, one by one?"""
    return any(t.pos_ == "NUM" or t.like_num for t in phrase)


def possessed(tok: Token) -> bool:
    """Has the noun a possessive of its own before it ("his daughter", a pronoun the parse hangs on it)?"""
    return any(c.dep_ in ("poss", "nmod:poss") and c.i < tok.i for c in tok.children)


def title_word(ctx: Context, tok: Token) -> bool:
    """Is the word a title (roles.tsv) or a person noun (occupations.txt: "le membre du bureau", "l'artisan"),
    which with a definite article refers back to someone the article named?"""
    keys = (fold(tok.text), fold(tok.lemma_), unprefixed(ctx, fold(tok.text)))  # "l'ex-actrice": a title behind its prefix
    if any(k in ctx.lex.roles for k in keys):
        return True
    # a person noun in the plural ("les signataires") is a group, seldom people the article named one by one
    return "Plur" not in tok.morph.get("Number") and any(k in occupations(ctx.lex.lang) for k in keys)


def person_noun(ctx: Context, tok: Token) -> bool:
    """Does the word name someone who may speak: a title of roles.tsv, a speaker noun (a person, a group, an
    institution, a document), or a person noun of occupations.txt?"""
    words = ctx.lex.words
    keys = {fold(tok.text), fold(tok.lemma_)}
    return any(k in known for k in keys for known in (words.get("speaker_noun", ()), words.get("org_word", ()),
                                                       ctx.lex.roles, occupations(ctx.lex.lang)))


def ctx_word(ctx: Context, listname: str, text: str) -> bool:
    return ctx.is_word(listname, text)


def _phrase_text(tokens: list[Token]) -> str:
    text = "".join(t.text + t.whitespace_ for t in tokens).strip()
    return " ".join(text.split())


def _title_of_complement(ctx: Context, resolver: Resolver, tok: Token | None) -> Token | None:
    """The title whose complement the parse took for a speech verb's subject: "Le chef de l'Etat a déclaré", "Le
    député de Seine-et-Marne a déploré" — the place or body after "de" only says whose or where the title is, the
    title speaks. A person's name there is left alone ("le président de la République Emmanuel Macron")."""
    if tok is None or resolver.is_person(tok) or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    doc, floor = ctx.doc, tok.sent.start
    mention = resolver.mention_at.get(tok.i)
    k = (mention.start if mention is not None else tok.i) - 1  # the whole name: "Seine-et Marne"
    while k >= floor and not ctx.is_word("complement_preposition", doc[k].text) \
            and (doc[k].pos_ == "DET" or ctx.is_word("determiner", doc[k].text)):
        k -= 1  # "l'", "la"
    if k < floor or not ctx.is_word("complement_preposition", doc[k].text):
        return None
    k -= 1
    while k >= floor and doc[k].pos_ == "ADJ":
        k -= 1
    if k < floor or doc[k].pos_ != "NOUN" or k in resolver.entity_at or not title_word(ctx, doc[k]) or _plural(doc[k]):
        return None
    return doc[k]


CONTINUATION_SENTENCES = 2  # an unattributed quote this close after an attributed one continues it
