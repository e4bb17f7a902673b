"""Cues: the speech verb of a quote's sentence and its subject, in the rules' order (`_cues`).

Incises after the quote ("», a-t-il ajouté", inverted subjects, titles before a name), subjects before
the verb (past appositions, gerunds, the title whose complement the parse took), "selon X", "X : « … »",
and `_Layout`, the sentences and paragraphs that tell how far a cue stands from a quote (briefcli.extract.quotes
module docstring has the stages)."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from ..lexicon import fold
from .context import Context
from .coreference import is_subject
from .resolution import Resolver, _phrase_text, _plural, _title_of_complement, person_noun, title_word
from .speech import (Attribution, _agent, _is_speech_verb, _lemma, _multiword_verb, _source_cue_at, _speech_lemma,
                     _subject)
from .stages import Marked

INCISE_WINDOW = 16  # tokens searched for the subject of an incise after its verb
INCISE_VERB_WINDOW = 6  # tokens searched for the verb of an incise after the mark (", a pour sa part commenté X")


def _preverbal_subject(ctx: Context, verb: Token) -> Token | None:
    """The noun or pronoun right before the verb group, when the parse gives no subject:
    'le Conseil constitutionnel rappelle que…' → Conseil."""
    doc = ctx.doc
    k = verb.i - 1
    while k >= verb.sent.start and (doc[k].pos_ in ("AUX", "ADV") or ctx.is_word("clitic", doc[k].text)):
        k -= 1
    if k > verb.sent.start and doc[k].text == ",":  # "Bruno Retailleau, de son côté, évoque…": past the aside
        opening = next((j for j in range(k - 1, max(verb.sent.start, k - 7) - 1, -1) if doc[j].text == ","), None)
        if opening is None:  # a longer relative clause: "Olivier Faure, qui se présente comme un « … », a estimé"
            opening = next((j for j in range(k - 1, max(verb.sent.start, k - 25) - 1, -1) if doc[j].text == ","
                            and doc[j + 1].pos_ == "PRON" and "Rel" in doc[j + 1].morph.get("PronType")), None)
        if opening is None:
            opening = _apposition_opening(ctx, verb.sent.start, k)
        if opening is not None:
            k = opening - 1
    if k < verb.sent.start:
        return None
    if ctx.is_word("pronoun_singular", doc[k].text) or doc[k].pos_ == "PRON":
        return doc[k]
    while k >= verb.sent.start and doc[k].pos_ == "ADJ":
        k -= 1
    if k >= verb.sent.start and doc[k].pos_ in ("NOUN", "PROPN"):
        first = k
        while first > verb.sent.start and doc[first - 1].pos_ in ("PROPN",) :
            first -= 1
        before = doc[first - 1] if first > verb.sent.start else None
        if before is not None and before.pos_ == "ADP" and not before.text[:1].isupper():
            # "les chercheurs d'Oxford constatent": the complement's head, when it names who may speak
            head = first - 2
            while head > verb.sent.start and doc[head].pos_ == "DET":
                head -= 1
            if ctx.is_word("complement_preposition", before.text) and head >= verb.sent.start \
                    and doc[head].pos_ == "NOUN" and person_noun(ctx, doc[head]):
                return doc[head]
            return None
        return doc[k]
    return None


APPOSITION_TOKENS = 20  # the longest apposition in commas passed over between a subject and its verb


def _apposition_opening(ctx: Context, floor: int, comma: int) -> int | None:
    """The comma opening a longer apposition that ends at `comma` right before the verb, when a noun stands before
    it and the apposition is a noun group with no verb or quotation mark ("Des témoins, proches de la jeune
    femme ou amis à l'université, rapportent…")."""
    doc = ctx.doc
    for j in range(comma - 1, max(floor, comma - APPOSITION_TOKENS) - 1, -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or t.text in ("«", "»", '"', "“", "”", ":", ";"):
            return None
        if t.text == ",":
            return j if j > floor and doc[j - 1].pos_ in ("NOUN", "PROPN") else None
    return None


def _gerund(ctx: Context, verb: Token) -> bool:
    """A present participle introduced by "en" or a comma ("en dénonçant", ", adding"), or opening its sentence
    ("Évoquant « … », le député X a laissé entendre…"): an adjunct of the clause it hangs on."""
    if not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") or verb.tag_ == "VBG"):
        return False
    if all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start:verb.i]):
        return True
    return verb.i > 0 and (ctx.is_word("gerund_marker", verb.doc[verb.i - 1].text) or verb.doc[verb.i - 1].text == ",")


def _clause_verb(verb: Token) -> Token | None:
    """The finite verb a participle hangs on: the nearest one before it in its sentence, by the parse
    (its head chain), else by position; the sentence's main verb after it when none comes before."""
    node = verb.head
    for _ in range(4):
        if node.i < verb.i and node.pos_ in ("VERB", "AUX") and "Fin" in node.morph.get("VerbForm"):
            return node
        if any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in node.children) and node.i < verb.i:
            return node
        if node.head.i == node.i:
            break
        node = node.head
    for t in reversed(list(verb.doc[verb.sent.start:verb.i])):
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return t.head if t.pos_ == "AUX" and t.head.i > t.i else t
    root = verb.sent.root  # "En dénonçant « … », X a…", "Évoquant « … », X a…": the participle opens the sentence,
    return root if root.i > verb.i and root.pos_ in ("VERB", "AUX") else None  # the main clause follows


