"""Sectors: which of the fixed sectors (models/sectors.tsv) the article is substantially about.

Each sector has weighted terms in models/<lang>/sectors.tsv, matched on lemmas and on
multiword forms. A term counts more where the article frames it as a sector ("les
secteurs de l'énergie et de la santé", "dans le domaine scientifique"). The score grows
with the weight of the evidence, relative to the length of the article.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from bisect import bisect_right
from typing import NamedTuple

from spacy.attrs import IS_ALPHA

from ..lexicon import _rows, fold, lower, models_dir
from ..records import Sector
from .context import Context
from .roles import category

_MAX_NGRAM = 4
THRESHOLD = 0.65  # minimum score where the language has no decision weights
# the decision's probability a sector must reach. Where the probabilities are calibrated (a logistic regression's),
# the threshold that maximises F1 is F1/2 (Lipton, Elkan & Narayanaswamy 2014), not 1/2, which maximises accuracy:
# a missed sector costs F1 as much as a wrong one. 0.43 was F1/2 when the cross-validated F1 was 0.86; it is now
# about 0.89 (fr 0.875, en 0.921), whose half (0.45) does worse, as the fitted probabilities are not calibrated
# closely enough for F1/2 to pin the cut within a few hundredths. The cut is measured instead: cross-validated F1
# (scripts/fit_sectors.py, weights refit per fold; they do not depend on the cut) at 0.35 / 0.39 / 0.41 / 0.43 /
# 0.45 / 0.50 is fr 0.879 / 0.880 / 0.876 / 0.875 / 0.876 / 0.868, en 0.898 / 0.915 / 0.922 / 0.921 / 0.909 / 0.901:
# French barely moves from 0.35 to 0.47, English is best at 0.41-0.43.
KEEP_PROBABILITY = 0.43
SPECIFIC_THRESHOLD = 0.6  # minimum score of a sector with two specific terms in two sentences, in a list article
WEIGHTS_FILE = "sector_weights.tsv"
PRIORS_FILE = "sector_priors.tsv"
FRAME_BOOST = 3.0
STRONG = 3  # the weight of a term specific to one sector
SHARED = 0.5  # what a term listed for several sectors weighs for those the article is less about
_PHRASE_WORDS = re.compile(r"\w+'|[\w-]+")
_FUNCTION_DEPS = frozenset({"prep", "case", "mark", "cc", "det", "aux", "auxpass"})  # (universal and English labels)
_SPEECH_ARGUMENTS = frozenset({"nsubj", "obj", "dobj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "pobj"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "amod", "nmod", "appos", "poss"})  # a name's words, its kind, its owner
# the sector whose terms name outlets: one the article cites as its source ("selon l'AFP", "CNN reported") is its
# channel, not its subject. (The terms of other sectors there are people the article is about: "le médecin a expliqué".)
SOURCE_SECTORS = frozenset({"media"})


def term_hits(ctx: Context, tokens) -> list[tuple[str, str, float, int]]:
    """(sector, term, weight, token index) for every lexicon term among `tokens` (the Doc or a Span)."""
    terms, prefixes = ctx.lex.sector_terms, ctx.lex.sector_term_prefixes
    texts, lemmas, pos, deps = ctx.texts, ctx.lemmas, ctx.pos, ctx.deps
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
            function = deps[k] in _FUNCTION_DEPS
            for key in (lower(lemmas[k]), lower(texts[k])):
                if key in terms and not function and (pos[k] != "PROPN" or texts[k].isupper() or key == lower(texts[k])):
                    hits.extend((s, key, w, k) for s, w in terms[key])
                    break
            matched = 1
        i += matched
    return hits


def doc_term_hits(ctx: Context) -> list[tuple[str, str, float, int]]:
    """term_hits over the whole Doc, found once (asked by sector_evidence and candidates)."""
    memo = ctx.memo("term_hits")
    if "doc" not in memo:
        memo["doc"] = term_hits(ctx, ctx.doc)
    return memo["doc"]


def _speech_role(ctx: Context, tok) -> str | None:
    """The token's role under a speech verb: "subject" ("rapporte BFMTV", "CNN reported"), "other" for its
    other arguments (addressee, channel, content: "a indiqué à l'AFP", "wrote on Twitter"), else None. An English
    object of a preposition hangs from the preposition, which hangs from the verb; an object after a verb without
    a subject is its inverted subject ("», rapporte le quotidien")."""
    if tok.dep_ not in _SPEECH_ARGUMENTS:
        return None
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if head.pos_ != "VERB" or not {fold(head.lemma_), fold(head.text)} & ctx.lex.speech_verbs:
        return None
    if tok.dep_.startswith("nsubj"):
        return "subject"
    # French puts the subject after the verb in an incise ("», rapporte le quotidien"), parsed as its object
    inverted = tok.dep_ in ("obj", "dobj") and tok.i > head.i and not any(c.dep_.startswith("nsubj") for c in head.children)
    return "subject" if inverted else "other"


def _after_source_cue(ctx: Context, tok) -> bool:
    """Does the token's phrase start with a source cue or follow one ("selon l'AFP", "according to Reuters")?"""
    left = tok.left_edge.i
    cues = ctx.lex.source_cues
    return any(ctx.folded(max(0, left - n), left).replace("' ", "'") in cues
               or ctx.folded(left, min(tok.i, left + n)).replace("' ", "'") in cues for n in (1, 2, 3, 4))


