"""Quotes: marks of every style, names that are not quotes, and attribution."""
from __future__ import annotations

import pytest

from briefcli import brief
from briefcli.extract.quoted import find_marked, find_nested

from .conftest import SAMPLES


def _quotes(text):
    """The direct quotes (inside quotation marks) of a text; reported speech has its own tests."""
    return [(q.text, q.speaker, q.verb) for q in brief(text).quotes if q.kind == "direct"]


def test_marks_of_every_style():
    text = "« un » et “deux” et \"trois\" et „vier“"
    assert [text[m.start:m.end] for m in find_marked(text)] == ["un", "deux", "trois", "vier"]


def test_unbalanced_marks_do_not_crash():
    assert [m for m in find_marked('Il a dit « bonjour et "adieu')] == []
    text = 'Il a dit "bonjour". Puis "ça'
    assert [text[m.start:m.end] for m in find_marked(text)] == ["bonjour"]


def test_incise_with_pronoun():
    text = ("La ministre de la Santé Agnès Buzyn a visité l'hôpital de Lyon. "
            "« Nous devons agir vite pour les patients », a-t-elle déclaré.")
    assert _quotes(text) == [("Nous devons agir vite pour les patients", "Agnès Buzyn", "déclarer")]


def test_inverted_named_speaker_and_continuation():
    text = ("« La situation est grave et nous allons réagir », explique Jean Dupont, le maire de Lyon. "
            "« Il faut protéger les habitants du quartier. »")
    quotes = _quotes(text)
    assert quotes[0] == ("La situation est grave et nous allons réagir", "Jean Dupont", "expliquer")
    assert quotes[1][1] == "Jean Dupont"


def test_selon():
    text = "Selon le procureur de Paris, Rémy Heitz, l'homme « avait préparé son geste depuis plusieurs semaines »."
    assert _quotes(text) == [("avait préparé son geste depuis plusieurs semaines", "Rémy Heitz", "selon")]


def test_quoted_names_are_not_quotes():
    text = ("Le gazoduc « Force de Sibérie » sera prolongé. L'émission \"Touche pas à mon poste\" a été diffusée hier. "
            "Les manifestants, appelés \"gilets jaunes\", étaient nombreux.")
    assert _quotes(text) == []


def test_speaker_through_title():
    text = ("Le journaliste Hervé Martin a enquêté à Lille. Le journaliste a expliqué que "
            "« rien ne laissait prévoir une telle affaire dans cette ville ».")
    assert _quotes(text)[0][1] == "Hervé Martin"


@pytest.mark.parametrize("text", ['"', "« »", '""', "«", 'a " b " c " d', "« « » »"])
def test_degenerate_marks(text):
    brief(text + " Le texte continue ici avec des mots.")


def test_opinion_holder_is_the_person_before_the_comma():
    text = ("Pour l'historien de l'art et de l'architecture Paul Durand, la ville a « longtemps ignoré "
            "son port et ses bassins ».")
    assert _quotes(text)[0][1] == "Paul Durand"


def test_incise_subject_far_after_the_verb():
    text = ("« Ces accusations ne tiennent pas debout », a réagi auprès de l'AFP le secrétaire général "
            "du syndicat, Marc Lefèvre, rappelant que Jean Martin « n'a aucun rôle dans l'organisation ».")
    first = _quotes(text)[0]
    assert first[1:] == ("Marc Lefèvre", "réagir")


def test_a_passive_verb_does_not_give_the_speaker():
    text = ("Selon le ministre Jean Garnier, le journaliste Paul Noir a été condamné parce qu'il est « impliqué "
            "dans une affaire sans rapport avec la presse ».")
    assert _quotes(text)[0][1:] == ("Jean Garnier", "selon")


def test_a_quoted_name_completing_a_noun_is_no_quote():
    text = ("Le film de Claire Martin est une plongée dans l'univers des « van dwellers », ces Américains "
            "qui vivent dans leur véhicule.")
    assert _quotes(text) == []


def test_an_institution_named_in_lower_case_speaks():
    text = ("« Soyons clairs, ce ne sont pas des déclarations, ce sont des insultes », a réagi la présidence "
            "de la République jeudi soir.")
    assert _quotes(text)[0][1:] == ("présidence de la République", "réagir")


def test_the_person_right_before_the_verb_rather_than_a_title_the_parse_chose():
    text = ("Reprenant les propos tenus dans une interview à l'hebdomadaire The Economist, Recep Erdogan a "
            "déclaré : « Je m'adresse depuis la Turquie au président français. »")
    assert _quotes(text)[0][1] == "Recep Erdogan"


def test_a_surname_after_m_is_a_person_who_speaks():
    text = ("L'envoyé de l'ONU, Martin Griffiths, a salué l'accord. Fabrizio Carboni, de la Croix-Rouge, l'a "
            "approuvé. M. Griffiths avait alerté en septembre sur des « combats intensifiés et des besoins "
            "humanitaires accrus ».")
    assert _quotes(text)[-1][1:] == ("Martin Griffiths", "alerter")


def test_a_participle_describing_a_thing_is_no_speech_verb():
    text = ("« Nous savons tous qu'il est essentiel d'avancer vite vers la mise en oeuvre » de l'accord conclu "
            "en Suisse, a souligné Martin Griffiths.")
    assert _quotes(text)[0][1:] == ("Martin Griffiths", "souligner")


def test_a_title_with_its_complement_is_not_another_title_with_the_same_head():
    text = ("Le parti Amal est dirigé par le chef du Parlement Nabih Berri. « Il n'y a pas de solution », a regretté "
            "le président Michel Aoun. Le chef de l'Etat a critiqué les « deux camps », soulignant que « les blocs "
            "parlementaires ne devaient pas être écartés ».")
    speakers = {q[0]: q[1] for q in _quotes(text)}
    assert speakers["les blocs parlementaires ne devaient pas être écartés"] == "Michel Aoun"


def test_a_participle_after_the_quote_leaves_the_speaker_to_the_main_verb():
    text = ("Le maire Gilles Bourdouleix accuse Bruno Retailleau. Bruno Retailleau, de son côté, évoque une affaire "
            "« sans queue ni tête », rappelant que « rien ne s'est fait dans le secret ».")
    speakers = {q[0]: q[1:] for q in _quotes(text)}
    assert speakers["sans queue ni tête"] == ("Bruno Retailleau", "évoquer")


def test_a_title_with_a_nationality_is_not_the_person_just_quoted_with_another_title():
    text = ("M. Tebboune a reçu la presse dimanche. Le secrétaire général de RSF, Christophe Deloire, a répondu. "
            "« Ce sont des accusations mensongères », a-t-il ajouté. Le président algérien a par ailleurs assuré "
            "qu'« aucune personne n'est incarcérée pour un article ».")
    speakers = {q[0]: q[1] for q in _quotes(text)}
    assert speakers["Ce sont des accusations mensongères"] == "Christophe Deloire"
    assert speakers["aucune personne n'est incarcérée pour un article"] == "Tebboune"


