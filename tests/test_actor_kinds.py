"""Kinds of actors: person, organization, country or place, and what the text says that decides it."""
from __future__ import annotations

import pytest

from briefcli import brief


def _actors(text: str, lang: str) -> dict[str, object]:
    return {a.name: a for a in brief(text, lang=lang).actors}


def test_the_nations_of_the_united_kingdom_and_former_states_are_countries():
    """England, Scotland, Wales are countries (as the annotation guide has it), and so is the Soviet Union."""
    actors = _actors("Masks are compulsory in England from Monday, while Scotland and Wales wait. The nerve agent "
                     "was developed by the Soviet Union in the 1970s.", "en")
    assert actors["England"].kind == "country" and actors["Scotland"].kind == "country"
    assert actors["Soviet Union"].kind == "country"


def test_a_common_noun_of_its_class_gives_a_name_its_kind():
    """The noun a name modifies ("the Tsuen Wan district"), the noun before it ("the Florida company Ridgeback
    Biotherapeutics"), its apposition ("Loki Torrent, a site…") or its own last word ("Karl Marx Avenue")."""
    text = ("The shooting took place in the Tsuen Wan district on Monday. The drug is now made by the Florida company "
            "Ridgeback Biotherapeutics. Loki Torrent, a site that tracks links, was sued by the studio. Both "
            "explosions took place on Karl Marx Avenue in the city.")
    actors = _actors(text, "en")
    assert actors["Tsuen Wan"].kind == "place" and actors["Karl Marx Avenue"].kind == "place"
    assert actors["Ridgeback Biotherapeutics"].kind == "organization" and actors["Loki Torrent"].kind == "organization"


def test_names_coordinated_with_a_classed_name_share_its_kind():
    """"the villages of Kalisa, Mubenga, Lanuza and Mangina": the class noun before the list types every name."""
    actors = _actors("Aid reached the villages of Kalisa, Mubenga, Lanuza and Mangina on Tuesday.", "en")
    assert all(actors[n].kind == "place" for n in ("Kalisa", "Mubenga", "Lanuza", "Mangina"))
    actors = _actors("Data came from patients in the towns of Beni, Butembo, Mangina, and Katwa in the Congo.", "en")
    assert actors["Katwa"].kind == "place"


def test_a_country_named_only_as_the_modifier_of_a_noun_is_a_nationality():
    """"U.S. dollars", "a U.S. national": the country stands for a nationality (no actor), unless the text
    names it elsewhere, or the noun is an organisation's ("the U.S. embassy")."""
    actors = _actors("Many transactions in Africa occur using U.S. dollars or euros, the African Union said.", "en")
    assert "U.S." not in actors and "United States" not in actors
    actors = _actors("Prices are given in U.S. dollars. The United States sanctioned the bank on Friday.", "en")
    assert "United States" in actors


def test_a_french_class_noun_gives_a_name_its_kind_but_not_through_a_title():
    """"l'association Anticor", "la ville croate de Dubrovnik" (the class noun before the adjectives that follow
    it); "le maire de la ville Yvon Robert": the class noun completes a title, the name is the title holder's."""
    text = ("L'association Anticor a porté plainte mardi. Les habitants de la ville croate de Dubrovnik s'inquiètent. "
            "Il a été accueilli par le maire de la ville Yvon Robert avec lequel il s'est entretenu.")
    actors = _actors(text, "fr")
    assert actors["Anticor"].kind == "organization"
    assert actors["Dubrovnik"].kind == "place"
    assert actors["Yvon Robert"].kind == "person" and any("maire" in r for r in actors["Yvon Robert"].roles)


def test_a_name_its_class_noun_makes_a_work_product_or_event_is_no_actor():
    """"the film Black Panther", "the Falcon Heavy rocket", "the Reform Bill", "the National Medal of Science": the
    class noun before or after the name, or the name's own head word, says a thing (words.tsv thing_class,
    thing_class_head), no actor. Not a name before things in the plural ("Houthi operations": their owner), nor
    a person's name ("the Trump trial")."""
    text = ("Chadwick Boseman starred in the film Black Panther. SpaceX tested its Falcon Heavy rocket on Monday. "
            "The Senate passed the Reproductive Health Care Reform Bill. Walter Munk received the National Medal of "
            "Science. The attack was among the largest Houthi operations in the region. Donald Trump said the Trump "
            "trial was a hoax.")
    names = set(_actors(text, "en"))
    assert not names & {"Black Panther", "Falcon Heavy", "Reproductive Health Care Reform Bill",
                        "National Medal of Science"}
    assert {"Chadwick Boseman", "SpaceX", "Walter Munk", "Houthi", "Donald Trump"} <= names


