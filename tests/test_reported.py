"""Reported speech (kind "indirect"): each frame on a small hand-built text, in both languages."""
from __future__ import annotations

import pytest

from briefcli import brief


def _reported(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.verb) for q in brief(text, lang=lang).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre de l'Intérieur Gérald Darmanin a assuré mardi que la réforme serait votée avant l'été.", "fr",
     ("la réforme serait votée avant l'été", "Gérald Darmanin", "assurer")),
    ("The mayor, John Smith, said the plant would close next year.", "en",
     ("the plant would close next year", "John Smith", "say")),
])
def test_speech_verb_with_its_complement_clause(text, lang, expected):
    assert _reported(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le maire Jean Dupont est arrivé lundi. La circulation a repris dans la soirée, a indiqué le maire.", "fr",
     ("La circulation a repris dans la soirée", "Jean Dupont", "indiquer")),
    ("Acme Corp opened a plant in Ohio. The plant will close in May, the company said on Monday.", "en",
     ("The plant will close in May", "Acme Corp", "say")),
])
def test_clause_first_then_the_speech_verb(text, lang, expected):
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Selon la préfecture, trois personnes ont été blessées.", "fr",
     ("trois personnes ont été blessées", "la préfecture", "selon")),
    ("Three people were injured in the crash, according to police.", "en",
     ("Three people were injured in the crash", "police", "according to")),
])
def test_source_cue_and_its_clause(text, lang, expected):
    assert _reported(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Il semble que la réforme sera votée.", "fr"),
    ("It is clear that the plant will close.", "en"),
])
def test_no_speaker_no_reported_speech(text, lang):
    assert _reported(text, lang) == []


def test_a_clause_that_is_a_direct_quote_is_not_reported_twice():
    text = "Le ministre Gérald Darmanin a déclaré que « la réforme sera votée avant l'été »."
    b = brief(text, lang="fr")
    assert [(q.kind, q.text) for q in b.quotes] == [("direct", "la réforme sera votée avant l'été")]


def test_reported_speech_in_json_and_markdown():
    from briefcli.render.markdown import render

    b = brief("Selon la préfecture, trois personnes ont été blessées.", lang="fr")
    record = b.to_dict()
    assert record["quotes"][0]["kind"] == "indirect"
    text = "Selon la préfecture, trois personnes ont été blessées."
    q = record["quotes"][0]
    assert text[q["start"]:q["end"]] == q["text"]
    md = render(record)
    assert "## Reported speech" in md and "trois personnes ont été blessées" in md.split("## Reported speech")[1]


@pytest.mark.parametrize("text, lang", [
    ("Pour Jean Dupont, la réforme est une erreur qui coûtera cher.", "fr"),
    ("For Jean Dupont, the reform is a mistake, per the mayor.", "en"),
])
def test_an_opinion_cue_is_no_reported_speech(text, lang):
    # "pour X" / "per X" frame a point of view; only statement cues (speech_frames.json) report speech
    assert _reported(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Le président de la République, selon plusieurs sources, préférait que le texte soit voté mercredi.", "fr",
     ("préférait que le texte soit voté mercredi", "plusieurs sources", "selon")),
    ("Tesco's Polish operation, according to the newspaper Gazeta Wyborcza, is too big for a single sale.", "en",
     ("is too big for a single sale", "Gazeta Wyborcza", "according to")),
])
def test_source_cue_after_the_subject_reports_what_follows(text, lang, expected):
    assert _reported(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Environ 150 personnes étaient encore sur place selon les autorités et la situation était revenue à la normale.", "fr",
     ("Environ 150 personnes étaient encore sur place", "autorités", "selon")),
    ("Over 220 members favored impeachment, according to a poll published by NBC News last week.", "en",
     ("Over 220 members favored impeachment", "NBC News", "according to")),
])
def test_source_group_names_the_speaker_and_ends_at_a_clause(text, lang, expected):
    assert _reported(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le maire Jean Dupont est arrivé lundi. Des sources concordantes ont indiqué que trois personnes avaient été blessées.",
     "fr", ("trois personnes avaient été blessées", "sources concordantes", "indiquer")),
    ("Superintendent Yolanda Yu said the officer fired. Sixty-six people were injured, according to health officials.",
     "en", ("Sixty-six people were injured", "health officials", "according to")),
])
def test_a_plural_source_is_not_the_person_named_before(text, lang, expected):
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Les pompiers sont intervenus. Elles seront ensuite désinfectées par des agents municipaux, indique France Bleu.", "fr",
     ("Elles seront ensuite désinfectées par des agents municipaux", "France Bleu", "indiquer")),
    ("Un kayakiste a été retrouvé mort dans un lac au nord du Canada, ont annoncé samedi les autorités locales.", "fr",
     ("Un kayakiste a été retrouvé mort dans un lac au nord du Canada", "autorités locales", "annoncer")),
])
def test_clause_first_whatever_the_parse_hangs_the_incise_on(text, lang, expected):
    # the parser hangs ", indique X" on the clause as an adverbial clause, or makes it the root
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang", [
    ("Le maire Jean Dupont a parlé. La direction doit arrêter les déclarations mensongères\", a réagi le maire.", "fr"),
    ("The mayor John Smith spoke. He warned the plant will close\" next year, the mayor said.", "en"),
])
def test_a_clause_running_into_an_open_quotation_is_not_reported_speech(text, lang):
    assert _reported(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre Gérald Darmanin a dit que la réforme serait votée en mai et que les salaires seraient maintenus.", "fr",
     [("la réforme serait votée en mai", "Gérald Darmanin", "dire"),
      ("les salaires seraient maintenus", "Gérald Darmanin", "dire")]),
    ("Scotland First Minister Nicola Sturgeon said face coverings could be compulsory soon and that she was considering it.",
     "en", [("face coverings could be compulsory soon", "Nicola Sturgeon", "say"),
            ("she was considering it", "Nicola Sturgeon", "say")]),
    ("The mayor, John Smith, said the plant would close, adding the workers will be paid until May.", "en",
     [("the plant would close", "John Smith", "say"), ("the workers will be paid until May", "John Smith", "add")]),
])
def test_a_clause_ends_where_another_statement_begins(text, lang, expected):
    assert _reported(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Selon la police, le conducteur Jean Dupont a affirmé qu'il avait perdu le contrôle du camion.", "fr",
     ("il avait perdu le contrôle du camion", "Jean Dupont", "affirmer")),
    ("According to investigators, the driver John Smith said he had lost control of the truck.", "en",
     ("he had lost control of the truck", "John Smith", "say")),
])
def test_a_statement_reported_inside_another_is_kept(text, lang, expected):
    found = _reported(text, lang)
    assert expected in found and len(found) == 2


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre Jean Dupont avait ensuite nié que cette question ait été abordée.", "fr",
     ("cette question ait été abordée", "Jean Dupont", "nier")),
    ("Le Premier ministre Abdallah Hamdok lui a expliqué qu'une éventuelle normalisation n'était pas de son ressort.", "fr",
     ("une éventuelle normalisation n'était pas de son ressort", "Abdallah Hamdok", "expliquer")),
    ("Le maire Jean Dupont affirme avoir entendu parler de l'affaire dès lundi.", "fr",
     ("avoir entendu parler de l'affaire dès lundi", "Jean Dupont", "affirmer")),
])
def test_complement_clause_under_any_label_and_perfect_infinitive(text, lang, expected):
    # speech_frames.json: a 'que' clause the parser labels dep/advcl, and 'affirme avoir entendu' (a claim)
    assert _reported(text, lang) == [expected]