def test_balayer_reports_speech_only_in_an_incise():
    assert _quotes("Le Premier ministre, Jean Castex, a balayé tous les sujets « chauds » de la rentrée.") == []
    text = ("Le parti « a entamé la préparation du scrutin », les européennes, « ce qui n'est pas rien », balaye "
            "une source gouvernementale.")
    assert _quotes(text)[-1][1:] == ("une source gouvernementale", "balayer")


def test_a_quoted_name_after_a_vague_adjective_is_no_quote():
    text = ("Le nouveau « schéma national du maintien de l'ordre », publié jeudi, n'est pas conforme aux "
            "« principes de la liberté d'informer », estiment les sociétés des journalistes.")
    texts = [q[0] for q in _quotes(text)]
    assert "schéma national du maintien de l'ordre" not in texts
    assert "principes de la liberté d'informer" in texts


def test_a_quoted_subheading_is_a_heading_not_a_quote():
    """'- « Aucune relation » -' on a line of its own heads the passage after it: a heading, as the blind gold
    annotates such lines (not_quotes), not words anyone is said to say there."""
    text = ("« Ces attaques sont à côté de la plaque », a réagi Christophe Deloire.\n- « Aucune relation » -\n"
            "Le président Abdelmadjid Tebboune a assuré qu'« aucune personne n'est incarcérée pour un article ».")
    speakers = {q[0]: q[1:] for q in _quotes(text)}
    assert "Aucune relation" not in speakers
    assert speakers["aucune personne n'est incarcérée pour un article"][0] == "Abdelmadjid Tebboune"


def test_celui_qui_dirige_an_organisation_is_the_person_with_that_title():
    text = ("« Je partage le désarroi des passagers », a écrit le PDG d'ADP, Augustin de Romanet. Le député Damien "
            "Abad a signé la pétition. Celui qui dirige ADP depuis 2012 s'est expliqué lundi. « Cela fait 7 ans que "
            "je me bagarre sur cette question », a-t-il dit.")
    speakers = {q[0]: q[1] for q in _quotes(text)}
    assert speakers["Cela fait 7 ans que je me bagarre sur cette question"] == "Augustin de Romanet"


def test_words_under_an_agentless_passive_far_from_any_speaker_are_nobodys():
    # samples/dev/orangesum-27108 (OrangeSum, CC BY-SA 4.0): "Cette « bourde » en rappelle en tout cas
    # d'autres de la part d'élus, souvent accusés d'être coupés de « la vie réelle »."
    text = (SAMPLES / "dev" / "orangesum-27108.fr.txt").read_text(encoding="utf-8")
    quotes = [q.text for q in brief(text, lang="fr").quotes]
    assert "la vie réelle" not in quotes
    assert "j'ai répondu très vite, je l'assume !" in quotes


def test_a_pronoun_right_after_a_quote_is_its_speaker_when_no_one_is_named_since():
    # samples/dev/orangesum-16383 (OrangeSum, CC BY-SA 4.0): "… notamment dans « le contexte de COVID-19 », …,
    # rappelle l'agence sanitaire. « Utilisé à bon escient, le paracétamol est un médicament sûr et efficace »,
    # souligne-t-elle." — Olivier Véran, quoted two sentences before, is not "elle"
    text = (SAMPLES / "dev" / "orangesum-16383.fr.txt").read_text(encoding="utf-8")
    speakers = {q.text: q.speaker for q in brief(text, lang="fr").quotes}
    agency = speakers["le contexte de COVID-19"]
    assert agency != "Olivier Véran"
    assert speakers["Utilisé à bon escient, le paracétamol est un médicament sûr et efficace"] == agency


def test_a_subject_after_the_verb_past_a_comma_and_an_article():
    text = ("L'assaillant était connu des services. « Depuis quelques jours, il ne se sentait pas bien à cause du "
            "confinement » mis en place contre l'épidémie, ont rapporté des témoins aux enquêteurs, selon cette source.")
    assert _quotes(text)[0][1:] == ("des témoins", "rapporter")


def test_a_bare_title_keeps_the_person_it_was_first_taken_for():
    # samples/dev/orangesum-26975 (OrangeSum, CC BY-SA 4.0): "déclare l'acteur des « Valseuses »" is Gérard
    # Depardieu; "L'acteur confirme … Il y incarnera un Staline « très loin du personnage des biographies »"
    # is still him, though his director Rachid Djaïdani was named in between
    text = (SAMPLES / "dev" / "orangesum-26975.fr.txt").read_text(encoding="utf-8")
    speakers = {q.text: q.speaker for q in brief(text, lang="fr").quotes}
    assert speakers["très loin du personnage des biographies"] == "Gérard Depardieu"
    assert speakers["sur un divan ressemblant à celui de Freud"] == "Gérard Depardieu"


def test_a_function_title_finds_the_person_titled_for_the_same_function():
    text = ("Le président Emmanuel Macron a reçu Jean-Michel Blanquer. Le ministre a présenté son plan. "
            "Le chef de l'État a annoncé vouloir « protéger les plus vulnérables ».")
    assert _quotes(text)[0][1] == "Emmanuel Macron"


def test_an_institution_named_by_its_kind_is_found_through_its_gazetteer_name():
    text = ("L'Elysée a présenté la réforme mardi. « Cette réforme va permettre à la France de passer au peloton "
            "de tête », souligne la présidence.")
    assert _quotes(text)[0][1] == "Elysée"


def test_a_person_title_never_resolves_to_the_organisation_just_quoted():
    text = ("« Pas de pénurie », assure Olivier Véran. « Le paracétamol est sûr », souligne l'Agence nationale de "
            "sécurité du médicament. Le ministre de la Santé a précisé qu'il « n'y a pas de pénurie de paracétamol ».")
    assert _quotes(text)[-1][1] == "Olivier Véran"


