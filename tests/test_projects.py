"""Projects: named or clearly identified undertakings, not any noun that can name one."""
from __future__ import annotations

import pytest

from briefcli import brief


def _projects(text: str) -> list[str]:
    return [p.name for p in brief(text, lang="fr").projects]


@pytest.mark.parametrize("text, name", [
    ("Le CICR supervisera l'accord conclu en Suisse la semaine dernière.", "accord conclu en Suisse"),
    ("Le nouveau « schéma national du maintien de l'ordre », publié jeudi, n'est pas conforme aux principes "
     "de la liberté d'informer, estiment les sociétés des journalistes.", "schéma national du maintien de l'ordre"),
    ("Le groupe ADP gère les aéroports parisiens. Les députés s'opposent à la privatisation d'ADP.",
     "privatisation d'ADP"),
    ("Le Sénat examine le projet de révision de la Constitution.", "projet de révision de la Constitution"),
    ("Les belligérants avaient signé l'accord de paix en décembre.", "accord de paix"),
    ("L'OMS a dépêché en Chine deux experts pour la mission exploratoire.", "mission exploratoire"),
])
def test_an_identified_undertaking(text, name):
    assert name in _projects(text)


@pytest.mark.parametrize("text", [
    "Il ne faut pas tirer des plans sur la comète.",
    "Le projet du gouvernement divise la majorité.",
    "Le gouvernement est bloqué dans un schéma de pensée insensé.",
    "Les échanges restent un point central de la coopération russo-chinoise.",
])
def test_no_undertaking(text):
    assert _projects(text) == []


def test_a_verb_the_tagger_took_for_an_adjective_ends_the_name():
    assert not any("prévoit" in p for p in _projects("Le protocole médical prévoit notamment l'arrêt des traitements."))


def test_english_projects_identified_by_the_words_before_the_cue():
    b = brief("The Iran nuclear deal was signed in 2015. The pension reform passed on Monday.", lang="en")
    assert [(p.name, p.kind) for p in b.projects] == [("Iran nuclear deal", "agreement"), ("pension reform", "reform")]


def test_project_kinds_are_language_data():
    from briefcli import lexicon

    for lang in ("fr", "en"):
        frames = lexicon.load(lang).project_frames
        assert any("complement" in f for f in frames.values()) and any("place" in f for f in frames.values())


def test_a_law_named_after_its_author_is_a_project_with_that_author():
    projects = brief("L'enseignante a adressé aux parents ses critiques à l'encontre de la loi Blanquer.", lang="fr").projects
    assert [(p.name, p.actors) for p in projects] == [("loi Blanquer", ["Blanquer"])]


def test_an_agreement_named_after_the_place_where_it_was_signed_has_no_owner():
    # the place is no owner ("le projet de Luc Besson" is the owner frame), and "des" is no vague plural here
    assert "accords de Dublin" in _projects("Emmanuel Macron a plaidé pour une refonte de l'espace Schengen et des "
                                            "accords de Dublin.")
    assert _projects("Le projet de Luc Besson a été retenu.") == []


def test_an_undertaking_identified_by_its_named_owner_in_the_possessive():
    projects = brief("Robert Mueller's investigation found no evidence of a conspiracy.", lang="en").projects
    assert [(p.name, p.actors) for p in projects] == [("Robert Mueller's investigation", ["Robert Mueller"])]
    assert brief("The company's plan was rejected.", lang="en").projects == []  # no named owner: not identified


def test_a_bare_cue_after_a_preposition_names_a_kind_not_one_undertaking():
    """No determiner: "par accord d'entreprise ou accord de branche" are kinds of agreement (the second
    coordinated to the first); with its article the same noun is one ("l'accord de branche")."""
    assert _projects("Dans les autres cas, cela doit être négocié par accord d'entreprise ou accord de branche, "
                     "explique un avocat.") == []
    assert "accord de branche" in _projects("Les syndicats ont signé l'accord de branche, a dit le ministre.")


