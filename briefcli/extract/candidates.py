"""Candidates: every speaker a quote may have (`_candidates`) and the one scorer's pick (`_ranked`).

The cues of its own sentence, the previous quote's speaker, the speech verbs just before, the next
quote's cue, the main person, and every person a pronoun or a bare title may stand for (`_referents`);
`speakers.best` scores them (weights in models/<lang>/speaker_weights.tsv)."""
from __future__ import annotations

import math
import re
from bisect import bisect_left

from spacy.tokens import Span

from ..lexicon import fold
from . import speakers
from .context import Context, indefinite
from .coreference import is_subject
from .cues import _Layout, _next_content
from .resolution import CONTINUATION_SENTENCES, Resolver, _all_names, _phrase_text, feminine_title, possessed, title_word
from .speech import Attribution, _source_cue_at

CUES = 2  # the cues of its own sentence a quote takes as candidates, in the rules' order (more change nothing)
PREVIOUS_SENTENCES = 2  # sentences before a quote whose speech verbs' speakers are candidates


REFERENT_SENTENCES = 3  # sentences searched for the person a pronoun or a bare title stands for


def _referents(resolver: Resolver, layout: _Layout, found: Attribution, features: dict) -> list[speakers.Candidate]:
    """The resolution stage as candidates: when the cue's speaker is a pronoun ("il", "she") or a bare
    title ("le chef du gouvernement", "the minister"), every person it may stand for — the people
    named in the few sentences before, the speaker just before, the article's main person — each with
    the cue's features and what tells them apart: is the title theirs or someone else's, does the
    pronoun's gender fit, were they the subject, how far back, did the rules pick them."""
    tok = found.speaker_token
    if tok is None or tok.i in resolver.entity_at or not found.named:
        return []
    ctx = resolver.ctx
    complement = ""
    if ctx.is_word("pronoun_singular", tok.text):
        kind, title = "pron", None
    elif title_word(ctx, tok):
        phrase = resolver._phrase(tok)
        if phrase and (ctx.is_word("possessive", phrase[0].text) or indefinite(phrase[0]) or possessed(tok)):
            return []  # "son avocat", "un élu": someone the text does not name
        if any(t.i in resolver.entity_at and resolver.entity_at[t.i].kind == "person" for t in phrase):
            return []  # "l'ancien ministre Patrick Kanner": the title comes with its name (not "le patron de la SNCF")
        if resolver._apposed_person(phrase, closed=False) is not None or resolver.title_holder(tok) is not None:
            return []  # "le secrétaire général de RSF, Christophe Deloire": the name in apposition
        first = next((t.i for t in phrase if t.pos_ != "DET" and not ctx.is_word("determiner", t.text)), tok.i)
        kind, title = "title", fold(_phrase_text([t for t in phrase if t.i >= first]) or tok.text)
        prep = next((t.i for t in phrase if t.i > tok.i and ctx.is_word("complement_preposition", t.text)), None)
        complement = fold(_phrase_text([t for t in phrase if prep is not None and t.i > prep and t.pos_ != "DET"
                                        and not ctx.is_word("determiner", t.text)]))
    else:
        return []
    # a feminine title ("la présidente", "l'ex-animatrice") is no man's; a masculine one may still be a woman's
    feminine = kind == "title" and feminine_title(resolver, tok)
    here = layout.sentence(tok.i)
    floor = layout.sents[max(0, here - REFERENT_SENTENCES)].start
    people: dict[int, tuple[object, int, bool]] = {}  # id → (person, last token, a subject there)
    nearby = resolver.anchors[bisect_left(resolver.anchor_at, floor):bisect_left(resolver.anchor_at, tok.i)]
    for i, e, subject in nearby:
        if not isinstance(e, str):
            _e, _i, was = people.get(id(e), (e, i, False))
            people[id(e)] = (e, i, was or subject)
    if resolver.last is not None and floor <= resolver.last[0] < tok.i:
        e = resolver.by_name.get(resolver.last[1])
        if e is not None and id(e) not in people:
            people[id(e)] = (e, resolver.last[0], False)
    main = resolver.main_person()
    if main is not None and id(main) not in people:
        people[id(main)] = (main, -1, False)
    nearest = max((i for _e, i, _s in people.values() if i >= 0), default=None)
    result = []
    for e, i, subject in people.values():
        if e.kind != "person":
            continue
        feats = dict(features)
        roles = bool(e.roles)
        fits = resolver._may_hold(e, title) if title else True
        feats.update({f"{kind}_ref": 1.0, f"{kind}_chosen": float(e.name == found.speaker),
                      f"{kind}_nearest": float(i == nearest), f"{kind}_subject": float(subject),
                      f"{kind}_far": float(i < 0 or layout.sentence(i) < here - 1),
                      f"{kind}_spoke": float(e.name in resolver.speakers),
                      f"{kind}_main": float(e is main)})
        if title:
            feats[f"{kind}_gender_clash"] = float(feminine and resolver.gender.get(id(e)) == "Masc")
            feats[f"{kind}_role_fits"] = float(roles and fits)
            feats[f"{kind}_role_clash"] = float(roles and not fits)
            # "le patron de la SNCF" for the "PDG de la SNCF": the same complement, another word for the post
            feats[f"{kind}_same_complement"] = float(bool(complement) and any(
                re.search(r"(?<!\w)" + re.escape(complement) + r"(?!\w)", fold(r)) for r in e.roles))
        else:
            feats[f"{kind}_gender_clash"] = float(not resolver._agrees(e, tok))
        feats["ref_alternative"] = float(e.name != found.speaker)
        c = _candidate(resolver, Attribution(found.verb, e.name, tok, True), **feats)
        if c is not None:
            c.features.pop("via_pronoun", None)
            c.features.pop("via_title", None)
            result.append(c)
    return result