def test_an_organisation_named_with_its_country_in_front_is_the_one_named_without_it():
    """"the United States Supreme Court" … "the Supreme Court's ruling"; "the United States House of
    Representatives" … "the House": one organisation, the country or place in front of its name left out."""
    text = ("In June, the United States Supreme Court ruled against the plan. The United States House of "
            "Representatives voted on Tuesday. The administration ignored the Supreme Court's ruling, and the House "
            "sent the case to the Department of Justice.")
    names = set(_actors(text, "en"))
    assert {"United States Supreme Court", "United States House of Representatives"} <= names
    assert not names & {"Supreme Court", "House"}


def test_a_bare_organisation_word_is_the_one_organisation_of_the_text_it_ends_or_opens():
    """"the Congress" in an article on the "Indian National Congress" is that party, not the United States
    Congress the gazetteer gives the bare word; "the Parliament" is the "Parliament of New South Wales"."""
    text = ("He joined the Indian National Congress in 1969. For the Congress, he was the helmsman. Yesterday, "
            "the Parliament of New South Wales voted to pass the reform, after years of work in the Parliament.")
    names = set(_actors(text, "en"))
    assert {"Indian National Congress", "Parliament of New South Wales"} <= names
    assert not names & {"Congress", "United States Congress", "Parliament", "Parliament of the United Kingdom"}


def test_a_place_named_as_a_titles_jurisdiction_is_an_actor():
    """"the former mayor of South Bend": a place the NER finds after a title is the title's jurisdiction, an
    actor; a portfolio named by a common word ("le ministre de la Justice") stays part of the title."""
    actors = _actors("In third was Pete Buttigieg, the former mayor of South Bend, Indiana, who had 26 delegates.", "en")
    assert "South Bend" in actors and actors["South Bend"].kind == "place"
    actors = _actors("Le ministre de la Justice a présenté le texte mardi à Paris.", "fr")
    assert "Justice" not in actors


def test_a_class_noun_makes_an_actor_of_a_name_the_ner_gives_another_label_or_an_acronym_named_once():
    """"its South Korean chain HomePlus" (read by the NER as a product), "the news network RTHK" (an acronym
    the text names once): the class noun says an organisation; not an adjective ("Catholic churches")."""
    text = ("Tesco sold its South Korean chain HomePlus in 2015. Violence continued and the news network RTHK "
            "withdrew its reporters. There were complaints about Catholic churches.")
    actors = _actors(text, "en")
    assert actors["HomePlus"].kind == "organization" and actors["RTHK"].kind == "organization"
    assert "Catholic" not in actors


def test_a_seat_of_power_named_by_its_building_is_a_place():
    """"l'Élysée", "Matignon", "la Maison Blanche", "Bercy": the building stands for the institution, and stays
    a place, as a capital standing for its government does."""
    actors = _actors("Le projet a été présenté à l'Élysée lundi. Matignon a démenti, tandis que la Maison Blanche "
                     "et Bercy se taisaient.", "fr")
    assert all(actors[n].kind == "place" for n in ("Élysée", "Matignon", "Maison Blanche", "Bercy"))


def test_a_newspaper_the_text_cites_is_an_organisation():
    """Regional papers and channels French news cites as sources (gazetteer): "selon Le Républicain lorrain",
    "relaie Nice Matin" (the NER reads such names as people or places)."""
    actors = _actors("Selon des informations révélées par Le Républicain lorrain, l'usine va fermer. Le maire a "
                     "démissionné, relaie Nice Matin. Il l'a dit au micro de France Bleu.", "fr")
    assert all(actors[n].kind == "organization" for n in ("Le Républicain lorrain", "Nice Matin", "France Bleu"))