def test_a_bare_infinitive_is_an_intention_not_a_statement():
    assert _reported("Le maire Jean Dupont a promis de revenir en décembre au Liban.", "fr") == []


@pytest.mark.parametrize("text, lang", [
    ("Le maire Jean Dupont a parlé longuement depuis qu'ils ont signé un accord avec les talibans.", "fr"),
    ("Le maire Jean Dupont a témoigné pendant que les enquêteurs étaient déjà sur place.", "fr"),
])
def test_a_subordinating_locution_is_no_complementizer(text, lang):
    assert _reported(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Comme l'a indiqué le maire Jean Dupont, tous les établissements ne sont pas concernés par la mesure.", "fr",
     ("tous les établissements ne sont pas concernés par la mesure", "Jean Dupont", "indiquer")),
    ("As The New York Times reported on Monday, the company will close the plant in May.", "en",
     ("the company will close the plant in May", "The New York Times", "report")),
])
def test_as_cue_opening_the_sentence(text, lang, expected):
    assert _reported(text, lang) == [expected]


def test_as_cue_with_a_bare_participle_is_no_speech():
    text = "Comme souhaité par le gouvernement, les députés ont voté une version de cet article quasi identique."
    assert _reported(text, "fr") == []


def test_a_name_opening_the_clause_is_not_the_source():
    text = "President Donald Trump spoke on Monday. According to a whistle-blower complaint, Trump may have misused his office."
    assert _reported(text, "en") == [("Trump may have misused his office", "whistle-blower complaint", "according to")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le journal Le Monde a publié l'article. Le gouvernement allemand a annoncé que les tests avaient trouvé du poison.",
     "fr", ("les tests avaient trouvé du poison", "gouvernement allemand", "annoncer")),
    ("The Korea Herald published the story. The Seoul government said Park had cancelled his entire Thursday schedule.",
     "en", ("Park had cancelled his entire Thursday schedule", "Seoul government", "say")),
])
def test_a_qualified_institution_is_not_the_organisation_named_last(text, lang, expected):
    assert _reported(text, lang)[-1] == expected


def test_the_person_in_apposition_to_the_subject_speaks():
    text = ('Mick Whelan, the general secretary of the ASLEF union, said the plan was "a step". The general secretary of '
            'the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash, said the measure was '
            '"nowhere near enough."')
    assert _reported(text, "en")[-1][1] == "Mick Cash"


def test_a_subject_inside_quotation_marks_is_no_speaker():
    text = ("\"Cela veut dire qu'il sera possible de payer en une seule fois\", précise le ministère, ajoutant que ce "
            "dispositif sera arrêté dès la réouverture.")
    assert _reported(text, "fr") == [("ce dispositif sera arrêté dès la réouverture", "le ministère", "ajouter")]


def test_a_group_qualified_by_an_organisation_is_not_the_person_named_before():
    text = ("Le président Emmanuel Macron a parlé. Cette pratique est contraire à l'esprit du projet de loi, ont justifié "
            "plusieurs députés LREM.")
    assert _reported(text, "fr")[-1][1] == "plusieurs députés LREM"


def test_a_source_group_without_its_demonstrative():
    text = ("Des images ont circulé. D'après ces images diffusées par plusieurs groupes de défense, plusieurs individus "
            "ont été repérés dans ces jungles.")
    assert _reported(text, "fr")[-1][1] == "images diffusées par plusieurs groupes de défense"