@pytest.mark.parametrize("text, speaker", [
    ("Marlène Schiappa a porté plainte. « Pas d'impunité de clavier », se félicite son avocat.", "son avocat"),
    ("« Pas d'impunité », se félicite l'avocat de Marlène Schiappa, Eric Morain.", "Eric Morain"),
    ("« Ce qui valait 1 vaut 10 aujourd'hui », commente le président de l'Union générale des viticulteurs.",
     "le président de l'Union générale des viticulteurs"),
    ("Le Premier ministre Boris Johnson a parlé mardi. « Aucune blessure n'a été rapportée », a indiqué un "
     "porte-parole du gouvernement.", "un porte-parole du gouvernement"),
    ("« Vachement bon en manœuvres politiques », selon un proche d'Edouard Philippe, Jean-Paul Delevoye se montre "
     "redoutable.", "un proche d'Edouard Philippe"),
    ("Elle est proche de sa tante. « Et cela facilite leur relation », explique un proche de Marion Maréchal-Le Pen.",
     "un proche de Marion Maréchal-Le Pen"),
])
def test_someone_elses_title_is_not_that_person(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize("text", [
    "Patrick Bruel a lui aussi rendu un hommage en interprétant une de ses nouvelles chansons, « Héros ».",
    "Laeticia Hallyday assure la promotion du dernier album de Johnny Hallyday « Mon pays c'est l'amour », dont "
    "la sortie est prévue le 19 octobre.",
])
def test_the_title_of_a_work_is_no_quote(text):
    assert _quotes(text) == []


def test_a_verbless_quote_in_a_sentence_about_a_named_person_is_theirs():
    text = ("Marlène Schiappa n'avait pas manifesté, car elle était « une travailleuse indépendante » et qu'elle "
            "n'avait « pas le choix ».")
    assert {q[1] for q in _quotes(text)} == {"Marlène Schiappa"}


def test_a_speech_verb_opening_the_quote_and_a_clause_quoted_after_it():
    text = ("Interrogé sur les violences, le Premier ministre Jean Castex a « demandé à ce que soient travaillées deux "
            "pistes » : la prévention ainsi que les éducateurs de rue « qu'il faut renforcer ».")
    assert _quotes(text) == [("demandé à ce que soient travaillées deux pistes", "Jean Castex", "demander"),
                             ("qu'il faut renforcer", "Jean Castex", "demander")]


def test_a_gerund_the_tagger_took_for_a_noun_is_a_speech_verb():
    text = ("Elisabeth Kendall, spécialiste du Yémen, y a vu un progrès, tout en estimant que l'\"échange des "
            "prisonniers n'est pas de nature à combler le fossé entre les parties\".")
    assert _quotes(text)[0][1:] == ("Elisabeth Kendall", "estimer")


def test_a_quoted_name_that_speaks_is_no_quote():
    text = ("La Tunisie a reculé au classement. « Les voix des Femmes » appelle les parties concernées à prendre en "
            "considération ces résultats.")
    assert _quotes(text) == []


def test_il_and_elle_go_to_a_person_of_that_sex_where_the_text_tells_it():
    text = ("Le président Kaïs Saïed a défendu son plan. Mais pour la manifestante Neemat Badreddine, rien n'a changé. "
            "« Ce cabinet a adopté les mêmes politiques que les gouvernements précédents », regrette-t-elle.")
    assert _quotes(text)[0][1] == "Neemat Badreddine"


def test_selon_lui_nearer_than_the_verb_gives_the_verb_selon():
    text = ("Jordan Bardella a accusé Jean-Luc Mélenchon de se rallier au CCIF qui est, selon lui, « une organisation "
            "islamiste ».")
    assert _quotes(text)[0][1:] == ("Jordan Bardella", "selon")


def _spans(text, finder=find_marked):
    return [text[m.start:m.end] for m in finder(text)]


def test_mixed_marks_close_the_open_quote():
    text = "Elle a écrit : \"Voilà une escroquerie », a-t-elle twitté. Puis “c'est fini\". Et ‹ non › aussi."
    assert _spans(text) == ["Voilà une escroquerie", "c'est fini", "non"]
    text = "He said ``we will win'' and left."
    assert _spans(text) == ["we will win"]


def test_nested_quotes_are_not_cut_at_the_inner_mark():
    text = "\"Je ne suis pas pour la \"peopolisation\", il le sait. Point\", a confié X. Puis \"oui\"."
    assert _spans(text) == ["Je ne suis pas pour la \"peopolisation\", il le sait. Point", "oui"]
    text = "« Je lui ai dit : 'Veux-tu venir ?'. Il a dit non », raconte-t-il."
    assert _spans(text) == ["Je lui ai dit : 'Veux-tu venir ?'. Il a dit non"]
    assert _spans(text, find_nested) == ["Veux-tu venir ?"]


def test_a_stray_straight_mark_does_not_swallow_the_paragraph():
    text = ('Il dénonce une "grève sauvage à "l\'impact inacceptable pour les Français". "J\'ai demandé '
            'des suites", a déclaré le ministre. Le droit est "un droit syndical", a-t-il dit.')
    assert _spans(text) == ["l'impact inacceptable pour les Français", "J'ai demandé des suites", "un droit syndical"]
    text = 'un "détournement du droit"et une "grève". Le "nombre remonte" dans le pays", dit-il. "Oui".'
    assert _spans(text) == ["détournement du droit", "grève", "nombre remonte", "Oui"]


def test_glued_marks_open_or_close_by_their_sides():
    text = 'Il y a "grève surprise"."Ce n\'est pas une grève", a réagi X. "Il faut agir !""Apparemment, oui", dit Y.'
    assert _spans(text) == ["grève surprise", "Ce n'est pas une grève", "Il faut agir !", "Apparemment, oui"]


def test_a_closing_mark_glued_to_the_next_sentence_closes_after_a_sentence_end():
    """'…osez-vous?!"La jeune…': no space after the closing mark, but the sentence ended before it."""
    text = 'Elle déclare : "Comment osez-vous?!"La jeune femme est partie. Il parle de "problèmes..."D\'après lui, "oui".'
    assert _spans(text) == ["Comment osez-vous?!", "problèmes...", "oui"]


def test_a_quote_over_several_paragraphs():
    text = ('The chief said: "The first paragraph of what I said.\n\n"And the second one," he added. '
            '"A new quote."')
    assert _spans(text) == ['The first paragraph of what I said.\n\n"And the second one,', "A new quote."]
    text = 'He said "an unclosed quote.\n\nA new paragraph "with a quote".'
    assert _spans(text) == ["with a quote"]


@pytest.mark.parametrize("text, lang, expected", [
    ('The mayor spoke to reporters on Monday. "It\'s a major job," he said. His wife wrote the novel '
     '"Waves Of Tomorrow" last year, which sold well.', "en", ["It's a major job,"]),
    ("Le maire a parlé lundi. « C'est un gros travail », a-t-il dit. Sa femme a écrit le roman « Les Nuits de "
     "Paris » l'an dernier, et Marie Dupont a dit « non ».", "fr", ["C'est un gros travail", "non"]),
    ("Le ministre a dénoncé une « escroquerie ». Il a reçu la militante « Christelle » hier.", "fr", ["escroquerie"]),
])
def test_quote_or_name_by_form_and_role_not_length(text, lang, expected):
    """A short full sentence or a qualification a speech verb governs is a quote; a capitalised verbless
    title or a proper name, quoted inside a sentence, is not (the quote_form score)."""
    assert [q.text for q in brief(text, lang=lang).quotes if q.kind == "direct"] == expected


@pytest.mark.parametrize("text, lang", [
    ("« Nous sommes ravis », a déclaré le producteur Paul Martin. Ce film est une plongée dans l'univers des « gig "
     "workers » (« travailleurs des plateformes »), ces jeunes livreurs. Il a joué dans « Under the Bridge » du cinéaste "
     "Marco Rossi.", "fr"),
    ('"We are delighted," said producer Paul Martin. The film is a dive into the world of "gig workers" ("travailleurs '
     'des plateformes"), these young riders. He starred in "A Bridge too far" of director Marco Rossi.', "en"),
])
def test_a_gloss_in_parentheses_and_a_work_by_its_author_are_names(text, lang):
    assert [q.text.rstrip(",") for q in brief(text, lang=lang).quotes if q.kind == "direct"] == [
        "Nous sommes ravis" if lang == "fr" else "We are delighted"]


@pytest.mark.parametrize("text", [
    "Apple va aussi lancer les « app clips », sorte de mini applications.",
    "M. Graner s'était vu opposer le « secret défense » malgré la décision de déclassifier ces documents.",
    "Allan Lichtman a détaillé dans le New York Times ses « 13 clés pour remporter la Maison Blanche ».",
])
def test_a_verb_reporting_speech_only_with_a_clause_acts_on_its_quoted_object_as_on_a_thing(text):
    """Lancer, opposer, détailler (speech_verbs.tsv kind clause) report speech with a clause, a quote standing
    alone or an incise; a quoted noun phrase as their object is a thing's name, not words."""
    assert _quotes(text) == []


def test_a_verb_reporting_speech_only_with_a_clause_still_reports_it():
    text = ("Le ministre a détaillé : « Nous allons fermer les écoles. » « Ce sera difficile », a-t-il lancé. "
            "Il a jugé la décision « inacceptable ».")
    assert [q[0] for q in _quotes(text)] == ["Nous allons fermer les écoles.", "Ce sera difficile", "inacceptable"]


@pytest.mark.parametrize("text", [
    "Mme Oppenheimer, 53 ans, qui brandissait une pancarte « La police est l'outil du fascisme », a défilé.",
    "Léa Salamé enregistrait son dernier numéro d'« On n'est pas couché » jeudi 23 juin.",
])
def test_an_inscription_or_an_instalment_named_by_its_carrier_is_no_quote(text):
    """What a placard reads, the show an instalment belongs to (words.tsv title_cue), even past an elided
    determiner the tokenizer split ("d' «")."""
    assert _quotes(text) == []


def test_quoted_words_in_the_inverted_subject_of_an_incise_describe_the_speaker():
    text = ("« Macron ne veut pas braquer les oppositions sur une simple question de forme », explique "
            "« un important macroniste » au Parisien ce mardi.")
    assert [q[0] for q in _quotes(text)] == ["Macron ne veut pas braquer les oppositions sur une simple question de forme"]


def test_a_long_title_after_an_incise_verb_runs_on_to_its_holder_name():
    """The inverted subject's title and its complements (bodies, places, an acronym in parentheses) end on
    the holder's name, with or without an apposition comma; a name right after 'de' completes the title."""
    text = ("Les plages des Landes restent ouvertes. « Il n'y a pas eu de problèmes chez nous », a déclaré le "
            "président du syndicat mixte de gestion des baignades landaises (SMGBL) Hervé Bouyrie, maire de "
            "Messanges. « Jamais cet événement n'a été programmé de notre part », a renchéri le chef du service "
            "de presse de l'équipe de France, Philippe Tournon, ce mardi.")
    assert [q[1] for q in _quotes(text)] == ["Hervé Bouyrie", "Philippe Tournon"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre défend sa réforme. La réforme « garantit le secret fiscal », fait-il valoir.", "fr",
     ["garantit le secret fiscal"]),
    ('The foreign minister called the agreements "null and void" on Monday.', "en", ["null and void"]),
])
def test_quoted_words_that_say_something_of_a_cue_noun_do_not_name_it(text, lang, expected):
    """A cue noun ("réforme", "agreement": project_cues, title_cue) names the quoted words after it only when they
    are a name: not a verb it is the subject of, nor an adjective qualifying it."""
    assert [q.text for q in brief(text, lang=lang).quotes if q.kind == "direct"] == expected


