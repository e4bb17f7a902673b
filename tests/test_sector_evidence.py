"""Sector evidence: a word in a function word's role counts for nothing."""
from __future__ import annotations

from briefcli.extract.context import Context
from briefcli.extract.sectors import term_hits

from .conftest import parsed_context


def _terms(text: str, lang: str = "en") -> set[str]:
    ctx = parsed_context(text, lang)
    return {term for _sector, term, _weight, _i in term_hits(ctx, ctx.doc)}


def test_according_to_is_no_accord():
    assert "accord" not in _terms("According to local reports, the police arrested the man.")


def test_an_accord_still_counts():
    assert "accord" in _terms("The two countries signed an accord on Monday.")


def _context(text: str, lang: str, title: str | None = None) -> Context:
    return parsed_context(text, lang, title)


def _framed(text: str, lang: str) -> set[str]:
    from briefcli.extract.sectors import sector_evidence
    return sector_evidence(_context(text, lang)).framed


def test_a_frame_noun_frames_the_sectors_after_it():
    assert "health" in _framed("Les secteurs de la santé et des médias sont touchés.", "fr")


def test_a_proper_name_is_no_frame():
    assert _framed("The video showed the collision between Fields' car and the crowd.", "en") == set()


def test_a_frame_noun_without_complement_frames_nothing():
    assert "agriculture" not in _framed("La ministre instaure les 60 heures dans certains secteurs, celui de "
                                        "l'agriculture exhorte les chômeurs à travailler.", "fr")


def test_a_title_is_no_specific_evidence():
    from briefcli.extract.sectors import sector_evidence
    text = ("Le Premier ministre a critiqué la grève surprise. Le chef du gouvernement a demandé des sanctions "
            "contre les cheminots.")
    found = sector_evidence(_context(text, "fr"))
    assert found.totals.get("politics") and not found.strong.get("politics")


def test_a_term_of_two_sectors_counts_fully_for_the_one_the_article_is_about():
    from briefcli.extract.sectors import sector_evidence
    text = ("Le suspect a été mis en examen pour meurtre par le juge d'instruction. La victime avait porté "
            "plainte contre lui. Les policiers poursuivent l'enquête.")
    evidence = sector_evidence(_context(text, "fr")).evidence
    assert evidence["disaster"]["victime"] < 2  # its weight for disaster (models/fr/sectors.tsv), halved


def _candidates(text: str, lang: str, title: str | None = None) -> dict:
    from briefcli.extract.sectors import candidates
    return candidates(_context(text, lang, title))


def test_a_sector_named_in_the_title_has_title_evidence():
    text = "The union said the workers would stay out until Friday. The talks resume next week."
    titled = _candidates(text, "en", title="Strike at the factory enters its second week")
    assert titled["labour"]["features"]["title"] == 1.0
    assert _candidates(text, "en")["labour"]["features"]["title"] == 0.0


def test_a_title_word_takes_its_lemma_from_the_text():
    text = "Les grévistes ont voté la poursuite du mouvement. Les grèves touchent trois usines."
    assert _candidates(text, "fr", title="Grèves : les salariés tiennent bon")["labour"]["features"]["title"] == 1.0


_FOOTBALL = ("The striker scored twice as the club won the championship final on Sunday. {aside}"
             "The coach praised the team after the match. The goalkeeper saved a penalty in the first half. "
             "Fans filled the stadium long before kick-off. The league title is the club's third in five seasons. "
             "The captain lifted the trophy in front of the supporters. The players will parade through the city on "
             "Monday. The manager said the squad had earned its win. The season ends with a friendly next week.")


def test_a_sector_mentioned_in_passing_is_not_kept_where_the_article_is_about_another():
    from briefcli.extract.sectors import substantial, weights
    found = _candidates(_FOOTBALL.format(aside="A defender was taken to hospital with a fracture, where a surgeon "
                                                "operated on his knee. The doctors said the injury needs surgery "
                                                "and months of physiotherapy. "), "en")
    w = weights("en")
    health = found["health"]["features"]
    assert substantial(found["sport"]["features"], w)
    assert health["share"] > 0.3 and health["terms"] > 1  # enough for the former thresholds
    assert not substantial(health, w)
    # the same evidence recurring through the text is kept: what drops it is that it sits in two sentences
    assert substantial(dict(health, spread=found["sport"]["features"]["spread"]), w)


def test_the_decision_is_a_weighted_sum_of_the_features():
    from briefcli.extract.sectors import substantial
    assert substantial({"bias": 1.0, "share": 1.0}, {"bias": -1.0, "share": 2.0})
    assert not substantial({"bias": 1.0, "share": 0.3}, {"bias": -1.0, "share": 2.0})


def test_a_sector_is_kept_from_half_the_f1_not_from_even_odds():
    """The F1-optimal cut of calibrated probabilities is F1/2: a sector at probability 0.45 is kept, one at 0.40 not."""
    import math
    from briefcli.extract.sectors import KEEP_PROBABILITY, substantial
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731
    assert 0.4 < KEEP_PROBABILITY < 0.5
    assert substantial({"bias": 1.0}, {"bias": logit(0.45)})
    assert not substantial({"bias": 1.0}, {"bias": logit(0.40)})


