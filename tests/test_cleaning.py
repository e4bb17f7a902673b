"""Clean-up before parsing keeps offsets into the original text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli import brief
from briefcli.cleaning import clean


def _back(c, sub):
    start = c.text.index(sub)
    return c.span(start, start + len(sub))


def test_glued_sentences_are_split_and_offsets_kept():
    text = "Il est parti plus tôt.En mai, il est revenu à Venise.Selon lui, tout va bien."
    c = clean(text)
    assert "tôt. En mai" in c.text and "Venise. Selon" in c.text
    s, e = _back(c, "En mai")
    assert text[s:e] == "En mai"


def test_glued_sentences_after_an_acronym_or_a_parenthesis_are_split():
    """"à l'AFP.Le chef", "(DIPJ).Le suspect", "6,3 %).Les": the end of a sentence on an acronym or a closing
    parenthesis glued to the next one; the actors stage read "AFP.Le" as one name."""
    c = clean("Il l'a dit à l'AFP.Le chef est parti. Elle a saisi la police judiciaire (PJ).Le suspect a fui "
              "(hausse de 6,3%).Les autres restent.")
    assert "AFP. Le chef" in c.text and "(PJ). Le suspect" in c.text and "6,3%). Les autres" in c.text
    names = {a.name for a in brief("Il l'a dit mardi à l'AFP.Le chef de l'Etat est parti pour Rome.", lang="fr").actors}
    assert "AFP" in names and not any("Le" in n.split(".") for n in names)


def test_glued_paragraph_without_full_stop():
    c = clean("le ministre Olivier VéranEn 2019, il a dit.", openers=("En",))
    assert "Véran\nEn 2019" in c.text


def test_page_script_leftovers_are_removed():
    text = ('a détaillé le procureur. window.pvp_436c = new Pvp(\'dmpublic\', {idDM: "x7v", mediaType: "dm"}, '
            '{ \'sequenceUrl\': "//pms.orange.fr/x", "mute": true, "autoplay": false}); Puis la suite.')
    c = clean(text)
    assert "Pvp" not in c.text and "window" not in c.text
    assert "Puis la suite." in c.text
    s, e = _back(c, "Puis la suite.")
    assert text[s:e] == "Puis la suite."


def test_script_to_the_end_of_the_text():
    c = clean("Fin de l'article. window.pvp_1 = new Pvp('digiteka', { 'id': 'CNT', \"mute\": true")
    assert c.text.strip() == "Fin de l'article."


def test_typography_becomes_plain():
    text = "L\u2019ef\ufb01cacité\u00a0: 39,6\u202f% de la popu\u00adlation"
    c = clean(text)
    assert c.text == "L'efficacité : 39,6 % de la population"
    s, e = _back(c, "efficacité")
    assert text[s:e] == "ef\ufb01cacité"
    s, e = _back(c, "population")
    assert text[s:e] == "popu\u00adlation"


def test_markdown_syntax_is_dropped():
    text = "# Le titre\n\nLe **président** a [visité](https://x.org/a) *Pékin*.\n"
    c = clean(text, markdown=True)
    assert "**" not in c.text and "](" not in c.text and "#" not in c.text
    assert "Le président a visité Pékin." in c.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_offsets_always_map_into_the_original(text):
    c = clean(text, openers=("En", "Le"))
    assert len(c.origin) == len(c.text) + 1
    assert all(0 <= o <= len(text) for o in c.origin)
    assert list(c.origin[:-1]) == sorted(c.origin[:-1])
    for i in range(len(c.text)):
        s, e = c.span(i, i + 1)
        assert 0 <= s < e <= len(text)


def test_a_glued_subheading_becomes_its_own_paragraph():
    text = 'a-t-il insisté.- "Aucune relation" -Le président a assuré. Un jeu vidéo - sorti en 2019 - Puis.'
    c = clean(text)
    assert 'insisté.\n- "Aucune relation" -\nLe président' in c.text
    assert "vidéo - sorti en 2019 - Puis" in c.text
    s, e = _back(c, "Le président")
    assert text[s:e] == "Le président"


def test_a_glued_video_credit_becomes_its_own_paragraph():
    from briefcli.lexicon import load

    text = "a répondu Jean-François Copépar Europe 1Le député a reconnu. Gaspar Noé et le film réalisé par Luc Besson."
    c = clean(text, openers=load("fr").openers)
    assert "Copé\npar Europe 1\nLe député" in c.text
    assert "Gaspar Noé et le film réalisé par Luc Besson." in c.text


def test_an_elided_article_glued_to_a_quote_mark_is_set_apart():
    text = "en estimant que l'\"échange des prisonniers\" ne suffit pas. Il fait le 'client mystère'\", a-t-il dit."
    c = clean(text)
    assert "l' \"échange" in c.text
    assert "'client mystère'\"," in c.text
    s, e = _back(c, '"échange')
    assert text[s:e] == '"échange'


def test_glued_straight_mark_takes_the_side_it_opens_or_closes():
    # the mark after "surprise". opens even when a stray mark earlier breaks the count of marks
    from briefcli.cleaning import clean
    text = 'Le "nombre remonte" dans le pays", dit-il. Une grève "surprise"."Ce n\'est pas une grève", a réagi X.'
    assert '"surprise". "Ce n' in clean(text).text


def test_an_acronym_is_not_cut_before_a_one_letter_opener():
    from briefcli.cleaning import clean
    assert "\n" not in clean("the same background that we did in NASA, and they", openers=("A", "Les")).text
    assert "BFMTV\nLes" in clean("a dit BFMTVLes experts", openers=("A", "Les")).text


# a lower-case letter followed by a capital inside a word: two pieces glued, or a name in camel case


def test_a_credit_glued_to_a_given_name_becomes_its_own_paragraph():
    text = "Une vidéo publiée par Ministères de LilleAmélie Durand affirme que le budget tiendra. Durand a insisté."
    c = clean(text, lang="fr")
    assert "de Lille\nAmélie Durand affirme" in c.text
    s, e = _back(c, "Amélie Durand")
    assert text[s:e] == "Amélie Durand"
    s, e = _back(c, "Lille")
    assert text[s:e] == "Lille"


def test_a_name_glued_to_a_capitalised_common_word_is_split():
    # the left part ends a person's name (a given name and a particle before it); the right part is a common word
    text = "• Sophie De La FontaineRappelant la tradition des fêtes, elle a souhaité une bonne année."
    c = clean(text, lang="fr")
    assert "Fontaine\nRappelant la tradition" in c.text


def test_a_heading_glued_to_its_paragraph_is_split():
    text = "Le chantier avance.Des travaux en coursLe maire a promis une réponse. Un vote en baisseL'élu a reconnu."
    c = clean(text, lang="fr")
    assert "en cours\nLe maire" in c.text and "en baisse\nL'élu" in c.text
    s, e = _back(c, "L'élu")
    assert text[s:e] == "L'élu"


def test_a_function_word_glued_to_a_name_is_only_spaced():
    c = clean("Le film, produit parLucas Moreau, sort en mai.", lang="fr")
    assert "produit par Lucas Moreau," in c.text


def test_names_written_in_camel_case_stay_whole():
    names = ["McDonald", "YouTube", "iPhone", "PlayStation", "LinkedIn", "BlackRock", "JPMorgan", "DeepMind",
             "MacBook", "WhatsApp", "PayPal", "eBay", "TikTok", "LeBron", "DiCaprio", "McKinsey", "O'Neill",
             "McArthur", "DeWine", "LaToya", "SpaceX", "BioNTech", "NextRadioTV"]
    for lang in ("fr", "en"):
        text = "Le " + ", ".join(names) + " et la société BuzzFeed ont parlé. The PayPal deal is done, said Tom Black."
        c = clean(text, lang=lang)
        for name in names + ["BuzzFeed"]:
            assert name in c.text, (lang, name)
        assert c.text == text


def test_a_camel_case_word_the_text_repeats_is_a_name():
    text = "Le groupe FireStone a parlé. Selon FireStone, tout va bien."
    assert clean(text, lang="fr").text == text


def test_handles_tags_and_code_stay_whole():
    text = "Il a écrit à @MarieDupont sous le tag #BalanceTonPorc, et l'objet {mediaType: 1}. Voir rtl.frInfo."
    assert clean(text, lang="fr").text == text


def test_english_glue_is_split_too():
    text = "Shares fell sharply on the newsThe company said it would appeal the ruling."
    c = clean(text, lang="en")
    assert "news\nThe company" in c.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeléBCDÉLMx'’ .\n@#:"), max_size=120))
def test_offsets_map_back_where_glued_words_are_split(text):
    c = clean(text, lang="fr")
    assert len(c.origin) == len(c.text) + 1
    assert list(c.origin[:-1]) == sorted(c.origin[:-1])
    def bare(t):  # only spaces and line ends are inserted
        return t.replace("\n", "").replace(" ", "").replace("’", "'")

    assert bare(c.text) == bare(text)
    for i, ch in enumerate(c.text):
        if ch not in " \n'":
            assert text[c.origin[i]] == ch