def _speaker_subject(ctx: Context, resolver: Resolver, verb: Token) -> Token | None:
    """The verb's subject by the parse, else the word before the verb group; the person right
    before the verb when the parse made a title or an organisation the subject ("… à l'hebdomadaire
    The Economist, Recep Erdogan a déclaré")."""
    quoted = resolver.quote_at

    def unquoted(tok: Token | None) -> Token | None:
        """None for a word of a quote that the parse made the subject: the quote's words never speak it."""
        return None if tok is None or tok.i in quoted and verb.i not in quoted else tok

    agent = unquoted(_agent(verb))
    if agent is not None:
        return agent  # "he was told by Emergencies Minister X", "a été annoncé par le ministère": the agent speaks
    parsed = _subject(verb)
    if parsed is not None and parsed.i < verb.i and any(c.dep_ == "case" and c.i < parsed.i for c in parsed.children):
        parsed = None  # "Dans un communiqué, eBay a expliqué": a group a preposition opens is no subject, whatever the parse
    subject, before = unquoted(parsed), unquoted(_preverbal_subject(ctx, verb))
    if parsed is not None and subject is None and before is None:
        subject = _inverted_subject(ctx, verb, verb.sent.end)  # "« … », précise le ministère": the subject follows
    if _gerund(ctx, verb) and (main := _clause_verb(verb)) is not None:
        # "X a repris … du leader de LFI en dénonçant son « ambiguïté »", "…, précise le ministère, ajoutant
        # que…": the gerund's subject is the subject of the clause it hangs on, not the noun before it
        subject = unquoted(_subject(main)) or unquoted(_inverted_subject(ctx, main, verb.i)) or subject
        before = unquoted(_preverbal_subject(ctx, main)) or before
    if subject is not None and _in_source_group(ctx, subject):
        # "According to news agency ISNA, the prosecutor general, Ali Mehr, said": the parse made the cue's
        # object the subject; the source only reports, the group after the cue's comma speaks
        subject = _group_after_source(ctx, subject, verb) or subject
    if subject is None:
        return _title_of_complement(ctx, resolver, before) or before
    anchor = _apposition_anchor(ctx, resolver, subject)
    if anchor is not None:
        return anchor
    if subject.i < verb.i and _place(resolver, subject) and verb.i > 0 and ctx.doc[verb.i - 1].text == ",":
        after = _inverted_subject(ctx, verb, verb.sent.end)
        if after is not None and after.i > verb.i and not _place(resolver, after) and after.i in resolver.entity_at:
            # "Les départements concernés sont l'Aveyron, le Cher, …, détaille Météo-France": a place the parse made
            # the subject of an incise speaks seldom; the body or person named right after the verb does
            return after
    if before is not None and before.i != subject.i and resolver.is_person(before) and not resolver.is_person(subject) \
            and not (subject.i < before.i and resolver._object_of_de(before.i)):
        # (not "le conseiller santé de Donald Trump a lancé", "the lawyer for John Smith said": a name in the subject's
        # complement is whom the subject is related to, not who speaks)
        return before
    return _title_of_complement(ctx, resolver, subject) or subject


def _place(resolver: Resolver, tok: Token) -> bool:
    """Does the token name a place or a country of the article (the actors stage's kinds)?"""
    e = resolver.entity_at.get(tok.i)
    return e is not None and e.kind in ("place", "country")


def _apposition_anchor(ctx: Context, resolver: Resolver, subject: Token) -> Token | None:
    """The person a title subject is apposed to, named right before it and a comma at the opening of its clause
    ("Invité de BFMTV, Sibeth Ndiaye, la porte-parole du gouvernement s'est dite « déçue »", "John Smith, the
    spokesman said"): the name is the anchor, the title only describes it — whatever the parse made the subject."""
    doc = ctx.doc
    if subject.pos_ != "NOUN" or subject.i in resolver.entity_at or not title_word(ctx, subject) or _plural(subject):
        return None
    k = subject.i - 1
    while k > subject.sent.start and (doc[k].pos_ in ("DET", "ADJ") or ctx.is_word("determiner", doc[k].text)):
        k -= 1
    if k <= subject.sent.start or doc[k].text != ",":
        return None
    name = k - 1
    m = resolver.mention_at.get(name)
    if m is None or m.end != k or not resolver.is_person(doc[name]):
        return None
    if m.start > subject.sent.start and doc[m.start - 1].text != ",":
        return None  # "Selon Jean Dupont, le ministre a…", "Après avoir reçu X, le ministre a…": the name is no anchor
    return doc[m.start]


def _in_source_group(ctx: Context, tok: Token) -> bool:
    """Is the token inside the group a source cue opens ("according to [news agency ISNA]", "selon [le
    journal X]"), with no punctuation but a hyphen between the cue and it?"""
    for k in range(tok.i - 1, tok.sent.start - 1, -1):
        if ctx.doc[k].is_punct and ctx.doc[k].text not in ("-", "‐"):
            return False
        n = _source_cue_at(ctx, k)
        if n and k + n <= tok.i:
            return True
    return False