def test_a_frame_listing_several_sectors_keeps_each():
    from briefcli.extract.sectors import kept, weights
    text = ("Les deux pays ont signé douze accords. Ils couvrent des secteurs tels que l'agriculture, le sport "
            "et la santé. Les ministres se reverront en juin pour un sommet bilatéral. La coopération doit "
            "s'élargir. Les délégations ont salué un partenariat stratégique. Un communiqué commun a été publié.")
    found = _candidates(text, "fr")
    assert all(found[s]["listed"] and kept(found[s], weights("fr")) for s in ("agriculture", "sport", "health"))
    single = _candidates(text.replace("l'agriculture, le sport et la santé", "l'agriculture"), "fr")
    assert not single["agriculture"]["listed"]


def test_the_stages_decisions_reach_a_traces_object_the_caller_gives():
    """brief_article(…, traces=Traces()): what the fitting scripts learn from, with no monkeypatching."""
    from briefcli.api import brief_article
    from briefcli.extract.stages import Traces
    from briefcli.inputs import Article

    text = ("Le ministre de l'Agriculture a annoncé une aide aux éleveurs. « Nous soutiendrons les agriculteurs "
            "touchés par la sécheresse », a déclaré Julien Denormandie lundi à Paris.")
    traces = Traces()
    brief_article(Article(name="t", text=text), lang="fr", traces=traces)
    assert "agriculture" in traces.sector_candidates
    assert [text[start:end] for start, end, _candidates in traces.speaker_candidates] == [
        "Nous soutiendrons les agriculteurs touchés par la sécheresse"]


def test_the_people_an_article_gives_titles_of_a_field_weigh_for_its_sector():
    from briefcli.extract import actors, sectors

    ctx = _context("Le ministre de l'Intérieur Christophe Castaner a jugé essentielle une coordination des "
                   "frontières avec les pays voisins. Christophe Castaner a précisé lundi que la décision serait "
                   "prise en juin.", "fr")
    actors.extract(ctx)
    found = sectors.candidates(ctx)
    assert sectors._people_fields(ctx) == {"politics": 1.0}
    assert all(c["features"]["people"] == 0.0 for c in found.values())  # politics is broad (below)
    ctx = _context("Le cardiologue Jean Dupont a jugé essentielle une coordination des hôpitaux. Jean Dupont a "
                   "précisé lundi que la décision serait prise en juin.", "fr")
    actors.extract(ctx)
    found = sectors.candidates(ctx)
    assert sectors._people_fields(ctx) == {"health": 1.0}
    assert found["health"]["features"]["people"] == 1.0


def test_the_titles_of_a_broad_sectors_people_weigh_for_nothing():
    """Ministers and deputies speak in the news of every field their government touches: their titles (politics,
    a broad sector in models/sectors.tsv) do not say what the article is about, where a judge's or a doctor's do."""
    from briefcli.extract import actors, sectors

    for text, lang in (("Le ministre de la Santé Olivier Véran a visité lundi l'hôpital de Lyon. Olivier Véran a "
                        "salué les médecins et les infirmières au nom du gouvernement.", "fr"),
                       ("Health Secretary Sajid Javid visited a hospital in Leeds on Monday. Sajid Javid thanked the "
                        "doctors and nurses on behalf of the government.", "en")):
        ctx = _context(text, lang)
        actors.extract(ctx)
        assert sectors._people_fields(ctx).get("politics") == 1.0, lang
        found = sectors.candidates(ctx)
        assert found["politics"]["features"]["people"] == 0.0, lang



def test_diplomats_weigh_for_diplomacy_not_politics():
    """An ambassador, an envoy, a foreign minister are of diplomacy's field (roles.tsv category diplomacy), not of
    government's, whose people weigh for politics."""
    from briefcli.extract import actors, sectors

    for text, lang in (("L'ambassadeur de France en Chine, Laurent Bili, a rencontré lundi des responsables locaux. "
                        "Laurent Bili a précisé que la rencontre avait été cordiale.", "fr"),
                       ("The US ambassador to China, Nicholas Burns, met local officials on Monday. "
                        "Nicholas Burns said the meeting had been cordial.", "en")):
        ctx = _context(text, lang)
        actors.extract(ctx)
        assert sectors._people_fields(ctx) == {"diplomacy": 1.0}, lang



def test_teachers_unionists_and_economists_weigh_for_their_own_sectors():
    """Teachers are of education's field, union leaders of labour's (they were "other", of no sector), an economist
    of the economy's (French filed économiste under science)."""
    from briefcli.extract import actors, sectors

    for text, lang, sector in (
            ("L'enseignante Marie Dupont a quitté l'établissement lundi. Marie Dupont a précisé qu'elle reviendrait.",
             "fr", "education"),
            ("The teacher, Mary Jones, left the school on Monday. Mary Jones said she would come back.", "en", "education"),
            ("Le syndicaliste Paul Martin a pris la parole lundi. Paul Martin a précisé qu'il reviendrait.", "fr", "labour"),
            ("The union leader John Smith spoke on Monday. John Smith said he would come back.", "en", "labour"),
            ("L'économiste Paul Martin a pris la parole lundi. Paul Martin a précisé qu'il reviendrait.", "fr", "economy")):
        ctx = _context(text, lang)
        actors.extract(ctx)
        assert sectors._people_fields(ctx) == {sector: 1.0}, text