def _cites(ctx: Context, tok) -> bool:
    """Is the noun a speech verb's subject or a source cue's complement ("les médias turcs ont rapporté", "selon
    l'AFP"), or a name that is any argument of a speech verb ("a indiqué à l'AFP", "wrote on Twitter"; a common
    noun there may be what is said: "a dénoncé la fermeture des usines")?"""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    role = _speech_role(ctx, tok)
    name = tok.pos_ == "PROPN" or tok.is_upper  # (the tagger takes an acronym for a common noun at times)
    return role == "subject" or bool(role and name) or _after_source_cue(ctx, tok)


def cited_source(ctx: Context, tok) -> bool:
    """Does the token name where the article takes reported words from — a noun that cites (_cites), or a word of
    its name ("Fox News", "l'agence de presse Anadolu")? The outlet an article quotes is its source, not its
    subject. Asked only of the terms of the sectors an outlet stands for."""
    while True:
        if _cites(ctx, tok):
            return True
        if tok.dep_ not in _NAME_PARTS or tok.head is tok:
            return False
        tok = tok.head


class SectorEvidence(NamedTuple):
    totals: dict[str, float]  # weighted total per sector
    raw: dict[str, float]  # the same without the frame boost
    evidence: dict[str, dict[str, float]]  # weight per term per sector
    framed: set[str]  # sectors the article names as such ("le secteur de la santé")
    strong: dict[str, int]  # very specific terms per sector
    listed: set[str]  # sectors a frame noun lists with others ("des secteurs clés tels que l'énergie, l'espace…")


def sector_evidence(ctx: Context) -> SectorEvidence:
    """(weighted total per sector, the same without the frame boost, weight per term per sector,
    sectors the article names as such)."""
    frames = ctx.lex.words.get("sector_frame", set())
    framed_tokens = set()
    frame_of: dict[int, int] = {}  # framed token → its frame noun
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
            frame_of[k] = tok.i
            k += 1
    counts: dict[tuple[str, str], list[float]] = {}  # (sector, term) → weights of its occurrences
    framed: set[str] = set()
    listed: dict[int, set[str]] = {}  # frame noun → the sectors after it
    for sector, term, weight, i in doc_term_hits(ctx):
        if sector in SOURCE_SECTORS and cited_source(ctx, doc[i]):
            continue  # an outlet quoted as the source of reported words
        boosted = weight * FRAME_BOOST if i in framed_tokens else weight
        if i in framed_tokens:
            framed.add(sector)
            listed.setdefault(frame_of[i], set()).add(sector)
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
    # a frame noun listing several sectors names the article's sectors ("des secteurs clés tels que l'énergie,
    # l'espace et la santé", "dans le domaine scientifique et technologique"): each is kept as named
    named = set().union(*(found for found in listed.values() if len(found) >= 2))
    return SectorEvidence(totals, raw, evidence, framed, strong, named)