def test_a_quoted_sentence_followed_by_a_name_is_no_work_by_its_author():
    """A capitalised title followed by 'de'/'à' and a name is a work by its author; a quote of a sentence or more
    (TITLE_MAX_WORDS) is no title, whatever name follows it."""
    text = ("« Tous les signataires de la tribune ont reçu des menaces et des intimidations qui ne garantissent pas leur "
            "sécurité » à Matignon, a confirmé Benjamin Cauchy.")
    assert [q[0] for q in _quotes(text)] == ["Tous les signataires de la tribune ont reçu des menaces et des "
                                             "intimidations qui ne garantissent pas leur sécurité"]


def test_an_infinitive_after_de_is_no_label_completing_a_noun():
    """'l'abolition du « délit de solidarité »' labels a thing; 'une manière de « personnaliser la relation »' is an
    action someone put in words (a verb as the quoted words' root)."""
    text = "Les surnoms seraient une manière de « personnaliser la relation » selon une psychologue."
    assert [q[0] for q in _quotes(text)] == ["personnaliser la relation"]


@pytest.mark.parametrize("text, lang, expected", [
    # an adverb of degree: an evaluation someone makes ("degree")
    ("La rencontre a été tendue. Voire « très, très tendue », comme le rapporte un témoin.", "fr", ["très, très tendue"]),
    # after an indefinite article: a qualification ("indefinite_before")
    ("Selon le syndicat, la direction fait un « chantage », et les salariés refusent.", "fr", ["chantage"]),
    # a coordination: a description someone gives ("coordinated")
    ("Selon lui, des échanges « nourris et denses » ont eu lieu.", "fr", ["nourris et denses"]),
    # a term the article takes up unquoted is its own, not someone's words ("used_unquoted": weighed again since the
    # refit on the tuning part with the eighth blind batch, where scare-quoted nouns the article reuses were taken)
    ("Le texte vise les « chauffards » du dimanche, a expliqué le ministre. Les chauffards seront punis.", "fr", []),
    # a speech noun names the medium of the words, not words ("speech_noun_root")
    ('"This is unacceptable," he said in a "strong message" on Monday.', "en", ["This is unacceptable,"]),
])
def test_quote_or_name_by_what_the_quoted_words_hold_and_whether_the_article_reuses_them(text, lang, expected):
    """The quote_form score's features of content: a degree adverb, an indefinite article before, a coordination, the
    same words unquoted elsewhere, a speech noun as the root. (A figure inside the marks, "number", no longer
    decides: the refit by leaving articles out weighs it nothing; "Selon elle, il y avait « 8.000 lapins »" is no
    longer taken.)"""
    assert [q.text for q in brief(text, lang=lang).quotes if q.kind == "direct"] == expected