def _candidate(resolver: Resolver, found: Attribution | None, **features: float) -> speakers.Candidate | None:
    """A candidate from an attribution, with the features of the speaker itself: is it an actor of the
    article and of which kind, did it speak before, is it the article's main person, was it reached
    through a pronoun or a title."""
    if found is None or not found.speaker:
        return None
    entity = resolver.by_name.get(found.speaker) if found.named else None
    kind = getattr(entity, "kind", None)
    feats = dict(features)
    feats["named"] = 1.0 if found.named else 0.0
    feats["phrase"] = 0.0 if found.named else 1.0
    if kind is not None:
        feats["kind_" + ("place" if kind in ("place", "country") else kind)] = 1.0
        feats["mentions"] = math.log1p(len(entity.mentions)) / 3
        feats["in_title"] = 1.0 if id(entity) in resolver.in_title else 0.0
    feats["spoke"] = 1.0 if found.speaker in resolver.speakers else 0.0
    tok = found.speaker_token
    if tok is not None and (resolver.ctx.is_word("pronoun_singular", tok.text) or tok.pos_ == "PRON"):
        feats["via_pronoun"] = 1.0
    elif tok is not None and tok.i not in resolver.entity_at and fold(tok.text) in resolver.ctx.lex.roles:
        feats["via_title"] = 1.0
    return speakers.Candidate(found.speaker, found.named, found, feats)


