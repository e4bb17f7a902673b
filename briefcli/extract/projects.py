"""Projects: named or clearly identified undertakings — infrastructure, programmes, plans,
missions, laws and reforms, agreements, operations, partnerships between named actors.

Patterns, all driven by the cue nouns of models/<lang>/project_cues.tsv:
- a quoted name that opens on a cue: le nouveau « schéma national du maintien de l'ordre »;
- a cue noun before a quoted or capitalised name: le gazoduc "Power of Siberia 2",
  l'opération Barkhane;
- a cue noun with "entre A et B" naming its partners: les partenariats entre Gazprom et
  CNPC, ainsi qu'entre Rosatom et l'Agence…;
- an operation on a named organisation: la privatisation d'ADP;
- a law or reform cue with its complement: la réforme des retraites, le projet de loi sur…
  (not "un schéma de pensée", not "le projet du gouvernement");
- a cue with what identifies it: la mission exploratoire, l'accord conclu en Suisse;
- a cue of several words on its own: l'accord de paix, la loi de finances.
"Des plans sur la comète" (some, in the plural) is no undertaking.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from ..lexicon import fold
from ..records import Project
from .context import Context, indefinite, unknown_adjective
from .sectors import term_hits

_COMPLEMENT_MAX = 6
_PURPOSE_MAX = 10  # an infinitive of purpose runs longer: "to mandate reporting sexual abuses to the church authorities"
_PARTNER_ENTITIES = ("ORG", "PER", "PERSON", "GPE", "LOC", "NORP")  # the named-entity labels a partner may carry


def _cue_at(ctx: Context, i: int) -> tuple[int, str, str | None] | None:
    """(tokens, kind, sector) of the longest cue starting at token i, on its words or their lemmas
    (extract only asks at tokens that can open a cue)."""
    cues = ctx.lex.project_cues
    folds, lemmas, spaces = ctx.folds, ctx.lemma_folds, ctx.spaces
    best = None
    text = lemma = ""
    for k in range(i, min(i + ctx.lex.max_cue_words, len(folds))):
        text, lemma = text + folds[k], lemma + lemmas[k]
        for key in (text, lemma):
            if key in cues and _accents_agree(ctx, i, k + 1, ctx.lex.project_cue_forms.get(key, key)):
                best = (k - i + 1, *cues[key])
        text, lemma = text + spaces[k], lemma + spaces[k]
    return best


def _accents_agree(ctx: Context, i: int, j: int, cue: str) -> bool:
    """Do the words from i to j bear the accents of the cue as written, word by word (or their lemmas do: "réformes"
    → "réforme")? In lower case a language writes its accents, and they tell words apart: "la traite négrière" is
    no "traité"; capitals may drop them ("REFORME", "Traite de Lisbonne" in a heading), so a word with a capital
    letter agrees whatever its accents."""
    doc = ctx.doc
    written = cue.split()
    if len(written) != j - i:
        return True  # "l'" and its noun in one word of the cue: left to the folded match
    for tok, word in zip(doc[i:j], written):
        if tok.text != tok.text.lower():
            continue
        if tok.text.replace("’", "'") != word and tok.lemma_.lower() != word:
            return False
    return True


def _sentence_sector(ctx: Context, tok: Token, fallback: str | None) -> str | None:
    if fallback:
        return fallback
    scores: dict[str, float] = {}
    for sector, _term, weight, _i in term_hits(ctx, tok.sent):
        scores[sector] = scores.get(sector, 0.0) + weight
    return max(scores, key=scores.get) if scores else None


def _partners(ctx: Context, k: int, end: int, at) -> list[tuple[object, object, int]]:
    """Pairs after 'entre': 'entre A et B, ainsi qu'entre C et D' → [(A, B, token), (C, D, token)]."""
    doc = ctx.doc
    pairs = []
    while k < end and doc[k].pos_ == "ADJ":  # "les partenariats stratégiques entre…"
        k += 1
    if k >= end or not _is_entre(ctx, doc[k]):
        return pairs
    while k < end:
        if _is_entre(ctx, doc[k]):
            found = []
            j = k + 1
            while j < end and len(found) < 2:
                if j in at:
                    e, m = at[j]
                    found.append(e)
                    j = m.end
                    continue
                if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                    break
                j += 1
            if len(found) == 2 and found[0] is not found[1]:
                pairs.append((found[0], found[1], k))
            k = j
            # go on only for another "entre" group: ", ainsi qu'entre C et D", "et entre C et D"
            while k < end and doc[k].text == "(":  # "(CNPC)"
                close = next((x for x in range(k, end) if doc[x].text == ")"), end - 1)
                k = close + 1
            while k < end and (doc[k].text == "," or ctx.is_word("chain_word", doc[k].text)):
                k += 1
            if k >= end or not _is_entre(ctx, doc[k]):
                break
        elif doc[k].text in (".", ";") or doc[k].pos_ == "VERB":
            break
        else:
            k += 1
    return pairs


def _is_entre(ctx: Context, tok: Token) -> bool:
    return ctx.is_word("partner_link", tok.text)