def test_a_quoted_noun_after_a_demonstrative_is_a_label():
    """'Cette "bourde" en rappelle d'autres' (a dev-set article): the narrator names again a thing already told,
    in scare quotes; no one's words, whatever the form score says of a one-word quote after a quote with a
    speaker (the score alone kept it once refitted)."""
    from briefcli import brief

    text = (SAMPLES / "dev" / "orangesum-27108.fr.txt").read_text(encoding="utf-8")
    quotes = [q.text for q in brief(text, lang="fr").quotes if q.kind == "direct"]
    assert "bourde" not in quotes and "j'ai répondu très vite, je l'assume !" in quotes


@pytest.mark.parametrize("text, lang", [
    ("« Il faut agir vite », a déclaré Paul Martin. Il s'exprimait devant une nouvelle affiche frontiste : « Brexit, et "
     "maintenant la France ! » La reprise du terme « racisé », utilisé dans certains milieux, a choqué. Salvador Mancip "
     "est médecin et auteur des « Grandes épidémies modernes ».", "fr"),
    ('"We must act fast," said Paul Martin. Members protested by holding signs which read "silenced" during the session. '
     'The use of the term "racialised" shocked. Salvador Mancip is a doctor and author of "Great Modern Epidemics".', "en"),
])
def test_words_a_noun_mentions_or_a_sign_shows_are_names(text, lang):
    """A mention noun ("terme", "term") before the marks, a sign noun reaching over its adjectives to a colon or a
    relative whose verb shows ("signs which read"), a maker of works before its title (mention_noun, sign_noun,
    display_verb, work_maker): the quoted words are shown, not said."""
    assert [q.text.rstrip(",") for q in brief(text, lang=lang).quotes if q.kind == "direct"] == [
        "Il faut agir vite" if lang == "fr" else "We must act fast"]



@pytest.mark.parametrize("text, lang", [
    ("Le ministre a martelé son refus dans un « message ferme » adressé aux syndicats. Emmanuel Macron a adressé une "
     "« lettre aux Français » dimanche, a annoncé l'Elysée.", "fr"),
    ('The minister stressed his refusal in a "firm message" sent to the unions. The president sent a "letter to the '
     'nation" on Sunday, the White House announced.', "en"),
])
def test_a_quoted_speech_noun_after_a_determiner_names_the_message(text, lang):
    """A determiner outside the marks and a verbless group headed by a speech or document noun inside ("dans un
    « message ferme »"): the name of the message, not its words (_names_a_message)."""
    assert [q.text for q in brief(text, lang=lang).quotes if q.kind == "direct"] == []


def test_a_subject_pronoun_goes_on_with_the_subject_of_the_sentence_before():
    # "a-t-il écrit" is Paul Leroy, the subject just before, not Pierre Martin who spoke further back
    text = ("Le maire Pierre Martin a présenté le projet lundi. « Nous allons agir vite », a déclaré Pierre Martin. "
            "Le conseiller municipal Paul Leroy lui a répondu mardi sur Twitter. "
            "« C'est une erreur grave pour la ville », a-t-il écrit.")
    assert [q[1] for q in _quotes(text)] == ["Pierre Martin", "Paul Leroy"]


def test_the_place_completing_a_title_is_not_the_subject_that_speaks():
    # the parse takes "Marne" for the subject of "a déploré": the deputy speaks, not the place he represents
    text = ("Le patron du PS Olivier Faure a réuni son parti. « Il faut clarifier nos positions », a-t-il insisté. "
            "Le député de Seine-et Marne a aussi déploré que l'idée d'un campus soit « en cale sèche ».")
    assert _quotes(text)[1][1] != "Seine-et Marne"


def test_name_given_through_comme_after_a_naming_verb():
    """A naming verb, its object and "comme" / "as": the quoted words are the name the verb gives, not words said."""
    text = ("L'entreprise a son siège à Dublin, a expliqué le ministre, ce qui désignerait l'autorité irlandaise "
            "comme « l'autorité cheffe de file » pour les enquêtes.")
    assert _quotes(text) == []


def test_speaker_naming_as_she_speaks_is_quoted():
    text = 'Calling it as "just another apology", Anna Smith of the charity told Reuters the plan had failed.'
    assert [q[0] for q in _quotes(text)] == ["just another apology"]


def test_words_a_quote_reports_after_a_speech_verb_are_quotes_too():
    """A quote inside a quote, after a speech verb and a colon, is words said in their turn; a word the speaker
    only puts in marks ("un 'surraccident'") is not."""
    text = ("« Un soir, j'étais avec un ami et je lui ai dit : 'Veux-tu venir avec moi ?'. Il faut éviter un "
            "'surraccident' », raconte Benjamin Castaldi.")
    texts = [q[0] for q in _quotes(text)]
    assert "Veux-tu venir avec moi ?" in texts
    assert "surraccident" not in texts


def test_a_description_right_after_a_speaker_describes_that_speaker_again():
    # "s'interroge ce père de deux enfants": Mladen Kriz, who spoke just before (the quote's own sentences
    # do not count as distance), not the article's main person
    text = ("A Barcelone, Laia Torra, professeure de sport de 39 ans, nage chaque matin. « Nous revivons », raconte Laia Torra.\n\n"
            "« Nous avons pu nous détendre un peu pendant ces trois mois », explique Mladen Kriz, technicien télécom de 43 ans. "
            "Les bateaux de croisière ne mouillent plus dans le petit port. « Et cet été, nous pourrons nous baigner "
            "tranquillement en ville. Mais en même temps, sans touristes c'est un peu vide. Et beaucoup de gens vivent de "
            "ça ici. De quoi vivrons-nous sans touristes ? », s'interroge ce père de deux enfants, dont la femme est guide.")
    assert _quotes(text)[2][1] == "Mladen Kriz"


def test_a_title_behind_a_hyphenated_prefix_is_that_title():
    # "l'ex-actrice" is a title like "l'actrice": it refers back to Brigitte Bardot, not left as a phrase
    text = ("Brigitte Bardot, ex-actrice, soutient les gilets jaunes dans une interview au Parisien. "
            "« Je suis avec eux. Macron n'a pas accordé la baisse des taxes », dénonce la présidente de la Fondation "
            "Bardot, qui oppose « les ministres avec chauffeur » aux autres. "
            "« Une prime de Noël aux gilets jaunes » « Macron tue les petites gens », s'insurge encore l'ex-actrice.")
    assert _quotes(text)[-1][1] == "Brigitte Bardot"



