"""English projects: the noun-phrase shapes English names its undertakings with."""
from __future__ import annotations

from briefcli import brief


def _projects(text: str) -> list[str]:
    return [p.name for p in brief(text, lang="en").projects]


def test_a_date_after_the_cue_is_no_complement():
    """'on' opens a topic ("the law on data") or a date ("on Friday"): the date says when, it names nothing."""
    assert _projects("Congress approved the stimulus package on Friday.") == ["stimulus package"]


def test_a_sum_before_the_cue_makes_an_indefinite_undertaking_one():
    """"a $2 billion stimulus package" is one, as "un plan d'économies de 2 milliards" is; a sum before a cue of one
    word says what it costs, not what it is ("a $2 billion contract")."""
    assert _projects("Congress approved a $2 billion stimulus package on Friday.") == ["$2 billion stimulus package"]
    assert _projects("Boeing won a $2 billion contract.") == []


def test_an_undertaking_someone_institutes_is_one_even_indefinite():
    """"instituted a policy of confiscating land": a line of conduct launched, the one the article follows."""
    assert _projects("In the 1990s, he instituted a policy of confiscating land from white farmers.") \
        == ["policy of confiscating land from white farmers"]


def test_a_noun_of_launching_governs_its_undertaking_through_of():
    """"the opening of an investigation": English parses hang the object on 'of', French ones on the noun."""
    assert _projects("Prosecutors announced the opening of an investigation into the fire at the plant.") \
        == ["investigation into the fire at the plant"]


def test_a_cue_of_several_words_is_launched_through_its_head_noun():
    """"the launch of a vaccination programme": the launch acts on "programme", "vaccination" hangs on it."""
    assert _projects("They celebrated the launch of a vaccination programme for children.") \
        == ["vaccination programme for children"]


def test_an_infrastructure_being_built_is_an_undertaking_with_where_it_stands():
    """"the construction of a wall along the border": a wall being made; one that stands is a place, no undertaking."""
    assert _projects("Trump asked for funding for the construction of a wall along the border with Mexico.") \
        == ["wall along the border with Mexico"]
    assert _projects("Congress denied funding for the border wall.") == ["border wall"]
    assert _projects("The stadium was built in 1990 and the wall collapsed.") == []
    # the same code in French, whose parse hangs the object on the noun
    assert [p.name for p in brief("La région a voté le financement d'un nouveau pont sur la Loire.", lang="fr").projects] \
        == ["pont sur la Loire"]


def test_a_capitalised_cue_numbered_by_a_code_names_the_bill():
    """"Bill C-10", "House Bill 1234": the NER takes "Bill C-10" for a person; the code says it is a bill."""
    assert _projects("The vote on Bill C-10 was delayed.") == ["Bill C-10"]
    assert _projects("Lawmakers introduced House Bill 1234 to ban the practice.") == ["House Bill 1234"]
    assert _projects("He gave Bill 20 dollars.") == []


def test_a_line_of_conduct_with_a_capitalised_name_is_an_undertaking():
    """"the Clean Air Strategy" is a document someone made; "Trump's foreign policy" is his ongoing conduct."""
    assert _projects("The Clean Air Strategy sets limits on emissions.") == ["Clean Air Strategy"]
    assert _projects("Critics attacked Trump's foreign policy.") == []


def test_a_cue_longer_than_three_words_is_read_whole():
    """"the Belt and Road Initiative" (models/en/project_cues.tsv): a cue of four words, where the loop read three."""
    assert [(p.name, p.kind) for p in brief("Italy joined the Belt and Road Initiative.", lang="en").projects] \
        == [("Belt and Road Initiative", "programme")]


def test_a_trial_or_a_campaign_is_identified_only_by_a_name_before_it():
    """Frame named: "the PALM trial", "the MPAA campaign" are named ones; "the murder trial", "her presidential
    campaign" are of a kind."""
    assert _projects("The PALM trial began last November.") == ["PALM trial"]
    assert _projects("The lawsuit is part of the MPAA campaign against piracy.") == ["MPAA campaign"]
    assert _projects("The murder trial opened in Manhattan. She ended her presidential campaign.") == []


