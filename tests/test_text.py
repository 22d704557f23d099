"""Tokens: offsets, possessives, hyphenated words and dotted abbreviations."""

from geomap.text import fold_word, sentences, split_tokens, tokenize


def test_tokens_with_offsets():
    text = "In Kyiv's centre, Rostov-on-Don and the U.S. met; O\u2019Brien's-style well-known"
    tokens = tokenize(text)
    assert [(t.text, t.possessive) for t in tokens] == [
        ("In", False), ("Kyiv", True), ("centre", False), ("Rostov", False), ("on", False), ("Don", False),
        ("and", False), ("the", False), ("U.S.", False), ("met", False), ("O\u2019Brien's", False), ("style", False),
        ("well", False), ("known", False)]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.key for t in tokens if t.text in ("U.S.", "O\u2019Brien's")] == ["us", "obriens"]
    assert [(w, s, p) for w, s, p in split_tokens(text, 3, 12)] == [("Kyiv", 3, True), ("ce", 10, False)]


def test_folding():
    assert fold_word("Dnipropetrovs'k") == "dnipropetrovsk"
    assert fold_word("C\u00f4te") == "cote" and fold_word("Kyiv\u2019s") == "kyivs"


def test_letters_unicode_does_not_decompose_fold_too():
    from geomap.text import normalize

    assert [normalize(n) for n in ("Đồng Tháp", "Łódź", "Tromsø", "Straße")] == ["dong thap", "lodz", "tromso", "strasse"]


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences():
    # From a tenth audit: wire copy wrapped at 55 characters lost its date and toll to a sentence
    # that ended at the first line break.
    text = ("Russian drones struck an apartment block in Kharkiv on\r\nTuesday, killing three people and wounding 12, "
            "the\nregional governor said. Rescuers searched the rubble.\n\nA new paragraph.")
    assert [text[s:e] for s, e in sentences(text)] == [
        "Russian drones struck an apartment block in Kharkiv on\r\nTuesday, killing three people and wounding 12, "
        "the\nregional governor said.", "Rescuers searched the rubble.", "A new paragraph."]
    # A short line (a headline), a line that ends a sentence, and a line before a list item, a
    # dateline or a live blog's entry still end one; a list item's wrapped line goes on.
    for text, expected in [
        ("Drones hit Kharkiv\nRescuers searched the rubble.", 2),
        ("Russian drones strike Kharkiv apartment block, killing three\nKHARKIV, Ukraine (AP) — Drones struck.", 2),
        ("Live updates from the war in Ukraine, day 1,200 of the war\n09:05 GMT - Drones hit Kyiv.", 2),
        ("16:45 GMT - Aid trucks enter through the Kerem Shalom crossing\nCOGAT said 120 trucks entered.", 2),
        # From an eleventh audit: a byline, a caption or a headline above a one-line lead.
        ("By Olena Harmash and Tom Balmforth, Reuters correspondents in Kyiv\nRussian drones hit Dnipro.", 2),
        ("Residents inspect a destroyed building in the city of Kharkiv, Ukraine\nRussian drones hit Dnipro on "
         "Tuesday, wounding 11 people, the governor said.", 2),
        ("Israeli strikes across Gaza kill dozens, health officials say\nIsraeli strikes killed at least 40 people "
         "in Gaza on Tuesday.", 2),
        ("March 2021 Insurgents attacked Palma, killing dozens of people\nAugust 2021 Rwandan troops retook the "
         "town of Palma", 2),
        # (a two-line paragraph whose line ends with "of" goes on, though the next opens with a capital)
        ("Russian drones struck an apartment block in the centre of\nKharkiv on Monday, killing four people.", 1),
        ("- Floods in the province of Sindh killed five people on\n  Monday, officials said.\n- Roads closed.", 2),
        ("Floods in the province of Sindh killed five people on Monday:\nroads are closed.", 2),
    ]:
        assert len(sentences(text)) == expected, text


def test_ap_state_abbreviations_do_not_end_a_sentence():
    # From a fourteenth audit (local news): "ALBUQUERQUE, N.M. (AP) — Two people were killed" was two
    # sentences, the dateline's and the news', so the crash had no place.
    def said(text):
        return [text[s:e] for s, e in sentences(text)]

    assert len(said("ALBUQUERQUE, N.M. (AP) — Two people were killed Tuesday when a small plane crashed.")) == 1
    assert len(said("LONDON, Ont. — London police have charged a man. A woman was found dead.")) == 2
    assert said("He had fallen ill. The hospital said so.") == ["He had fallen ill.", "The hospital said so."]
    # From a sixteenth audit: a sentence that ends with one still ends there.
    assert len(said("Police arrested the man on Sunday in Springfield, Ill. A tornado killed two people.")) == 2


def test_dotted_initials_do_not_end_a_sentence():
    # From a twentieth audit: "in D.I. Khan on Monday" (Pakistan's papers' Dera Ismail Khan) was cut
    # after "D.I.", and the attack lost its day.
    def said(text):
        return [text[s:e] for s, e in sentences(text)]

    assert said("Gunmen attacked a police station in D.I. Khan on Monday. Police said two died.") == [
        "Gunmen attacked a police station in D.I. Khan on Monday.", "Police said two died."]
    assert said("It rained in Ottawa. Then it stopped.") == ["It rained in Ottawa.", "Then it stopped."]