def test_form_features_of_a_coordinated_subject_and_of_counted_apposed_and_compared_words():
    """Features of the quote_form score: quoted words subject of a verb that reports nothing, over a coordination
    with other quoted words ("« Mon lapin » et « mon canard » se classent"); a figure before the marks
    ("2.102 « preprints »"); an apposition to a name ("Chantal Perrotin, « cosignataire » de"); "comme" before."""
    from briefcli.api import brief_article
    from briefcli.extract.stages import Traces
    from briefcli.inputs import Article

    features = {}
    for text in ("Le sondage a été publié lundi. « Mon lapin » et « mon canard » se classent loin derrière, détaille le journal.",
                 "Interrogée sur France Info, Chantal Perrotin, « cosignataire » de la tribune, a quitté la salle.",
                 "Le groupe compte 2.102 « preprints » liés au virus, selon le chercheur.",
                 "Le ministre a présenté le changement comme un « bond en avant pour le Mac »."):
        traces = Traces()
        brief_article(Article(name="t", text=text), lang="fr", traces=traces)
        features.update({traces.text[m.start:m.end]: f for m, f in traces.quote_features})
    assert features["Mon lapin"]["subject_of_verb"] == 1.0
    assert features["preprints"]["counted"] == 1.0
    assert features["cosignataire"]["apposed"] == 1.0
    assert features["bond en avant pour le Mac"]["after_as"] == 1.0


def test_words_after_the_participle_dit_name_a_thing():
    """"dits « à la roulotte »": the bare participle of "dire" after a noun is "so-called", not a speech verb."""
    text = ("Selon le ministère, les vols dans les véhicules, dits « à la roulotte », ont aussi progressé. "
            "Le ministre a dit « non » au projet.")
    assert [q[0] for q in _quotes(text)] == ["non"]



def test_a_name_after_an_account_noun_and_its_platform():
    """"le compte Facebook « X »": an account noun, its platform's name, then the account's name, not words said."""
    text = ('Le chanteur est à Paris. "Il est en maison de repos de sa propre volonté! Rien de grave!", indique le compte '
            'Facebook "Renaud le phénix", géré par des proches de l\'artiste.')
    assert [q[0] for q in _quotes(text)] == ["Il est en maison de repos de sa propre volonté! Rien de grave!"]


def test_a_relative_after_a_title_s_complement_goes_with_the_title():
    # "la présidente de la Fondation Bardot, qui oppose « … »": the president speaks, not the foundation
    text = ("L'actrice Brigitte Bardot soutient les gilets jaunes. La Fondation Bardot a publié un communiqué lundi. "
            "Dans une interview, la présidente de la Fondation Bardot, qui oppose « les ministres avec chauffeur et "
            "les gens qui ont trois francs six sous », dénonce la politique du gouvernement.")
    assert _quotes(text)[0][1] != "Fondation Bardot"


def test_d_apres_is_reported_as_selon():
    # the spec: "selon X" / "d'après X" → "selon" (models/fr/speech_verbs.tsv, column `as`)
    text = "La victime hébergeait le propriétaire du chiot, « un marginal », d'après son avocat Me Patrice Grillon."
    assert _quotes(text)[0][2] == "selon"


def test_of_several_sources_in_a_sentence_the_nearest_to_the_quote_gives_it():
    # "18 000 selon la police, « des dizaines de milliers » d'après les organisateurs": the organisers' count
    text = ("Sous la pluie, plus de 18.000 personnes selon la police, « des dizaines de milliers » d'après les "
            "organisateurs, ont écouté samedi les discours des militants.")
    assert _quotes(text)[0][1:] == ("les organisateurs", "selon")


def test_long_item_of_a_list_of_quoted_charges_is_a_name():
    # an item of a list of quoted charges opened by "pour": a charge's name however long its legal wording
    text = ("Le professeur Jean Martin a été interpellé mardi à Lyon par les policiers. Il a été mis en examen pour "
            "« viols sur mineurs », « détention et captation en vue de sa diffusion d'images à caractère "
            "pornographique sur un mineur de quinze ans » et « corruption de mineur ». Il a été placé en détention.")
    texts = [q[0] for q in _quotes(text)]
    assert not any(t.startswith("détention et captation") for t in texts)


@pytest.mark.parametrize("text, lang", [
    ("« Je suis ravi de danser », a déclaré Paul Martin. Le casting compte aussi l'acteur de « Demain nous appartient » "
     "Clément Rémiens et la présentatrice de « Ninja Warrior » Iris Mittenaere.", "fr"),
    ('"I am glad to dance," said Paul Martin. The cast also has the actor of "Tomorrow Belongs To Us" Clement Remiens '
     'and the host of "Ninja Warrior" Iris Mittenaere.', "en"),
])
def test_title_after_a_performer_of_the_work_is_a_name(text, lang):
    """A performer or host of a work and "de" / "of" before its capitalised title (work_maker): the title is a name,
    even when it reads as a clause ("Demain nous appartient")."""
    assert [q.text.rstrip(",") for q in brief(text, lang=lang).quotes if q.kind == "direct"] == [
        "Je suis ravi de danser" if lang == "fr" else "I am glad to dance"]


def test_so_called_after_a_quoted_noun_group_is_a_name():
    # "dits" after a noun group in marks of its own: the French "so-called", the words after are a name
    text = ("« Il faut agir vite », a déclaré Paul Martin. Capital rappelle que la hausse est calculée selon des "
            "« traitements bruts » dits « hors échelle », le plus haut échelon des rémunérations.")
    assert "hors échelle" not in [q[0] for q in _quotes(text)]


def test_quoted_words_in_the_speakers_own_group_are_not_quotes():
    # the incise's inverted subject runs on with a title whose complement holds a word in marks: it says who
    # speaks, not what is said
    text = ("« Tout a commencé avec le téléphone, qui demandait des capacités impossibles », a raconté Jean Martin, "
            "responsable des technologies « hardware » du groupe. « Les développeurs vont devoir s'adapter », a-t-il ajouté.")
    quotes = _quotes(text)
    assert [q[0] for q in quotes] == ["Tout a commencé avec le téléphone, qui demandait des capacités impossibles",
                                      "Les développeurs vont devoir s'adapter"]
    assert quotes[0][1] == "Jean Martin"


