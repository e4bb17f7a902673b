"""Sectors: which of the fixed sectors (models/sectors.tsv) the article is substantially about.

Each sector has weighted terms in models/<lang>/sectors.tsv, matched on lemmas and on
multiword forms. A term counts more where the article frames it as a sector ("les
secteurs de l'énergie et de la santé", "dans le domaine scientifique"). The score grows
with the weight of the evidence, relative to the length of the article.
"""
from __future__ import annotations

import math
from typing import NamedTuple

from spacy.attrs import IS_ALPHA

from ..lexicon import fold, lower
from ..records import Sector
from .context import Context

_MAX_NGRAM = 4
THRESHOLD = 0.65  # minimum score
SPECIFIC_THRESHOLD = 0.6  # minimum score with two specific terms
RELATIVE = 0.3  # minimum share of the leading sector's evidence
FRAME_BOOST = 3.0
STRONG = 3  # the weight of a term specific to one sector
SHARED = 0.5  # what a term listed for several sectors weighs for those the article is less about
_FUNCTION_DEPS = frozenset({"prep", "case", "mark", "cc", "det", "aux", "auxpass"})  # (universal and English labels)


def term_hits(ctx: Context, tokens) -> list[tuple[str, str, float, int]]:
    """(sector, term, weight, token index) for every lexicon term among `tokens` (the Doc or a Span)."""
    terms, prefixes = ctx.lex.sector_terms, ctx.lex.sector_term_prefixes
    texts, lemmas, pos = ctx.texts, ctx.lemmas, ctx.pos
    doc = ctx.doc
    first, last = (tokens.start, tokens.end) if hasattr(tokens, "start") else (0, len(tokens))
    index = [k for k in range(first, last) if not texts[k].isspace()]
    hits = []
    i = 0
    while i < len(index):
        matched = 0
        k = index[i]
        longest = min(_MAX_NGRAM, len(index) - i) if lower(texts[k]) in prefixes else 1
        for n in range(longest, 1, -1):
            key = lower(" ".join(texts[index[m]] for m in range(i, i + n)).replace("' ", "'"))
            if key in terms:
                hits.extend((s, key, w, k) for s, w in terms[key])
                matched = n
                break
        if not matched:
            # a word in a function word's role counts for nothing: "according to" is no accord
            function = doc[k].dep_ in _FUNCTION_DEPS
            for key in (lower(lemmas[k]), lower(texts[k])):
                if key in terms and not function and (pos[k] != "PROPN" or texts[k].isupper() or key == lower(texts[k])):
                    hits.extend((s, key, w, k) for s, w in terms[key])
                    break
            matched = 1
        i += matched
    return hits


class SectorEvidence(NamedTuple):
    totals: dict[str, float]  # weighted total per sector
    raw: dict[str, float]  # the same without the frame boost
    evidence: dict[str, dict[str, float]]  # weight per term per sector
    framed: set[str]  # sectors the article names as such ("le secteur de la santé")
    strong: dict[str, int]  # very specific terms per sector


def sector_evidence(ctx: Context) -> SectorEvidence:
    """(weighted total per sector, the same without the frame boost, weight per term per sector,
    sectors the article names as such)."""
    frames = ctx.lex.words.get("sector_frame", set())
    framed_tokens = set()
    doc = ctx.doc
    for i in ctx.indices(frames, lemmas=True):
        tok = doc[i]
        # "les secteurs de la santé et des médias", "secteurs clés tels que l'énergie, l'espace…":
        # the words after the frame noun, up to the next verb; a proper name is no frame ("Fields' car"),
        # nor a frame noun without a complement ("dans certains secteurs, celui de l'agriculture exhorte…")
        if tok.pos_ == "PROPN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct:
            continue
        k = tok.i + 1
        while k < tok.sent.end and not ((doc[k].pos_ in ("VERB", "AUX") and k > tok.i + 2) or doc[k].text in (".", ";", ":")):
            framed_tokens.add(k)
            k += 1
    counts: dict[tuple[str, str], list[float]] = {}  # (sector, term) → weights of its occurrences
    framed: set[str] = set()
    for sector, term, weight, i in term_hits(ctx, ctx.doc):
        boosted = weight * FRAME_BOOST if i in framed_tokens else weight
        if i in framed_tokens:
            framed.add(sector)
        counts.setdefault((sector, term), []).append((weight, boosted))
    # a term repeated adds less and less: diversity of evidence counts more than repetition
    totals: dict[str, float] = {}
    raw: dict[str, float] = {}
    evidence: dict[str, dict[str, float]] = {}
    strong: dict[str, int] = {}
    # a term listed for several sectors ("victime": justice, disaster) counts fully for the one the rest of the
    # article is about (the most evidence of its own), and less for the others: it merely brushes them
    sectors_of: dict[str, list[str]] = {}
    own: dict[str, float] = {}
    for (sector, term), weights in counts.items():
        sectors_of.setdefault(term, []).append(sector)
    for (sector, term), weights in counts.items():
        if len(sectors_of[term]) == 1:
            own[sector] = own.get(sector, 0.0) + max(w for w, _b in weights) * (1.0 + math.log(len(weights)))
    for (sector, term), weights in counts.items():
        damp = 1.0 + math.log(len(weights))
        share = 1.0
        if len(sectors_of[term]) > 1 and max(sectors_of[term], key=lambda s: own.get(s, 0.0)) != sector:
            share = SHARED
        best = max(b for _w, b in weights) * share
        plain = max(w for w, _b in weights) * share
        totals[sector] = totals.get(sector, 0.0) + best * damp
        raw[sector] = raw.get(sector, 0.0) + plain * damp
        evidence.setdefault(sector, {})[term] = best * damp
        if plain >= STRONG and fold(term) not in ctx.lex.roles:  # a title says who speaks, not what about
            strong[sector] = strong.get(sector, 0) + 1
    return SectorEvidence(totals, raw, evidence, framed, strong)


def extract(ctx: Context) -> list[Sector]:
    totals, raw, evidence, framed, strong = sector_evidence(ctx)
    if not totals:
        return []
    words = int(ctx.doc.to_array([IS_ALPHA]).sum())
    scale = 3.0 + words / 120.0
    top = max(raw.values())
    info = ctx.lex.sector_info
    label_key = f"label_{ctx.lex.lang}" if f"label_{ctx.lex.lang}" in next(iter(info.values()), {}) else "label_en"
    sectors = []
    for sector, total in totals.items():
        if sector not in info:
            continue
        score = 1.0 - math.exp(-total / scale)
        substantial = score >= THRESHOLD and raw[sector] >= RELATIVE * top and len(evidence[sector]) >= 2
        # two distinct, very specific terms ("échanges commerciaux", "exportations agricoles")
        specific = strong.get(sector, 0) >= 2 and score >= SPECIFIC_THRESHOLD
        if not (substantial or specific or sector in framed):
            continue
        terms = sorted(evidence[sector], key=lambda t: -evidence[sector][t])[:6]
        sectors.append(Sector(sector, info[sector][label_key], info[sector]["iptc_mediatopic"], round(score, 3), terms))
    sectors.sort(key=lambda s: -s.score)
    return sectors