@pytest.mark.parametrize("text, lang, expected", [
    ("The prosecutor general of Tehran, Ali Mehr, said the 36 must face murder charges, adding Iran will pursue the "
     "prosecution of Trump.", "en", ("Iran will pursue the prosecution of Trump", "Ali Mehr", "add")),
    ("Le procureur Jean Dupont a indiqué que les 36 suspects devaient être jugés, ajoutant que l'Iran poursuivrait les "
     "auteurs.", "fr", ("l'Iran poursuivrait les auteurs", "Jean Dupont", "ajouter")),
])
def test_a_participle_speaks_with_the_subject_of_its_speech_verb(text, lang, expected):
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Lors du dernier Conseil de Paris, la municipalité a annoncé qu'elle appliquera les pénalités contractuelles à la "
     "société.", "fr", ("elle appliquera les pénalités contractuelles à la société", "municipalité", "annoncer")),
    ("The panel announced that the plant would close at the end of the year.", "en",
     ("the plant would close at the end of the year", "panel", "announce")),
])
def test_an_unnamed_body_subject_speaks_as_written(text, lang, expected):
    assert _reported(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("« Donner son nom, c'est la désigner comme cible auprès de ses adeptes », a affirmé l'avocat Eric Morain, selon le "
     "journal Le Monde.", "fr"),
    ("\"Giving her name means making her a target for his followers\", said the lawyer Eric Morain, according to the "
     "newspaper.", "en"),
])
def test_a_direct_quote_with_its_incise_is_no_reported_clause(text, lang):
    assert _reported(text, lang) == []


def test_an_infinitive_clause_keeps_the_object_the_parser_hung_on_the_verb():
    text = ("L'animateur Benjamin Castaldi a parlé. Afin d'en avoir le coeur net, il confesse avoir ainsi regardé un film "
            "pornographique gay, pour voir si cela lui déclencherait une quelconque excitation.")
    found = _reported(text, "fr")
    assert found and found[-1][0].startswith("avoir ainsi regardé un film") and found[-1][1:] == ("Benjamin Castaldi", "confesser")


def test_a_newsroom_learning_from_a_source_reports_the_source():
    text = "Le parquet de Niort a ouvert une enquête après la diffusion d'une vidéo, a appris vendredi l'AFP d'une source judiciaire."
    assert _reported(text, "fr") == [("Le parquet de Niort a ouvert une enquête après la diffusion d'une vidéo",
                                      "une source judiciaire", "apprendre")]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le ministre Paul Martin est en difficulté. Sa popularité subit une forte baisse, passant de 55 % en juillet à "
     "48 % d'opinions favorables, selon un sondage Ifop pour le Journal du Dimanche.", "fr", "Ifop"),
    ("Le ministre Paul Martin défend Facebook. Selon le sondage Ifop, 73 % des Français ont entendu parler de "
     "l'affaire. Selon cette même enquête, deux tiers des Français ne font plus confiance à Facebook.", "fr", "Ifop"),
])
def test_a_document_speaks_for_its_issuer(text, lang, speaker):
    """'selon un sondage Ifop' (the name right after the document), 'selon cette même enquête' (a document
    referred back to: the issuer of the one named before)."""
    assert _reported(text, lang)[-1][1] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("On Sunday, Mayor Paul Martin, in a statement delivered via his spokesman, announced the plant would close. The "
     "announcement came after a meeting with the unions. The statement also said the workers would be paid.", "en",
     "Paul Martin"),
    ("On Sunday, Oxfam, in a statement delivered via its spokesman, announced the plant would close. The announcement "
     "came after a meeting with the unions. The statement also said the workers would be paid.", "en", "Oxfam"),
])
def test_a_statement_referred_back_to_speaks_for_whoever_spoke_in_it(text, lang, speaker):
    """'X, in a statement …, announced … The statement also said …': the document named before is the object of a
    preposition on a speech verb (the parse's pobj under its preposition); its issuer is that verb's subject, not
    'a statement'."""
    assert _reported(text, lang)[-1][1] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("Les employés d'eBay ont été congédiés. Dans un communiqué, eBay a expliqué avoir mis fin aux contrats de tous les "
     "accusés en septembre.", "fr", "eBay"),
])
def test_a_group_a_preposition_opens_is_no_subject(text, lang, speaker):
    """'Dans un communiqué, eBay a expliqué …': the parse may make the prepositional group the verb's subject; the
    name before the verb speaks, not the document."""
    assert _reported(text, lang)[-1][1] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le ministre Paul Martin est arrivé lundi. « La mesure est injuste », a regretté mardi l'association Robin des Bois. "
     "Le communiqué indique que l'association ira en justice.", "fr", "Robin des Bois"),
    ("Minister Paul Martin arrived on Monday. \"The measure is unfair,\" Oxfam said on Tuesday. The statement added "
     "that the charity would go to court.", "en", "Oxfam"),
])
def test_a_statement_referred_back_to_is_the_last_speakers(text, lang, speaker):
    """'« … », a regretté X. Le communiqué indique que …': the statement of the speaker quoted just before it
    (read after every quote: the last one before the reported clause, not the article's last)."""
    assert _reported(text, lang)[-1][1] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("Vingt salariés ont détourné un million d'euros, selon des informations révélées par Le Républicain Lorrain.",
     "fr", "Le Républicain Lorrain"),
    ("Les masques doivent être portés dans les rues, selon les termes de l'arrêté préfectoral.", "fr", "arrêté préfectoral"),
    ("Selon un sondage Yougov pour la marque de bonbons, les Français donnent des surnoms à leur moitié.", "fr", "Yougov"),
    ("About 20,000 people attended the rally, according to figures from the regional health agency.", "en",
     "the regional health agency"),
])
def test_a_piece_of_information_names_its_source_in_its_complement(text, lang, speaker):
    """A source cue's group headed by a piece of information (document_noun, information_noun) names its source
    after a source_link preposition; not when a name follows the noun (its issuer) nor past another preposition."""
    assert [q[1] for q in _reported(text, lang)] == [speaker]


