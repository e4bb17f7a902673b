"""Sectors: which of the fixed sectors (models/sectors.tsv) the article is substantially about.

Each sector has weighted terms in models/<lang>/sectors.tsv, matched on lemmas and on
multiword forms. A term counts more where the article frames it as a sector ("les
secteurs de l'énergie et de la santé", "dans le domaine scientifique"). The score grows
with the weight of the evidence, relative to the length of the article.
"""
from __future__ import annotations

import math

from ..lexicon import fold, lower
from ..records import Sector
from .context import Context

_MAX_NGRAM = 4
THRESHOLD = 0.7  # minimum score
RELATIVE = 0.2  # minimum share of the leading sector's evidence
FRAME_BOOST = 3.0


def term_hits(ctx: Context, tokens) -> list[tuple[str, str, float, int]]:
    """(sector, term, weight, token index) for every lexicon term among `tokens`."""
    terms = ctx.lex.sector_terms
    tokens = [t for t in tokens if not t.is_space]
    hits = []
    i = 0
    while i < len(tokens):
        matched = 0
        for n in range(min(_MAX_NGRAM, len(tokens) - i), 1, -1):
            key = lower(" ".join(t.text for t in tokens[i:i + n]).replace("' ", "'"))
            if key in terms:
                hits.extend((s, key, w, tokens[i].i) for s, w in terms[key])
                matched = n
                break
        if not matched:
            tok = tokens[i]
            for key in (lower(tok.lemma_), lower(tok.text)):
                if key in terms and (tok.pos_ != "PROPN" or tok.text.isupper() or key == lower(tok.text)):
                    hits.extend((s, key, w, tok.i) for s, w in terms[key])
                    break
            matched = 1
        i += matched
    return hits


def sector_evidence(ctx: Context) -> tuple[dict[str, float], dict[str, dict[str, float]], set[str]]:
    """(weighted total per sector, weight per term per sector, sectors the article names as such)."""
    frames = ctx.lex.words.get("sector_frame", set())
    framed_tokens = set()
    for sent in ctx.sentences:
        if any(fold(t.lemma_) in frames or fold(t.text) in frames for t in sent):
            framed_tokens.update(t.i for t in sent)
    totals: dict[str, float] = {}
    evidence: dict[str, dict[str, float]] = {}
    framed: set[str] = set()
    for sector, term, weight, i in term_hits(ctx, ctx.doc):
        if i in framed_tokens:
            framed.add(sector)
            weight *= FRAME_BOOST
        totals[sector] = totals.get(sector, 0.0) + weight
        evidence.setdefault(sector, {})
        evidence[sector][term] = evidence[sector].get(term, 0.0) + weight
    return totals, evidence, framed


def extract(ctx: Context) -> list[Sector]:
    totals, evidence, framed = sector_evidence(ctx)
    if not totals:
        return []
    words = sum(1 for t in ctx.doc if t.is_alpha)
    scale = 3.0 + words / 120.0
    top = max(totals.values())
    info = ctx.lex.sector_info
    label_key = f"label_{ctx.lex.lang}" if f"label_{ctx.lex.lang}" in next(iter(info.values()), {}) else "label_en"
    sectors = []
    for sector, total in totals.items():
        if sector not in info:
            continue
        score = 1.0 - math.exp(-total / scale)
        substantial = score >= THRESHOLD and total >= RELATIVE * top and len(evidence[sector]) >= 2
        if not (substantial or sector in framed):
            continue
        terms = sorted(evidence[sector], key=lambda t: -evidence[sector][t])[:6]
        sectors.append(Sector(sector, info[sector][label_key], info[sector]["iptc_mediatopic"], round(score, 3), terms))
    sectors.sort(key=lambda s: -s.score)
    return sectors
