"""Quotes: marks of every style, names that are not quotes, and attribution."""
from __future__ import annotations

import pytest

from briefcli import brief
from briefcli.extract.quotes import find_marked


def _quotes(text):
    return [(q.text, q.speaker, q.verb) for q in brief(text).quotes]


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