def test_a_definite_noun_alone_names_again_the_organisation_whose_name_holds_it():
    text = ("The US Embassy asked for immunity. The embassy declined the request and said the family left per advice "
            "from the State Department.")
    assert [q[1] for q in _reported(text, "en")] == ["US Embassy"]


def test_the_subject_the_parse_takes_inside_a_source_group_is_the_group_after_it():
    # "According to news agency ISNA, the prosecutor, X, said": the cue's object is no subject of "said"
    text = ('Iran has issued arrest warrants. According to semi-official news agency ISNA, the prosecutor general of '
            'Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges", adding Iran will pursue the case.')
    assert {q.speaker for q in brief(text, lang="en").quotes} == {"Ali Alghasi Mehr"}


def test_a_source_cue_between_a_subject_and_its_speech_verb_is_an_aside():
    text = "Police arrived at noon. Witnesses, according to The Telegraph, said a man approached and attacked a group of men."
    assert _reported(text, "en") == [("a man approached and attacked a group of men", "Witnesses", "say")]


@pytest.mark.parametrize("text, lang, expected", [
    ("According to officials on Saturday, two visitors may have died in Wuhan.", "en",
     ("two visitors may have died in Wuhan", "officials", "according to")),
    ("The storm killed at least 20 people according to Philippine officials on Thursday, and left thousands stranded.", "en",
     ("The storm killed at least 20 people", "Philippine officials", "according to")),
    ("A bomb was found. Residents there told the press the officers claimed to be seeking a bomb.", "en",
     ("the officers claimed to be seeking a bomb", "Residents", "tell")),
])
def test_the_date_or_place_of_the_words_is_no_part_of_the_source(text, lang, expected):
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le porte-parole du ministère, Paul Martin, a précisé que Jean Dupont « aborde très sereinement » ce rendez-vous.",
     "fr", "Jean Dupont « aborde très sereinement » ce rendez-vous"),
])
def test_mixed_quote_with_its_verb_inside_quotation_marks(text, lang, expected):
    """A reported clause whose verb stands inside quotation marks (a mixed quote) is reported speech all the same."""
    assert expected in [t for t, _, _ in _reported(text, lang)]


def test_bare_infinitive_after_a_statement_verb():
    """'a déclaré vouloir aller vite': the infinitive is a claim, reported; 'souhaite rejoindre' (a wish) is not."""
    found = _reported("Le Premier ministre Jean Castex a déclaré lundi vouloir aller vite pour nommer un gouvernement.", "fr")
    assert any("aller vite" in t and v == "déclarer" for t, _, v in found)
    assert _reported("Le ministre Paul Martin souhaite rejoindre le gouvernement de son ami.", "fr") == []


def test_unnamed_body_subject_up_to_nine_words():
    """'Le bureau du médecin légiste des Territoires du Nord-Ouest a indiqué que…': a body the article does not
    name as an actor speaks with its words as written, a long group included."""
    assert _reported("Le bureau du médecin légiste des Territoires du Nord-Ouest a indiqué que le corps du kayakiste "
                     "avait été identifié.", "fr") == [
        ("le corps du kayakiste avait été identifié", "bureau du médecin légiste des Territoires du Nord-Ouest", "indiquer")]


@pytest.mark.parametrize("text, expected", [
    ('"Il faut se battre ensemble", ajoute la présidence française, qui estime que l\'OMS a la légitimité pour agir.',
     ("l'OMS a la légitimité pour agir", "présidence française", "estimer")),
    ('"Je ne suis pas fan de ça", a confié Norbert Tarayre à Télé Loisirs, en précisant toutefois qu\'il n\'avait pas '
     'de problème avec Jean Imbert.', ("il n'avait pas de problème avec Jean Imbert", "Norbert Tarayre", "préciser")),
])
def test_dependent_speech_verb_speaks_with_the_incise_or_the_antecedent(text, expected):
    """A relative ('…, qui estime que') speaks for its antecedent; a participle after an incise ('…, a confié X,
    en précisant que') for the incise's inverted subject."""
    assert expected in _reported(text, "fr")


@pytest.mark.parametrize("text, speaker", [
    ("On Thursday, the total number of cases of the coronavirus surpassed one million worldwide, Johns Hopkins "
     "University data indicated. At least 52 thousand deaths were linked to COVID-19.", "Johns Hopkins University"),
    ("The Las Vegas Review-Journal reported the possibility of the caucuses being Nevada's last, saying the state could "
     "switch to a primary. According to its polling, roughly two-thirds of the Democratic voters preferred a primary "
     "over a caucus.", "Las Vegas Review-Journal"),
])
def test_a_piece_of_information_speaks_for_its_owner(text, speaker):
    """"Johns Hopkins University data indicated", "according to its polling": a document or a piece of information
    (words.tsv document_noun, information_noun) with an actor's name before it, or a neuter possessive standing for
    the organisation just named, is that actor's."""
    assert _reported(text, "en")[-1][1] == speaker


def test_an_english_source_is_named_without_its_possessive():
    """"His legal team argued …": English names the source without the possessive, as without its article (words.tsv
    unwritten_determiner); French keeps it ("Son avocat a affirmé …" is said by "Son avocat")."""
    english = "Avenatti pled not guilty to the charges. His legal team argued he simply represented his client in a negotiation."
    assert _reported(english, "en")[-1][1] == "legal team"
    french = "Paul Martin a été arrêté lundi. Son avocat a affirmé que son client était innocent."
    assert _reported(french, "fr")[-1][1] == "Son avocat"