def _candidates(ctx: Context, resolver: Resolver, layout: _Layout, span: Span, cues: list,
                previous: tuple[Span, Attribution] | None, content: str,
                following: Attribution | None = None) -> list[speakers.Candidate]:
    """Every plausible speaker of the quote, one candidate per cue that names one: the cues of its own
    sentence (in the rules' order), the previous quote's speaker, the last named speaker, the speakers
    of the speech verbs in the two sentences before (and in the one after, for a quote with no cue), the
    next quote's cue, the article's main person; for a pronoun or a bare title, every person it may
    stand for (_referents)."""
    found: list[speakers.Candidate | None] = []

    def propose(att: Attribution | None, **features: float) -> None:
        referents = _referents(resolver, layout, att, features) if att is not None else []
        if not any(c.speaker == att.speaker for c in referents):
            found.append(_candidate(resolver, att, **features))
        found.extend(referents)

    for rank, (cue, att) in enumerate(cues):
        propose(att, **{"cue_" + cue: 1.0, "cue": 1.0, "first_cue": float(rank == 0)})
    here, para = layout.sentence(span.start), layout.paragraph(span.start)
    subject = _subject_before(resolver, layout, span) if not cues else None
    colon = _colon_clause(ctx, resolver, span) if not cues else None
    if previous is not None and previous[1].speaker:
        gap = here - layout.sentence(previous[0].start)
        same_para = layout.paragraph(previous[0].start) == para
        feats = {"prev_quote": 1.0, "prev_same_sent": float(gap == 0),
                 "prev_near": float(same_para and gap <= CONTINUATION_SENTENCES),
                 "prev_other_para": float(not same_para)}
        if subject is not None and layout.sentence(subject[0]) > layout.sentence(previous[0].start) \
                and fold(subject[1].name) != fold(previous[1].speaker):
            feats["prev_interrupted"] = 1.0  # another person has been the subject since the last quote
        if colon is not None and fold(colon.speaker) != fold(previous[1].speaker):
            feats["prev_interrupted"] = 1.0  # the clause right before the quote introduces someone else
        found.append(_candidate(resolver, previous[1], **feats))
    if subject is not None:
        at, person = subject
        sent = layout.sents[here]
        bare = all(t.is_punct or t.is_space for t in ctx.doc[sent.start:span.start])
        found.append(_candidate(resolver, Attribution(None, person.name, ctx.doc[at], True), subj_prev=1.0,
                                subj_prev_para=float(layout.paragraph(at) != para), subj_bare=float(bare)))
    if resolver.last is not None and (previous is None or previous[1].speaker != resolver.last[1]):
        gap = here - layout.sentence(resolver.last[0])
        last = Attribution(None, resolver.last[1], None, True)
        found.append(_candidate(resolver, last, last_speaker=1.0, last_near=float(gap <= CONTINUATION_SENTENCES)))
    for back in range(1, PREVIOUS_SENTENCES + 1):
        n = here - back
        if n < 0:
            break
        other_para = layout.paragraph(layout.sents[n].start) != para
        d = str(back)
        sent = layout.sents[n]
        for verb in layout.speech_verbs(n):
            att = layout.resolved(resolver, verb)
            ends_colon = ctx.text[sent.start_char:sent.end_char].rstrip().endswith(":")
            propose(att, **{"verb_prev_" + d: 1.0, "verb_prev_para": float(other_para),
                            "colon_before": float(ends_colon and back == 1)})
    if not cues:
        for back, att in _sources_before(ctx, resolver, layout, span):
            propose(att, **{"source_prev_" + str(back): 1.0})
        if colon is not None:
            propose(colon, colon_clause=1.0)
    if here + 1 < len(layout.sents) and not cues:
        nxt = layout.sents[here + 1]
        if nxt.start >= span.end:
            for verb in layout.speech_verbs(here + 1):
                propose(layout.resolved(resolver, verb), verb_next=1.0)
    if following is not None:
        propose(following, next_cue=1.0)
    main = resolver.main_person()
    if main is not None:
        found.append(_candidate(resolver, Attribution(None, main.name, None, True), main_person=1.0))
    merged = [c for c in found if c is not None and c.speaker]
    if NEAR_SOURCE in speakers.weights(ctx.lex.lang):  # a language whose weights take them (fitted)
        merged += _near_actors(ctx, resolver, layout, span, {c.key for c in merged})
    _context_features(ctx, resolver, layout, span, merged)
    quoted, inside = fold(content), {}
    for c in merged:  # a name inside the quote itself is seldom who speaks it
        if c.key not in inside:
            entity = resolver.by_name.get(c.speaker)
            forms = {fold(f) for f in ([c.speaker] if entity is None else _all_names(entity)) if len(f) > 2}
            inside[c.key] = any(f in quoted and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", quoted) for f in forms)
        if inside[c.key]:
            c.features["in_quote"] = 1.0
    return merged


SUBJECT_SENTENCES = 2  # sentences before a quote with no cue whose last person subject may be who speaks it


def _subject_before(resolver: Resolver, layout: _Layout, span: Span) -> tuple[int, object] | None:
    """The last person the text makes a subject (outside quotation marks, by name, title or described pronoun)
    in the SUBJECT_SENTENCES before a quote's sentence, as (token, person): with no cue of its own, a quote goes
    on with whom the sentences before talk about ("Amusé, le ministre s'est saisi de la référence. « … »", "Florian
    Philippot a exprimé sa joie. « … »") rather than with the last quote's speaker."""
    here = layout.sentence(span.start)
    if here == 0:
        return None
    floor = layout.sents[max(0, here - SUBJECT_SENTENCES)].start
    lo, hi = bisect_left(resolver.anchor_at, floor), bisect_left(resolver.anchor_at, layout.sents[here].start)
    for i, e, subject in reversed(resolver.anchors[lo:hi]):
        if subject and not isinstance(e, str) and e.kind == "person":
            return i, e
    return None


def _sources_before(ctx: Context, resolver: Resolver, layout: _Layout, span: Span) -> list[tuple[int, Attribution]]:
    """The sources a 'selon X' ('according to X') of the PREVIOUS_SENTENCES before a quote names, nearest first, as
    (sentences back, attribution): a quote with no cue of its own goes on giving that source's words ("Ces moyennes
    masquent des disparités, selon Le Figaro. Dans l'éducation prioritaire, les lacunes concernent « … »")."""
    here, found = layout.sentence(span.start), []
    for back in range(1, PREVIOUS_SENTENCES + 1):
        if here - back < 0:
            break
        sent = layout.sents[here - back]
        for tok in reversed(sent):
            n = _source_cue_at(ctx, tok.i) if tok.i not in resolver.quote_at else 0
            if not n or ctx.is_word("opinion_preposition", tok.text):
                continue
            att = resolver.resolve(_next_content(ctx, tok.i + n, min(sent.end, tok.i + n + 8)), tok.i)
            if att is not None and att.speaker:
                found.append((back, att))
                break
    return found


def _colon_clause(ctx: Context, resolver: Resolver, span: Span) -> Attribution | None:
    """Who the clause a colon closes right before a quote introduces, when no cue names a speaker: the person or
    organisation that is its subject ("The High Court also ruled on the same day, finding that …: « … »"), else the
    person it names last ("Même explication pour X, sociologue à l'université : « … »"), outside quotation marks."""
    doc = ctx.doc
    k = span.start - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space or doc[k].text in ("«", "»", "“", "”", '"')):
        k -= 1
    if k < 0 or doc[k].text != ":":
        return None
    sent, named = doc[k].sent, []
    for j in range(k - 1, sent.start - 1, -1):
        if doc[j].text in (";", ":") or j in resolver.quote_at:
            break
        m, e = resolver.mention_at.get(j), resolver.entity_at.get(j)
        if e is not None and e.kind in ("person", "organization") and m is not None and m.start == j:
            named.append((j, e, is_subject(doc, m.start, m.end)))
    subject = next(((j, e) for j, e, subj in reversed(named) if subj), None)
    person = next(((j, e) for j, e, _subj in named if e.kind == "person"), None)
    chosen = subject or person
    return Attribution(None, chosen[1].name, doc[chosen[0]], True) if chosen is not None else None