@pytest.mark.parametrize("text, count", [
    # the same kind and first noun, "le secteur" pointing back: one plan
    ("Le président est venu dans le cadre du plan de soutien à la filière automobile. Il présentera "
     "dans l'après-midi le plan de soutien au secteur.", 1),
    # the same complement under another cue: one measure
    ("Le ministre défend la suppression de l'ISF. Le budget comprend notamment une réforme de l'ISF.", 1),
    # a qualifying word after the first noun makes another one
    ("Le plan de relance européen a été adopté. Le plan de relance allemand suivra.", 2),
])
def test_the_same_complement_names_the_same_undertaking_again(text, count):
    assert len(_projects(text)) == count


def test_a_scheme_is_a_project_only_by_its_name():
    """"dispositif" takes a name after it (quoted or capitalised), no complement: a police deployment is none."""
    assert _projects('Le dispositif "Remotely from Georgia" autorise les étrangers à travailler à distance.') \
        == ["Remotely from Georgia"]
    assert _projects("Un important dispositif de sécurité a été déployé autour du stade.") == []


def test_a_cue_in_a_locution_is_no_undertaking():
    """"sur le plan économique" says 'as regards the economy', "in the pipeline" 'in preparation' (words.tsv
    cue_locution); a complement or a name after the cue makes it one again ("sur le plan social d'Airbus")."""
    assert _projects("Sur le plan économique, le gouvernement allemand a annoncé mercredi une aide.") == []
    assert _projects("Ils sont premiers sur le plan social, disent les pancartes.") == []
    assert "plan social" in _projects("Les syndicats se battent sur le plan social d'Airbus.")
    assert brief("Two more reforms are in the pipeline, the minister said.", lang="en").projects == []


def test_a_plural_cue_with_a_bare_noun_complement_is_a_class():
    """"les plans d'économies", "plusieurs projets de reprise": undertakings of a kind, not one; a place after
    'de' makes them one ("les accords de Dublin")."""
    assert _projects("Les plans d'économies se multiplient dans les médias.") == []
    assert _projects("Le repreneur arrive devant la justice avec déjà plusieurs projets de reprise.") == []
    assert "accords de Dublin" in _projects("Emmanuel Macron a plaidé pour une refonte des accords de Dublin.")


def test_a_law_named_by_a_nationality_adjective_is_a_law_in_force():
    """"selon la loi irakienne": a country's law, no undertaking; an adjective saying what the law is about
    names one ("la loi anti-sédition")."""
    assert _projects("Ils ont trente jours pour faire appel selon la loi irakienne, qui prévoit la peine de mort.") == []
    assert _projects("D'après la loi américaine, l'exécutif doit prévenir le Congrès.") == []
    assert "loi anti-sédition" in _projects("Des députés souhaitent que la ville se dote de la loi anti-sédition.")


def test_a_quotation_mark_does_not_hide_the_indefinite_article():
    """'un "plan de recrutement"' demanded is some plan, as 'un plan de recrutement' is: the mark between the
    article and the cue changes nothing."""
    assert _projects('Les soignants réclament notamment une "revalorisation générale des salaires", un "plan de '
                     'recrutement" et "l\'arrêt de toutes les fermetures".') == []


def test_a_cue_counted_by_a_number_is_several_of_a_kind():
    """"environ 250 protocoles pour des suspicions de cas" are some, like "des plans"; with the article, "les deux
    accords de Minsk" are identified ones."""
    assert _projects("Le ministre précise qu'environ 250 protocoles pour des suspicions de cas étaient déclenchés "
                     "quotidiennement.") == []
    assert _projects("Le ministre a cité trois enquêtes sur les violences policières.") == []
    assert "accords de Minsk" in _projects("Les deux accords de Minsk prévoient un cessez-le-feu.")


def test_a_bare_cue_with_a_partner_is_no_undertaking():
    """"en accord avec la Cnil" (in agreement with): no article, no one agreement, whatever partner follows;
    "un accord avec la Croix-Rouge" is one."""
    assert _projects("Ces contrôles seront réalisés en accord avec la Commission nationale de l'informatique et des "
                     "libertés (Cnil).") == []
    assert "accord avec la Croix-Rouge" in _projects("Il avait signé un accord avec la Croix-Rouge pour développer "
                                                     "les cours de secourisme.")