def test_a_clause_after_a_fronted_phrase_is_no_incise():
    # the quoted words end a verbless phrase set before the main clause; the clause after the comma, its subject
    # before its verb, is the sentence's own, not an incise reporting them
    text = ("Le mouvement des gilets jaunes se divise. Parmi les membres historiques les plus connus des « gilets "
            "jaunes », Eric Drouet a en effet appelé à l'intensification du mouvement samedi.")
    assert _quotes(text) == []


def test_words_between_a_noun_and_its_complement_are_a_label():
    # inside one noun group, between the noun and its "de" complement, the quoted words qualify or name the thing,
    # whatever the parse made of them
    text = ("Le maire a fermé deux plages samedi. « Les gens ne respectent pas les règles », a-t-il ajouté, "
            "déplorant que des promeneurs ne respectent pas le caractère « dynamique » de la plage.")
    assert [q[0] for q in _quotes(text)] == ["Les gens ne respectent pas les règles"]


def test_a_noun_the_tagger_took_for_a_finite_verb_holds_no_clause():
    # "selfie" tagged a finite verb but parsed as the modifier of "vidéo": no clause in the marks, a label
    from briefcli.extract.quotes import _finite
    from .conftest import parsed_context

    text = ('Après avoir découvert une vidéo "selfie" de deux manchots empereurs, l\'explorateur a posté l\'extrait. '
            '"C\'est incroyable", a-t-il déclaré.')
    ctx = parsed_context(text, "fr")
    word = next(t for t in ctx.doc if t.text == "selfie")
    if "Fin" in word.morph.get("VerbForm"):  # the tagger's error this test is about
        assert not _finite(word, ctx.doc[word.i:word.i + 1])
    assert [q[0] for q in _quotes(text)] == ["C'est incroyable"]


def test_a_title_after_a_relative_clause_on_a_work_noun():
    # the object relative stands for the book: the capitalised words in marks after its verb are the book's title
    text = ("Ismaël Emelien et David Amiel devraient s'atteler à la promotion du livre qu'ils ont coécrit "
            '"Le progrès ne tombe pas du ciel". "Nous partons sans regret", a déclaré David Amiel.')
    assert [q[0] for q in _quotes(text)] == ["Nous partons sans regret"]


def test_words_named_by_the_so_called_participle_after_them():
    # "des « X » dits « Y »": X is the thing the so-called name Y is given to, a term, not someone's words
    text = ('Ils toucheront 10 094 euros par mois. Capital rappelle que cette revalorisation est automatique chaque année '
            'et calculée selon des "traitements bruts des fonctionnaires" dits "hors échelle", soit le plus haut échelon '
            'des rémunérations. "Cela peut se faire" dit-il.')
    assert [q[0] for q in _quotes(text)] == ["Cela peut se faire"]


def test_a_quote_whose_opening_mark_was_lost_opens_with_its_sentence():
    # a closing mark with nothing open, before an incise's comma: the quote runs from its sentence's start
    text = ('Les gardes vont surveiller la zone. S\'ils retournent dans les forêts, cela signifie que tout va bien", '
            'a relevé Eileen Larney. Il a répondu "oui".')
    assert [text[m.start:m.end] for m in find_marked(text)] == [
        "S'ils retournent dans les forêts, cela signifie que tout va bien", "oui"]
    assert ("S'ils retournent dans les forêts, cela signifie que tout va bien", "Eileen Larney", "relever") in _quotes(text)


@pytest.mark.parametrize("text", [
    "Sur la route du village, un panneau rouillé indique « zone contaminée interdite ». Les habitants sont partis.",
    "Sur le mur de la mairie, l'inscription « était un voleur » a été peinte dans la nuit, selon la police.",
])
def test_words_a_sign_shows_are_no_quote(text):
    # a sign noun subject of a display verb, or right before the marks: the sign shows the words, nobody says them
    assert _quotes(text) == []




@pytest.mark.parametrize("text", [
    "« C'est une honte », a déclaré la ministre Marie Durand. Elle a fait l'objet d'une cagnotte « pour que Durand se "
    "taise ».",
    "« Il y a un énorme enjeu de publication pour le financement des équipes », rappelle Anne Duguet, spécialiste en "
    "éthique médicale à l'Université de Toulouse, co-auteure début avril d'un papier « Essai clinique et traitement: "
    "quelle éthique en cas d'urgence sanitaire? », consacré notamment aux études du professeur Didier Raoult.",
])
def test_the_name_of_a_fund_or_a_paper_is_no_quote(text):
    # words.tsv title_cue: nouns that announce the name of a thing (a fundraiser, a petition, a paper, an op-ed); a
    # clause of its own after the noun ("pour que … se taise") names it too, whatever the tagger made of its verb
    assert len(_quotes(text)) == 1


def test_a_bare_noun_group_apposed_to_a_name_is_a_label():
    text = ("Interrogée sur France info, Chantal Perrotin, « gilet jaune » en Auvergne-Rhône-Alpes et cosignataire "
            "de la tribune explique à son tour : « Matignon c'est annulé pour l'instant ». « Il faut du calme », "
            "a-t-elle ajouté.")
    assert [q[0] for q in _quotes(text)] == ["Matignon c'est annulé pour l'instant", "Il faut du calme"]


@pytest.mark.parametrize("text, quoted", [
    ("Yannick Jadot a proposé jeudi de « restaurer » 300.000 emplois aidés en 2020.", "restaurer"),  # acted on
    ("Ces assistants auront pour mission de « décharger » les médecins des tâches administratives, a dit le ministre.",
     "décharger"),  # after a title cue
    ("L'impôt de solidarité sur la fortune taxait le capital. Sa suppression avait été jugée nécessaire par Emmanuel "
     "Macron pour « faciliter l'émergence de champions » en espérant des investissements.",
     "faciliter l'émergence de champions"),  # after a charge preposition
])
def test_quoted_words_opening_on_an_infinitive_are_an_action_put_in_words(text, quoted):
    assert [q[0] for q in _quotes(text)] == [quoted]


def test_a_word_in_a_clause_the_verb_reports_is_no_thing_it_acts_on():
    # a subordinate clause (conjunction, finite verb) between the speech verb and the marks: the words are said
    text = ("Le sénateur Rand Paul a paru faire sortir Anthony Fauci de son flegme en lui lançant qu'il n'était pas "
            "l'unique « référence » sur la question de savoir quand redémarrer l'économie.")
    assert [q[0] for q in _quotes(text)] == ["référence"]


def test_an_incise_after_the_quoted_words_says_them_in_their_sentence():
    # "…, a ajouté X" after the marks: the sentence reports speech, a noun's complement in marks is no label by rule
    from briefcli.extract.quotes import _said_in_sentence, _tokens_between
    from .conftest import parsed_context

    text = ("M. Penberton fait l'objet d'une interdiction du territoire en raison des « risques pour la sécurité "
            "publique » qu'il représente, a ajouté le bureau de l'immigration.")
    ctx = parsed_context(text, "fr")
    start = text.index("risques")
    span = _tokens_between(ctx, start, text.index(" »"))
    assert _said_in_sentence(ctx, span)