def test_the_date_the_source_spoke_is_not_its_name():
    """"Reports as of Wednesday said …": the date complement tells when the source spoke, not who it is."""
    text = ("A fire broke out in the parking garage of the airport on Tuesday. Reports as of Wednesday said an estimated "
            "two to three hundred vehicles had been damaged or destroyed.")
    assert _reported(text, "en")[-1][1] == "Reports"


_FRAME_TEXTS = {
    "fr": "Le ministre a assuré mardi que la réforme serait votée. La circulation a repris, a indiqué le maire. "
          "Il affirme avoir entendu un bruit. Selon la préfecture, trois personnes ont été blessées. Elle a dit qu'elle "
          "viendrait et a ajouté que rien n'était décidé.",
    "en": "The mayor said the plant would close. The plant will close in May, the company said on Monday. She told "
          "reporters that nothing was decided and added that talks would go on. Police believe the driver fled.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_walk_down_the_parse_finds_what_spacys_dependency_matcher_finds(lang):
    """reported._frame_matches stands in for spaCy's DependencyMatcher over models/<lang>/speech_frames.json (for
    speed): every pattern must use only what it supports (each node a child, REL_OP ">", of an earlier one; the
    attributes it reads; values, IN lists or IS_SUPERSET), and it gives the matcher's matches in the matcher's order."""
    from spacy.matcher import DependencyMatcher

    from briefcli.extract.reported import _ATTRS, _frame_matches, _frames
    from .conftest import parsed_context

    patterns = _frames(lang)
    for pattern in patterns:
        for node in pattern[1:]:
            assert node["REL_OP"] == ">"
        for node in pattern:
            for name, want in node["RIGHT_ATTRS"].items():
                assert name in _ATTRS
                assert isinstance(want, str) or set(want) <= {"IN", "IS_SUPERSET"} and len(want) == 1
    ctx = parsed_context(_FRAME_TEXTS[lang], lang)
    matcher = DependencyMatcher(ctx.doc.vocab)
    for n, pattern in enumerate(patterns):
        matcher.add(str(n), [pattern])
    by_spacy = [tuple(tokens) for _key, tokens in matcher(ctx.doc)]
    walked = _frame_matches(ctx, patterns)
    assert walked == by_spacy
    assert walked  # the texts hold frames


@pytest.mark.parametrize("text, lang, speaker", [
    ("« Nous exportons partout », explique Ahmed Fakhri, le patron de l'usine. M. Fakhri emploie deux cents ouvriers. "
     "Mais la pandémie a provoqué une diminution de moitié de la production, selon les ingénieurs de Fakhri.", "fr",
     "ingénieurs de Fakhri"),
    ("Ahmed Fakhri runs a perfume factory near Cairo. The jasmine trade brings in millions every year. But the "
     "pandemic halved the production of essential oils, according to the engineers of Fakhri.", "en",
     "engineers of Fakhri"),
    ("A bus carrying 45 people overturned on Sunday near Smolensk. At least seven died. The occupants were going to a "
     "dance competition, according to the mayor of Yartsevo.", "en", "the mayor of Yartsevo"),
])
def test_an_actor_that_only_qualifies_the_source_is_not_the_source(text, lang, speaker):
    """Unseen batches (issue #13): "selon les ingénieurs de Fakhri", "according to the mayor of Yartsevo": a source
    headed by a noun of people who speak, whose actors come only as its complements (after "de" / "of"), speaks as
    written — not the actor that qualifies it; nor is a title's holder guessed to be the person its complement names."""
    assert _reported(text, lang)[-1][1] == speaker


@pytest.mark.parametrize("text, lang, expected", [
    # the parser hangs ", rapporte Le Berry" on a noun of the clause (acl): the word order makes the incise
    ("Six avions sont stationnés à Châteauroux. Ils seront bientôt rejoints par cinq autres appareils de la compagnie "
     "et ce pour une durée de six mois, rapporte Le Berry.", "fr",
     ("Ils seront bientôt rejoints par cinq autres appareils de la compagnie et ce pour une durée de six mois",
      "Le Berry", "rapporter")),
    # the inverted subject between the auxiliary and the verb, a participle clause after it
    ("Le Premier ministre Édouard Philippe a parlé lundi. Le salaire des ministres ne sera pas abaissé, a-t-il affirmé, "
     "rappelant que les salaires avaient baissé.", "fr",
     ("Le salaire des ministres ne sera pas abaissé", "Édouard Philippe", "affirmer")),
])
def test_an_incise_closing_the_sentence_whatever_its_label(text, lang, expected):
    assert expected in _reported(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("La rapporteure Emilie Chalas a parlé. « Des agents veulent partir » et leur « seul choix » était jusqu'alors "
     "la démission, a abondé la rapporteure.", "fr",
     [("leur « seul choix » était jusqu'alors la démission", "Emilie Chalas", "abonder")]),
    ("Acme Corp opened a plant in Ohio. \"We looked at every option\" and the workers will be paid until May, the company said.",
     "en", [("the workers will be paid until May", "Acme Corp", "say")]),
    # a relative clause hanging on the quotation's words, a quotation after a colon: the incise attributes the quotation
    ("Le patron de la SNCF Guillaume Pepy a parlé. « Nous regardons toutes les solutions pour que les conducteurs » qui "
     "ont cessé le travail reprennent, a ajouté Guillaume Pepy.", "fr", []),
    ("La dirigeante Marine Le Pen a fait de l'Union européenne la cible des maux de la France : « Toute possibilité "
     "d'action dépend des choix européens », a-t-elle dit.", "fr", []),
])
def test_a_clause_opening_on_a_quotation_reports_the_clause_after_it(text, lang, expected):
    assert _reported(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a present form the small tagger reads as a past participle describing a noun
    ("L'ancien directeur du FMI a été auditionné le 3 juillet par le service des douanes pour son rôle dans ce scandale "
     "financier, révèle l'Express.", "fr",
     ("L'ancien directeur du FMI a été auditionné le 3 juillet par le service des douanes pour son rôle dans ce scandale "
      "financier", "Express", "révéler")),
    # a hyphen inside a name after the incise is no dash
    ("La députée Anne-Laure Cattelot a parlé. Les manifestants étaient membres de l'union locale de la CGT, a-t-elle "
     "précisé, de la CGT-Cheminots ou de SUD-Rail.", "fr",
     ("Les manifestants étaient membres de l'union locale de la CGT", "Anne-Laure Cattelot", "préciser")),
    # a verb of the incise only, its form in -aie (morphology.tsv)
    ("Car le chanteur Tahar Mejri est mort jeudi 13 juin, relaie Nice Matin.", "fr",
     ("Car le chanteur Tahar Mejri est mort jeudi 13 juin", "Nice Matin", "relayer")),
    # a colon after the incise opens the source's own quotation
    ("Les entreprises signent des accords. Muriel Pénicaud a d'ailleurs incité à utiliser ces accords, note BFM TV : "
     "\"Il y a des alternatives aux licenciements.\"", "fr",
     ("Muriel Pénicaud a d'ailleurs incité à utiliser ces accords", "BFM TV", "noter")),
])
def test_an_incise_verb_the_tagger_misreads_or_followed_by_its_source_words(text, lang, expected):
    assert expected in _reported(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Le porte-parole de l'ambassade Jean Dupont a souligné que ces retraits \"ne diminuent pas les principes exprimés "
     "par la banderole\".", "fr",
     ("ces retraits \"ne diminuent pas les principes exprimés par la banderole\"", "Jean Dupont", "souligner")),
    ("La ministre Roselyne Bachelot a parlé. L'ONP \"va devoir se transformer en profondeur\", a martelé Mme Bachelot.", "fr",
     ("L'ONP \"va devoir se transformer en profondeur\"", "Roselyne Bachelot", "marteler")),
])
def test_a_mixed_clause_with_its_subject_outside_the_marks_is_reported_too(text, lang, expected):
    # ANNOTATION.md: the indirect clause too when it has words outside the marks (here two, its subject)
    assert expected in _reported(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # the small tagger reads the verb as an adverb or an adjective: a source cue's statement needs no verb it sees
    ("Emmanuel Macron dément toute dissension avec son Premier ministre Edouard Philippe, selon des sources "
     "gouvernementales concordantes.", "fr",
     ("Emmanuel Macron dément toute dissension avec son Premier ministre Edouard Philippe",
      "sources gouvernementales concordantes", "selon")),
    ("Chaque ouvrier récolte entre deux et cinq kilogrammes de fleurs par jour, selon M. Abdel Fattah.", "fr",
     ("Chaque ouvrier récolte entre deux et cinq kilogrammes de fleurs par jour", "Abdel Fattah", "selon")),
])
def test_a_source_cue_statement_needs_no_verb_the_tagger_sees(text, lang, expected):
    assert expected in _reported(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a body the article does not name, inverted after the verb and a complement
    ("Le détenu, âgé de 21 ans, a réussi à s'échapper au moment de son arrivée à l'hôpital, a indiqué à l'AFP "
     "l'établissement pénitentiaire.", "fr",
     [("Le détenu, âgé de 21 ans, a réussi à s'échapper au moment de son arrivée à l'hôpital",
       "établissement pénitentiaire", "indiquer")]),
    # the words before the comma are the verb's own subject, no clause: the noun after the verb is its object
    ("La volonté affichée du président d'aller vite, en dépit des critiques démocrates, promet une fin de campagne "
     "électrique.", "fr", []),
    ("Brett McGurk, who was the special envoy until December, also criticized the decision via Twitter.", "en", []),
])
def test_an_inverted_body_speaks_but_not_an_object_after_the_subject(text, lang, expected):
    assert _reported(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the parse hangs the clause on "côté", or gives its "qu'" to the adjective: the complementizer after the verb,
    # past a prepositional group or the words of a date, opens the reported clause all the same
    ("Les restrictions d'eau sont en vigueur. La préfecture précise de son côté que les restrictions dureront jusqu'à "
     "ce qu'un nouvel arrêté préfectoral les abroge.", "fr",
     [("les restrictions dureront jusqu'à ce qu'un nouvel arrêté préfectoral les abroge", "La préfecture", "préciser")]),
    ("Les talibans avaient fait savoir la semaine dernière qu'ils étaient prêts à engager des discussions avec Kaboul.",
     "fr", [("ils étaient prêts à engager des discussions avec Kaboul", "talibans", "faire savoir")]),
    # a locution after a group ("alors que": while), a quotation's incise: no reported clause
    ("Jacline Mouraud et Benjamin Cauchy plaident pour une levée des barrages alors que d'autres militent pour un "
     "nouvel acte.", "fr", []),
    ("\"Il y a des moments démoralisants\" bien sûr, confie Antonin Picou alors que l'équipe reste précaire.", "fr", []),
])
def test_the_complementizer_after_a_speech_verb_opens_the_clause_whatever_the_parse(text, lang, expected):
    assert _reported(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "même" right after the verb is an adverb ("affirme même que"); "de même que" is the locution
    ("La directrice de l'association, Catherine Alvarez, affirme même que Laurent Wauquiez exagère lorsqu'il évoque sa "
     "proximité avec la religieuse.", "fr",
     [("Laurent Wauquiez exagère lorsqu'il évoque sa proximité avec la religieuse", "Catherine Alvarez", "affirmer")]),
    ("Le ministre Jean Dupont a parlé de la réforme, de même que la ministre du Travail a parlé des salaires.", "fr", []),
])
def test_an_adverb_before_the_complementizer_is_no_locution(text, lang, expected):
    assert _reported(text, lang) == expected