def test_an_adjective_of_comparison_or_sequence_identifies_nothing():
    """"une opération similaire", "la loi seule", "l'accord préalable du prescripteur": like "nouveau", such an
    adjective does not say which undertaking it is (words.tsv vague_adjective)."""
    assert _projects("Aucun ne déclare vouloir se lancer dans une opération similaire.") == []
    assert _projects("Nous sommes heureux de l'amendement, mais la loi seule ne suffit pas.") == []
    assert _projects("Le pharmacien ne peut le remplacer sans l'accord préalable du prescripteur.") == []


def test_a_place_cue_of_several_words_needs_a_name():
    """"sur la voie ferrée" is a railway, some place; "la centrale nucléaire de Fessenheim" is identified."""
    assert _projects("J'ai vu un petit garçon à vélo s'engager sur la voie ferrée, raconte le conducteur.") == []
    assert any("centrale nucléaire" in p for p in _projects("Le gouvernement a confirmé la fermeture de la centrale "
                                                             "nucléaire de Fessenheim en 2020."))


def test_a_place_between_two_places_has_no_partners():
    """"la ligne entre Paris et Lyon": the places are the ends of a route, not partners of an undertaking;
    "un accord de paix entre Israël et l'Egypte" has its partners."""
    assert _projects("Les trains ne circulent plus sur la ligne entre Paris et Lyon depuis mardi.") == []
    assert _projects("Le tunnel entre la France et l'Italie restera fermé jusqu'à lundi.") == []
    assert _projects("Ils ont signé un accord de paix entre Israël et l'Egypte.") == ["accord Israël – Egypte"]


def test_a_cue_qualifying_a_title_or_an_organisation_kind_is_no_undertaking():
    """"le ministre du Budget Jérôme Cahuzac": the field of an office; "le quotidien d'investigation Philippine Daily
    Inquirer": what a paper does. "Le haut-commissaire à la réforme des retraites" still names the reform."""
    assert _projects("Il a lancé l'enquête qui devait pousser à la démission le ministre socialiste du Budget "
                     "Jérôme Cahuzac.") == []
    assert _projects("Ils ont évité la fermeture, comme le quotidien d'investigation Philippine Daily Inquirer.") == []
    assert "réforme des retraites" in _projects("Le haut-commissaire à la réforme des retraites, Jean-Paul Delevoye, "
                                                "a remis son rapport.")


def test_a_function_word_or_a_heading_is_no_name_after_the_cue():
    """"réformes Une réponse…": the next sentence run in; "UN PROGRAMME INTENSIF": a heading in capitals.
    "l'opération Barkhane" is named."""
    assert _projects("Il a perdu du muscle dans l'ISS.UN PROGRAMME INTENSIFPour retrouver son corps, il va devoir "
                     "s'entraîner.") == []
    assert "opération Barkhane" in _projects("Les soldats de l'opération Barkhane sont rentrés.")


def test_a_clause_after_the_cue_is_no_complement_that_identifies_it():
    """"son accord pour que l'enregistrement soit rendu public": a clause of purpose (a subordinating conjunction
    after the preposition), consent, no undertaking named by its complement."""
    assert _projects("Il a donné son accord pour que l'enregistrement soit rendu public.") == []
    assert "loi contre la fraude fiscale" in _projects("La mesure fait partie de la loi contre la fraude fiscale.")


@pytest.mark.parametrize("text, lang", [
    ("Le gouvernement présente lundi son plan de bataille contre la crise.", "fr"),
    ("Cela rappelle la loi martiale, quand la dictature contrôlait la presse.", "fr"),
    ("Le tritium provient de la fusion nucléaire.", "fr"),
    ("The minister launched a charm offensive. The army declared martial law on Monday.", "en"),
])
def test_a_fixed_expression_holding_a_cue_is_no_undertaking(text, lang):
    """words.tsv cue_idiom: a figure of speech, a state of things, a thing of another field."""
    assert [p.name for p in brief(text, lang=lang).projects] == []