def test_a_company_word_at_the_edge_of_a_name_makes_it_an_organisation():
    """"Leyne Strauss-Kahn Partners" (read by the NER as a person), "Mutuelles de Bretagne" (as a place): a word of
    company names at the start or the end of the name (words.tsv org_word)."""
    actors = _actors("Le cabinet Leyne Strauss-Kahn Partners a été créé en 2013. Les Mutuelles de Bretagne ont porté "
                     "plainte.", "fr")
    assert actors["Leyne Strauss-Kahn Partners"].kind == "organization"
    assert actors["Mutuelles de Bretagne"].kind == "organization"


def test_a_bare_head_word_is_the_organisation_it_heads_not_one_it_qualifies():
    """"the House" after "the House of Representatives" and "the House Judiciary Committee": both names open with
    "House", but only the first is headed by it ("House" before its complement); in the committee's name it only
    qualifies "Committee". The bare word is the House of Representatives, no new actor."""
    text = ("The House of Representatives opened an inquiry on Tuesday. The House Judiciary Committee will hold "
            "hearings next week. The House issued a subpoena to the State Department on Friday.")
    names = set(_actors(text, "en"))
    assert "House Judiciary Committee" in names and "House" not in names


def test_capitals_the_tagger_reads_as_a_proper_noun_are_an_organisation_acronym():
    """"the IAAF said" once in the text: three capitals or more tagged a proper noun and standing alone are an
    organisation's acronym; not when joined by a hyphen to another word ("CFDT-Cheminots") nor an acronym of a
    common thing (stop_entities.txt: "DNA", "GPS")."""
    text = ("The runner was banned for four years, the IAAF announced on Monday. Samples of DNA were sent to "
            "the laboratory, and a GPS tracker was found on his car.")
    names = set(_actors(text, "en"))
    assert "IAAF" in names and not names & {"DNA", "GPS"}
    text = "Selon Rémi Aufrère, secrétaire général de la CFDT-Cheminots, la grève continue."
    assert "CFDT" not in set(_actors(text, "fr"))


def test_a_country_named_in_full_before_a_noun_is_the_country():
    """"the United States city of Chicago", "United States museums": the country's name written in full is the
    country itself, an actor; only an abbreviation before a noun ("U.S. dollars") stands for a nationality."""
    actors = _actors("The race was held in the United States city of Chicago on Sunday.", "en")
    assert "United States" in actors
    actors = _actors("Many transactions in Africa occur using U.S. dollars or euros, the African Union said.", "en")
    assert "United States" not in actors and "U.S." not in actors


def test_a_class_noun_the_tagger_reads_as_an_adjective_still_types_the_name():
    """"mockumentary Mister America": a rare class noun before a name, tagged an adjective, still makes the
    name a work (words.tsv thing_class), no actor."""
    names = set(_actors("Friday evening, mockumentary Mister America had its world premiere in Hollywood.", "en"))
    assert "Mister America" not in names and "Hollywood" in names


def test_a_class_noun_past_a_number_types_the_name():
    """"the Falcon 9 rocket": the class noun after the number that follows the name makes it a thing."""
    names = set(_actors("The capsule was launched via a Falcon 9 rocket from Florida by NASA.", "en"))
    assert "Falcon" not in names and "NASA" in names


def test_a_given_name_that_is_a_common_word_makes_no_person_name_by_itself():
    """"Crew Dragon": "Crew" is in the list of men's given names but is a common word of the language; with a
    capitalised word it makes no person's name, so the class noun where the text first writes it ("the SpaceX Crew
    Dragon capsule", no mention there) makes it a thing at its other mentions."""
    names = set(_actors("On Sunday, the SpaceX Crew Dragon capsule docked with the station. Although the Crew "
                        "Dragon was carrying only cargo, NASA said Crew Dragon has enough room for four.", "en"))
    assert "Crew Dragon" not in names


def test_a_capitalised_class_noun_opening_a_name_makes_it_a_thing():
    """"Tropical Storm Humberto", "Operation Fast and Furious": the class noun opens the name, capitalised, before
    its proper part (words.tsv thing_class_opening): a storm, an operation, no actor."""
    text = ("On Sunday, the National Hurricane Center upgraded Tropical Storm Humberto to hurricane status. The "
            "committee asked for documents related to Operation Fast and Furious.")
    names = set(_actors(text, "en"))
    assert not any("Humberto" in n or "Operation" in n for n in names)
    assert "National Hurricane Center" in names