def extract(ctx: Context) -> list[Project]:
    doc = ctx.doc
    at = ctx.entities.at
    quoted = {}  # the quoted names by the token of their opening mark
    for q in ctx.quoting.quoted_names:
        mark = ctx.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
        if mark is not None:
            quoted[mark.start] = q
    said = {}  # the quoted spans kept as someone's words, by the token of their opening mark
    names = {(q.open, q.close) for q in ctx.quoting.quoted_names}
    for q in ctx.quoting.quote_at.values():
        if (q.open, q.close) in names:
            continue
        mark = ctx.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
        if mark is not None:
            said[mark.start] = q
    projects: list[Project] = []
    seen: set[str] = set()
    names_given: set[str] = set()
    complements: list[tuple[str | None, str, str]] = []  # (kind, first noun, words) of the complements read so far
    head = ""  # the head word of the cue being read ("agreement" in "free trade agreement")

    def add(name: str, kind: str | None, actors: list[str], sector: str | None, start: int, end: int):
        key = fold(name)
        if not name or key in seen or not actors and any(key in other or other in key for other in names_given):
            return  # the same undertaking named again, shorter or longer ("the investigation into Burisma (Holdings)")
        if _named_before(ctx, key, kind, head, projects):
            return  # "the free trade agreement" after "the African Continental Free Trade Area agreement"
        if not actors:  # partnerships are named by their partners: "partenariat A – B", "partenariat A – C"
            names_given.add(key)
        seen.add(key)
        projects.append(Project(name, kind, actors, sector, start, end))

    starts = ctx.indices(ctx.lex.project_cue_prefixes, lemmas=True)  # the words that can open a cue
    i = 0
    while True:
        following = bisect_left(starts, i)  # on to the next of them
        if following == len(starts):
            break
        i = starts[following]
        cue = _cue_at(ctx, i)
        head = fold(doc[i:i + cue[0]].root.text) if cue is not None else ""
        glued = i > 0 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_  # "sister-in-law"
        if cue is not None and _in_locution(ctx, i, i + cue[0]):
            i += cue[0]  # "sur le plan économique", "in the pipeline": a locution, no undertaking
            continue
        if cue is not None and _in_idiom(ctx, i, i + cue[0]):
            i += cue[0]  # "un plan de bataille", "la loi martiale", "martial law": a figure of speech or a state, no undertaking
            continue
        if cue is not None and _after_name(ctx, i, cue[1]):
            i += cue[0]  # "Cash investigation sur France 2": the cue is the last word of a name, a show's, not an undertaking
            continue
        if cue is not None and _of_title(ctx, i):
            i += cue[0]  # "le ministre du Budget Jérôme Cahuzac", "le quotidien d'investigation Philippine Daily Inquirer"
            continue
        # 0. a quoted name that opens on the cue: le nouveau « schéma national du maintien de l'ordre »
        # (or kept as someone's words, a phrase with no verb of its own: 'doit concrétiser le "plan massif de
        # revalorisation et d'investissement" promis par Emmanuel Macron' names the plan in his words)
        if cue is not None and not glued and (i - 1 in quoted or i - 1 in said and _said_name(ctx, said[i - 1])) \
                and _frames(ctx, cue[1]) & {"complement", "adjective"} \
                and ctx.is_word("definite", _determiner_before(ctx, i - 1).text):
            q = quoted.get(i - 1) or said[i - 1]
            start, end = ctx.offsets((q.start, q.end))
            add(ctx.original[start:end], cue[1], [], _sentence_sector(ctx, doc[i], cue[2]), start, end)
            i += cue[0]
            continue
        if cue is None or glued or doc[i].pos_ not in ("NOUN", "PROPN"):
            i += 1
            continue
        n, kind, sector = cue
        j = i + n
        dated = j + 1 < len(doc) and _year(doc[j]) and _complement_opens(ctx, kind, doc[j + 1])
        if dated:
            j += 1  # "le budget 2019 de la Sécurité sociale": the year dates it, the complement after it still names it
            # (an owner's included: the one of that year is one undertaking)
        ordered = i > 1 and "Ord" in doc[i - 1].morph.get("NumType") and ctx.is_word("definite", doc[i - 2].text.lower())
        # "le premier budget du quinquennat Macron": one of the owner's (not the locution "de premier plan")
        if "capital" in _frames(ctx, kind) and not doc[j - 1].text[:1].isupper():
            i = j  # "an act of provocation", "a deliberate criminal act": a deed; "the Voting Rights Act" is a law
            continue
        signed = "signed" in _frames(ctx, kind) and _place_complement(ctx, j, at)
        if _graded(ctx, doc[i:j].root):
            i = j  # "among the largest Houthi operations", "une des plus sévères lois": one of a class
            continue
        if i > 0 and (ctx.is_word("indefinite_plural", doc[i - 1].text) or _counted(ctx, i)
                      or ctx.is_word("possessive", doc[i - 1].text.lower())) \
                and "Plur" in doc[i].morph.get("Number") and not signed and not _launched(ctx, doc[i]):
            # "tirer des plans sur la comète": some plans, no identified undertaking ("des accords de Dublin" are);
            # "d'assouplir ses arrêtés concernant l'obligation": the ones someone has made, none identified
            i = j
            continue
        if _class_of(ctx, doc[i:j].root, j) and not signed:
            i = j  # "les plans d'économies se multiplient", "plusieurs projets de reprise": a class of undertakings
            continue
        # 1. a quoted name right after the cue, or after the adjectives that qualify it (a name: capitalised, with
        # figures, or opening on a noun): "le gazoduc "Power of Siberia 2"", "l'opération turque « Griffes du tigre »",
        # "l'opération « électricité gratuite »"
        m = _past_qualifiers(ctx, j)
        if m in quoted and _quoted_name(ctx, quoted[m]):
            q = quoted[m]
            start, end = ctx.offsets((q.start, q.end))
            add(ctx.original[start:end], kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = m + 1
            continue
        # 1a. a quoted name that ends on the cue (and maybe a year): the "Reproductive Health Care Reform Bill 2019"
        found = _quoted_name_ending_on(ctx, i, j, quoted)
        if found is not None:
            q, kind, j = found
            start, end = ctx.offsets((q.start, q.end))
            add(ctx.original[start:end], kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = j
            continue
        # 1b. a capitalised name that opens on the cue, taken for an organisation: "l'Accord de Paris",
        # "Operation Fast and Furious" (a kind that never names an organisation: frame proper)
        entity_name = _entity_on_cue(ctx, i, n, kind, at)
        if entity_name is not None:
            start, end = ctx.offsets(entity_name)
            add(entity_name.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = entity_name.end
            continue
        # 1c. a capitalised cue with the code that numbers it, which the NER may glue into a person's name: "Bill
        # C-10", "House Bill 1234"
        coded = _coded(ctx, i, j, kind)
        if coded is not None:
            start, end = ctx.offsets(coded)
            add(coded.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = coded.end
            continue
        # 2. a capitalised name right after the cue: "l'opération Barkhane", "la loi Evin"
        if j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_sent_start and j not in at \
                and not _time_word(ctx, doc[j]) \
                and not doc[j].dep_.startswith("nsubj") and _can_name(doc[i:j], doc[j]) \
                and "place" not in _frames(ctx, kind):  # "with the acquisition Salling said": the subject of a verb  # "l'aéroport Charles-de-Gaulle" is a place, not an undertaking
            k = j
            while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].like_num) and not doc[k].is_punct:
                k += 1
            name_span = doc[i:k]
            start, end = ctx.offsets(name_span)
            add(name_span.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = k
            continue
        if _bare(ctx, doc[i]):
            i = j  # "négocié par accord d'entreprise ou accord de branche", "en accord avec la Cnil": a kind, not one
            continue
        # 2-. an acronym no gazetteer knows right after the cue, which the NER took for a body: "le programme DACA"
        if _acronym_name(ctx, i, j, kind):
            span = doc[i:j + 1]
            start, end = ctx.offsets(span)
            add(span.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = j + 1
            continue
        # 2a. named after a person, with no article between: "la loi Blanquer", "le plan Borloo" (an
        # undertaking whose complement may name its owner is named after its author so)
        if j in at and at[j][0].kind == "person" and at[j][1].start == j and "owner" in _frames(ctx, kind) \
                and doc[j].text[:1].isupper() and not doc[j].dep_.startswith("nsubj"):
            span = doc[i:at[j][1].end]
            start, end = ctx.offsets(span)
            add(span.text, kind, [at[j][0].name], _sentence_sector(ctx, doc[i], sector), start, end)
            i = span.end
            continue
        # 2b. named by a naming participle: "a program … called "Learning Together"", "le plan baptisé « Ségur »"
        named = _named(ctx, j, quoted) if "place" not in _frames(ctx, kind) else None
        if named is not None:
            start, end = named
            add(ctx.original[start:end], kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = j
            continue
        # 2c. with its named partner: "NASA's contract with Boeing", "un décret conjoint avec le ministère de l'Economie"
        if "partner" in _frames(ctx, kind):
            partner = _with_partner(ctx, i, j, at)
            if partner is not None:
                span, actor = partner
                before = _premodified(ctx, i, n, kind, identified=True) if "premodified" in _frames(ctx, kind) else None
                if before is not None and before.start < span.start:
                    span = doc[before.start:span.end]  # "a nuclear nonproliferation treaty with Iran": the words before it name it too
                start, end = ctx.offsets(span)
                add(span.text, kind, [actor], _sentence_sector(ctx, doc[i], sector), start, end)
                i = span.end
                continue
        # 3. partners: "partenariat(s) entre A et B"
        # (not between two places for a place cue: "le tunnel entre la France et l'Italie" is a route, they are its ends)
        pairs = _partners(ctx, j, min(len(doc), doc[i].sent.end), at) if "place" not in _frames(ctx, kind) else []
        if pairs:
            before = _premodified(ctx, i, n, kind) if len(pairs) == 1 and "premodified" in _frames(ctx, kind) else None
            for a, b, k in pairs:
                # one pair of partners and the words before the cue: those words name it ("the maritime border
                # agreement between Turkey and Libya"), the partners are its actors
                name = before.text if before is not None else f"{kind} {a.name} – {b.name}"
                start, end = ctx.offsets(before if before is not None else doc[i:i + n])
                add(name, kind, [a.name, b.name], _sentence_sector(ctx, doc[k], sector), start, end)
            i = j
            continue
        if "norm" in _frames(ctx, kind) and _complied_with(ctx, doc[i]):
            i = j  # "respecter la loi sur la grève", "violated the law on…": a norm in force, no undertaking
            continue
        if _anaphoric(ctx, i, kind, projects):
            i = j  # "cette enquête tentaculaire" after "l'enquête sur les soupçons de collusion": the same one
            continue
        # 4a. an operation on a named organisation: "la privatisation d'ADP", "le rachat de Twitter"
        if "operation" in _frames(ctx, kind) and j + 1 < len(doc) and ctx.is_word("complement_preposition", doc[j].text) \
                and j + 1 in at and at[j + 1][0].kind == "organization":  # a company, not a country ("the Party's takeover of China")
            span = doc[i:at[j + 1][1].end]
            start, end = ctx.offsets(span)
            add(span.text, kind, [at[j + 1][0].name], _sentence_sector(ctx, doc[i], sector), start, end)
            i = span.end
            continue
        # 4. a law or reform with its complement: "la réforme des retraites"; an agreement with the place where it
        # was signed ("les accords de Dublin", "l'Accord de Paris"), which is no owner of it
        if j < len(doc) and _complement_opens(ctx, kind, doc[j]) and not _time_adverbial(ctx, j) \
                and not (j + 1 < len(doc) and doc[j + 1].pos_ == "SCONJ") \
                and (not doc[i].text[:1].isupper() or signed) \
                and not ("owner" in _frames(ctx, kind) and _owner(ctx, j, at) and not signed and not dated and not ordered
                         and "event" not in _frames(ctx, kind)) \
                and (not indefinite(_determiner_before(ctx, i)) or _named_complement(ctx, j, at)
                     or _launched(ctx, doc[i]) or _sized(doc[i:j].root) and not _size_only(ctx, j)
                     or "event" in _frames(ctx, kind)) \
                and ("definite" not in _frames(ctx, kind) or _definite_complement(doc, j)) \
                and not _titled(ctx, j) and _hangs_on(ctx, doc[i:j], doc[j]):
            # "la réforme des retraites", "une réforme de l'ISF", not "un schéma de pensée"; not a clause of purpose
            # ("a donné son accord pour que l'enregistrement soit rendu public": consent, the clause says to what)
            k = j + 1
            limit = j + _COMPLEMENT_MAX
            if k < len(doc) and "purpose" in _frames(ctx, kind) and _purpose(doc[j], doc[k]):
                # an infinitive of purpose, with all it governs: "the church law to mandate reporting sexual abuses"
                limit = j + _PURPOSE_MAX
                end = min(doc[k].right_edge.i + 1, limit)
                while k < end and not doc[k].is_punct and not doc[k].is_space:
                    k += 1
            else:
                if k < len(doc) and _gerund(doc[k]):
                    k += 1  # a gerund heads the complement: "the agreement on sending Turkish soldiers to Libya"
                while k < len(doc) and k < limit and not doc[k].is_punct and not doc[k].is_space \
                        and (doc[k].pos_ not in ("VERB", "AUX", "CCONJ", "PRON", "ADV") or _adverb_as_object(ctx, doc[k])) \
                        and not _verb_tagged_adjective(doc[k]) and not _time_adverbial(ctx, k):  # a line break ends a title
                    k += 1
            first = i - 1 if ordered else i
            if "premodified" in _frames(ctx, kind):  # "its impeachment investigation into alleged misconduct"
                before = _premodified(ctx, i, n, kind, identified=True)
                first = before.start if before is not None else i
            if first == i and "owner" in _frames(ctx, kind) and i >= 2 \
                    and ctx.is_word("possessive_clitic", doc[i - 1].text) and i - 2 in at:
                first = at[i - 2][1].start  # "NCA's investigation of Matthew Falder": the owner opens the name, as in 5a
            if k == limit:
                k = _to_head(doc, j, k)  # "an investigation of a dark web child pornography (site)"
            span = doc[first:k]
            if k == limit:  # cut by the length limit: "l'enquête contre l'ancien général de 61 (ans)"
                span = _whole_phrases(span, i + n + 1)
            while len(span) > n + 1 and (ctx.is_word("determiner", span[-1].text) or ctx.is_word("preposition", span[-1].text)):
                span = span[:-1]
            complement = doc[j + 1:span.end]
            if len(span) > n + 1 and any(t.pos_ in ("NOUN", "PROPN") or _adverb_as_object(ctx, t) for t in complement) \
                    and not _complement_again(ctx, kind, complement, complements) \
                    and not _acronym_of_named(ctx, complement, projects) and not _names_a_body(ctx, span) \
                    and not _kind_only(ctx, complement) and not _shell_only(ctx, complement):
                start, end = ctx.offsets(span)
                add(span.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
                complements.append(_complement_key(ctx, kind, complement))
            if not (n > 1 and _dated_only(complement)):
                i = k
                continue
            # "la loi de finances pour 2018": a year dates the undertaking and identifies none, the cue of several
            # words still names it (6. below)
        if "conduct" in _frames(ctx, kind) and not _launched(ctx, doc[i]) and not _capitalised_name(doc, i):
            i = j  # "ses critiques sur la stratégie sanitaire", "Trump's foreign policy": a line of conduct, not one undertaking
            continue
        # 4b. named by its year right after it: "le budget 2020", "la loi de programmation 2019-2025" (no preposition:
        # the year is part of the name; "la loi de finances pour 2018" only dates it)
        if "complement" in _frames(ctx, kind) and not dated and j < len(doc) and _year(doc[j]) and i > 0 \
                and _identified(ctx, i) and i not in at:
            start, end = ctx.offsets(doc[i:j + 1])
            add(doc[i:j + 1].text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = j + 1
            continue
        # 5. an identified undertaking: "la mission exploratoire", "le plan social d'Airbus"
        if "adjective" in _frames(ctx, kind) and i > 0 and _identified(ctx, i) \
                and i not in at and j < len(doc) and _qualifier(ctx, doc[j], kind):
            k = j
            while k < len(doc) and _qualifier(ctx, doc[k], kind) and k < j + 3:
                k += 1
            if _national_law(ctx, kind, doc[j:k]):
                i = k  # "selon la loi irakienne": the law of a country, in force
                continue
            if k + 1 < len(doc) and (ctx.is_word("complement_preposition", doc[k].text)
                                     or ctx.is_word("locative", doc[k].text)) and k + 1 in at:
                k = at[k + 1][1].end  # "le plan social d'Airbus", "l'accord conclu en Suisse"
            elif _again_by_adjectives(ctx, kind, doc[j:k], projects):
                i = k  # "l'opération aérienne" after "l'opération turque": the one named before, again
                continue
            span = doc[i:k]
            start, end = ctx.offsets(span)
            add(span.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = k
            continue
        # 5a. identified by its named owner in the possessive: "Robert Mueller's investigation", "NASA's programme"
        if "owner" in _frames(ctx, kind) and i >= 2 and ctx.is_word("possessive_clitic", doc[i - 1].text) \
                and i - 2 in at and at[i - 2][0].kind in ("person", "organization"):
            entity, mention = at[i - 2]
            span = doc[mention.start:j]
            start, end = ctx.offsets(span)
            add(span.text, kind, [entity.name], _sentence_sector(ctx, doc[i], sector), start, end)
            i = j
            continue
        # 5b. identified by the words before it: "the pension reform", "the Iran nuclear deal"
        if "premodified" in _frames(ctx, kind):
            span = _premodified(ctx, i, n, kind)
            if span is not None and _again_by_adjectives(ctx, kind, doc[span.start:i], projects):
                i = j  # "the military operation" after "Operation Peace Spring": the one named before, again
                continue
            if span is not None:
                start, end = ctx.offsets(span)
                add(span.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
                i = j
                continue
        # 5c. an infrastructure being built or paid for, with where it stands: "the construction of a wall along the
        # country's border", "funding for the border wall", "la construction d'un mur à la frontière"
        if "place" in _frames(ctx, kind) and _built(ctx, doc[i:j].root):
            span = _with_site(ctx, i, j)
            start, end = ctx.offsets(span)
            add(span.text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
            i = span.end
            continue
        # 6. a cue of several words that names an undertaking by itself: "l'accord de paix", "la loi de finances"
        if n > 1 and i > 0 and _identified(ctx, i) and i not in at \
                and ("place" not in _frames(ctx, kind) or _of_named(ctx, j, at)) \
                and not any(fold(p.name).startswith(fold(doc[i:j].text)) for p in projects) \
                and not (projects and doc[i:j].root.i != j - 1 and _kind_only(ctx, doc[j - 1:j])):  # not again "le plan social d'Airbus"
            # a cue whose complement is a cue ("le projet de loi", "la proposition de loi") says what stage of which kind of
            # undertaking, not which: after an undertaking named before, it is that one again ("la réforme des
            # retraites… l'urgence n'est pas au projet de loi"); alone, the one the article follows
            start, end = ctx.offsets(doc[i:j])
            add(doc[i:j].text, kind, [], _sentence_sector(ctx, doc[i], sector), start, end)
        i = j
    return projects


def _adverb_as_object(ctx: Context, tok: Token) -> bool:
    """Is a word the tagger calls an adverb the object of the preposition right before it ("le plan de déconfinement",
    a noun the small tagger does not know)? A preposition governs a noun phrase: the word is its noun unless the
    lemmatizer knows it as an adverb or an adjective and not as a noun (the locutions "de plus", "de nouveau")."""
    from ..pipeline import lemma_index

    if tok.pos_ != "ADV" or tok.i == 0 or not tok.is_alpha or not tok.is_lower \
            or not ctx.is_word("complement_preposition", tok.doc[tok.i - 1].text.lower()):
        return False
    nouns, adverbs, adjectives = (lemma_index(tok.doc.vocab, pos) for pos in ("noun", "adv", "adj"))
    if nouns is None or adverbs is None or adjectives is None:
        return False
    word = tok.text
    return word in nouns or word not in adverbs and word not in adjectives


def _time_word(ctx: Context, tok: Token) -> bool:
    """Is the word a day, a month or a noun of time, capitalised as English writes them ("passed the bill Monday",
    words.tsv weekday, month, time_noun)? It says when, it names nothing."""
    return any(ctx.is_word(words, tok.text.lower()) for words in ("weekday", "month", "time_noun"))


def _verb_tagged_adjective(tok: Token) -> bool:
    """Is the word after a complement a verb the tagger took for an adjective, one its lemmatizer knows neither as an
    adjective nor as a noun ("Le projet d'accord prévoit désormais des départs", context.unknown_adjective)? The
    complement ends before it, as before any verb: the verb says what the undertaking does, not which it is."""
    return unknown_adjective(tok)


def _complement_opens(ctx: Context, kind: str | None, tok: Token) -> bool:
    """Can a complement that identifies an undertaking of this kind open on the word: a preposition of its topic
    for a kind with frame complement ("la réforme des retraites", "la loi sur la bioéthique", words.tsv
    law_preposition), a preposition of what it rewards for a kind with frame aim ("la prime à la conversion", "la
    prime à la casse", words.tsv aim_preposition)?"""
    frames = _frames(ctx, kind)
    return "complement" in frames and ctx.is_word("law_preposition", tok.text) \
        or "aim" in frames and ctx.is_word("aim_preposition", tok.text.lower()) and not _time_locution(ctx, tok)


def _time_locution(ctx: Context, tok: Token) -> bool:
    """Does the preposition open a locution of time, a noun of time after it and maybe an article ("la prime au
    moment d'acheter", "à la fin de l'année", words.tsv time_noun)? It says when, not what the scheme rewards."""
    doc = ctx.doc
    m = tok.i + 1
    while m < len(doc) and ctx.is_word("determiner", doc[m].text.lower()):
        m += 1
    return m < len(doc) and ctx.is_word("time_noun", doc[m].text.lower())


def _names_a_body(ctx: Context, span: Span) -> bool:
    """Does the cue's phrase end inside a name in apposition to its last common noun, a name that runs on past it
    ("du programme de soutien à la recherche Wellcome Trust Jeremy Farrar", cut at "Wellcome")? The phrase then
    says what that organisation or person does, it names no undertaking of its own."""
    at = ctx.entities.at
    last = span.end - 1
    if last not in at:
        return False
    mention = at[last][1]
    return mention.end > span.end and mention.start > span.start and span.doc[mention.start - 1].pos_ == "NOUN"


def _acronym_name(ctx: Context, i: int, j: int, kind: str | None) -> bool:
    """Is the word right after the cue an acronym in capitals, a name of its own the NER took for an entity, that no
    gazetteer entry knows ("le programme DACA, adopté sous Barack Obama", "la mission HERA")? It names the
    undertaking, as a capitalised word does ("l'opération Barkhane"); an acronym the gazetteer knows is the body
    the cue belongs to ("le plan SNCF"), a place after a place cue is where it stands."""
    doc, at = ctx.doc, ctx.entities.at
    if j >= len(doc) or j not in at or "place" in _frames(ctx, kind) or doc[j].is_sent_start:
        return False
    entity, mention = at[j]
    word = doc[j].text
    return mention.start == j and mention.end == j + 1 and word.isalpha() and word.isupper() and len(word) > 1 \
        and entity.entry is None and mention.entry is None and not doc[j].dep_.startswith("nsubj")


def _kind_only(ctx: Context, complement: Span) -> bool:
    """Is the complement one bare noun that is itself a cue ("le projet d'accord", "le projet de réforme", "l'accord
    de coopération")? It says what kind of undertaking the cue drafts or frames, not which one: the undertaking has
    a name of its own elsewhere, or none."""
    if len(complement) != 1 or complement[0].pos_ != "NOUN":
        return False
    word = complement[0]
    return fold(word.text) in ctx.lex.project_cues or fold(word.lemma_) in ctx.lex.project_cues


def _shell_only(ctx: Context, complement: Span) -> bool:
    """Are the complement's words, past its articles and prepositions, only general nouns that stand for content the
    text gives elsewhere ("l'enquête sur les faits", "une enquête sur des pratiques", "the investigation into the
    matter", words.tsv shell_noun)? Such a complement tells no undertaking from another of its kind."""
    words = [t for t in complement if not (ctx.is_word("determiner", t.text.lower()) or ctx.is_word("preposition", t.text.lower())
                                           or t.is_punct)]
    return bool(words) and all(t.pos_ == "NOUN" and ctx.is_word_or_lemma("shell_noun", t) for t in words)


_EXPANSION_REACH = 8  # how many words before an acronym in brackets may spell it out


def _acronym_of_named(ctx: Context, complement: Span, projects: list[Project]) -> bool:
    """Is the complement an acronym in capitals the text spelt out before, in brackets after its words, where the
    name of an undertaking found before ends ("la réforme de l'impôt de solidarité sur la fortune (ISF)", then "la
    suppression de l'ISF")? Then it names that undertaking again by the acronym, as "une réforme de l'ISF" after "la
    suppression de l'ISF" does by the same complement."""
    doc = ctx.doc
    words = [t for t in complement if not ctx.is_word("determiner", t.text.lower())]
    if len(words) != 1 or not (words[0].is_alpha and words[0].is_upper and len(words[0].text) > 1):
        return False
    acronym = words[0].text
    for k in range(1, complement.start - 1):
        if doc[k].text != acronym or doc[k - 1].text != "(" or doc[k + 1].text != ")":
            continue
        first = max(doc[k - 1].sent.start, k - 1 - _EXPANSION_REACH)
        low, opening = ctx.offsets(doc[first])[0], ctx.offsets(doc[k - 1])[0]
        if any(p.start < opening and low <= p.end <= opening for p in projects):
            return True
    return False


def _year(tok: Token) -> bool:
    """Is the token a year, or a span of years ("2019", "2018-2022")?"""
    return bool(re.fullmatch(r"(1[89]|20)\d\d(?:[-–/](1[89]|20)?\d\d)?", tok.text))


def _dated_only(complement: Span) -> bool:
    """Is the complement after a cue only figures ("la loi de finances pour 2018", "le budget pour 2020")? A year
    dates an undertaking and identifies none."""
    return len(complement) > 0 and all(t.like_num or t.pos_ == "NUM" for t in complement)


def _time_adverbial(ctx: Context, k: int) -> bool:
    """Does an adverbial of time open at k: a preposition of time (words.tsv time_preposition) before a date — a
    figure, a month, a weekday, maybe after an article ("une suppression de l'ISF dès 2018", "dès le 1er janvier",
    "la loi contre l'excision en 2015", "the law on data in 2015")? It says when, not which undertaking: the
    complement ends before it, or there is none when the adverbial follows the cue ("approved a stimulus package on
    Friday": 'on' opens a topic, "the law on data", or a date). A date after a bare 'de' names it ("la loi d'avril
    2016")."""
    doc = ctx.doc
    if not ctx.is_word("time_preposition", doc[k].text.lower()):
        return False
    m = k + 1
    while m < len(doc) and ctx.is_word("determiner", doc[m].text.lower()):
        m += 1
    return m < len(doc) and (doc[m].like_num or doc[m].text[:1].isdigit() or ctx.is_word("month", doc[m].text.lower())
                             or ctx.is_word("weekday", doc[m].text.lower()))


def _class_of(ctx: Context, cue: Token, j: int) -> bool:
    """Is the cue a plural noun whose complement is a bare 'de'/'of' and a common noun ("les plans d'économies",
    "plusieurs projets de reprise", "les enquêtes d'opinion")? It names a class of undertakings by what they are
    about, not one of them; a name after 'de' is the place or party that makes them one ("les accords de Dublin")."""
    doc = ctx.doc
    return "Plur" in cue.morph.get("Number") and j + 1 < len(doc) and ctx.is_word("bare_of", doc[j].text) \
        and doc[j + 1].pos_ == "NOUN" and doc[j + 1].text.islower() and j + 1 not in ctx.entities.at


def _national_law(ctx: Context, kind: str | None, adjectives: Span) -> bool:
    """Is a norm (frame norm: a law, a decree) qualified only by adjectives of nationality ("selon la loi
    irakienne", "d'après la loi américaine", "qu'autorise la loi européenne", demonyms.tsv)? That is the law of a
    country or union, in force, not a law being made ("le projet de loi bioéthique", "la loi anti-sédition")."""
    return "norm" in _frames(ctx, kind) and all(fold(t.text) in ctx.lex.demonyms for t in adjectives)


def _counted(ctx: Context, i: int) -> bool:
    """Is the cue at i counted by a number with no definite article before it ("environ 250 protocoles pour des
    suspicions de cas", "trois enquêtes", "two agreements")? Several of a kind, like "des plans"; "les deux accords
    de Minsk" are identified ones."""
    doc = ctx.doc
    num = doc[i - 1]
    if not (num.like_num or num.pos_ == "NUM" or ctx.is_word("number_word", num.text)) or num.text.isupper():
        return False
    k = num.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":  # "environ", "about"
        k -= 1
    return k < 0 or not ("Def" in doc[k].morph.get("Definite") or ctx.is_word("definite", doc[k].text)
                         or ctx.is_word("demonstrative", doc[k].text)
                         or ctx.is_word("possessive", doc[k].text) or doc[k].tag_ == "POS")


def _of_title(ctx: Context, i: int) -> bool:
    """Does the cue at i qualify the title or the kind of organisation right before it (roles.tsv, words.tsv
    org_kind_noun) or of a body (org_word, in lower case): the field of an office, capitalised after 'du'/'de' ("le
    ministre du Budget Jérôme Cahuzac"), or a bare noun after 'de' ("le quotidien d'investigation Philippine Daily
    Inquirer", "le directeur de projet", "la commission d'enquête sur la gestion de l'épidémie", "the committee of
    inquiry")? It says what the office, the organisation or the body does, it names no undertaking."""
    doc = ctx.doc
    if i < 2:
        return False
    prev, cue = doc[i - 1], doc[i]
    if not (ctx.is_word("bare_of", prev.text) or ctx.is_word("complement_preposition", prev.text)
            and cue.text[:1].isupper() and not cue.is_sent_start):
        return False
    k = i - 2
    while k > 0 and doc[k].pos_ == "ADJ":  # "le ministre socialiste du Budget"
        k -= 1
    noun = doc[k]
    return noun.pos_ == "NOUN" and (fold(noun.text) in ctx.lex.roles or ctx.is_word("org_kind_noun", noun.text)
                                    or ctx.is_word("org_word", noun.text) and noun.text.islower())


def _after_name(ctx: Context, i: int, kind: str | None) -> bool:
    """Is the lower-case cue at i right after a capitalised word that opens no sentence, with no determiner between,
    for a kind the words before it never identify (no frame premodified: the French order, "la loi Evin")? Then the
    cue ends a name that is not the undertaking's: a show's ("Cash investigation"), a title's."""
    doc = ctx.doc
    if i == 0 or "premodified" in _frames(ctx, kind) or not doc[i].text.islower():
        return False
    prev = doc[i - 1]
    return prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and prev.pos_ in ("PROPN", "NOUN", "ADJ")


def _can_name(cue: Span, word: Token) -> bool:
    """Can the capitalised word after the cue open its name? Not a function word (a determiner, a pronoun: the next
    sentence run in without its full stop, "Pas les mêmes réformes Une réponse cinglante…"), and not after a cue
    written in capitals, a heading where every word is ("UN PROGRAMME INTENSIF")."""
    return word.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX") \
        and not any(len(t.text) > 1 and t.text.isupper() for t in cue)


def _in_locution(ctx: Context, i: int, j: int) -> bool:
    """Is the cue from i to j the noun of a fixed locution (words.tsv cue_locution: "sur le plan économique", "sur le
    plan social" = as regards the economy, social matters; "au programme (officiel)", "on the programme" = on the
    schedule; "in the pipeline" = in preparation), with at most adjectives after it and no complement or name that
    would make it one undertaking ("les négociations sur le plan de relance", "sur le plan social d'Airbus")?"""
    doc, folds = ctx.doc, ctx.folds
    if j > i + 1 and doc[i + 1].pos_ != "ADJ":
        return False  # "sur le plan de relance": a cue of several words is no locution's noun
    for phrase in ctx.lex.words.get("cue_locution", ()):
        words = phrase.split()
        first = i - len(words) + 1
        if first < 0 or folds[first:i + 1] != words:
            continue
        k = i + 1  # past the adjectives, in the cue or after it ("plan social")
        while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k += 1
        if k < len(doc) and (ctx.is_word("complement_preposition", doc[k].text) or doc[k].text[:1].isupper()
                             and not doc[k].is_sent_start or doc[k].like_num or k in ctx.entities.at):
            return False
        return True
    return False


def _in_idiom(ctx: Context, i: int, j: int) -> bool:
    """Is the cue from i to j a word of a fixed expression (words.tsv cue_idiom) that names a figure of speech, a
    state of things or a thing of another field, not an undertaking: "quel plan de bataille ?" (a way to go about
    it), "la loi martiale" (a state of exception), "une offensive de charme", "la fusion nucléaire" (physics, not a
    merger); "a battle plan", "martial law"? Each word of the expression matches the text's word or its lemma
    ("des plans de bataille"); the expression holds the cue's first word anywhere in it."""
    folds, lemmas = ctx.folds, ctx.lemma_folds
    for phrase in ctx.lex.words.get("cue_idiom", ()):
        words = phrase.split()
        for at in range(len(words)):
            first = i - at
            if first < 0 or first + len(words) < j or first + len(words) > len(folds):
                continue
            if all(folds[first + k] == w or lemmas[first + k] == w for k, w in enumerate(words)):
                return True
    return False


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _named_before(ctx: Context, key: str, kind: str | None, head: str, projects: list[Project]) -> bool:
    """Is the undertaking folded as `key` one named before, mentioned again by some of its words: every word
    but the cue's head, its articles and prepositions in the name of an earlier undertaking of the same kind ("the
    free trade agreement" after "the African Continental Free Trade Area (AfCFTA) agreement", "the impeachment
    inquiry" after "its impeachment investigation into alleged misconduct", "l'accord sur le nucléaire iranien"
    after "l'accord nucléaire iranien": its complement says again what the adjectives said)? A word of its own
    makes another one ("the contract with SpaceX" after "NASA's contract with Boeing")."""
    words = {w for w in _words(key) - {head} if len(w) > 1 and not ctx.is_word("determiner", w)
             and not ctx.is_word("preposition", w)}
    return any(p.kind == kind and words <= _words(fold(p.name)) for p in projects)


def _definite_complement(doc, j: int) -> bool:
    """Does the complement at j open on a definite article ("la suppression de la taxe d'habitation", "du
    service")? A measure acts so on an institution; on an indefinite object it is one act ("la suppression
    d'une vidéo"), on a bare noun a kind of thing ("la limitation de vitesse")."""
    return any("Def" in doc[k].morph.get("Definite") for k in (j, j + 1) if k < len(doc))


def _graded(ctx: Context, cue: Token) -> bool:
    """Is the cue ranked or compared by an adjective of superlative or comparative degree, or one an adverb of
    degree grades ("among the largest Houthi operations", "une des plus sévères lois", words.tsv degree_adverb)?
    Then it is one of a class, no identified undertaking."""
    return any(child.pos_ == "ADJ" and child.dep_ in ("amod", "nmod")
               and (set(child.morph.get("Degree")) & {"Sup", "Cmp"}
                    or any(ctx.is_word("degree_adverb", g.text) for g in child.children if g.dep_ == "advmod"))
               for child in cue.children)


def _titled(ctx: Context, j: int) -> bool:
    """Does a 'de'/'of' complement at j open on a person's title ("la réforme du ministre de l'Éducation", "the
    plan of the president", roles.tsv)? Then it says whose undertaking it is, not which one."""
    doc = ctx.doc
    if not ctx.is_word("complement_preposition", doc[j].text):
        return False  # "l'enquête contre l'ancien général": whom it is about
    m = j + 1
    while m < len(doc) and (ctx.is_word("determiner", doc[m].text) or doc[m].pos_ == "ADJ"):
        m += 1
    return m < len(doc) and doc[m].pos_ == "NOUN" and fold(doc[m].text) in ctx.lex.roles


def _complement_key(ctx: Context, kind: str | None, complement: Span) -> tuple[str | None, str, str]:
    """(kind, lemma of the first noun, words without determiners) of the complement that identifies an
    undertaking: "plan de soutien à la filière automobile" → (plan, soutien, "soutien à filière automobile")."""
    noun = next((t for t in complement if t.pos_ in ("NOUN", "PROPN")), None)
    words = " ".join(fold(t.text) for t in complement if not ctx.is_word("determiner", t.text.lower()))
    return kind, fold(noun.lemma_) if noun is not None else "", words


def _complement_again(ctx: Context, kind: str | None, complement: Span, complements) -> bool:
    """Is the undertaking this complement identifies one named before: the same complement words under
    another cue ("une réforme de l'ISF" after "la suppression de l'ISF"), or the same kind and first noun
    with nothing after it that names or qualifies ("le plan de soutien au secteur" after "le plan de soutien
    à la filière automobile": "le secteur" points back to it; "le plan de relance allemand" is another)?"""
    key = _complement_key(ctx, kind, complement)
    for other_kind, noun, words in complements:
        if key[2] == words:
            return True
        if other_kind == kind and key[1] == noun:
            first = next(t for t in complement if t.pos_ in ("NOUN", "PROPN"))
            rest = complement[first.i - complement.start + 1:]
            if not any(t.pos_ in ("PROPN", "ADJ", "NUM") or t.ent_type_ for t in rest):
                return True
    return False


def _bare(ctx: Context, cue: Token) -> bool:
    """Is the cue a singular common noun with no determiner, right after a preposition ("cela doit être
    négocié par accord d'entreprise ou accord de branche", "signed by decree", "en accord avec la Cnil")? A bare
    noun names a kind of thing, not one undertaking, whatever partner follows it; a noun coordinated to a bare
    one is bare too. Capitalised cues are names ("sous Opération Barkhane")."""
    doc = cue.doc
    first = cue
    if cue.dep_ == "conj" and cue.head.i < cue.i:  # the first conjunct's noun phrase: "accord d'entreprise ou …"
        first = cue.head
        while first.dep_ in ("nmod", "compound") and first.head.i < first.i and first.head.pos_ == "NOUN":
            first = first.head
    if cue.text[:1].isupper() or "Plur" in cue.morph.get("Number") or cue.i == 0 or first.i == 0:
        return False
    if ctx.is_word("determiner", doc[cue.i - 1].text.lower()) and not ctx.is_word("preposition", doc[cue.i - 1].text.lower()):
        return False  # "ou l'accord de branche"
    before = doc[first.i - 1].text.lower()
    return ctx.is_word("preposition", before) and not ctx.is_word("determiner", before)


def _hangs_on(ctx: Context, cue: Span, word: Token) -> bool:
    """Does the word opening the complement hang on the cue in the parse, or on the word that governs the cue
    (the parser often hangs a noun's complement on its verb: "began its probe into…")? One that hangs higher,
    on a verb the cue is no argument of, says why that verb acts, not which undertaking it is ("we will use the
    full force of the law to bring them to justice"); a preposition of goal on the verb says where the verb takes
    its object ("we have moved the bill to a better place", words.tsv goal_preposition)."""
    if any(t.is_ancestor(word) for t in cue):
        return True
    return cue.root.head.is_ancestor(word) \
        and not (word.head.i == cue.root.head.i and ctx.is_word("goal_preposition", word.text.lower()))


def _sized(cue: Token) -> bool:
    """Does a figure in the noun phrase after the cue give its size ("un plan d'économies de plus de 2 milliards",
    "a plan of $2 trillion")? A sized undertaking is one, even with an indefinite article; a figure in a clause
    on the cue ("un plan qui coûtera 3 millions") is not its size."""
    return any(t.i > cue.i and (t.like_num or "Card" in t.morph.get("NumType")) and _in_phrase(t, cue)
               for t in cue.subtree)


def _size_only(ctx: Context, j: int) -> bool:
    """Does the complement at j open on a figure, before any noun ("un budget de 20 dollars par jour", "un budget de
    plus de 3 millions", "a budget of $20 a day")? It gives the size and nothing else: no undertaking identified, unlike
    "un plan d'économies de plus de 2 milliards", whose complement says what it is before its size."""
    doc = ctx.doc
    for tok in doc[j + 1:min(len(doc), j + 6)]:
        if (tok.like_num or tok.pos_ == "NUM" or ctx.is_word("number_word", tok.text)) and tok.pos_ != "DET":
            return True  # not the article "une" of "une enquête pour une affaire de corruption"
        if tok.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "PRON") or tok.is_punct and not tok.is_currency:
            return False
    return False


def _in_phrase(tok: Token, head: Token) -> bool:
    """Is tok in the noun phrase of head, no verb on the way up to it?"""
    while tok.i != head.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i != head.i:
            return False
    return True


_HEAD_REACH = 4  # how many words past the length limit the head noun of a complement may stand


def _to_head(doc, j: int, k: int) -> int:
    """The end of a complement cut by the length limit at k, taken on to the noun the preposition at j governs when it
    stands a few words further, past nouns and adjectives only: English piles its modifiers before the head ("an
    investigation of a dark web child pornography site", "of Ford's internal emission testing practices"), so the limit
    cuts before it; French heads come first ("l'enquête contre l'ancien général de 61 ans"). Only a common noun: a
    person's name with its titles is no head the undertaking's name needs."""
    obj = next((c for c in doc[j].children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not k <= obj.i < k + _HEAD_REACH:
        return k  # not "investigations into Democratic challenger former Vice President Joe (Biden)"
    if any(t.is_punct or t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PART") for t in doc[k:obj.i]):
        return k
    return obj.i + 1


def _whole_phrases(span: Span, floor: int) -> Span:
    """A complement cut by the length limit ends on its last whole phrase: the words at its end that hang on a
    word past it go ("l'enquête contre l'ancien général de 61 [ans]" → "l'enquête contre l'ancien général"),
    down to the token `floor` at least."""
    end = span.end
    while end > floor and span.doc[end - 1].head.i >= end:
        end -= 1
    return span.doc[span.start:end]


def _purpose(to: Token, verb: Token) -> bool:
    """Does an infinitive of purpose follow the cue ("a bill to ban…", "the church law to mandate reporting…"):
    the particle, then the infinitive it marks?"""
    return to.pos_ == "PART" and verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm") and to.head.i == verb.i


def _gerund(tok: Token) -> bool:
    """A verb in its -ing form after a preposition ("on sending", "of prohibiting"): a gerund, or a present
    participle as the tagger may call it."""
    form, tense = tok.morph.get("VerbForm"), tok.morph.get("Tense")
    return tok.pos_ == "VERB" and ("Ger" in form or "Part" in form and "Pres" in tense)


def _anaphoric(ctx: Context, i: int, kind: str | None, projects: list[Project]) -> bool:
    """Does a demonstrative before the cue at i point back to an undertaking of its kind named before ("cette
    enquête tentaculaire", "this agreement")? Then it is that one, not another (words.tsv demonstrative)."""
    return ctx.is_word("demonstrative", _determiner_before(ctx, i).text) and any(p.kind == kind for p in projects)


def _again_by_adjectives(ctx: Context, kind: str | None, words: Span, projects: list[Project]) -> bool:
    """Is an undertaking told apart only by adjectives ("l'opération aérienne", "l'accord international", "the
    international investigation"), after one of its kind the text named before? Adjectives describe the one the article
    follows, they name no other: it is that one again. A noun, a name, a figure or a participle among the words
    ("le plan santé" after "le plan pauvreté", "the Brexit deal", "l'accord conclu en Suisse") may tell another, and
    so may the adjective of a country (demonyms.tsv), which names a party as a name does ("l'enquête russe" after
    "l'enquête contre l'ancien général", "l'opération américaine" after "l'opération turque")."""
    return bool(words) and any(p.kind == kind for p in projects) \
        and all(t.pos_ == "ADJ" and not _participle_adjective(ctx, t) and fold(t.text) not in ctx.lex.demonyms
                for t in words)


def _vague(ctx: Context, word: str) -> bool:
    """An adjective that does not tell which undertaking it is: vague ("nouveau", "new"), evaluative
    ("historique", "landmark") or one that says a norm is in force ("the current law", "la loi actuelle")."""
    return ctx.is_word("vague_adjective", word) or ctx.is_word("evaluative_adjective", word) \
        or ctx.is_word("in_force_adjective", word)


def _frames(ctx: Context, kind: str | None) -> frozenset[str]:
    """What a project kind admits (models/<lang>/project_kinds.tsv)."""
    return ctx.lex.project_frames.get(kind or "", frozenset())


def _premodified(ctx: Context, i: int, n: int, kind: str | None, identified: bool = False) -> Span | None:
    """A cue identified by the words before it, the English order: "the pension reform", "the Iran nuclear
    deal", "NASA's crew mission", "the European Space Agency's 2028 ARIEL program", "the African Continental
    Free Trade Area (AfCFTA) agreement", "the November 27 maritime border agreement" — nouns, adjectives, numbers
    and a bracketed acronym that modify the cue or one of its modifiers (the tagger may hang "maritime" on the
    date), after a definite determiner or a possessive; after an indefinite one only when a participle makes it
    one undertaking ("a proposed new law") or a sum gives its size ("a $2 billion stimulus package", as "un plan
    d'économies de 2 milliards" is one; the sum alone with a cue of one word, "a $2 billion deal", says what it costs,
    not what it is). Vague adjectives alone ("the new law") identify nothing; a plural
    cue without a proper name before it is a class ("the space shuttle missions"); a cue inside an
    organisation's name is the organisation ("the International Monetary Fund", "the World Food Programme"),
    unless its kind never names one (frame proper: "the Green New Deal") or an organisation owns it ("NASA's
    Commercial Crew Program"). A cue its complement already identifies (`identified`) takes the words before it
    whatever its determiner or number ("proposed constitutional amendments to give the military…")."""
    doc = ctx.doc
    head = doc[i + n - 1]
    if head.ent_type_ in ("ORG", "ORGANIZATION") and head.text[:1].isupper() \
            and "proper" not in _frames(ctx, kind) and not _owned_name(doc, head):
        return None
    k = i
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    titled = head.text[:1].isupper() and not head.is_sent_start \
        and not (after is not None and after.text[:1].isupper() and after.pos_ in ("PROPN", "NOUN"))
    # a capitalised cue ends a name in capitals, unless the name runs on ("the Rice Business Plan Competition")
    while k > 0:
        prev = doc[k - 1]
        if prev.text == ")" and k - 3 >= 0 and doc[k - 3].text == "(" and doc[k - 2].pos_ == "PROPN":
            k -= 3  # "(AfCFTA)"
            continue
        if titled and k - 2 >= 0 and ctx.is_word("name_link", prev.text) and doc[k].text[:1].isupper() \
                and doc[k - 2].text[:1].isupper() and doc[k - 2].pos_ in ("PROPN", "NOUN", "ADJ"):
            k -= 2  # "the CHIPS and Science Act", "the Tenure of Office Act": the name runs on over its link word
            continue
        if titled and prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].text[:1].isupper():
            k -= 1  # "the Tax Cuts and Jobs Act", "the Infrastructure Investment and Jobs Act": parsed as conjuncts
            continue
        if (prev.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "VERB") and prev.dep_ in ("compound", "amod", "nmod", "nummod")
                or prev.is_currency and prev.dep_ in ("quantmod", "nmod", "compound", "nummod")) \
                and (k <= prev.head.i <= head.i or head.is_ancestor(prev)) and (prev.pos_ != "VERB" or prev.tag_ == "VBN"):
            k -= 1
            continue
        break
    if k == i or k == 0:
        return None
    words = doc[k:i]
    sized = any(t.is_currency for t in words) and any(t.like_num for t in words)
    if not any(t.pos_ not in ("NUM", "PUNCT") and not t.is_currency and not _vague(ctx, t.text) for t in words) \
            and not (sized and n > 1):
        return None  # "the new law"; "a $2 billion deal": its size and nothing of what it is
    before = doc[k - 1]
    if not identified and "Plur" in head.morph.get("Number") and not any(t.pos_ == "PROPN" for t in words):
        return None
    if "named" in _frames(ctx, kind) and not any((t.pos_ == "PROPN" or len(t.text) > 1 and t.text.isupper())
                                                 and not _person_at(ctx, t.i) for t in words):
        return None  # "the PALM trial", "the MPAA campaign"; "the murder trial", "the Biden campaign" are of a kind or someone's
    if not identified and not (ctx.is_word("definite", before.text) or before.tag_ == "POS"
                               or indefinite(before) and (any(t.tag_ == "VBN" for t in words) or _launched(ctx, head)
                                                          or sized)):
        return None
    while k < i and _vague(ctx, doc[k].text) and doc[k].text.islower():
        k += 1  # "a new national agricultural policy": "new" is no part of its name
    if before.tag_ == "POS" and k - 2 >= 0 and doc[k - 2].ent_type_:
        k = doc[k - 2].i  # "NASA's crewed mission": the owner is part of the name
        while k > 0 and doc[k - 1].ent_iob_ == "I":
            k -= 1
    return doc[k:i + n]


def _quoted_name_ending_on(ctx: Context, i: int, j: int, quoted) -> tuple[object, str | None, int] | None:
    """The quoted name holding the cue from i to j whose last words, figures aside, are a cue of a kind that never
    names an organisation (frame proper): the "Reproductive Health Care Reform Bill 2019", where "Health Care
    Reform" is a cue too but "Bill" ends the name. The quoted name, the kind of its last cue and the token after
    that cue."""
    doc = ctx.doc
    for q in quoted.values():
        if not (q.start <= doc[i].idx and doc[j - 1].idx + len(doc[j - 1].text) <= q.end) \
                or not _name_like(ctx.text[q.start:q.end]):
            continue
        inside = ctx.tokens_in(q.start, q.end)
        last = max((k for k in inside if not doc[k].is_digit), default=None)
        if last is None:
            return None
        for k in range(i, last + 1):
            cue = _cue_at(ctx, k)
            if cue is not None and k + cue[0] == last + 1 and k > min(inside) and "proper" in _frames(ctx, cue[1]):
                return q, cue[1], k + cue[0]
        return None
    return None


def _entity_on_cue(ctx: Context, i: int, n: int, kind: str | None, at) -> Span | None:
    """The mention of a named entity that opens on the capitalised cue at i and goes on past it ("l'Accord de
    Paris", "Operation Fast and Furious"), for a kind that never names an organisation (frame proper): the
    NER took the undertaking's name for an organisation's; it is the undertaking's. Not a name that ends on an
    organisation's word ("the Reform Committee", "Law and Justice Party"), nor a person's ("Bill Gerstenmaier")."""
    if i not in at or at[i][0].kind != "organization" or "proper" not in _frames(ctx, kind) \
            or not ctx.doc[i].text[:1].isupper():
        return None
    mention = at[i][1]
    if mention.start != i or mention.end <= i + n or ctx.is_word("org_word", ctx.doc[mention.end - 1].text):
        return None
    return ctx.doc[i:mention.end]


def _capitalised_name(doc, i: int) -> bool:
    """Does the capitalised cue at i end a name of capitalised words ("the Clean Air Strategy", "the One-Child
    Policy")? A line of conduct so named is a document someone made, an undertaking, not someone's ongoing conduct
    ("Trump's foreign policy")."""
    return i > 0 and doc[i].text[:1].isupper() and not doc[i].is_sent_start and doc[i - 1].text[:1].isupper() \
        and not doc[i - 1].is_sent_start and doc[i - 1].pos_ in ("PROPN", "ADJ", "NOUN")


def _person_at(ctx: Context, k: int) -> bool:
    """Is token k in the mention of a person?"""
    return k in ctx.entities.at and ctx.entities.at[k][0].kind == "person"


def _coded(ctx: Context, i: int, j: int, kind: str | None) -> Span | None:
    """The capitalised cue from i to j of a kind that never names an organisation (frame proper), numbered by the code
    right after it — a word with figures: "Bill C-10", "Bill 21" — with the capitalised names compounded before it
    ("House Bill 1234", "Senate Bill 8"). The NER often takes "Bill C-10" for a person: the code says it is no one."""
    doc = ctx.doc
    if j >= len(doc) or not doc[i].text[:1].isupper() or "proper" not in _frames(ctx, kind) \
            or not any(c.isdigit() for c in doc[j].text) or doc[j].is_sent_start \
            or not (doc[j].head.i in range(i, j) or doc[j - 1].head.i == j):  # "Bill" → "1234", or "Bill" ← "C-10"
        return None
    first = i
    while first > doc[i].sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
            and doc[first - 1].text[:1].isupper() and doc[first - 1].head.i in range(first, j + 1):
        first -= 1
    return doc[first:j + 1]


def _owned_name(doc, head: Token) -> bool:
    """Does a possessive with a name before it open the name that ends on head ("NASA's Commercial Crew
    Program")?"""
    k = head.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k >= 2 and doc[k - 1].tag_ == "POS" and doc[k - 2].ent_type_ != ""


def _launched(ctx: Context, tok: Token) -> bool:
    """Is the undertaking at tok what a verb or noun of launching acts on ("a ouvert une enquête
    préliminaire", "l'ouverture d'une information judiciaire", "launched a peacekeeping mission")? Then
    even an indefinite one is the one the article follows (models/<lang>/words.tsv launch_word). The noun of
    launching may govern it through 'of', as English parses hang the object on the preposition ("the opening of an
    investigation", "the signing of a deal"), where French ones hang it on the noun. A cue of several words is
    launched through its head noun: "launched a vaccination programme" acts on "programme", not on "vaccination"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    head = tok.head
    if head.pos_ == "ADP" and head.i < tok.i and ctx.is_word("bare_of", head.text.lower()) and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and ctx.is_word("launch_word", head.lemma_.lower()) and tok.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass")


def _complied_with(ctx: Context, tok: Token) -> bool:
    """Is the norm at tok what a verb of compliance or breach acts on ("respecter la loi sur la grève", "la
    violation du décret", "to comply with the law on…")? Then it is a law in force, not one being made
    (models/<lang>/words.tsv compliance_word)."""
    head = tok.head
    if head.pos_ == "ADP" and head.i != tok.i:  # "comply with the law"
        head = head.head
    return head.i != tok.i and ctx.is_word("compliance_word", head.lemma_.lower()) \
        and tok.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass")


def _built(ctx: Context, tok: Token) -> bool:
    """Is the infrastructure at tok what a verb or noun of building or paying acts on, directly or through a
    preposition of its object ("build the wall", "the construction of a wall", "funding for the border wall", "la
    construction d'un mur", words.tsv build_word, build_preposition)? Then it is one being made, an undertaking,
    not a place that stands (a subject, "the stadium was built in 1990", is one that stands)."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    head = tok.head
    if head.pos_ == "ADP" and head.i < tok.i and ctx.is_word("build_preposition", head.text.lower()) and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and ctx.is_word("build_word", head.lemma_.lower()) and not tok.dep_.startswith("nsubj")


_SITE_MAX = 8  # "along the country's border with Mexico"


def _with_site(ctx: Context, i: int, j: int) -> Span:
    """The infrastructure from the cue at i to j with the nouns compounded before it ("the border wall") and the
    phrase after it that says where it stands (words.tsv site_preposition: "a wall along the country's border with
    Mexico", "un mur à la frontière"), up to a verb, a punctuation mark or a few words."""
    doc = ctx.doc
    first = i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "NOUN" \
            and doc[first - 1].head.i in range(i, j):
        first -= 1
    end = j
    if j + 1 < len(doc) and ctx.is_word("site_preposition", doc[j].text.lower()) \
            and any(t.is_ancestor(doc[j]) for t in doc[i:j]):  # "along" hangs on "wall", "sur" on "Loire" and it on "pont"
        end = j + 1
        while end < min(len(doc), j + _SITE_MAX) and not doc[end].is_punct and not doc[end].is_space \
                and doc[end].pos_ not in ("VERB", "AUX", "CCONJ", "PRON", "SCONJ"):
            end += 1
        if end == j + 1:
            end = j
    return doc[first:end]


def _identified(ctx: Context, i: int) -> bool:
    """A definite determiner before the cue at i, past the vague adjectives that may stand between ("le nouveau plan
    de relance", "la future loi de finances"), or an indefinite one on an undertaking being launched."""
    before = _determiner_before(ctx, i)
    return ctx.is_word("definite", before.text) or indefinite(before) and _launched(ctx, ctx.doc[i])


def _named(ctx: Context, j: int, quoted) -> tuple[int, int] | None:
    """(start, end) of the name a naming participle gives the cue ending before token j: "a program about
    criminal rehabilitation called "Learning Together"", "un plan baptisé « Ségur de la santé »"; the
    participle within a few words, no other verb before it, the name quoted and a name (_quoted_name: capitalised, or in
    lower case opening on a noun: "un dispositif appelé « vacances apprenantes »")."""
    doc = ctx.doc
    end = min(len(doc), doc[j - 1].sent.end, j + 8)
    for k in range(j, end):
        tok = doc[k]
        if ctx.is_word("naming_verb", tok.lemma_.lower()) and tok.pos_ in ("VERB", "ADJ"):
            m = k + 1
            if m in quoted and _quoted_name(ctx, quoted[m]):  # "un dispositif appelé « vacances apprenantes »" too
                return ctx.offsets((quoted[m].start, quoted[m].end))
            return None
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":") or tok.pos_ == "PRON":
            return None
    return None


def _with_partner(ctx: Context, i: int, j: int, at) -> tuple[Span, str] | None:
    """The undertaking identified by its named partner: "NASA's contract with Boeing", "l'accord avec
    l'Iran", "un décret conjoint avec le ministère de l'Economie" — the cue, at most two qualifying words,
    'with'/'avec', a named actor. (span, the partner's name)."""
    doc = ctx.doc
    k = j
    while k < len(doc) and k < j + 2 and doc[k].pos_ in ("ADJ", "VERB"):
        k += 1
    if k + 1 >= len(doc) or not ctx.is_word("partner_with", doc[k].text.lower()):
        return None
    m = k + 1
    while m < len(doc) and ctx.is_word("determiner", doc[m].text.lower()) and m not in at:
        m += 1
    if m in at:
        if at[m][0].kind not in ("organization", "country", "person"):
            return None
        end, partner = at[m][1].end, at[m][0].name
    else:  # a name the actors left aside: "avec le ministère de l'Economie"
        ent = next((e for e in doc.ents if e.start <= m < e.end), None)
        if ent is None or ent.label_ not in _PARTNER_ENTITIES or not any(t.text[:1].isupper() for t in ent):
            return None
        end, partner = ent.end, ent.text
    if end < len(doc) and doc[end - 1].dep_ in ("amod", "compound", "nmod") and doc[end - 1].head.i >= end:
        return None  # "a joint operation with Malian forces": the name qualifies the partner, it is none
    start = i
    if i >= 2 and doc[i - 1].tag_ == "POS" and doc[i - 2].ent_type_:  # "NASA's contract with Boeing"
        start = i - 2
        while start > 0 and doc[start - 1].ent_iob_ == "I":
            start -= 1
    return doc[start:end], partner


def _named_complement(ctx: Context, j: int, at) -> bool:
    """Does the complement at j name something (a proper name, an acronym), so that even an indefinite
    undertaking is identified ("une réforme de l'ISF"), unlike "un schéma de pensée"?"""
    doc = ctx.doc
    m = j + 1
    while m < len(doc) and ctx.is_word("determiner", doc[m].text.lower()):
        m += 1
    return m < len(doc) and (m in at or doc[m].pos_ == "PROPN" or (doc[m].text.isupper() and len(doc[m].text) > 1))


def _of_named(ctx: Context, j: int, at) -> bool:
    """Does a complement at j name the thing ("la centrale nucléaire de Fessenheim", "la ligne à grande vitesse
    de Lyon")? A place cue of several words without one is a place of that kind, not an identified undertaking:
    "un garçon à vélo s'engage sur la voie ferrée", "un film à bord de la station spatiale internationale"."""
    doc = ctx.doc
    return j + 1 < len(doc) and (ctx.is_word("complement_preposition", doc[j].text) or ctx.is_word("locative", doc[j].text)) \
        and (j + 1 in at or doc[j + 1].text[:1].isupper() and not doc[j + 1].is_sent_start)


def _place_complement(ctx: Context, j: int, at) -> bool:
    """Is the complement at j a bare 'de'/'of' with a place ("l'Accord de Paris", "les accords de Dublin")?"""
    return j + 1 < len(ctx.doc) and ctx.is_word("bare_of", ctx.doc[j].text.lower()) and j + 1 in at \
        and at[j + 1][0].kind == "place"


def _determiner_before(ctx: Context, k: int) -> Token:
    """The word that determines token k, past vague adjectives and an opening quotation mark: 'le' in 'le nouveau
    « schéma … »', 'un' in 'un nouveau plan', in 'un "plan de recrutement"' (the first token of the text when there
    is none)."""
    k -= 1
    while k > 0 and (_vague(ctx, ctx.doc[k].text) or ctx.doc[k].is_quote and not ctx.doc[k].whitespace_):
        k -= 1
    return ctx.doc[max(k, 0)]


def _owner(ctx: Context, j: int, at) -> bool:
    """Does the complement at j name whose undertaking it is ("le projet du gouvernement", "le projet de Luc
    Besson", "the laws of the State of Virginia", "le plan des trois détenus") rather than what it is ("le
    projet de loi", "le projet d'annexion", "la loi sur la grève")? Only 'de'/'of' complements name an owner;
    'du', 'des' carry an article, so their noun is someone's."""
    doc = ctx.doc
    if j + 1 >= len(doc):
        return True
    if not ctx.is_word("complement_preposition", doc[j].text.lower()):
        return False
    if not ctx.is_word("bare_of", doc[j].text.lower()):
        return True
    return j + 1 in at or doc[j + 1].pos_ in ("DET", "PROPN")


def _qualifier(ctx: Context, tok: Token, kind: str) -> bool:
    """An adjective, or for an agreement or an operation a past participle, that identifies the undertaking ("la
    mission exploratoire", "l'accord conclu en Suisse"); not a vague one ("le nouveau plan"), nor a day or a month
    the tagger took for one ("renouveler l'opération dimanche"), nor a verb the tagger took for an adjective ("le
    protocole médical prévoit notamment l'arrêt…", "ce projet montre que…", "l'opération démarre aujourd'hui":
    context.unknown_adjective)."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if _vague(ctx, tok.text) or k < len(doc) and doc[k].pos_ in ("DET", "SCONJ"):  # its object, its clause: a verb
        return False
    if ctx.is_word("weekday", tok.text) or ctx.is_word("month", tok.text):
        return False  # "renouveler l'opération dimanche": when it happens, not which it is
    if _apposed_noun(ctx, tok):
        return True  # "le plan immigration", "son plan pauvreté": a noun in apposition, whatever the tagger calls it
    if tok.pos_ == "ADJ" and not _participle_adjective(ctx, tok):
        return not unknown_adjective(tok)  # "l'opération démarre aujourd'hui": a verb tagged as an adjective
    # a participle with where it happened: "l'accord conclu en Suisse"
    return "participle" in _frames(ctx, kind) and (tok.pos_ == "ADJ" or tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
                                                   and "Past" in tok.morph.get("Tense")) \
        and tok.text.lower().endswith(tuple(e for e, _r in ctx.lex.morphology.get("past_participle", ()))) \
        and k + 1 < len(doc) and ctx.is_word("locative", doc[k].text) and doc[k + 1].ent_type_ != ""


def _apposed_noun(ctx: Context, tok: Token) -> bool:
    """Is the word a bare noun in apposition right after the cue, naming the field of the undertaking ("le plan
    immigration", "la loi travail", "l'opération escargot", "son plan pauvreté")? A word in lower case that the
    lemmatizer knows as a noun, and neither as an adjective nor as a verb, by the lemma the tagger guessed or among
    the verb forms it lists (not "le plan prévoit", "l'accord écrit"), whatever tag the tagger gave it (the small
    taggers read such nouns as participles, adjectives or clauses); not a word of time ("l'opération dimanche",
    words.tsv weekday, month, time_noun). The word before must not be a modifier of it: "the project manager", where
    the cue qualifies the noun, is no undertaking. The noun may be capitalised as a name's first letter is ("la loi
    Travail", which the NER takes for a place), unless it opens a sentence or is the subject of what follows ("the
    law Congress passed")."""
    from ..pipeline import lemma_exceptions, lemma_index

    doc = tok.doc
    verbs, nouns, adjectives = (lemma_index(doc.vocab, pos) for pos in ("verb", "noun", "adj"))
    verb_forms = lemma_exceptions(doc.vocab, "verb")
    titled = tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start and not tok.dep_.startswith("nsubj")
    if verbs is None or nouns is None or adjectives is None or verb_forms is None or tok.i == 0 \
            or not (tok.text.islower() or titled) or not tok.is_alpha or tok.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN"):
        return False
    before = doc[tok.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.head.i > before.i and before.dep_ in ("compound", "amod", "nmod"):
        return False
    if _time_word(ctx, tok):
        return False
    word = tok.text.lower()
    return word in nouns and word not in adjectives and word not in verb_forms and tok.lemma_.lower() not in verbs


def _participle_adjective(ctx: Context, tok: Token) -> bool:
    """Is a word the tagger calls an adjective the past participle of a verb its lemmatizer knows: a participle
    ending (morphology.tsv past_participle) and a verb of its table for lemma ("l'arrêté attaqué" → attaquer)? It
    says what was done to the undertaking, not which one it is; with where it happened it may identify an
    agreement like any participle ("l'accord conclu en Suisse")."""
    from ..pipeline import lemma_index

    verbs = lemma_index(tok.doc.vocab, "verb")
    word, lemma = tok.text.lower(), tok.lemma_.lower()
    return verbs is not None and lemma != word and lemma in verbs \
        and word.endswith(tuple(e for e, _r in ctx.lex.morphology.get("past_participle", ())))


def _said_name(ctx: Context, q) -> bool:
    """Is a quoted span kept as someone's words, opening on a cue, the name of an undertaking: more words than the cue
    alone and no conjugated verb ("le « plan massif de revalorisation » promis par…", "le « plan de relance »"; not
    "le « plan est mort »", nor "le « plan »")?"""
    doc = ctx.doc
    return sum(not doc[k].is_punct for k in ctx.tokens_in(q.start, q.end)) > 1 and not _clause(ctx, q)


def _clause(ctx: Context, q) -> bool:
    """Does the quoted span hold a conjugated verb that is no imperative ("La loi « Obamacare sera soit amendée, soit
    abrogée »", "the law "will be repealed""): a clause someone says, not a name ("Power of Siberia 2", "Learning
    Together", "Welcome Stamp")?"""
    return any(ctx.doc[k].pos_ in ("VERB", "AUX") and "Fin" in ctx.doc[k].morph.get("VerbForm")
               and "Imp" not in ctx.doc[k].morph.get("Mood") for k in ctx.tokens_in(q.start, q.end))


_QUALIFIERS_MAX = 3  # how many adjectives may stand between a cue and its quoted name


def _past_qualifiers(ctx: Context, j: int) -> int:
    """The token past the adjectives that follow a cue ending before j ("l'opération turque « Griffes du tigre »"):
    where its quoted name may open."""
    doc = ctx.doc
    m = j
    while m < len(doc) and m < j + _QUALIFIERS_MAX and doc[m].pos_ == "ADJ" and doc[m].text.isalpha():
        m += 1
    return m


def _quoted_name(ctx: Context, q) -> bool:
    """Is the quoted span after a cue its name: no clause, and capitalised or with figures ("Power of Siberia 2",
    "Griffes du tigre"), or in lower case opening on a noun ("l'opération « électricité gratuite »", "l'opération
    « ports morts »") — a noun phrase the text quotes as a name, not an adjective it quotes as a judgement ("un
    accord « historique »")?"""
    if _name_like(ctx.text[q.start:q.end]):
        return not _clause(ctx, q)
    from ..pipeline import lemma_index

    doc = ctx.doc
    nouns, adjectives, verbs = (lemma_index(doc.vocab, pos) for pos in ("noun", "adj", "verb"))
    words = [doc[k] for k in ctx.tokens_in(q.start, q.end) if not doc[k].is_punct]
    if nouns is None or adjectives is None or verbs is None or not 0 < len(words) <= 8:
        return False
    first = words[0]
    # the lexicon, not the tagger, says what the first word is: the small taggers read "ports morts" as adjectives and
    # "électricité gratuite" as a clause; a verb is one the lexicon knows as a verb ("était", not "gratuite")
    noun = any(w in nouns and w not in adjectives for w in (first.text.lower(), first.lemma_.lower()))
    return noun and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                            and t.lemma_.lower() in verbs for t in words)


def _name_like(text: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in text) and len(text.split()) <= 8