@pytest.mark.parametrize("text", [
    "L'opération démarre aujourd'hui à Paris-Plages, explique Le Parisien.",
    "Ce projet montre que le président doute de l'impartialité des commissions.",
])
def test_a_verb_the_tagger_took_for_an_adjective_identifies_no_undertaking(text):
    """context.unknown_adjective: an adjective the lemmatizer does not know ("démarre" → "démarr") is a verb."""
    assert _projects(text) == []


def test_an_adjective_the_lemmatizer_knows_still_identifies_one():
    assert _projects("L'enquête préliminaire avance. La loi anti-sédition passe.") == ["enquête préliminaire", "loi anti-sédition"]


def test_a_lowercase_word_without_the_cue_accents_is_another_word():
    """"traite" is no "traité" (accent folding would make it one); capitals may drop accents."""
    assert _projects("Elle rappelle la barbarie de la traite négrière et de l'esclavage colonial.") == []
    assert _projects("Le traité de Lisbonne a été signé en 2007.") == ["traité de Lisbonne"]


def test_a_size_alone_identifies_no_undertaking():
    """An indefinite cue whose complement is only a figure ("un budget de 20 dollars"): no undertaking; one whose
    complement says what it is before its size is one ("un plan d'économies de plus de 2 milliards")."""
    assert _projects("L'aventurier voyage avec un budget de 20 dollars par jour.") == []
    assert _projects("Le gouvernement a annoncé un plan d'économies de plus de 2 milliards.") == ["plan d'économies"]
    assert _projects("Le sénateur est visé par une enquête pour une affaire de corruption.") \
        == ["enquête pour une affaire de corruption"]


def test_a_cue_that_says_what_a_body_does_is_no_undertaking():
    """"la commission d'enquête sur…" is a body (words.tsv org_word), the cue says what it does."""
    assert _projects("L'Assemblée nationale a installé mercredi sa commission d'enquête sur la gestion de l'épidémie.") == []


def test_on_the_schedule_is_a_locution():
    """words.tsv cue_locution "au programme": on the schedule, no programme; with a complement, one ("au programme de…")."""
    assert _projects("La messe n'était plus au programme officiel, rapporte Franceinfo.") == []


def test_a_quoted_clause_after_the_cue_is_no_name():
    """A conjugated verb in the quoted words: said, not a name."""
    assert _projects("Il l'a promis : la loi « Obamacare sera soit amendée, soit abrogée, soit remplacée ».") == []
    assert _projects("Le gouvernement lance le programme « Welcome Stamp » pour les télétravailleurs.") == ["Welcome Stamp"]


def test_a_day_after_the_cue_says_when_not_which():
    assert _projects("Ses détracteurs espèrent renouveler l'opération dimanche.") == []


def test_the_same_undertaking_named_again_by_a_complement_is_not_another():
    """"l'accord sur le nucléaire iranien" after "l'accord nucléaire iranien": the same words but articles and prepositions."""
    assert _projects("L'accord nucléaire iranien est en danger. Les pays signataires de l'accord sur le nucléaire "
                     "iranien ont insisté.") == ["accord nucléaire iranien"]


def test_a_verb_the_tagger_took_for_an_adjective_ends_the_complement():
    """"Le plan de soutien aux agriculteurs prévoit désormais…": the complement stops before the verb, as before any verb."""
    assert _projects("Le plan de soutien aux agriculteurs prévoit désormais des aides.") \
        == ["plan de soutien aux agriculteurs"]


@pytest.mark.parametrize("text, name", [
    ("Les grands patrons espéraient la suppression de l'ISF dès 2018.", "suppression de l'ISF"),
    ("Le président a tranché en faveur de la suppression de l'ISF dès le 1er janvier.", "suppression de l'ISF"),
])
def test_an_adverbial_of_time_ends_the_complement(text, name):
    """A preposition of time before a date says when, not which undertaking (words.tsv time_preposition)."""
    assert _projects(text) == [name]