def test_an_investigation_is_identified_by_what_it_is_about_even_indefinite():
    """Frame event: "an investigation of a website" exists once said; 'of' says what it is about, not whose."""
    assert _projects("The arrests followed an investigation of a child abuse website.") \
        == ["investigation of a child abuse website"]
    assert _projects("Prosecutors closed the investigation of Matthew Falder.") == ["investigation of Matthew Falder"]


def test_a_complement_cut_before_its_head_noun_is_taken_on_to_it():
    """English piles modifiers before the head: the length limit cut "a dark web child pornography (site)"."""
    assert _projects("Police arrested 337 users following an investigation of a dark web child pornography site.") \
        == ["investigation of a dark web child pornography site"]


def test_a_preposition_of_goal_on_the_verb_is_no_complement():
    """"moved the bill to a better place": 'to' says where the verb takes the bill, not what the bill is about."""
    assert _projects("The senator said they had moved the bill to a better place.") == []


def test_the_owner_in_the_possessive_opens_the_name_of_an_undertaking_with_a_complement():
    """"Robert Mueller's investigation into Russian interference", as "Robert Mueller's investigation" alone."""
    assert _projects("Robert Mueller's investigation into Russian interference ended.") \
        == ["Robert Mueller's investigation into Russian interference"]


def test_an_act_is_a_law_only_with_a_capital():
    """Frame capital: "the Voting Rights Act" is a law; "an act of provocation", "a criminal act" are deeds."""
    assert [(p.name, p.kind) for p in brief("The Voting Rights Act was renewed.", lang="en").projects] \
        == [("Voting Rights Act", "act")]
    assert _projects("The ministry called the intrusion an act of provocation. Police said the criminal act was "
                     "planned.") == []


def test_a_capitalised_name_before_the_cue_runs_over_its_link_words():
    """"the CHIPS and Science Act", "the Tax Cuts and Jobs Act" (parsed as conjuncts); not "the Rice Business Plan
    Competition", where the name runs on past the cue."""
    assert _projects("Congress passed the CHIPS and Science Act.") == ["CHIPS and Science Act"]
    assert _projects("The Tax Cuts and Jobs Act cut rates.") == ["Tax Cuts and Jobs Act"]
    assert _projects("They won support from the Rice Business Plan Competition.") == []


def test_a_name_that_qualifies_the_partner_is_no_partner():
    """"an agreement with Malian authorities": "Malian" qualifies the partner; "NASA's contract with Boeing" names it."""
    assert _projects("Paris signed an agreement with Malian authorities.") == []
    assert _projects("NASA's contract with Boeing was renewed.") == ["NASA's contract with Boeing"]


def test_an_operation_is_identified_by_its_named_partner():
    """"a merger with Sprint", as "NASA's contract with Boeing"."""
    assert _projects("The company announced a merger with Sprint.") == ["merger with Sprint"]


def test_the_words_before_a_cue_with_its_partner_name_it_too():
    """"a nuclear nonproliferation treaty with Iran": the partner says with whom, the words before the cue which
    treaty; the name holds both ("the new contract with SpaceX": a vague adjective names nothing)."""
    assert _projects("Last year Donald Trump withdrew the US from a nuclear nonproliferation treaty with Iran.") \
        == ["nuclear nonproliferation treaty with Iran"]
    assert _projects("The new contract with SpaceX followed.") == ["contract with SpaceX"]


def test_a_second_mention_told_apart_only_by_adjectives_is_the_same_undertaking():
    """"the military operation" after "Operation Peace Spring": the one named before, again."""
    assert _projects("Turkey launched Operation Peace Spring on Wednesday. The military operation drew criticism "
                     "from NATO allies.") == ["Operation Peace Spring"]