def _phrase_hits(ctx: Context, phrase: str) -> set[str]:
    """Sectors with a lexicon term in a phrase that is not part of the parsed text (the title).
    A word takes the lemma the same word has in the text, else stands as written; multiword terms match as written."""
    terms = ctx.lex.sector_terms
    lemma_of = ctx.memo("sector_lemma_of")
    if not lemma_of:
        for text, lemma, pos in zip(ctx.texts, ctx.lemmas, ctx.pos):
            if pos != "PROPN" or text.isupper():
                lemma_of.setdefault(lower(text), lower(lemma))
    words = _PHRASE_WORDS.findall(lower(phrase.replace("\u2019", "'")))
    found = set()
    for i in range(len(words)):
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            key = " ".join(words[i:i + n]).replace("' ", "'")
            keys = (key,) if n > 1 else (lemma_of.get(key, key), key)
            hit = next((k for k in keys if k in terms), None)
            if hit:
                found.update(s for s, _w in terms[hit])
                break
    return found


def _people_fields(ctx: Context) -> dict[str, float]:
    """Sector → the share of the mentions of people that go to people holding a title of its field: an article
    whose people are judges and lawyers is about justice even where few words of justice are in it. A title's field
    is its roles.tsv category, each field's sector in models/role_sectors.tsv. (candidates gives a broad sector none
    of it: politicians' titles are in the news of every field.)"""
    fields = _role_sectors()
    mentions = {id(e): sum(1 for m in e.mentions if not m.reference) for e in ctx.entities.people}
    total = sum(mentions.values())
    if not total:
        return {}
    shares: dict[str, float] = {}
    for e in ctx.entities.people:
        held = {fields[c] for r in e.roles if (c := category(ctx, r)) in fields}
        for sector in held:
            shares[sector] = shares.get(sector, 0.0) + mentions[id(e)] / total
    return shares


@lru_cache(maxsize=None)
def _role_sectors() -> dict[str, str]:
    """models/role_sectors.tsv: title field (roles.tsv category) → sector id."""
    return {row["category"]: row["sector"] for row in _rows(models_dir() / "role_sectors.tsv")}


def candidates(ctx: Context) -> dict[str, dict]:
    """Every sector with evidence: its score, its evidence (weight per term) and the features its decision weighs.

    A sector the article is about has much evidence of its own (score), from several distinct and specific
    terms, near the leading sector's (share); it is named in the title or in the first sentence, or it recurs
    through the text (spread: the share of sentences holding its terms), where a sector mentioned in passing sits
    in one paragraph."""
    totals, raw, evidence, framed, strong, listed = sector_evidence(ctx)
    if not totals:
        return {}
    words = int(ctx.doc.to_array([IS_ALPHA]).sum())
    scale = 3.0 + words / 120.0
    top = max(raw.values())
    starts = ctx.sentence_starts
    sentences_of: dict[str, set[int]] = {}
    for sector, _term, _w, i in doc_term_hits(ctx):
        sentences_of.setdefault(sector, set()).add(bisect_right(starts, i) - 1)
    in_title = _phrase_hits(ctx, ctx.title) if ctx.title and ctx.title.strip() else set()
    people = _people_fields(ctx)
    info = ctx.lex.sector_info
    out = {}
    for sector, total in totals.items():
        score = 1.0 - math.exp(-total / scale)
        sents = sentences_of.get(sector, set())
        bounded = min(max(score, 1e-3), 1 - 1e-3)
        broad = info.get(sector, {}).get("broad") == "yes"
        out[sector] = {
            "score": score,
            "evidence": evidence[sector],
            "features": {
                "bias": 1.0,
                "logit_score": math.log(bounded / (1 - bounded)),
                "share": raw[sector] / top,
                "terms": math.log(len(evidence[sector])),
                "strong": math.log(1 + strong.get(sector, 0)),
                "framed": float(sector in framed),
                "title": float(sector in in_title),
                "lead": float(0 in sents),
                "spread": len(sents) / max(1, len(starts)),
                # the titles of a broad sector's people say nothing of the subject: ministers and deputies speak
                # in the news of every field they govern (health, transport…), so they weigh for none
                "people": 0.0 if broad else people.get(sector, 0.0),
                # a sector of public life that the news of every field touches (models/sectors.tsv column broad:
                # politics, as government acts in health, transport, the economy…): its own vocabulary is spread
                # thin over an article about it, so less of it says as much
                "broad": float(broad),
                # how often the language's gold requires this sector where it has evidence, as log-odds relative to
                # every sector's rate (models/<lang>/sector_priors.tsv, from scripts/fit_sectors.py): the annotators
                # of a language hold a sector to their own convention (French requires "society" for a human-interest
                # story, English all but never), which the evidence alone does not show; 0 where the language has none
                "prior": priors(ctx.lex.lang).get(sector, 0.0),
            },
            # an article that lists its sectors ("des secteurs clés tels que…") covers several, each perhaps briefly:
            # there, two distinct, very specific terms in two sentences ("échanges commerciaux", "exportations
            # agricoles") are enough
            "specific": bool(listed) and strong.get(sector, 0) >= 2
                        and score >= SPECIFIC_THRESHOLD and len(sents) >= 2,
            "listed": sector in listed,
        }
    return out