def test_a_year_after_the_cue_dates_the_undertaking_its_cue_names():
    """"la loi de finances pour 2018": the year identifies nothing, the cue of several words names it; the same
    law named again later with the year is that one."""
    assert _projects("Le Premier ministre s'était engagé sur un vote dans la loi de finances pour 2018. Le "
                     "gouvernement avait inscrit 850 millions d'euros dans son projet de loi de finances 2018, "
                     "voté à l'automne.") == ["loi de finances"]


def test_an_acronym_spelt_out_in_the_name_of_an_undertaking_names_it_again():
    """"la réforme de l'impôt de solidarité sur la fortune (ISF)", then "la suppression de l'ISF": one undertaking;
    with no undertaking before the brackets the acronym's complement is one."""
    assert _projects("Le patronat a accéléré la réforme de l'impôt de solidarité sur la fortune (ISF), remplacé en "
                     "2018. Les patrons espéraient une suppression de l'ISF dès 2018.") \
        == ["réforme de l'impôt de solidarité"]
    assert _projects("Le patronat a accéléré le débat sur l'impôt de solidarité sur la fortune (ISF). Les patrons "
                     "espéraient une suppression de l'ISF dès 2018.") == ["suppression de l'ISF"]


def test_a_scheme_identified_by_what_it_rewards():
    """Frame aim: "la prime à la conversion" is a scheme; "une prime de 1 000 euros" is a sum (its size only)."""
    assert _projects("La prime à la conversion, qui désigne l'achat d'un véhicule propre, sera doublée.") \
        == ["prime à la conversion"]
    assert _projects("Les salariés recevront une prime de 1 000 euros.") == []
    assert _projects("Ils ont pris en compte la prime au moment d'acheter leur nouveau véhicule.") == []


def test_a_participle_the_tagger_took_for_an_adjective_does_not_identify():
    """"l'arrêté attaqué" says what was done to it, not which one it is; "la mission exploratoire" is identified."""
    assert _projects("L'arrêté attaqué, en vigueur depuis mardi, imposait le port du masque.") == []


def test_a_noun_in_apposition_the_tagger_took_for_a_participle_names_the_field():
    """"son plan pauvreté": the tagger makes "pauvreté" a participle of "pauvreter"; its lemmatizer knows the noun."""
    assert "plan pauvreté" in _projects("Moins d'une semaine après la présentation de son plan pauvreté, Emmanuel "
                                        "Macron doit dévoiler son remède.")
    assert _projects("Il est interdit de diffuser son identité sans son accord écrit, sous peine d'amende.") == []


def test_a_phrase_cut_inside_a_name_in_apposition_names_a_body():
    """"du programme de soutien à la recherche Wellcome Trust Jeremy Farrar": what the Wellcome Trust does."""
    assert _projects("Il a échangé avec Seth Berkeley, de l'Alliance Gavi, et Jeremy Farrar, du programme de soutien à "
                     "la recherche Wellcome Trust, de la Fondation Bill et Melinda Gates.") == []


def test_an_acronym_of_its_own_after_the_cue_names_the_undertaking():
    """"le programme DACA": an acronym no gazetteer knows, which the NER takes for a body."""
    assert "programme DACA" in _projects("Le président a tenté en 2017 de mettre un terme au programme DACA, adopté "
                                         "sous Barack Obama en 2012 pour régulariser de jeunes sans papiers.")


def test_a_complement_that_is_only_a_kind_of_undertaking_identifies_none():
    """"le projet d'accord": a draft of some agreement, named elsewhere or not at all."""
    assert _projects("Le projet d'accord prévoit désormais des départs volontaires plus importants.") == []


def test_a_plural_cue_after_a_possessive_is_some_of_its_owner_s():
    """"ses arrêtés concernant l'obligation de porter un masque": the ones the prefect made, none identified."""
    assert _projects("Le tribunal a enjoint au préfet d'assouplir ses arrêtés concernant l'obligation généralisée de "
                     "porter un masque.") == []