NEAR_SOURCE = "near_actor"  # the feature of the candidates _near_actors proposes (and their source's switch)
NEAR_SENTENCES = 2  # sentences before a quote whose named people and organisations are candidates
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
AGENT_DEPS = ("obl:agent", "agent")
OBJECT_DEPS = ("obj", "iobj", "dobj", "dative", "obl:arg")
NOUN_COMPLEMENT_DEPS = ("nmod", "poss", "nmod:poss", "compound")


def _near_actors(ctx: Context, resolver: Resolver, layout: _Layout, span: Span, have: set[str]) -> list[speakers.Candidate]:
    """A candidate source: every person and organisation named outside quotation marks in the quote's own
    sentences and the NEAR_SENTENCES before, whatever its role there ('Face à X, Y a déclaré … « … »', a
    name the cues missed); the scorer weighs them by where they stand and which role they play."""
    first, last = layout.sentence(span.start), layout.sentence(span.end - 1)
    nearest: dict[int, tuple[int, int, object]] = {}  # id(actor) → (distance, token, actor)
    for k in range(layout.sents[max(0, first - NEAR_SENTENCES)].start, layout.sents[last].end):
        e = resolver.entity_at.get(k)
        if e is None or k in resolver.quote_at or e.kind not in ("person", "organization"):
            continue
        d = span.start - k if k < span.start else k - span.end
        if id(e) not in nearest or d < nearest[id(e)][0]:
            nearest[id(e)] = (d, k, e)
    found = []
    for _d, k, e in sorted(nearest.values(), key=lambda x: x[1]):
        if fold(e.name) not in have:
            c = _candidate(resolver, Attribution(None, e.name, ctx.doc[k], True), **{NEAR_SOURCE: 1.0})
            if c is not None:
                found.append(c)
    return found


