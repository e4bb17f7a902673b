"""Prototype (scripts only, until the quotes.py split lands): general context features of every speaker
candidate and two candidate sources, computed by wrapping briefcli.extract.quotes._ranked. The choice
itself is left to the current weights over the current candidates, so a collection measures exactly
what the code does now; the new features and candidates are only recorded (Traces) for the fit."""
from __future__ import annotations

import math

from briefcli.extract import quotes as Q
from briefcli.extract import speakers
from briefcli.lexicon import fold

SUBJ = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
AGENT = ("obl:agent", "agent")
OBJ = ("obj", "iobj", "dobj", "dative", "obl:arg")
NEAR_SENTENCES = 2


def _head_of_mention(doc, i: int, resolver):
    """The token that carries the mention's grammatical role: up through a name's flat parts."""
    tok = doc[i]
    m = resolver.mention_at.get(i)
    lo, hi = (m.start, m.end) if m is not None else (i, i + 1)
    seen = 0
    while tok.head.i != tok.i and lo <= tok.head.i < hi and seen < 8:
        tok, seen = tok.head, seen + 1
    if m is not None:
        root = doc[lo:hi].root
        tok = root
    return tok


def role(doc, tok) -> str:
    dep = tok.dep_
    if dep in ("appos", "flat", "flat:name") and tok.head.i != tok.i:
        dep = tok.head.dep_
        tok = tok.head
    if dep in SUBJ:
        return "subj"
    if dep in AGENT or any(c.dep_ == "case" and fold(c.text) in ("par", "by") for c in tok.children) and dep.startswith("obl"):
        return "agent"
    if dep in OBJ:
        return "obj"
    if dep in ("nmod", "poss", "nmod:poss", "compound"):
        return "nmod"
    if dep.startswith("obl") or dep == "pobj":
        return "obl"
    return "other"


def position(ctx, resolver, c, span):
    """The token of the candidate's mention the features measure from: the cue's own token when it lies
    outside the quote, else the entity's nearest mention before the quote (outside quotation marks)."""
    tok = c.attribution.speaker_token if c.attribution is not None else None
    if tok is not None and not (span.start <= tok.i < span.end) and tok.i not in resolver.quote_at:
        return tok.i
    entity = resolver.by_name.get(c.speaker)
    if entity is None:
        return None
    before = [m.start for m in entity.mentions if m.start < span.start and m.start not in resolver.quote_at]
    if before:
        return max(before)
    after = [m.start for m in entity.mentions if m.start >= span.end and m.start not in resolver.quote_at]
    return min(after) if after else None


def features(ctx, resolver, layout, span, cands, history) -> None:
    doc = ctx.doc
    first, last = layout.sentence(span.start), layout.sentence(span.end - 1)
    para = layout.paragraph(span.start)
    counts = {}
    for c in cands:
        counts[c.key] = counts.get(c.key, 0) + 1
    for c in cands:
        f = c.features
        at = position(ctx, resolver, c, span)
        if at is None:
            f["pos_none"] = 1.0
        else:
            n = layout.sentence(at)
            if first <= n <= last:
                f["sent_same"] = 1.0
                f["after_quote" if at >= span.end else "before_quote"] = 1.0
            elif n < first:
                f["sent_back_1" if first - n == 1 else "sent_back_2" if first - n == 2 else "sent_back_far"] = 1.0
            else:
                f["sent_ahead"] = 1.0
            dist = span.start - at if at < span.start else max(0, at - span.end)
            f["tok_dist"] = math.log1p(dist) / 3
            f["para_other"] = float(layout.paragraph(at) != para)
            f["role_" + role(doc, _head_of_mention(doc, at, resolver))] = 1.0
        spoke = history.get(c.speaker)
        if spoke is not None:
            gap = first - layout.sentence(spoke)
            f["spoke_gap"] = math.log1p(max(gap, 0)) / 3
            f["spoke_para"] = float(layout.paragraph(spoke) == para)
        f["sources"] = math.log(counts[c.key])


def near_entities(ctx, resolver, layout, span, cands) -> list:
    """Candidate source: every person and organisation named outside quotation marks in the quote's
    sentences and the NEAR_SENTENCES before (the nearest mention of each)."""
    first, last = layout.sentence(span.start), layout.sentence(span.end - 1)
    lo = layout.sents[max(0, first - NEAR_SENTENCES)].start
    hi = layout.sents[last].end
    have = {c.key for c in cands}
    best = {}
    for k in range(lo, hi):
        e = resolver.entity_at.get(k)
        if e is None or k in resolver.quote_at or e.kind not in ("person", "organization"):
            continue
        d = span.start - k if k < span.start else k - span.end
        if id(e) not in best or d < best[id(e)][0]:
            best[id(e)] = (d, k, e)
    out = []
    for d, k, e in best.values():
        if fold(e.name) in have:
            continue
        c = Q._candidate(resolver, Q.Attribution(None, e.name, ctx.doc[k], True), near_entity=1.0)
        if c is not None:
            out.append(c)
    return out


def near_subjects(ctx, resolver, layout, span, cands) -> list:
    """Candidate source: the subject of each sentence's main verb, the quote's own and the one before,
    resolved as a speech verb's subject would be (a phrase when it names no actor)."""
    first = layout.sentence(span.start)
    have = {c.key for c in cands}
    out = []
    for n in (first, first - 1):
        if n < 0:
            continue
        sent = layout.sents[n]
        root = sent.root
        subj = next((t for t in root.children if t.dep_ in SUBJ and t.i not in resolver.quote_at), None)
        if subj is None:
            continue
        att = resolver.resolve(subj, span.start)
        if att is None or not att.speaker or fold(att.speaker) in have:
            continue
        c = Q._candidate(resolver, att, near_subject=1.0, near_subject_same=float(n == first))
        if c is not None:
            out.append(c)
            have.add(c.key)
    return out


SOURCES = {"entities": near_entities, "subjects": near_subjects}


def install(sources=("entities", "subjects")) -> None:
    original = Q._ranked
    def ranked(ctx, resolver, layout, span, cues, previous, content, rule, where, following=None):
        candidates = Q._candidates(ctx, resolver, layout, span, cues, previous, content, following)
        history = resolver.__dict__.setdefault("_spoken_at", {})
        extra = []
        for s in sources:
            extra += SOURCES[s](ctx, resolver, layout, span, candidates + extra)
        allc = candidates + extra
        features(ctx, resolver, layout, span, allc, history)
        for c in extra:
            c.features["extra_source"] = 1.0
        ctx.traces.speaker_candidates.append((*where, allc))
        chosen = speakers.best(candidates, ctx.lex.lang)
        if chosen is None:
            result = rule
        elif rule.speaker is not None and fold(rule.speaker) == chosen.key:
            result = rule
        else:
            att = chosen.attribution
            result = Q.Attribution(rule.verb, chosen.speaker, att.speaker_token, chosen.named, rule.verb_token, rule.incise,
                                   att.weak and not any(k.startswith("cue_") and k != "cue_subject" for k in chosen.features))
        if result.named and result.speaker and not result.weak:
            history[result.speaker] = span.start
        return result

    Q._ranked = ranked