@pytest.mark.parametrize("text, names", [
    ("Les syndicats manifestent contre la réforme des retraites. Ils estiment que l'urgence n'est pas au projet de loi.",
     ["réforme des retraites"]),
    ("La grève contre la réforme des retraites continue. Le gouvernement présentera la proposition de loi en janvier.",
     ["réforme des retraites"]),
    ("Les députés examinent le projet de loi cette semaine.", ["projet de loi"]),
])
def test_a_cue_ending_on_a_cue_after_a_named_undertaking_is_that_one(text, names):
    """"le projet de loi" says the stage and the kind of an undertaking, not which: after one named before, it is
    that one again; alone, it stays the one the article follows."""
    assert _projects(text) == names


@pytest.mark.parametrize("text, lang, names", [
    ("La journaliste critique le travail des autorités dans l'enquête sur les faits.", "fr", []),
    ("Mon apparition dans cette enquête sur des pratiques avec lesquelles je n'ai rien à voir prête à confusion.",
     "fr", []),
    ("The committee opened an investigation into the matter.", "en", []),
    ("Le parquet a ouvert une enquête sur les faits de corruption.", "fr", ["enquête sur les faits de corruption"]),
])
def test_a_complement_of_general_nouns_only_identifies_no_undertaking(text, lang, names):
    """"les faits", "des pratiques", "the matter" stand for content given elsewhere (words.tsv shell_noun): they tell
    no undertaking from another; a noun of content after them does ("les faits de corruption")."""
    assert [p.name for p in brief(text, lang=lang).projects] == names


@pytest.mark.parametrize("text, names", [
    ("Les deux victimes sont des employés d'une société de production qui travaille avec Cash investigation sur "
     "France 2.", []),
    ("Le gouvernement a lancé l'opération Barkhane au Sahel.", ["opération Barkhane"]),
])
def test_a_cue_right_after_a_capitalised_word_ends_a_name_not_an_undertaking(text, names):
    """In French the words before a cue never name it ("la loi Evin", not "Evin loi"): a lower-case cue right after a
    capitalised word, no determiner between, ends another name, a show's ("Cash investigation")."""
    assert _projects(text) == names


def test_a_quoted_name_after_the_cue_or_its_adjectives():
    """The quoted name of an undertaking may follow the adjectives of its cue ("l'opération turque « Griffes du
    tigre »") and be in lower case when it opens on a noun ("l'opération « électricité gratuite »"); a quoted
    adjective is a judgement ("un accord « historique »"), a quoted clause words someone says."""
    assert _projects("L'ampleur de l'opération turque « Griffes du tigre » n'est pas connue.") == ["Griffes du tigre"]
    assert _projects("La CGT a lancé lundi l'opération « électricité gratuite » dans plusieurs villes.") \
        == ["électricité gratuite"]
    assert _projects("Le ministre a salué un accord « historique » avec les syndicats.") == []
    assert _projects("La police a indiqué qu'une enquête « active était en cours ».") == []


def test_a_mission_or_an_initiative_is_identified_by_its_complement():
    """"l'initiative de médiation", "la mission de défense planétaire", as "la réforme des retraites"; a complement
    that names whose it is says no more which it is ("la mission de l'ESA", frame owner)."""
    assert _projects("Berlin a salué l'initiative de médiation engagée par l'Allemagne.") == ["initiative de médiation"]
    assert _projects("La ministre a salué la mission de l'ESA.") == []


def test_an_undertaking_entrusted_to_someone_is_launched():
    """"a confié … une mission de réflexion sur …": entrusting a mission launches it, so even an indefinite one is
    the one the article follows (words.tsv launch_word), as "a lancé une mission"."""
    assert _projects("La ministre a confié à deux anciens responsables une mission de réflexion sur l'Opéra.") \
        == ["mission de réflexion sur l'Opéra"]


def test_a_second_mention_told_apart_only_by_adjectives_is_the_same_undertaking():
    """"son opération aérienne" after "l'opération turque": adjectives describe the one the article follows; the
    adjective of a country names a party, as a name does, and may tell another ("l'enquête russe")."""
    assert _projects("L'ampleur de l'opération turque contre le PKK n'est pas connue. La Turquie a lancé son "
                     "opération aérienne sans informer Bagdad.") == ["opération turque"]
    assert "enquête russe" in _projects("Le ministère a classé l'enquête contre l'ancien général. Il avait accepté "
                                        "de coopérer avec l'enquête russe.")


