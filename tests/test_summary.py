"""Summary: the sentences that carry the story, never a subheading."""
from __future__ import annotations

from briefcli import brief


def test_a_glued_subheading_is_never_a_summary_sentence():
    text = ("Le gouvernement a présenté mardi un plan de relance de 100 milliards d'euros.- Important prêt -"
            "La Commission européenne prêtera une partie de la somme à la France. Les syndicats ont salué "
            "l'annonce.- Origine inconnue -Le financement du reste du plan n'est pas encore connu.")
    summary = [s.text for s in brief(text, lang="fr").summary]
    assert len(summary) == 3
    assert all("Important prêt" not in s and "Origine inconnue" not in s for s in summary)
    assert summary[0].startswith("Le gouvernement a présenté mardi")