def test_a_broad_sector_needs_less_evidence_of_its_own():
    """Politics (models/sectors.tsv broad) is touched by the news of every field: the same features that leave
    another sector out keep it (the fitted weight of feature "broad", models/<lang>/sector_weights.tsv)."""
    from briefcli.extract import sectors

    ctx = _context("Le gouvernement a présenté lundi un plan pour les hôpitaux. Les médecins et les infirmières "
                   "de l'hôpital attendent des moyens.", "fr")
    found = sectors.candidates(ctx)
    assert found["politics"]["features"]["broad"] == 1.0
    assert all(c["features"]["broad"] == 0.0 for s, c in found.items() if s != "politics")
    for lang in ("fr", "en"):
        w = sectors.weights(lang)
        thin = {"bias": 1.0, "logit_score": 0.0, "share": 0.8, "terms": 0.69, "strong": 0.0, "framed": 0.0,
                "title": 0.0, "lead": 0.0, "spread": 0.25, "people": 0.3}
        assert not sectors.substantial({**thin, "broad": 0.0}, w)
        assert sectors.substantial({**thin, "broad": 1.0}, w)


def _media_terms(text: str, lang: str) -> dict[str, float]:
    from briefcli.extract.sectors import sector_evidence
    return sector_evidence(_context(text, lang)).evidence.get("media", {})


def test_an_outlet_cited_as_a_source_is_no_evidence():
    assert "afp" not in _media_terms("Selon l'AFP, le gouvernement a annoncé la fermeture des écoles.", "fr")
    assert "afp" not in _media_terms("Le ministre a déclaré à l'AFP que les écoles fermeraient.", "fr")
    assert "cnn" not in _media_terms("CNN reported that the schools would close on Monday.", "en")
    assert "reuters" not in _media_terms("According to Reuters, the schools will close on Monday.", "en")


def test_an_outlet_the_article_is_about_counts():
    assert "afp" in _media_terms("L'AFP a supprimé cent postes de journalistes cette année.", "fr")
    assert "cnn" in _media_terms("The owner of CNN plans to sell the channel.", "en")


def _sectors_of(text: str, lang: str) -> set[str]:
    return {sector for sector, _term, _weight, _i in term_hits(parsed_context(text, lang), parsed_context(text, lang).doc)}


def test_a_collocation_gives_a_word_of_another_field_its_sense():
    found = _sectors_of("The consul claimed diplomatic immunity after the arrest.", "en")
    assert "diplomacy" in found and "health" not in found
    assert "defence" not in _sectors_of("Les soldats du feu ont maîtrisé la situation.", "fr")


def test_the_words_of_racism_and_disability_are_society():
    assert "society" in _sectors_of("Des milliers de manifestants antiracistes ont défilé contre la ségrégation.", "fr")
    assert "society" in _sectors_of("Sa fille trisomique a reçu des lettres.", "fr")
    assert "society" in _sectors_of("The law bans discrimination against disabled workers and hate speech.", "en")


def test_the_words_of_spectacle_and_books_are_culture():
    assert "culture" in _sectors_of("La féria attire chaque année les amateurs de corrida.", "fr")
    assert "culture" in _sectors_of("Dans son autobiographie, l'ancien rockeur se confie.", "fr")


def test_the_sports_of_mountains_water_and_winter_are_sport():
    assert "sport" in _sectors_of("L'alpiniste népalais est mort au retour de l'Everest.", "fr")
    assert "sport" in _sectors_of("La nageuse et le kayakiste ont décroché leur qualification.", "fr")
    assert "sport" in _sectors_of("Il a pratiqué le hockey sur glace à Amiens.", "fr")
    assert "sport" in _sectors_of("The veteran mountaineer and two skiers were rescued.", "en")
    assert "sport" in _sectors_of("The gymnast and the swimmer carried the flag.", "en")


def test_a_sector_the_language_gold_often_requires_needs_less_evidence():
    """A sector's prior (models/<lang>/sector_priors.tsv: how often the language's gold requires it where it has
    evidence, feature "prior"): French news requires justice for a story of an arrest told in a few words."""
    from briefcli.extract import actors, sectors

    ctx = _context("Un homme de 45 ans a été interpellé samedi soir. Il a passé la nuit au commissariat. Sa famille "
                   "attend des nouvelles. Les voisins sont inquiets.", "fr")
    actors.extract(ctx)
    features = sectors.candidates(ctx)["justice"]["features"]
    assert features["prior"] > 0
    w = sectors.weights("fr")
    assert sectors.substantial(features, w)
    assert not sectors.substantial({**features, "prior": 0.0}, w)