def test_a_plural_pronoun_source_is_the_group_the_sentence_before_talks_about():
    text = ("Plusieurs responsables hindous de droite ont accusé la communauté musulmane. Selon eux, les musulmans s'en "
            "prennent spécifiquement aux éléphants.")
    assert _reported(text, "fr") == [("les musulmans s'en prennent spécifiquement aux éléphants",
                                      "responsables hindous de droite", "selon")]


def test_a_newsroom_learning_with_an_inverted_on_reports_the_source():
    text = ("Un jeune homme a été tué par balles dans les quartiers nord de Marseille dimanche 4 août, a-t-on appris "
            "auprès des pompiers, confirmant une information de La Provence.")
    assert _reported(text, "fr") == [("Un jeune homme a été tué par balles dans les quartiers nord de Marseille "
                                      "dimanche 4 août", "pompiers", "apprendre")]


def test_some_the_plural_article_is_left_out_of_a_source_as_written():
    """words.tsv unwritten_determiner 'some': "Some scientists had suggested …" is said by "scientists", as "The
    scientists" is, not by "Some scientists"."""
    text = "The storm grew. Some scientists had previously suggested smaller frogs would develop spiky skulls."
    assert [s for _t, s, _v in _reported(text, "en")] == ["scientists"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Nicola Sturgeon said it was a good day. The crowd cheered, and some said they wanted the politicians to "
           "stop ignoring them.", "some"),
    ("fr", "Le ministre Paul Martin a présenté la réforme. Les syndicats sont divisés et certains estiment que le "
           "texte sera retiré.", "certains"),
])
def test_a_group_pronoun_subject_says_the_reported_clause(lang, text, speaker):
    """words.tsv group_pronoun ('some', 'several', 'certains'…), the subject of the speech verb: some of a group say
    the clause, written as the pronoun (or as the group after it: 'Some of the protesters' is 'protesters') —
    not dropped, nor given to the person named before."""
    assert _reported(text, lang)[-1][1] == speaker


