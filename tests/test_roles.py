"""Roles: titles before or after a name, shared by coordinated names, with their modifiers."""
from __future__ import annotations

from briefcli import brief


def _roles(text: str) -> dict[str, list[str]]:
    return {a.name: a.roles for a in brief(text).actors if a.kind == "person"}


def test_title_before_and_after_the_name():
    roles = _roles("Le président russe Vladimir Poutine a reçu Jean Dupont, maire de Lyon, au Kremlin.")
    assert roles["Vladimir Poutine"] == ["président russe"]
    assert roles["Jean Dupont"] == ["maire de Lyon"]


def test_a_title_in_the_plural_goes_to_every_coordinated_name():
    roles = _roles("La situation est tout autre pour les députés des Républicains Eric Ciotti et "
                   "Guillaume Larrivé. Ils ont publié un communiqué.")
    assert roles["Eric Ciotti"] == ["député des Républicains"]
    assert roles["Guillaume Larrivé"] == ["député des Républicains"]


def test_the_longest_title_with_its_modifiers():
    roles = _roles("La demande a été rejetée par ses détracteurs, dont l'ancien Premier ministre "
                   "sunnite Saad Hariri. Il a parlé lundi.")
    assert roles["Saad Hariri"][0].startswith("ancien Premier ministre")


def test_a_title_in_apposition_to_a_name_is_not_the_previous_persons():
    roles = _roles("M. Tebboune a accusé RSF dimanche soir. Le secrétaire général de RSF, Christophe Deloire, a répondu.")
    assert roles["Christophe Deloire"] == ["secrétaire général de RSF"]
    assert roles["Tebboune"] == []


def test_a_name_in_apposition_to_a_title_is_a_person_even_when_the_ner_says_organisation():
    # after OrangeSum (CC BY-SA 4.0), orangesum-valid article 457
    text = ("« Aucune campagne de communication n'est arrivée », a déploré sur BFMTV la présidente de l'Unef, "
            "Mélanie Luce.")
    actors = {a.name: (a.kind, a.roles) for a in brief(text).actors}
    assert actors["Mélanie Luce"] == ("person", ["présidente de l'Unef"])
    # a title that starts the next clause is not an apposition: "relaye France Bleu, le prince Albert II a…"
    text = "Comme le relaye France Bleu, le prince Albert II de Monaco a contracté le coronavirus."
    assert {a.name: a.kind for a in brief(text).actors}.get("France Bleu") == "organization"


def test_a_bare_title_later_names_the_same_function_of_the_person_before():
    roles = _roles("« Il n'y a pas de solution », a regretté le président Michel Aoun. Faute d'accord, le Liban ira "
                   "« vers l'enfer », a-t-il prévenu. Le chef de l'Etat a renvoyé dos à dos les deux camps.")
    assert roles["Michel Aoun"] == ["président", "chef de l'Etat"]
    # another function, or people in the plural, are not the person's titles
    roles = _roles("Le film est signé par son réalisateur Rachid Djaïdani. L'acteur confirme qu'il tournera en mai.")
    assert roles["Rachid Djaïdani"] == ["réalisateur"]
    roles = _roles("Andreï Chmarov a été nommé en mars. Depuis, les journalistes ont dénoncé la censure.")
    assert roles["Andreï Chmarov"] == []


def test_in_apposition_the_title_heads_the_whole_group_before_the_comma():
    roles = _roles("« Il y a un lien direct », a déclaré à l'AFP l'avocat de la fille de l'octogénaire, Yacine Bouzrou. "
                   "La sœur du président, Marie Dupont, est venue. Le ministre a reçu le président Recep Tayyip Erdogan.")
    assert roles["Yacine Bouzrou"] == ["avocat de la fille de l'octogénaire"]
    assert roles["Marie Dupont"] == ["sœur du président"]
    assert roles["Recep Tayyip Erdogan"] == ["président"]


def test_a_disease_named_after_someone_is_no_actor():
    names = [a.name for a in brief("Greta Thunberg, qui souffre du syndrome d'Asperger, a parlé. Son grand-père est "
                                   "atteint de la maladie de Parkinson.").actors]
    assert "Asperger" not in names and "Parkinson" not in names


def test_a_person_the_ner_glued_to_a_known_organisation_is_split_off():
    # from OrangeSum (CC BY-SA 4.0), orangesum-valid article 715
    text = ("L'écrivaine Tsitsi Dangarembga a été arrêtée. Mme Dangarembga a été libérée contre paiement d'une caution "
            "de 65 dollars.Au total, onze personnes arrêtées vendredi ont été remises en liberté, dont Fadzayi Mahere, "
            "l'avocate et porte-parole du Mouvement pour le changement démocratique (MDC, principal parti "
            "d'opposition).\"Je suis heureuse d'être à l'air libre\", a déclaré à l'AFP Tsitsi Dangarembga à sa sortie "
            "de détention.")
    b = brief(text)
    assert "AFP Tsitsi Dangarembga" not in {a.name for a in b.actors}
    assert [q for q in b.quotes if q.kind == "direct"][0].speaker == "Tsitsi Dangarembga"


def test_a_bare_title_means_the_subject_before_rather_than_a_name_in_a_complement():
    # both named one sentence before; the title goes to the subject, not to the later name in the complement
    roles = _roles("Jean Dupont a vivement critiqué la décision de Paul Martin. Le ministre estime que la loi "
                   "est mauvaise.")
    assert roles.get("Jean Dupont") == ["ministre"]
    assert not roles.get("Paul Martin")