def _mention_position(resolver: Resolver, c: speakers.Candidate, span: Span) -> int | None:
    """The token a candidate's context features measure from: its cue's token when outside the quote, else
    its actor's nearest mention before the quote outside quotation marks (after it, failing that)."""
    tok = c.attribution.speaker_token if c.attribution is not None else None
    if tok is not None and not span.start <= tok.i < span.end and tok.i not in resolver.quote_at:
        return tok.i
    entity = resolver.by_name.get(c.speaker)
    if entity is None:
        return None
    outside = [m.start for m in entity.mentions if m.start not in resolver.quote_at]
    before = [k for k in outside if k < span.start]
    after = [k for k in outside if k >= span.end]
    return max(before) if before else min(after) if after else None


def _role(resolver: Resolver, k: int) -> str:
    """The grammatical role of the mention at token k: subject, agent of a passive, object, complement of a
    noun, other oblique ('selon X', 'according to X'), or other; a name's parts and an apposition take
    the role of their head."""
    doc = resolver.ctx.doc
    m = resolver.mention_at.get(k)
    tok = doc[m.start:m.end].root if m is not None else doc[k]
    if tok.dep_ in ("appos", "flat", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
    dep = tok.dep_
    if dep in SUBJECT_DEPS:
        return "subj"
    if dep in AGENT_DEPS or dep.startswith("obl") and any(
            c.dep_ == "case" and resolver.ctx.is_word("agent_preposition", c.text) for c in tok.children):
        return "agent"
    if dep in OBJECT_DEPS:
        return "obj"
    if dep in NOUN_COMPLEMENT_DEPS:
        return "nmod"
    if dep.startswith("obl") or dep == "pobj":
        return "obl"
    return "other"


def _context_features(ctx: Context, resolver: Resolver, layout: _Layout, span: Span,
                      candidates: list[speakers.Candidate]) -> None:
    """What every candidate shares whatever proposed it, for the scorer to weigh: how far its mention
    stands from the quote (same sentence before or after the quote, one, two or more sentences back,
    ahead; tokens, on a log scale; another paragraph), the mention's grammatical role there, how long
    ago it last spoke and whether in this paragraph, and how many cues propose it."""
    first, last = layout.sentence(span.start), layout.sentence(span.end - 1)
    para = layout.paragraph(span.start)
    proposals: dict[str, int] = {}
    for c in candidates:
        proposals[c.key] = proposals.get(c.key, 0) + 1
    for c in candidates:
        f = c.features
        at = _mention_position(resolver, c, span)
        if at is None:
            f["pos_none"] = 1.0
        else:
            n = layout.sentence(at)
            if first <= n <= last:
                f["after_quote" if at >= span.end else "before_quote"] = 1.0
            elif n < first:
                f["sent_back_1" if first - n == 1 else "sent_back_2" if first - n == 2 else "sent_back_far"] = 1.0
            else:
                f["sent_ahead"] = 1.0
            f["tok_dist"] = math.log1p(span.start - at if at < span.start else max(0, at - span.end)) / 3
            f["para_other"] = float(layout.paragraph(at) != para)
            f["role_" + _role(resolver, at)] = 1.0
        spoke = resolver.spoke_at.get(c.speaker)
        if spoke is not None:
            f["spoke_gap"] = math.log1p(max(first - layout.sentence(spoke), 0)) / 3
            f["spoke_para"] = float(layout.paragraph(spoke) == para)
        f["proposals"] = math.log(proposals[c.key])


def _ranked(ctx: Context, resolver: Resolver, layout: _Layout, span: Span, cues: list,
            previous: tuple[Span, Attribution] | None, content: str, rule: Attribution,
            where: tuple[int, int], following: Attribution | None = None) -> Attribution:
    """The quote's attribution with the speaker the scorer ranks first among its candidates; the verb
    stays the one the quote's own cue (or the quote it continues) gives."""
    candidates = _candidates(ctx, resolver, layout, span, cues, previous, content, following)
    ctx.traces.speaker_candidates.append((*where, candidates))
    chosen = speakers.best(candidates, ctx.lex.lang)
    if chosen is None:
        return rule
    if rule.speaker is not None and fold(rule.speaker) == chosen.key:
        return rule
    att = chosen.attribution
    return Attribution(rule.verb, chosen.speaker, att.speaker_token, chosen.named, rule.verb_token, rule.incise,
                       att.weak and not any(k.startswith("cue_") and k != "cue_subject" for k in chosen.features))