@lru_cache(maxsize=None)
def weights(lang: str) -> dict[str, float]:
    """The language's decision weights (models/<lang>/sector_weights.tsv, fitted by scripts/fit_sectors.py);
    none when it has no file. A feature absent from the file weighs 0."""
    path = models_dir() / lang / WEIGHTS_FILE
    return {row["feature"]: float(row["weight"]) for row in _rows(path)} if path.exists() else {}


@lru_cache(maxsize=None)
def priors(lang: str) -> dict[str, float]:
    """The language's sector priors (models/<lang>/sector_priors.tsv, written by scripts/fit_sectors.py): sector →
    log-odds that the gold requires it where it has evidence, less the log-odds of every sector; none without the file."""
    return {row["sector"]: float(row["prior"]) for row in _rows(models_dir() / lang / PRIORS_FILE)}


def substantial(features: dict[str, float], w: dict[str, float]) -> bool:
    """A logistic decision: the sector is kept where the weighted sum of its features gives a probability of at
    least KEEP_PROBABILITY; without weights, where its score passes THRESHOLD."""
    if not w:
        return 1.0 / (1.0 + math.exp(-features["logit_score"])) >= THRESHOLD
    return sum(w.get(name, 0.0) * value for name, value in features.items()) >= _KEEP_LOGIT


_KEEP_LOGIT = math.log(KEEP_PROBABILITY / (1.0 - KEEP_PROBABILITY))


def kept(candidate: dict, w: dict[str, float]) -> bool:
    """Whether a candidate sector is one the article is about: the decision over its features, or the rules
    that name it outright (a frame listing it among sectors, two specific terms in two sentences)."""
    return substantial(candidate["features"], w) or candidate["specific"] or candidate["listed"]


def extract(ctx: Context) -> list[Sector]:
    found = candidates(ctx)
    ctx.traces.sector_candidates = found
    info = ctx.lex.sector_info
    label_key = f"label_{ctx.lex.lang}" if f"label_{ctx.lex.lang}" in next(iter(info.values()), {}) else "label_en"
    w = weights(ctx.lex.lang)
    sectors = []
    for sector, cand in found.items():
        if sector not in info or not kept(cand, w):
            continue
        evidence = cand["evidence"]
        terms = sorted(evidence, key=lambda t: -evidence[t])[:6]
        sectors.append(Sector(sector, info[sector][label_key], info[sector]["iptc_mediatopic"], round(cand["score"], 3), terms))
    sectors.sort(key=lambda s: -s.score)
    return sectors