def test_a_speech_verb_closing_the_sentence_after_a_reporting_verb_names_the_speaker():
    """reported._relayed_speaker: "The hospital treated 25 people, CNN Philippines reported the governor said." —
    the governor says the clause; the medium only relays it."""
    text = ("Governor Alexander Pimentel visited the town. The hospital treated 25 wounded people, CNN Philippines "
            "reported the governor said.")
    assert [(s, v) for _t, s, v in _reported(text, "en")] == [("Alexander Pimentel", "say")]


@pytest.mark.parametrize("text, lang, expected", [
    ("La ministre Tiphaine Auzière a catégoriquement nié avoir été l'avocate de l'organisation syndicale.", "fr",
     ("avoir été l'avocate de l'organisation syndicale", "Tiphaine Auzière", "nier")),
    ("Le maire Jean Dupont confie même à nos confrères avoir déjà des idées pour les prochaines saisons.", "fr",
     ("avoir déjà des idées pour les prochaines saisons", "Jean Dupont", "confier")),
])
def test_a_bare_infinitive_after_a_speech_verb_wherever_the_parse_hangs_it(text, lang, expected):
    # reported._infinitive_after: the parse hangs the infinitive elsewhere or calls the verb a noun after its auxiliary
    assert _reported(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("La sénatrice Fabienne Keller a écrit au président. Ce serait un beau symbole, poursuit la sénatrice du Bas-Rhin, "
     "selon qui le portrait est un visage rassembleur.", "fr",
     ("le portrait est un visage rassembleur", "Fabienne Keller", "selon")),
    ("Le militant Benoît Ducos dénonce la lenteur auprès du Dauphiné, selon qui les secours sont arrivés une heure après "
     "le début du contrôle.", "fr",
     ("les secours sont arrivés une heure après le début du contrôle", "Benoît Ducos", "selon")),
])
def test_a_relative_source_cue_speaks_for_its_antecedent(text, lang, expected):
    # speech_frames.json source_relatives, reported._relative_antecedent: the speaker, not its addressee
    found = _reported(text, lang)
    assert expected in found and not any(q[2] == "selon" and q != expected for q in found)


def test_a_latest_pronoun_source_is_the_last_person_named():
    # reported._latest_word: the tagger reads 'dernier' as an adjective, the group had no head
    text = ("Richard Ferrand estime que le discours pourrait être prononcé plus tard. "
            "Selon ce dernier, Jean Castex ne s'exprimerait qu'après devant l'Assemblée nationale.")
    assert ("Jean Castex ne s'exprimerait qu'après devant l'Assemblée nationale", "Richard Ferrand", "selon") \
        in _reported(text, "fr")


def test_as_cue_opening_the_sentence_past_a_connective():
    # reported.extract: "Or, comme le dévoile X, …" opens the sentence as "Comme le dévoile X, …" does
    text = "Le magazine Capital a publié une enquête. Or, comme le dévoile Capital, le chef de l'État a décidé de geler cette mesure."
    assert ("le chef de l'État a décidé de geler cette mesure", "Capital", "dévoiler") in _reported(text, "fr")