def test_a_participle_after_a_comma_is_no_incise_after_the_quoted_words():
    # ", enchaînant les petits boulots": a phrase of its own, not "…, a ajouté X": the sentence reports no speech
    from briefcli.extract.quotes import _said_in_sentence, _tokens_between
    from .conftest import parsed_context

    text = ("Ce film est une plongée dans l'univers des « van dwellers », ces Américains qui vivent dans leur véhicule "
            "aménagé, enchaînant les petits boulots.")
    ctx = parsed_context(text, "fr")
    span = _tokens_between(ctx, text.index("van"), text.index(" »"))
    assert not _said_in_sentence(ctx, span)


def test_a_name_in_the_complement_of_the_subject_is_not_who_speaks():
    # "le conseiller santé de Donald Trump … en déclarant": the adviser speaks (the person just named), not Trump,
    # though the parse leaves Trump right before the verb
    text = ("Anthony Fauci a été entendu mardi par le Sénat. Le conseiller santé de Donald Trump avait lancé un "
            "avertissement la veille, en déclarant que les Etats-Unis risqueraient de connaître « des morts inutiles ».")
    assert _quotes(text)[0][1] == "Anthony Fauci"


def test_a_title_apposed_to_a_name_opening_the_clause_is_that_person():
    # "Sibeth Ndiaye, la porte-parole du gouvernement s'est dite": the name is the anchor, the title (which the parse
    # may take for the subject, the apposition's closing comma missing) only describes her; not a name after a
    # preposition ("Selon Jean Dupont, le ministre a dit")
    from briefcli.extract import actors, resolution
    from briefcli.extract.cues import _speaker_subject

    from .conftest import parsed_context

    for text, verb, expected in (
            ("Le parti a indiqué sa position dans un communiqué.Invité de BFMTV, Sibeth Ndiaye, la porte-parole du "
             "gouvernement s'est dite \"déçue\".", "dite", "Sibeth"),
            ("Selon Jean Dupont, le ministre a dit sa déception.", "dit", "ministre")):
        ctx = parsed_context(text, "fr")
        actors.extract(ctx)
        resolver = resolution.Resolver(ctx, {})
        v = next(t for t in ctx.doc if t.text == verb)
        assert _speaker_subject(ctx, resolver, v).text == expected


def test_a_place_the_parse_made_the_subject_of_an_incise_is_not_who_speaks():
    # "…, le Cher, …, détaille Météo-France": a list of places before an incise verb, the parse took one for its
    # subject; the body named right after the verb speaks (and the next quote goes on with it, not with the place)
    from briefcli.extract import actors, resolution
    from briefcli.extract.cues import _speaker_subject

    from .conftest import parsed_context

    text = ("Les départements concernés sont l'Aveyron, le Cher, la Corrèze, la Creuse, la Dordogne, l'Indre, Paris, "
            "Oise et Seine-Maritime, détaille Météo-France dans son bulletin.")
    ctx = parsed_context(text, "fr")
    actors.extract(ctx)
    resolver = resolution.Resolver(ctx, {})
    verb = next(t for t in ctx.doc if t.text == "détaille")
    assert resolver.entity_at[_speaker_subject(ctx, resolver, verb).i].kind == "organization"


def test_form_feature_of_words_subject_of_a_verb_nobody_is_said_to_speak():
    """unsaid_subject: quoted words subject of a verb that reports nothing, with no speaker in their sentence
    ("« Mon cœur » arrive en tête", "whether 'technical errors' is a feasible explanation") are talked of as a thing;
    the same construction with a speaker ("Paul Martin a dit que « seul choix » reste possible") is not."""
    from briefcli.api import brief_article
    from briefcli.extract.stages import Traces
    from briefcli.inputs import Article

    features = {}
    for text, lang in (("Le sondage a été publié lundi. « Mon cœur » arrive en tête du classement des surnoms.", "fr"),
                       ("Paul Martin a dit que « seul choix » reste possible.", "fr"),
                       ("The agency is studying whether \"technical errors\" is a feasible explanation for the incident.", "en")):
        traces = Traces()
        brief_article(Article(name="t", text=text), lang=lang, traces=traces)
        features.update({traces.text[m.start:m.end]: f for m, f in traces.quote_features})
    assert features["Mon cœur"]["unsaid_subject"] == 1.0
    assert features["technical errors"]["unsaid_subject"] == 1.0
    assert features["seul choix"]["subject_of_verb"] == 1.0 and features["seul choix"]["unsaid_subject"] == 0.0


def test_the_form_score_weighs_only_the_features_that_hold_out_of_the_articles_fitted_on():
    """quote_form.tsv weighs the few features chosen by leaving articles out (scripts/fit_quote_form.py FEATURES):
    no weight on a figure inside the marks ("number", which the tagger gives "un/une" too: a capitalised title
    opening on "Un" scored as a quote), nor on the words right before the marks (determiner, noun, indefinite), the
    auxiliary outside, the bare subject_of_verb (unsaid_subject instead). A created thing's capitalised, verbless
    name after a quote is a name; the quote before it stays one."""
    from briefcli.lexicon import models_dir

    for lang in ("fr", "en"):
        weights = {line.split("\t")[0] for line in (models_dir() / lang / "quote_form.tsv").read_text(encoding="utf-8")
                   .splitlines() if "\t" in line and not line.startswith("#")}
        assert not weights & {"number", "determiner_before", "noun_before", "indefinite_before", "aux_before",
                              "subject_of_verb"}
        assert "unsaid_subject" in weights
    text = "« Nous allons les aider », a déclaré Paul Martin. Ils ont créé « Un toit pour les sinistrés » lundi."
    assert [q.text for q in brief(text, lang="fr").quotes if q.kind == "direct"] == ["Nous allons les aider"]


def test_a_noun_of_an_age_decade_is_the_person_of_that_age():
    # "assure le trentenaire": the one person the text gives an age in the thirties ("Ismaël Emelien, 31 ans"), even
    # named later, not the last person named (words.tsv age_decade_N, age_unit)
    text = ("Ismaël Emelien va quitter l'Elysée. David Amiel, autre conseiller, a également annoncé qu'il allait "
            "démissionner. « Mon départ correspond à une nouvelle étape », assure le trentenaire. Ismaël Emelien, 31 ans, "
            "fait partie de la garde rapprochée. David Amiel, 27 ans, est plus discret.")
    assert _quotes(text)[0][1] == "Ismaël Emelien"