@pytest.mark.parametrize("text, name", [
    ("Détaillées mercredi par le gouvernement, les mesures du plan immigration ont été présentées jeudi.",
     "plan immigration"),  # the tagger calls "immigration" a clause of "plan"
    ("L'opération escargot a bloqué la route.", "opération escargot"),  # and "escargot" an adjective
])
def test_a_bare_noun_in_apposition_names_the_undertaking(text, name):
    assert name in _projects(text)


def test_a_noun_the_cue_qualifies_or_a_day_is_no_apposition():
    assert _projects("Le projet mardi a été voté.") == []
    assert [p.name for p in brief("The project manager resigned. The plan details were released.", lang="en").projects] == []


def test_a_year_after_the_cue_leaves_its_complement_to_name_it():
    """"le budget 2019 de la Sécurité sociale": without the year, "du/de la" names whose budget it is, no undertaking."""
    assert "budget 2019 de la Sécurité sociale" in _projects("Les députés ont adopté le budget 2019 de la Sécurité sociale.")
    assert _projects("Les députés ont adopté le budget de la Sécurité sociale.") == []


def test_a_quoted_name_kept_as_someone_s_words_still_names_the_undertaking():
    """The quote stage gives "plan de relance" a speaker; the definite article before the mark makes it a name too."""
    assert "plan de relance" in _projects('Il a défendu le "plan de relance", a-t-il dit.')
    assert _projects('Selon lui, le "plan est une catastrophe pour le pays", a-t-il dit.') == []  # a clause


def test_a_noun_the_tagger_calls_an_adverb_after_a_preposition_ends_no_complement():
    """"déconfinement" is an adverb for the small tagger; after "de" it can only be the complement's noun."""
    assert "plan de déconfinement" in _projects("Il a présenté le plan de déconfinement.")
    assert _projects("Il défend la réforme de plus en plus critiquée.") == []  # a locution of the lemmatizer's adverbs


def test_an_ordinal_before_the_cue_singles_out_one_of_the_owner_s():
    """"le premier budget du quinquennat Macron": without the ordinal, "du quinquennat" says whose budget it is."""
    assert "premier budget du quinquennat Macron" in _projects(
        "Le gouvernement défend l'examen du premier budget du quinquennat Macron, qui comprend une réforme.")
    assert _projects("Le gouvernement défend l'examen du budget du quinquennat Macron, qui comprend une réforme.") == []


def test_a_vague_adjective_between_the_article_and_the_cue_leaves_it_identified():
    """"le nouveau plan de relance": the definite article still identifies the plan past "nouveau"."""
    assert "plan de relance" in _projects("Le nouveau plan de relance a été présenté.")
    assert _projects("Un nouveau plan de relance serait utile.") == []


def test_a_naming_participle_gives_a_name_in_lower_case_opening_on_a_noun():
    assert "vacances apprenantes" in _projects('Ils financeront un dispositif appelé "vacances apprenantes".')
    assert _projects('Ils ont un dispositif appelé "très efficace".') == []  # a judgement, no name


def test_a_capitalised_common_noun_after_the_cue_names_its_field():
    """"la loi Travail": the NER takes "Travail" for a place; the lemmatizer knows "travail" as a noun only."""
    assert "loi Travail" in _projects("Alors que le gouvernement est englué par la loi Travail et la déchéance de "
                                      "nationalité, Gaspard Gantzer propose.")


def test_a_capitalised_day_after_the_cue_names_nothing():
    """English capitalises its days: "passed the bill Monday" says when, "Monday" is no name of the bill."""
    assert [p.name for p in brief("The Senate passed the bill Monday.", lang="en").projects] == []


def test_a_year_right_after_the_cue_is_part_of_its_name():
    assert "budget 2020" in _projects("Le document met notamment en exergue les effets du budget 2020.")
    assert _projects("Un budget 2020 serait utile.") == []  # not identified