def test_a_name_headed_by_program_is_a_thing_unless_the_gazetteer_knows_the_body():
    """"NASA's Commercial Crew Program": a programme is a plan, no actor (words.tsv thing_class_head); the
    "World Food Programme" the gazetteer lists is an organisation."""
    names = set(_actors("The goal of NASA's Commercial Crew Program is to restore launches. The World Food "
                        "Programme sent aid on Monday.", "en"))
    assert "Commercial Crew Program" not in names and "World Food Programme" in names


def test_the_holy_see_is_a_body_apart_from_the_vatican_city_state():
    """The Holy See, the government of the Catholic Church, is an organisation, not another name of the Vatican
    City state; Jehovah's Witnesses a religious body (gazetteer.tsv)."""
    actors = _actors("Cardinal Marc Ouellet of the Holy See spoke in Vatican City on Monday. Jehovah's Witnesses "
                     "(JWs) said they had no central authority.", "en")
    assert actors["Holy See"].kind == "organization" and actors["Vatican City"].kind == "country"
    assert actors["Jehovah's Witnesses"].kind == "organization"


def test_an_organisation_named_again_without_its_organisation_word_is_the_same():
    """"the Watch Tower Society" … "the Watch Tower maintains a database": the name less the organisation word
    that ends it is the same organisation (and takes its kind), no new place."""
    text = ("Abuse is reported to the Watch Tower Society, the organisation which directs the sect. According to "
            "a report, the Watch Tower maintains a database of the accused.")
    actors = _actors(text, "en")
    assert "Watch Tower" not in actors and actors["Watch Tower Society"].kind == "organization"


def test_an_organisation_word_left_out_of_a_two_word_name_only_for_an_organisation():
    """"the Democratic Party" … "the Democratic party held" (the name read as an organisation): the same party;
    "Bradford Council" …
    "Bradford" read as a place stays the place."""
    text = ("For a candidate to win the Democratic Party's nomination, 1,991 delegates are needed. The three primary "
            "elections the Democratic party held represented 441 delegates. The Democratic National Committee urged "
            "states not to delay. Bradford Council voted on the plan to rebuild Bradford.")
    names = set(_actors(text, "en"))
    assert "Democratic Party" in names and "Democratic" not in names
    assert "Bradford" in names


def test_an_acronym_in_parentheses_after_a_thing_s_class_noun_is_a_thing():
    """"Ebola virus disease (EVD)": the acronym abbreviates words in lower case headed by a class noun of things
    (words.tsv thing_class "disease"): no organisation, though the text repeats it."""
    text = ("Ebola virus disease (EVD) is a hemorrhagic fever. EVD has killed 2,000 people, the World Health "
            "Organization said.")
    names = set(_actors(text, "en"))
    assert "EVD" not in names and "World Health Organization" in names


def test_a_name_in_apposition_between_commas_to_a_thing_s_class_noun_is_a_thing():
    """"One antibody cocktail, ZMapp, initially showed promise": the name stands in apposition to a class noun of
    things (words.tsv thing_class "cocktail"): a drug, no organisation."""
    text = "One antibody cocktail, ZMapp, initially showed promise, the World Health Organization said."
    names = set(_actors(text, "en"))
    assert "ZMapp" not in names and "World Health Organization" in names


def test_a_company_named_without_its_organisation_word_though_read_as_a_person():
    """"Burisma Holdings" … "Burisma" (tagged a person): the same company, no person."""
    text = ("Hunter Biden sat on the board of Burisma Holdings, a Ukrainian gas company. Burisma paid him well, "
            "Giuliani said.")
    actors = _actors(text, "en")
    assert "Burisma" not in actors and actors["Burisma Holdings"].kind == "organization"


def test_a_team_named_by_the_plural_last_word_of_its_name():
    """"the Charlotte Hornets" … "the Hornets traded him": the plural name after a definite article that ends one
    longer name of the text is that team, no new actor."""
    text = ("He was chosen by the Charlotte Hornets in the first round. Before the season began, the Hornets traded "
            "him to another club.")
    names = set(_actors(text, "en"))
    assert "Charlotte Hornets" in names and "Hornets" not in names