@pytest.mark.parametrize("text, lang, expected", [
    ("Le parti Agir a demandé mardi que Marianne prenne le visage de Simone Veil.", "fr",
     ("Marianne prenne le visage de Simone Veil", "Agir", "demander")),
    ("Les ventes ont atteint 620 millions d'euros en France, selon des données du cabinet OpenHealth.", "fr",
     ("Les ventes ont atteint 620 millions d'euros en France", "OpenHealth", "selon")),
    ("The magazine Variety reported that the film would open in theatres in May.", "en",
     ("the film would open in theatres in May", "Variety", "report")),
])
def test_a_kind_of_organisation_speaks_by_its_own_name(text, lang, expected):
    assert _reported(text, lang) == [expected]


def test_a_pronoun_goes_on_with_the_speaker_quoted_just_before_its_clause():
    # reported speech is read after every direct quote: the last speaker is the one before the clause, not the last
    text = ("Il attendait le procès prévu pour 2020. \"Il voulait des réponses à ses questions\", explique son avocate. "
            "Elle indique aussi qu'il vivait mal la lenteur de l'enquête. \"C'est terrible\", a déclaré Rachel Dupont.")
    assert _reported(text, "fr") == [("il vivait mal la lenteur de l'enquête", "son avocate", "indiquer")]


def test_a_pronoun_goes_on_with_the_body_that_reported_the_clause_before():
    text = ("\"La canalisation a encore sauté\", a expliqué Bruno Quivy, le directeur du syndicat. La préfecture précise "
            "de son côté que les restrictions dureront jusqu'à dimanche. Le non-respect des restrictions d'eau fait "
            "encourir une amende de 1.500 euros, prévient-elle.")
    assert [q[1] for q in _reported(text, "fr")] == ["La préfecture", "La préfecture"]


def test_a_demonstrative_description_names_again_the_source_before_it():
    text = ("La police a été alertée vers 5h25 par les pompiers, a précisé une autre source proche du dossier. Le gardien "
            "de la paix n'a pas pu être ranimé par les secours. Il a été roué de coups par plusieurs hommes. L'enquête a "
            "été confiée à la PJ de Toulouse, a ajouté cette source. La forme des empreintes montre que l'animal marchait "
            "à plat, selon cette étude.")
    assert [q[1] for q in _reported(text, "fr")] == ["une autre source proche du dossier"] * 2 + ["étude"]


def test_a_source_whose_long_complement_names_an_organisation_in_parentheses_speaks_by_its_words():
    text = ("Dans cette ville, la rivière est montée à plus de sept mètres dans la nuit, selon le patron du Service "
            "départemental d'incendie et de secours (Sdis) du Var.")
    assert [q[1] for q in _reported(text, "fr")] == ["patron du Service départemental d'incendie et de secours (Sdis) du Var"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Républicain Lorrain a publié une enquête mardi. Selon les informations du quotidien régional, la Sovab versait "
     "chaque année 600.000 euros à Eureka.", "fr", "Le Républicain Lorrain"),
    ("The Guardian published the story on Monday. The British newspaper reported that the minister would resign.", "en",
     "The Guardian"),
])
def test_a_qualified_kind_of_organisation_is_the_one_named_before(text, lang, expected):
    assert [q[1] for q in _reported(text, lang)] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le trafic a repris lundi. Selon un commissaire de la police de Nancy, cité par France Bleu Lorraine, l'un des "
     "salariés aurait reçu 80.000 euros.", "fr", ("l'un des salariés aurait reçu 80.000 euros",
                                                   "un commissaire de la police de Nancy", "selon")),
    ("Le vote a eu lieu dimanche. Selon le maire, également interrogé par Le Parisien, le décompte est faux.", "fr",
     ("le décompte est faux", "le maire", "selon")),
    ("The vote was held on Sunday. According to John Smith, quoted by the Herald, the count was wrong.", "en",
     ("the count was wrong", "John Smith", "according to")),
])
def test_an_aside_on_who_relayed_the_source_is_no_part_of_its_statement(text, lang, expected):
    """"selon X, cité par Y, …": the participle saying who relayed or asked the source belongs with it."""
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le maire a été mis en examen. L'association de lutte contre la corruption, Anticor, a demandé que le procès "
     "ait lieu rapidement.", "fr", ("le procès ait lieu rapidement", "Anticor", "demander")),
    ("The blast hit the city on Monday. One news site, Znak.com, claims FSB sources have blamed terrorists.", "en",
     ("FSB sources have blamed terrorists", "Znak.com", "claim")),
])
def test_an_organisation_named_in_apposition_to_its_description_speaks(text, lang, expected):
    """"L'association de lutte contre la corruption, Anticor, a demandé": the name between commas, not the noun."""
    assert _reported(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le marché ralentit. Selon France Dimanche, qui a pu se procurer des extraits, le père de la chanteuse a écrit "
     "une lettre.", "fr", ("le père de la chanteuse a écrit une lettre", "France Dimanche", "selon")),
    ("The man was arrested. According to Agence France-Presse, which cited sources close to the case, the man had "
     "moved to Paris.", "en", ("the man had moved to Paris", "Agence France-Presse", "according to")),
])
def test_a_relative_clause_on_the_source_is_no_part_of_its_statement(text, lang, expected):
    """"selon X, qui a pu se procurer des extraits, …": the relative tells about the source, the clause after it is
    the statement."""
    assert _reported(text, lang)[-1] == expected
