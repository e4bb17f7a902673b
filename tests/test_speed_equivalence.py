"""The speed-ups of the extraction stages change no answer: each fast path against the plain version it replaced."""
import random

from briefcli.extract.actors import _MIN_VARIANT, _one_edit, _spelling_variants
from briefcli.extract.stages import Mention
from briefcli.lexicon import fold


def _plain_spelling_variants(mentions, kinds, people, full_of):
    """_spelling_variants as it was: every mention against every person."""
    pairs = []
    for i, m in enumerate(mentions):
        if kinds[id(m)] != "person" or m.entry is not None:
            continue
        words = [fold(w) for w in m.text.split()]
        if len(words) == 1:
            if len(words[0]) < _MIN_VARIANT + 1 or any(full_of[p][-1] == words[0] for p in people):
                continue
            close = [p for p in people if kinds[id(mentions[p])] == "person" and _one_edit(words[0], full_of[p][-1])]
            if len({tuple(full_of[p]) for p in close}) == 1:
                pairs.append((i, close[0]))
            continue
        for p in people:
            full = full_of[p]
            if p == i or len(full) != len(words) or kinds[id(mentions[p])] != "person":
                continue
            differ = [(a, b) for a, b in zip(words, full) if a != b]
            if len(differ) == 1 and min(map(len, differ[0])) >= _MIN_VARIANT and _one_edit(*differ[0]):
                pairs.append((i, p))
                break
    return pairs


def test_spelling_variants_answer_as_every_mention_against_every_person():
    # spellings a letter apart, repeated (the answer is kept per spelling), a surname two people share or nearly
    # share (no pair), surnames a letter longer or shorter, organisations among the people
    given = ["Yasmina", "Yasmine", "Marlène", "Marlene", "Jean", "Anne", "Claire", "Claira"]
    last = ["Ouirhane", "Ouirhanne", "Schiappa", "Shiappa", "Dupont", "Dupond", "Martins", "Martin", "Lienemann"]
    rng = random.Random(7)
    for _ in range(200):
        mentions, kinds = [], {}
        for k in range(rng.randint(1, 14)):
            shape = rng.random()
            if shape < 0.5:
                text = f"{rng.choice(given)} {rng.choice(last)}"
            elif shape < 0.8:
                text = rng.choice(last)
            else:
                text = f"{rng.choice(given)} {rng.choice(given)} {rng.choice(last)}"
            m = Mention(k, k + 1, text, None)
            mentions.append(m)
            kinds[id(m)] = "person" if rng.random() < 0.85 else "organization"
        people = [i for i, m in enumerate(mentions) if len(m.text.split()) > 1]
        full_of = {p: [fold(w) for w in mentions[p].text.split()] for p in people}
        assert _spelling_variants(mentions, kinds, people, full_of) == \
            _plain_spelling_variants(mentions, kinds, people, full_of)