@pytest.mark.parametrize("lang, text, person, organization", [
    ("en", "Bill Gates spoke in Seattle on Monday. The Gates Foundation will give $50 million to the program, Gates said.",
     "Bill Gates", "Gates Foundation"),
    ("fr", "Bill Gates a parlé lundi à Seattle. La Fondation Gates donnera 50 millions de dollars, a dit Gates.",
     "Bill Gates", "Fondation Gates"),
])
def test_a_surname_alone_is_the_person_not_the_organisation_named_after_them(lang, text, person, organization):
    """A word alone that opens an organisation's name is that organisation ("the House" → "House of
    Representatives") unless it is the surname of a person of the text: "Gates" is Bill Gates, who stays a
    person apart from the foundation that bears his name."""
    actors = {a.name: a for a in brief(text, lang=lang).actors}
    assert actors[person].kind == "person" and actors[organization].kind == "organization"


def test_a_bare_one_word_name_after_a_preposition_of_place_is_a_place():
    """"an assault in Ghazni", "the plant at Abqaiq": the NER reads the unknown names as organisations, but an
    organisation comes after "in"/"at" with its article or its organisation word, a place by its bare name."""
    text = ("The attack was the deadliest since an assault in Ghazni in August 2018, officials said. Drones struck "
            "the largest processing plant at Abqaiq on Saturday, the ministry said. Abqaiq was the target of an "
            "attack in 2006.")
    actors = _actors(text, "en")
    assert actors["Ghazni"].kind == "place" and actors["Abqaiq"].kind == "place"


def test_unknown_names_listed_with_a_known_place_are_places():
    """"Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes": a list of three names or more with a place the
    gazetteer knows names places, whatever the NER calls each of them; two ("Iran and Assad") may pair unlike kinds."""
    text = ("Governor Alexander Pimentel told reporters the towns damaged were primarily Carrascal, Cantilan, Madrid, "
            "Carmen, Lanuza, and Cortes. It is a big win for Iran and Assad, the analyst said.")
    actors = _actors(text, "en")
    assert all(actors[n].kind == "place" for n in ("Carrascal", "Lanuza", "Cortes"))
    assert actors["Assad"].kind == "person"


def test_a_surname_alone_is_the_person_named_in_full_even_when_the_ner_tags_the_full_name_otherwise():
    """"over Morgan Tsvangirai of the MDC" tagged an organisation, "Tsvangirai" alone a person: the full name is
    a given name and a surname, a person's name, so the surname alone is the same person, not one apart."""
    text = ("Mugabe won a presidential election over Morgan Tsvangirai of the MDC, but amid reports of violence the "
            "vote was annulled. Both Mugabe and Tsvangirai claimed victory. Tsvangirai became prime minister.")
    actors = _actors(text, "en")
    assert "Tsvangirai" not in actors and actors["Morgan Tsvangirai"].kind == "person"


def test_a_surname_inside_a_full_name_alone_is_that_person():
    """The first of two surnames ("Ricardo Rosselló Nevares" → "Rosselló") and the surname before a generational
    suffix ("Robert Downey Jr." → "Downey") named alone are the person named in full, not actors apart."""
    text = ("Ricardo Rosselló Nevares, the governor, announced his resignation. Rosselló said he would leave office. "
            "He is to be replaced by Wanda Vázquez Garced, the Secretary of Justice. In a statement, Vázquez said "
            "she understood. Robert Downey Jr. was at the ceremony. During the broadcast, Downey said of Boseman "
            "that he was brave.")
    actors = _actors(text, "en")
    assert not {"Rosselló", "Vázquez", "Downey"} & set(actors)
    assert all(actors[n].kind == "person" for n in ("Ricardo Rosselló Nevares", "Wanda Vázquez Garced", "Robert Downey Jr."))