def _group_after_source(ctx: Context, tok: Token, verb: Token) -> Token | None:
    """The head of the first group after the comma that closes a source cue's group, before the verb: the
    verb's real subject ("…ISNA, [the prosecutor general], said")."""
    doc = ctx.doc
    comma = next((k for k in range(tok.i + 1, verb.i) if doc[k].text == ","), None)
    if comma is None:
        return None
    head = next((t for t in doc[comma + 1:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    while head is not None and head.dep_ == "compound" and comma < head.head.i < verb.i:
        head = head.head
    return head


def _resolve_subject(ctx: Context, resolver: Resolver, verb: Token, subject: Token | None) -> Attribution | None:
    """Who a speech verb's subject names; when the word the parse took for its subject stands after the verb
    and names no one (a word of another clause: "C'est ce qu'assure également un bénévole du club, rien ne
    laissait…"), the subject inverted right after the verb."""
    found = resolver.resolve(subject, verb.i)
    if found is None and subject is not None and subject.i > verb.i:  # not "on assume le blâme": its object
        after = _inverted_subject(ctx, verb, verb.sent.end)
        if after is not None and after.i > verb.i and after.i != subject.i:
            found = resolver.resolve(after, verb.i)
    return found


def _institution_as_written(ctx: Context, resolver: Resolver, verb: Token, subject: Token | None) -> Attribution | None:
    """An institution named by its kind alone (words.tsv institution_noun: "la présidence", "le rectorat", "la
    justice") that no actor stands for and no body quoted just before continues still speaks when it is the
    speech verb's parsed subject, or its subject inverted after it: "« … », a précisé la présidence", "La justice
    avait considéré que sa demande « … »" — its words as written, not the person talked about before it; a body
    subject of this sentence or the one before is left to be found as the one the institution stands for."""
    if subject is None or subject.pos_ != "NOUN" or subject.i in resolver.quote_at or _plural(subject) \
            or not (subject.dep_.startswith("nsubj") or subject.i > verb.i) \
            or not ctx.is_word_or_lemma("institution_noun", subject):
        return None
    phrase = resolver._phrase(subject)
    if not phrase or not ctx.is_word("definite", phrase[0].text):
        return None
    starts = ctx.sent_starts_before(verb.i, 2)
    if any(starts and starts[0] <= m.start < verb.i and m.start not in resolver.quote_at
           and (is_subject(ctx.doc, m.start, m.end) or resolver._opens_clause(m.start, m.end))
           for e in ctx.entities.items if e.kind in ("organization", "place", "country") for m in e.mentions):
        return None  # "L'Elysée a présenté la réforme. « … », souligne la présidence": the body just talked about
    text = _phrase_text(phrase)
    return Attribution(None, text, subject, False) if text else None


def _group_as_written(ctx: Context, resolver: Resolver, verb: Token, subject: Token | None, incise: bool) -> Attribution | None:
    """A group the text does not name, the speech verb's subject (before the verb, or inverted after an incise's
    verb), speaks as written even when no word list knows its head noun and no actor stands for it: "Les
    socialistes ont demandé « … »", "« … », ont dénoncé les Insoumis" — not the person the sentences before talk
    about. Only a plural group a determiner opens: a definite description of one ("a confié le jeune homme")
    goes back to someone named; words of time and "ces derniers" are no group written out."""
    if subject is not None and subject.pos_ == "PRON" and ctx.is_word("group_pronoun", subject.text) \
            and subject.dep_ == "nsubj" and subject.head.i == verb.i:
        group = _partitive_group(ctx, subject)
        if group is not None:  # "Some of the protesters said": the group they are of, as written ("protesters")
            return Attribution(None, group, subject, False)
        return Attribution(None, subject.text, subject, False)  # "certains s'inquiétant d'une « … »": some of a group
    if subject is None or subject.pos_ not in ("NOUN", "ADJ") or subject.i in resolver.quote_at \
            or subject.i > verb.i and not incise or subject.i < verb.i and not (subject.dep_ == "nsubj" and subject.head.i == verb.i):
        return None
    if any(ctx.is_word(words, subject.text) or ctx.is_word(words, subject.lemma_)
           for words in ("time_noun", "time_unit", "duration_unit", "weekday", "month")) and subject.pos_ == "NOUN":
        return None
    if resolver._latest(subject) or any(fold(w.split()[-1]) == fold(subject.lemma_)
                                        for w in ctx.lex.words.get("latest_pronoun", ())):
        return None  # "ces derniers", "the latter": the people just named, not a group written out
    phrase = resolver._phrase(subject)
    if len(phrase) < 2 or phrase[0].pos_ != "DET" or phrase[-1].i < subject.i:
        return None
    if not _plural(subject):
        return None  # "a confié le jeune homme": a definite description of one goes back to the person named
    text = _phrase_text(phrase)
    return Attribution(None, text, subject, False) if text else None


def _partitive_group(ctx: Context, pronoun: Token) -> str | None:
    """The plural group a group pronoun takes some of, by its complement right after it ("Some of the protesters",
    "certains des manifestants"): the group's noun with its own adjectives and compounds, without its
    determiner ("protesters"); None when the pronoun has no such complement."""
    doc = ctx.doc
    for c in pronoun.children:
        if c.i != pronoun.i + 1 and c.left_edge.i != pronoun.i + 1:
            continue
        if ctx.is_word("complement_preposition", c.text):  # "of" heads its object
            noun = next((g for g in c.children if g.pos_ == "NOUN"), None)
        elif c.pos_ == "NOUN" and ctx.is_word("complement_preposition", doc[c.left_edge.i].text):  # "des" is the noun's case
            noun = c
        else:
            continue
        if noun is None or not _plural(noun) or noun.i in ctx.quoting.quote_at:
            return None
        start = min([noun.i] + [m.i for m in noun.children if m.i < noun.i and m.dep_ in ("amod", "compound")])
        end = noun.i + 1
        for m in sorted((m for m in noun.children if m.i > noun.i), key=lambda m: m.i):
            if m.left_edge.i != end or m.dep_ not in ("amod", "compound"):
                break
            end = m.right_edge.i + 1
        return _phrase_text(list(doc[start:end]))
    return None


def _untagged_name(ctx: Context, verb: Token, subject: Token | None) -> Attribution | None:
    """The name an incise's verb has right after it when the tagger took its first word for a verb or a common
    noun ("», s'est réjoui Parit Chiwarak", "», explique Eunt Soe Yin"): a capitalised word inside the sentence
    that the entity recogniser marks, followed by the rest of the name — the name speaks as written."""
    if subject is None or subject.i <= verb.i or subject.pos_ == "PROPN" or not subject.text[:1].isupper() \
            or subject.is_sent_start or not subject.ent_type_:
        return None
    end = subject.i + 1
    while end < len(ctx.doc) and ctx.doc[end].pos_ == "PROPN" and ctx.doc[end].text[:1].isupper():
        end += 1
    if end == subject.i + 1:
        return None
    return Attribution(None, ctx.doc[subject.i:end].text, subject, False)


def _closes_fronted_phrase(quote_span: Span, close_tok: int) -> bool:
    """Do the quoted words end a phrase set before the main clause — words before them in their sentence, and no
    finite verb from the sentence's start to the closing mark ("Parmi les membres les plus connus des « gilets
    jaunes », Eric Drouet a appelé…", "Asked about 'the plan', Smith said it was fine")? Then the clause after the
    comma, its subject before its verb, is the sentence's main clause, not an incise that reports the words; a quote
    that opens its sentence, or a clause before the comma ('The plan is "a disaster", Smith said'), keeps it."""
    doc = quote_span.doc
    sent = quote_span.sent
    if not any(not (t.is_punct or t.is_quote or t.is_space) for t in doc[sent.start:quote_span.start]):
        return False
    return not any("Fin" in t.morph.get("VerbForm") for t in doc[sent.start:min(close_tok, len(doc))])


def _inner_incise(ctx: Context, quote_span: Span) -> tuple[int, int, Token | None, Token | None] | None:
    """The writer's incise inside the quotation marks: right after a comma of the quoted words, a speech verb
    whose subject follows it ("a-t-elle raconté", "s'insurge ce lundi Benoît Hamon", "confie au Dauphiné
    X") or 'selon X', closed by the end of a sentence before the quote goes on. As (token, length of a
    'selon' cue or 0, verb, inverted subject)."""
    doc, end = ctx.doc, quote_span.end
    for c in range(quote_span.start + 1, end - 2):
        if doc[c].text != ",":
            continue
        j = c + 1
        while j < min(end, c + 4) and (doc[j].pos_ == "AUX" or doc[j].pos_ == "PRON" and not ctx.is_word("subject_pronoun", doc[j].text)
                                       or _any_pronoun(ctx, doc[j]) and doc[j].text.startswith("-")):
            j += 1  # "a-t-elle", "s'"
        stop = next((k for k in range(j + 1, end) if doc[k].text in (".", "!", "?", ";", ":")), None)
        if stop is None or doc[stop].text not in (".", "!", "?") or stop >= end - 1:
            continue  # the incise closes a sentence the quote goes on after
        n = _source_cue_at(ctx, j) if j == c + 1 else 0
        if n and not ctx.is_word("opinion_preposition", doc[j].text):
            return j, n, None, None
        if _is_speech_verb(ctx, doc[j], incise=True):
            subject = _inverted_subject(ctx, doc[j], stop)
            if subject is not None and (subject.i > j or subject.text.startswith("-")):
                return j, 0, doc[j], subject
    return None


def _any_pronoun(ctx: Context, tok: Token) -> bool:
    return ctx.is_word("pronoun_singular", tok.text) or ctx.is_word("pronoun_plural", tok.text)


def _inverted_subject(ctx: Context, verb: Token, limit: int) -> Token | None:
    """'», a-t-il ajouté', '», explique Jean Dupont', '», a déclaré mercredi le ministre'."""
    doc = ctx.doc
    for k in range(max(verb.sent.start, verb.i - 3), verb.i):
        if _any_pronoun(ctx, doc[k]) and doc[k].text.startswith("-"):
            return doc[k]
    several = _multiword_verb(ctx, verb)
    k = verb.i + 1 if several is None else several[1] + 1  # past "savoir" in "a fait savoir la préfecture"
    while k < min(len(doc), limit):
        tok = doc[k]
        low = fold(tok.text)
        if tok.is_space or tok.text in (".", ";", "«", "»", '"', ":", "?", "!"):
            return None
        if _any_pronoun(ctx, tok) and tok.text.startswith("-"):
            return tok
        if ctx.is_word("partitive_pronoun", tok.text) and tok.pos_ in ("PRON", "NUM") and k + 1 < len(doc) \
                and ctx.is_word("complement_preposition", doc[k + 1].text):
            return tok  # "menace l'un de ses proches", "said one of the victims"
        if ctx.is_word("euphonic", low) or tok.pos_ == "DET" and tok.dep_ == "det":  # "ont rapporté des témoins": an article
            k += 1
            continue
        if tok.pos_ == "ADP" or ctx.is_word("preposition", tok.text) or ctx.is_word("group_preposition", tok.text):
            if tok.pos_ == "ADP" and k + 1 < limit and "Inf" in doc[k + 1].morph.get("VerbForm"):
                k += 2  # "a déclaré sans hésiter un élu": a preposition and its infinitive (not "to", a particle)
                continue
            if k + 1 < limit and doc[k + 1].pos_ == "PRON" and not doc[k + 1].text.startswith("-"):
                k += 2  # "déplore quant à elle Laurence Perez", "s'offusque, quant à lui, Dan Perez": an aside on the subject
                continue
            k = _skip_group(ctx, k + 1, limit)  # "à l'AFP", "dans un communiqué"
            continue
        if ctx.is_word("weekday", tok.text) or ctx.is_word("month", tok.text) or tok.like_num or tok.pos_ in ("ADV", "AUX") \
                or tok.text == ",":
            k += 1
            continue
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ADDRESSEE_DEPS and tok.head.i == verb.i \
                and any(c.dep_ in OBJECT_DEPS and c.i > tok.i for c in verb.children):
            k = _skip_group(ctx, k, limit)  # "told the BBC a spokesman for the police": whom the words are told to,
            continue  # the group the parse makes the verb's indirect object before its object, the one who speaks
        if tok.pos_ in ("PROPN", "NOUN") or tok.ent_type_:
            while tok.dep_ in ("compound", "poss") and tok.i < tok.head.i < limit:
                tok = tok.head  # "said UCL astronomer Angelos Tsiaras", "said the university's chancellor": the head
            return _name_ending_group(ctx, tok, limit) or _title_holder_after(ctx, tok, limit) \
                or _holder_closing_run(ctx, tok, limit) or tok
        if tok.pos_ in ("ADJ", "VERB") and person_noun(ctx, tok) and k > verb.i + 1 and doc[k - 1].pos_ in ("DET", "ADJ") \
                and not (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN")):
            return tok  # a person noun the tagger read as an adjective or a participle: "lance un autre proche du
            # parti", "commente un habitant du quartier"
        if tok.pos_ == "ADJ" and k > verb.i + 1 and doc[k - 1].pos_ == "DET" and doc[k - 1].dep_ == "det" \
                and not (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            return tok  # an adjective a determiner opens and no noun follows is the group's noun: "a écrit
            # l'intersyndicale", "a jugé la seconde"
        if tok.pos_ in ("DET", "ADJ"):  # "a réagi l'ancien ministre Patrick Kanner"
            k += 1
            continue
        return None
    return None


def _name_ending_group(ctx: Context, tok: Token, limit: int) -> Token | None:
    """The person's name a run of title words ends on, when the parse cut the run short: "said study
    co-author Karen Alley" (the hyphen splits the title; the parse's subject is "co"). Only nouns, adjectives
    and hyphens between the word and the name, no comma, no conjunction."""
    doc, people = ctx.doc, ctx.entities
    if tok.i in people.entity_at:
        return None
    k = tok.i + 1
    while k < min(limit, len(doc), tok.i + 8) and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].text in ("-", "‑")):
        e = people.entity_at.get(k)
        if e is not None:
            m = people.mention_at[k]
            return doc[m.end - 1] if e.kind == "person" and m.start == k else None
        k += 1
    return None


TITLE_RUN = 16  # tokens: how far a title and its complements may run before the name of their holder


def _holder_closing_run(ctx: Context, tok: Token, limit: int) -> Token | None:
    """The person's name that closes the run of words after an incise's verb, right after a title: "said
    University of California, San Diego's chancellor, Pradeep Khosla" (the body whose title it is comes
    first, with its possessive), "said study co-author and Royal Society Research Fellow Martin How" (two
    titles joined). Only names, nouns, adjectives, possessives, complements, one conjunction and two
    commas on the way; the name must end the clause. Its last token, like a name's."""
    doc, people = ctx.doc, ctx.entities
    k, commas, joins = tok.i, 0, 0
    while k < min(limit, len(doc), tok.i + TITLE_RUN):
        t = doc[k]
        e = people.entity_at.get(k)
        if e is not None and e.kind == "person" and people.mention_at[k].start == k and k > tok.i:
            end = people.mention_at[k].end
            before = doc[k - 1] if doc[k - 1].text != "," else doc[k - 2]
            titled = before.is_lower and (title_word(ctx, before) or person_noun(ctx, before)) or before.text[:1].isupper() \
                and fold(before.text) in ctx.lex.roles
            return doc[end - 1] if titled and (end >= min(limit, len(doc)) or doc[end].is_punct) else None
        if t.text == ",":
            commas += 1
        elif t.pos_ == "CCONJ":
            joins += 1
        elif not (t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART") or t.text in ("-", "‑", "'s", "’s")
                  or ctx.is_word("complement_preposition", t.text)):
            return None
        if commas > 2 or joins > 1:
            return None
        k += 1
    return None


def _title_holder_after(ctx: Context, tok: Token, limit: int) -> Token | None:
    """The person's name a long title runs on to after an incise's verb: "a déclaré le président du syndicat
    mixte de gestion des baignades (SMGBL) Hervé Bouyrie", "a renchéri le chef du service de presse de
    l'équipe de France, Philippe Tournon". The title's complements (de + names of bodies and places) are
    crossed; a comma only right before the name (an apposition); a name right after 'de' is the
    complement's ("l'avocat de Jean Dupont"), not the holder's. Its last token, like a name's."""
    doc, people = ctx.doc, ctx.entities
    if tok.i in people.entity_at or not (title_word(ctx, tok) or person_noun(ctx, tok)):
        return None
    k = tok.i + 1
    while k < min(limit, len(doc), tok.i + TITLE_RUN):
        t = doc[k]
        e = people.entity_at.get(k)
        if e is not None and people.mention_at[k].start == k:
            m = people.mention_at[k]
            if e.kind == "person":
                return doc[m.end - 1] if not _complement_name(ctx, k) else None
            k = m.end
            continue
        if t.text == ",":
            nxt = people.entity_at.get(k + 1)
            if nxt is None or nxt.kind != "person" or people.mention_at[k + 1].start != k + 1:
                return None
        elif not (t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or t.text in ("-", "‑", "(", ")")
                  or ctx.is_word("complement_preposition", t.text)):
            return None
        k += 1
    return None


def _complement_name(ctx: Context, k: int) -> bool:
    """Does the name starting at token k complete a noun ("de [Mme] Marlène Schiappa", "of John Smith")?"""
    doc = ctx.doc
    j = k - 1
    while j > 0 and not ctx.is_word("complement_preposition", doc[j].text) and (
            ctx.is_word("determiner", doc[j].text) or ctx.is_word("name_honorific", doc[j].text)):
        j -= 1
    return ctx.is_word("complement_preposition", doc[j].text)


def _skip_group(ctx: Context, k: int, limit: int) -> int:
    """Past a prepositional group's determiners, adjectives and nouns — but not into the next
    name: "a déclaré sur Twitter Ian Brossat" stops before "Ian"."""
    doc = ctx.doc
    starts, mention_at = ctx.entities.mention_starts, ctx.entities.mention_at
    first = k
    while k < min(limit, len(doc)) and doc[k].text != "," and (
            doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or (k == first and doc[k].text[:1].isupper())
            or k > first and doc[k].text[:1].isupper() and (doc[k].ent_iob_ == "I" or mention_at.get(k) is not None
                                                                and mention_at.get(k) is mention_at.get(k - 1))):
        # a name's words to its end, whatever their tags: "à France Bleu" (the tagger may call "Bleu" a verb)
        if k > first and k in starts and (doc[k - 1].pos_ in ("PROPN", "NOUN", "NUM") or doc[k - 1].text[:1].isupper()):
            break  # "sur Twitter | Ian Brossat" (the tagger may even call Twitter a verb)
        if k > first and doc[k].pos_ == "DET" and (doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k - 1].ent_iob_ == "I" and doc[k - 1].text[:1].isupper()):
            break  # "à l'AFP | la préfecture du Pas-de-Calais", "à France Bleu | l'agriculteur": a new group, the subject
        k += 1
    return k


def _attribute(ctx: Context, resolver: Resolver, q: Marked, sent: Span, quote_span: Span) -> Attribution | None:
    """The attribution the first cue in the rules' order gives (incise, verb before, selon X…)."""
    return next((found for _cue, found in _cues(ctx, resolver, q, sent, quote_span)), None)


def _cues(ctx: Context, resolver: Resolver, q: Marked, sent: Span, quote_span: Span):
    """Every cue of the quote's own sentence that names a speaker, as (cue, Attribution), in the
    rules' order of trust: the incise, a speech verb before the quote, 'selon X', 'Pour X,', a speech
    verb after, 'X :', the sentence's subject. Each cue kind gives at most one attribution."""
    doc = ctx.doc
    inside = range(quote_span.start, quote_span.end)
    close_tok = quote_span.end
    while close_tok < len(doc) and doc[close_tok].idx < q.close:
        close_tok += 1

    def with_verb(verb: Token, subject: Token | None, incise: bool = False) -> Attribution:
        lemma = _speech_lemma(ctx, verb, incise=True) or _lemma(verb)
        found = _resolve_subject(ctx, resolver, verb, subject)
        if found is None and incise:
            found = _untagged_name(ctx, verb, subject)
        if found is None:
            found = _institution_as_written(ctx, resolver, verb, subject)
        if found is None:
            found = _group_as_written(ctx, resolver, verb, subject, incise)
        if found is None:  # no usable subject: the person the sentence opens on, else the one the sentences before talk about
            person = resolver.opening_actor(verb) or resolver.subject_before(verb) or resolver.person_near(verb.i, sentences=2)
            name = None if person is None else person if isinstance(person, str) else person.name
            found = Attribution(lemma, name, None, person is not None)
        found.verb = lemma
        found.verb_token = verb
        return found

    def with_source(k: int, n: int) -> Attribution:
        subject = _next_content(ctx, k + n, min(len(doc), k + n + 8))
        found = resolver.resolve(subject, k) or Attribution(None, None)
        cue = doc[k:k + n].text.lower().replace("’", "'")
        found.verb = ctx.lex.source_as.get(fold(cue), cue)  # "d'après X" is reported as "selon"
        return found

    # 1. incise right after the quote: "», a déclaré X", "», a-t-il ajouté", "», selon X"
    k = close_tok + 1
    if k < len(doc) and doc[k].text in (",", "-", "–", "—"):
        k += 1
        j, limit = k, min(len(doc), k + INCISE_VERB_WINDOW)
        while j < limit:
            tok = doc[j]
            if tok.text == "," and j > k:  # "», s'est, lui, félicité, X": past a short aside
                aside = next((m for m in range(j + 1, min(len(doc), j + 4)) if doc[m].text == ","), None)
                if aside is not None and not any(t.is_punct for t in doc[j + 1:aside]):
                    limit = min(len(doc), limit + aside + 1 - j)
                    j = aside + 1
                    continue
            if tok.is_space or tok.text in ("«", "“", ".", ",", ";", ":", '"') \
                    or tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType"):
                break  # ", qui a prévenu la police": a relative clause, not an incise
            n = _source_cue_at(ctx, j)
            if n and not ctx.is_word("opinion_preposition", tok.text):
                yield "incise_source", with_source(j, n)
                break
            if _is_speech_verb(ctx, tok, incise=True):
                if "Pres" in tok.morph.get("Tense") and "Part" in tok.morph.get("VerbForm") \
                        and any(t.i < quote_span.start and _is_speech_verb(ctx, t) for t in sent):
                    break  # "X évoque « … », rappelant que…": the sentence's own verb says who speaks
                parsed = _subject(tok)
                if parsed is not None and parsed.i in inside:
                    parsed = None  # "« François va en balancer une… », menace l'un de ses proches": not François
                # "», Ford told The Verge": a subject before the verb in the incise keeps its order; the name after
                # the verb is whom the words are told to, no inverted subject
                # (not a clitic the parse took for the subject: "», lui a répondu le député X")
                ordered = parsed is not None and k <= parsed.i < tok.i and not ctx.is_word("clitic", parsed.text)
                inverted = None if ordered else _inverted_subject(ctx, tok, j + INCISE_WINDOW)
                if inverted is None and parsed is not None and parsed.i < tok.i and _closes_fronted_phrase(quote_span, close_tok):
                    break  # "Parmi les membres les plus connus des « gilets jaunes », Eric Drouet a appelé à …"
                found = with_verb(tok, inverted or parsed, incise=inverted is not None)
                found.incise = True
                yield "incise", found
                break
            j += 1
    elif k < len(doc) and not doc[k].is_space and not doc[k].is_punct:
        # the incise with its comma left out: '"Le Parti socialiste perd un grand militant" a réagi l'ancien
        # ministre Patrick Kanner'; an inverted subject after the verb tells it from a quote that is the subject
        j = k
        while j < min(len(doc), k + 2) and doc[j].pos_ == "AUX":
            j += 1
        if j < len(doc) and _is_speech_verb(ctx, doc[j], incise=True):
            subject = _inverted_subject(ctx, doc[j], j + INCISE_WINDOW)
            if subject is not None and subject.i > j:
                found = with_verb(doc[j], subject)
                found.incise = True
                yield "incise", found
    # 1c. the incise left inside the quotation marks: "« Mon enfant était à terre, a-t-elle raconté à La Dépêche.
    # Quand j'ai … »", "« Il fait la campagne qu'il aurait dû faire, selon Julien Dray. Et ça … »"
    inner = _inner_incise(ctx, quote_span)
    if inner is not None:
        k, n, verb, subject = inner
        found = with_source(k, n) if n else with_verb(verb, subject)
        if found.speaker is not None:
            found.incise = True
            yield "incise_inside", found
    quote_at = ctx.quoting.quote_at
    outside = [t for t in sent if t.i not in inside and quote_at.get(t.i, q) is q]
    # 1b. the speech verb opens the quote: "le Premier ministre a « demandé à ce que soient travaillées… »"
    k = quote_span.start - 1
    while k > sent.start and doc[k].is_punct:
        k -= 1
    first = quote_span[0]
    if doc[k].pos_ == "AUX" and "Part" in first.morph.get("VerbForm") and _speech_lemma(ctx, first) is not None:
        yield "verb_opens", with_verb(first, _subject(doc[k].head) or _preverbal_subject(ctx, doc[k]))
    # 2. a speech verb of the sentence before the quote, the nearest first; a "selon lui" nearer to the
    # quote than any such verb is the source ("a dénoncé ce texte qui … entend selon lui les « mettre au pas »")
    before_quote = [t for t in outside if t.i < quote_span.start]
    for tok in reversed(before_quote):
        n = _source_cue_at(ctx, tok.i)
        if n and tok.i + n < quote_span.start and not ctx.is_word("opinion_preposition", tok.text) \
                and ctx.is_word("pronoun_singular", doc[tok.i + n].text):
            # "selon lui" is the subject of the sentence's speech verb when it names an actor ("X a accusé Y
            # de rallier le CCIF qui est, selon lui, « … »"), else whom the pronoun stands for
            verb = next((t for t in reversed(before_quote) if t.i < tok.i and _is_speech_verb(ctx, t)), None)
            found = resolver.resolve(_speaker_subject(ctx, resolver, verb), verb.i) if verb is not None else None
            if found is not None and found.named:
                cue = doc[tok.i:tok.i + n].text.lower().replace("’", "'")
                found.verb = ctx.lex.source_as.get(fold(cue), cue)
                yield "source_pronoun", found
            else:
                yield "source_pronoun", with_source(tok.i, n)
            break
        if _is_speech_verb(ctx, tok):
            subject = _speaker_subject(ctx, resolver, tok) or _inverted_subject(ctx, tok, quote_span.start)
            if subject is not None and subject.i > tok.i and subject.head.i == tok.i and subject.dep_ in ("dobj", "dative"):
                subject = None  # "…, told Reuters « … »": whom the words are told to, not who tells them
            if _thing_subject(ctx, resolver, tok, subject):
                continue  # "ruled, saying the justification presented for it was « … »": no one presents; the verb before
            yield "verb_before", with_verb(tok, subject)
            break
    # 3. "selon X", "d'après X" anywhere in the sentence outside the quote, unless a speech verb after the
    # quote comes first ("« … », ont rapporté des témoins aux enquêteurs, selon cette source")
    # several of them ("18 000 selon la police, « des dizaines de milliers » d'après les organisateurs"): the one
    # nearest the quote gives its figure or words
    sources = [(tok, n) for tok in outside if (n := _source_cue_at(ctx, tok.i)) and not ctx.is_word("opinion_preposition", tok.text)]
    sources = [(tok, n) for tok, n in sources if not (tok.i >= close_tok and any(
        _is_speech_verb(ctx, t) for t in outside if close_tok <= t.i < tok.i))]
    if sources:
        tok, n = min(sources, key=lambda c: quote_span.start - c[0].i if c[0].i < quote_span.start else c[0].i - close_tok)
        yield "source", with_source(tok.i, n)
    # 4. "Pour X, « … »": the opinion of X, no verb
    first = next((t for t in sent if not t.is_punct), None)
    if first is not None and ctx.is_word("opinion_preposition", first.text) and first.i < quote_span.start:
        # the holder of the opinion is the whole group before the comma: "Pour l'historien de l'art et
        # de l'architecture Mathieu Marsan, …" is Mathieu Marsan
        comma = next((t.i for t in doc[first.i + 1:quote_span.start] if t.text == ","), quote_span.start)
        person = next((resolver.entity_at[k] for k in range(first.i + 1, comma)
                       if k in resolver.entity_at and resolver.entity_at[k].kind == "person"), None)
        if person is not None:
            yield "opinion", Attribution(None, person.name, doc[first.i + 1], True)
        else:
            found = resolver.resolve(_next_content(ctx, first.i + 1, quote_span.start), first.i)
            if found is not None:
                yield "opinion", found
    # 5. a speech verb after the quote in the same sentence — the sentence the quote ends in, when it runs
    # over several ("« A. B. C » X a déclaré", '"A. B," Musk told the press')
    last = doc[min(close_tok, len(doc) - 1)].sent
    after_quote = [t for t in outside if t.i >= close_tok] if last.start <= sent.start else \
        [t for t in last if t.i > close_tok and quote_at.get(t.i, q) is q]
    for tok in after_quote:
        if _is_speech_verb(ctx, tok):
            end = tok.sent.end
            parsed = _subject(tok)
            # '"…," Jane Smith, a Republican from Ohio, told reporters': the comma before the verb closes an apposition
            # to the subject the parse puts before it; the name after the verb is whom the words are told to
            # the subject group opens the incise right after the quote's comma and the apposition right after its head
            opens = close_tok + 1 + (close_tok + 1 < len(doc) and doc[close_tok + 1].text == ",")
            ordered = parsed is not None and opens <= parsed.i < tok.i - 2 and doc[parsed.i + 1].text == "," \
                and not any(t.is_punct for t in doc[opens:parsed.i]) and not ctx.is_word("clitic", parsed.text)
            if _after_comma(doc, tok) and not ordered:  # "…, rappelle l'agence sanitaire.", "…, ont rapporté des témoins": the subject follows
                after = _inverted_subject(ctx, tok, end)
                if after is not None and after.head.i == tok.i and after.dep_ in OBJECT_DEPS + ADDRESSEE_DEPS \
                        and parsed is not None and close_tok <= parsed.i < tok.i and parsed.i in resolver.entity_at \
                        and not any(t.is_alpha for t in doc[close_tok:parsed.left_edge.i]):
                    after = None  # "Jane Smith, a spokeswoman for the police, told Reuters": a name right after the
                    # quote is the subject, the comma closes its apposition; the verb's object is whom words are told to
                if after is not None and resolver.resolve(after, tok.i) is not None:
                    yield "verb_after", with_verb(tok, after)
                    break
            yield "verb_after", with_verb(tok, _speaker_subject(ctx, resolver, tok) or _inverted_subject(ctx, tok, end))
            break
    # 6. "X : « … »" — a named speaker right before a colon
    k = quote_span.start - 2
    while k >= sent.start and doc[k].is_space:
        k -= 1
    if k >= sent.start and doc[k].text == ":" and k - 1 >= sent.start and not _governed_by_preposition(doc[k - 1]):
        found = resolver.resolve(doc[k - 1], k)
        if found is not None and found.named:
            yield "colon", found
    # 7. no speech verb: the person a pronoun subject of the sentence stands for, who is being quoted
    # ("L'acteur confirme… Il y incarnera un Staline « très loin du personnage des biographies »")
    root = sent.root
    subject = next((c for c in root.children if c.i not in inside and c.i < quote_span.start
                    and (c.dep_ in ("nsubj", "expl:subj") and ctx.is_word("subject_pronoun", c.text)
                         or c.dep_ == "nsubj" and (resolver.is_person(c) or _body_subject(ctx, resolver, c))
                         and not any(x.dep_ == "aux:pass" for x in root.children))
                    and not ctx.is_word("impersonal_verb", _lemma(root))), None)
    if subject is not None:
        found = resolver.resolve(subject, subject.i)
        if found is not None and (found.named or _body_subject(ctx, resolver, subject)):
            found.weak = True  # who the sentence is about, not someone it says spoke
            found.acting = not resolver.is_person(subject) and not ctx.is_word("subject_pronoun", subject.text)
            yield "subject", found


def _body_subject(ctx: Context, resolver: Resolver, tok: Token) -> bool:
    """Is the sentence's subject an organisation of the article or a titled person ("L214 montre des lapins dans
    des cages « à peine plus qu'une feuille A5 »", "le préfet a autorisé « de manière dérogatoire » …"): who
    the sentence says acts, whose words its quoted fragment most likely gives."""
    e = resolver.entity_at.get(tok.i)
    if e is not None:
        return e.kind == "organization"
    return tok.pos_ == "NOUN" and title_word(ctx, tok) and not _plural(tok)


class _Layout:
    """The text's sentences and paragraphs, to tell how far a cue stands from a quote."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.sents = ctx.sentences
        self.starts = [s.start for s in self.sents]
        self.breaks = [m.start() for m in re.finditer(r"\n\s*\n|\n", ctx.text)]
        self._verbs: dict[int, list[Token]] = {}
        self._subjects: dict[int, Token | None] = {}
        self._resolved: dict[tuple, Attribution | None] = {}

    def sentence(self, i: int) -> int:
        """Index of the sentence holding token i."""
        return max(0, bisect_right(self.starts, i) - 1)

    def paragraph(self, i: int) -> int:
        return bisect_right(self.breaks, self.ctx.doc[i].idx)

    def speaker_of(self, resolver: Resolver, verb: Token) -> Token | None:
        """The subject token of a speech verb, before or after it (made once per verb)."""
        if verb.i not in self._subjects:
            self._subjects[verb.i] = _speaker_subject(self.ctx, resolver, verb) or _inverted_subject(
                self.ctx, verb, verb.sent.end)
        return self._subjects[verb.i]

    def resolved(self, resolver: Resolver, verb: Token) -> Attribution | None:
        """Who a speech verb outside the quote names, resolved; made again only once the last named
        speaker has changed (the quotes before and after a verb ask for it in turn)."""
        key = (verb.i, resolver.last)
        if key not in self._resolved:
            self._resolved[key] = _resolve_subject(self.ctx, resolver, verb, self.speaker_of(resolver, verb))
        return self._resolved[key]

    def speech_verbs(self, n: int) -> list[Token]:
        """The speech verbs of sentence n outside quotation marks."""
        if n not in self._verbs:
            quote_at = self.ctx.quoting.quote_at
            self._verbs[n] = [t for t in self.sents[n] if t.i not in quote_at and _is_speech_verb(self.ctx, t)]
        return self._verbs[n]


def _thing_subject(ctx: Context, resolver: Resolver, verb: Token, subject: Token | None) -> bool:
    """Is the speech verb inside the clause another speech verb before it reports, with a parsed subject
    that names no one who speaks ("saying the justification presented for the question was « … »", "said
    the men thought they were « … »")? Then the verb is part of what is reported, the outer verb speaks."""
    if subject is None or subject.pos_ != "NOUN" or not subject.is_lower or subject.i in resolver.entity_at \
            or subject.head.i != verb.i or not subject.dep_.startswith("nsubj"):
        return False
    if not any(a.i < verb.i and _is_speech_verb(ctx, a) for a in verb.ancestors):
        return False
    return resolver.resolve(subject, verb.i) is None


def _governed_by_preposition(tok: Token) -> bool:
    """Is the name the object of a preposition, itself or the group it is joined to ("speaking via Twitter",
    "the collaboration between his agency and SpaceX")? Before a colon, such a name is what the sentence talks
    about, not who speaks."""
    for _ in range(4):
        if tok.dep_ not in ("conj", "compound", "flat", "flat:name") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_ == "pobj" or tok.dep_ in ("obl", "nmod", "obl:mod", "obl:arg") and any(c.dep_ == "case" for c in tok.children)


def _next_content(ctx: Context, k: int, end: int) -> Token | None:
    """The head word of the group starting at k: 'selon le ministre' → ministre."""
    doc = ctx.doc
    while k < min(end, len(doc)):
        t = doc[k]
        followed_by_de = k + 1 < len(doc) and ctx.is_word("complement_preposition", doc[k + 1].text)
        if t.is_punct or t.is_space or ctx.is_word("determiner", t.text) or t.pos_ in ("DET", "NUM") \
                or t.pos_ == "ADJ" and not followed_by_de:  # "un proche de X": the adjective is the head
            k += 1
            continue
        return t
    return None


OBJECT_DEPS = ("dobj", "obj")  # the parse's labels of a verb's object (English, French models)
ADDRESSEE_DEPS = ("dative", "iobj")  # of its indirect object: whom words are told to ("told the BBC")


def _after_comma(doc, verb: Token) -> bool:
    """Does the verb group come right after a comma ("…, ont rapporté des témoins")?"""
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    return k >= 0 and doc[k].text == ","