def test_a_word_known_as_an_organisation_given_alone_as_the_surname_of_a_person_named_in_full_is_that_person():
    """"Michael Bloomberg … Bloomberg won the caucus": the gazetteer knows "Bloomberg" as a news organisation,
    but the text gives the word only alone, as the surname of a person it names in full: it is that person. A
    common noun or a determiner beside it ("the Bloomberg reporters") keeps it the organisation."""
    text = ("Michael Bloomberg ended his campaign on Wednesday. Bloomberg won the caucus in American Samoa. "
            "Bloomberg endorsed Joe Biden.")
    actors = _actors(text, "en")
    assert "Bloomberg" not in actors and actors["Michael Bloomberg"].kind == "person"
    text = "Michael Bloomberg ended his campaign on Wednesday, the Bloomberg reporters said."
    assert _actors(text, "en")["Bloomberg"].kind == "organization"


@pytest.mark.parametrize("lang, text, person, surname", [
    ("fr", "Le patron Martin Bouygues a vendu ses parts. Bouygues a expliqué sa décision aux salariés.",
     "Martin Bouygues", "Bouygues"),
    ("en", "Billionaire Zeph Bloomberg spent heavily on advertising. Bloomberg endorsed the former vice president.",
     "Zeph Bloomberg", "Bloomberg"),
    ("fr", "Le maire Anne Hidalgo a visité le chantier mardi. Hidalgo a promis des travaux rapides.", "Anne Hidalgo", "Hidalgo"),
    ("en", "Investor Carl Icahn bought a stake in the company. Icahn demanded a seat on the board.", "Carl Icahn", "Icahn"),
])
def test_a_surname_alone_the_recogniser_missed_or_took_for_an_organisation_is_a_mention_of_the_person(lang, text, person,
                                                                                                        surname):
    """"Martin Bouygues … Bouygues a expliqué", "Carl Icahn … Icahn demanded": the surname alone of a person named
    in full, which the entity recogniser took for an organisation (no actor of its own) or did not see, is one
    more mention of that person in the shared entities (actors stage, _bare_surnames)."""
    actors = _actors(text, lang)
    assert surname not in actors
    assert actors[person].kind == "person" and actors[person].mentions == 2 and surname in actors[person].aliases


def test_a_surname_two_people_share_stays_no_ones():
    """"Carl Icahn … Brett Icahn … Icahn demanded": a surname two people of the text share is left as it is."""
    actors = _actors("Investor Carl Icahn bought a stake in the company with his son Brett Icahn. Icahn demanded a seat "
                     "on the board.", "en")
    assert actors["Carl Icahn"].mentions == 1 and actors["Brett Icahn"].mentions == 1


def test_a_class_noun_kind_wins_over_a_given_name_opening_the_name():
    """"the Johan Sverdrup oil field", "Columbia Pictures – a major movie studio": a given name opens the name, but
    the class noun the text gives it says a place or an organisation, not a person (nor the holder of a title)."""
    actors = _actors("The Prime Minister was stranded after a visit to the Johan Sverdrup oil field. The suit was filed "
                     "on behalf of Columbia Pictures – a major movie studio.", "en")
    assert actors["Johan Sverdrup"].kind == "place"
    assert actors["Columbia Pictures"].kind == "organization" and not actors["Columbia Pictures"].roles


def test_a_name_after_a_definite_article_is_not_made_a_person_by_its_given_name():
    """"the Charlotte Hornets", read as an organisation: a given name opens it, but a person's name takes no
    article, so the name stays the organisation's."""
    actors = _actors("He was chosen by the Charlotte Hornets in the NBA draft's first round.", "en")
    assert actors["Charlotte Hornets"].kind == "organization"


def test_a_given_name_before_a_place_name_makes_a_person_named_after_the_place():
    """"Nikki Holland", tagged an organisation: the surname is a place the gazetteer knows, but a given name opens
    the name, so it is a person's."""
    actors = _actors('Nikki Holland of the UK\'s National Crime Agency (NCA) said, "Offenders cannot hide from law '
                     'enforcement."', "en")
    assert actors["Nikki Holland"].kind == "person"


def test_area_and_parish_are_class_nouns_of_places():
    """"Jefferson Parish" (its own last word), "the Sandy Point area" (the noun it modifies): places."""
    actors = _actors("Residents of some other areas, such as Jefferson Parish, have been instructed to evacuate. The "
                     "Sandy Point area has not suffered as much devastation.", "en")
    assert actors["Jefferson Parish"].kind == "place" and actors["Sandy Point"].kind == "place"


def test_a_list_of_examples_takes_the_kind_of_its_class_noun():
    """"tourist attractions, such as Boracay and Coron", "discount stores like Biedronka": the plural class noun
    before the examples gives them its kind (words.tsv example_link)."""
    actors = _actors("Phanfone impacted upon popular tourist attractions, such as Boracay and Coron, as well as the "
                     "Kalibo International Airport. Customers shifted to smaller discount stores like Biedronka.", "en")
    assert actors["Boracay"].kind == "place" and actors["Coron"].kind == "place"
    assert actors["Biedronka"].kind == "organization"


def test_an_english_seat_of_power_named_by_its_building_is_a_place_of_its_own():
    """"the White House", "the Kremlin", "Capitol Hill": places, as in French ("l'Élysée", "la Maison Blanche");
    "Capitol Hill" is no other name of Congress, so a text that names both names two actors."""
    actors = _actors("The White House said the bill would pass. Lawmakers on Capitol Hill agreed, and Congress "
                     "voted on Friday. The Kremlin declined to comment.", "en")
    assert all(actors[n].kind == "place" for n in ("White House", "Capitol Hill", "Kremlin"))
    assert actors["Congress"].kind == "organization"


def test_the_name_before_a_persons_title_is_the_body_they_belong_to():
    """"Coldplay frontman Chris Martin", "union Aslef general secretary Mick Whelan", "former Playboy model Karen
    McDougal": the NER misses the name before the title, or reads it as a nationality or a work; it names an
    organisation. Not a word of the language ("Republican senator"), nor a prize ("Grammy winner")."""
    actors = _actors("The song was remade by artists including Coldplay frontman Chris Martin. The train drivers' "
                     "union Aslef general secretary Mick Whelan commented. Payments were made to former Playboy model "
                     "Karen McDougal. Republican senator Ted Cruz spoke. Grammy winner Adele sang.", "en")
    assert all(actors[n].kind == "organization" for n in ("Coldplay", "Aslef", "Playboy"))
    assert {"Chris Martin", "Mick Whelan", "Karen McDougal", "Ted Cruz", "Adele"} <= set(actors)
    assert not {"Republican", "Grammy"} & set(actors)


def test_where_a_route_starts_is_a_place_when_it_ends_at_one():
    """"airlifted from Omsk to Berlin": the NER reads the town as an organisation; where one goes from, to a place,
    is a place. Not a body that sends something to a body ("a statement from Acme to Reuters")."""
    actors = _actors("Alexei Navalny was airlifted from Omsk to Berlin in August. A statement from Acme to Reuters "
                     "followed.", "en")
    assert actors["Omsk"].kind == "place" and actors["Acme"].kind == "organization"


def test_a_name_only_ever_found_after_a_preposition_of_place_is_a_place():
    """"a military base in Maidan Shahr", "tombs in Saqqara and Tuna el-Gebel": the NER reads the towns as people;
    a name the text only gives where something is (or coordinated after such a place) is a place. A person's name
    given otherwise too stays a person's ("in Jones … Jones agreed")."""
    actors = _actors("A car bomb was rammed into a military base in Maidan Shahr on Monday. Ibis birds were found in "
                     "tombs in Saqqara and Tuna el-Gebel. He believed in Jones, and Jones agreed.", "en")
    assert all(actors[n].kind == "place" for n in ("Maidan Shahr", "Saqqara", "Tuna el-Gebel"))
    assert actors["Jones"].kind == "person"


def test_a_name_in_apposition_to_a_group_headed_by_a_class_noun_takes_its_kind():
    """"L'association de lutte contre la corruption, Anticor, a demandé": the group's head noun (an organisation's
    class) types the name between commas, not the tagger's guess; a name after a title's complement stays a person."""
    actors = _actors("Le maire a été mis en examen. L'association de lutte contre la corruption, Anticor, a demandé "
                     "un procès rapide. Le directeur de l'association, Jean Dupont, a démissionné.", "fr")
    assert actors["Anticor"].kind == "organization" and actors["Jean Dupont"].kind == "person"
