"""Recognition on real text: the sample article and LGL sentences."""

from geomap.recognize import recognize


def names(text, index, role=None):
    return [c.text for c in recognize(text, index) if role is None or c.role == role]


def test_sample_places_recognized_with_exact_offsets(sample_article, index):
    text = sample_article.text
    found = recognize(text, index)
    for c in found:
        assert text[c.start:c.end] == c.text
    surfaces = {c.text for c in found}
    for expected in ["Istanbul", "Ankara", "Novocherkassk", "Rostov Oblast", "Kursk Oblast", "Sumy Oblast",
                     "Donetsk", "Grodno", "Kyiv", "Lviv", "Dnipro", "Odessa", "Moscow", "Belarus", "Poland",
                     "Lithuania", "Ukraine", "Russia", "Washington"]:
        assert expected in surfaces, expected
    # "Sumy and Dnipropetrovsk oblasts": the second name is read as a region; its span leaves the
    # plural word, which is the whole list's, out.
    assert "Dnipropetrovsk" in surfaces and "Dnipropetrovsk oblasts" not in surfaces


def test_names_inside_organisations_and_people_are_not_places(sample_article, index):
    found = recognize(sample_article.text, index)
    text = sample_article.text
    for c in found:
        context = text[max(0, c.start - 4):c.end + 12]
        assert "Washington Post" not in context, context
        assert "Kyiv Independent" not in context, context
    surfaces = {c.text for c in found}
    # Vladimir Putin, Volodymyr Zelensky, Sergiy Kyslytsya: first names and surnames that are towns.
    assert not surfaces & {"Vladimir", "Volodymyr", "Kyslytsya", "NATO", "Maidan", "Southern", "Kremlin"}


def test_possessives_with_either_apostrophe(index):
    text = "Russia\u2019s army and Kyiv's mayor met in Odesa."
    found = recognize(text, index)
    assert [(c.text, c.role) for c in found] == [("Russia", "possessive"), ("Kyiv", "possessive"),
                                                 ("Odesa", "place")]


def test_alternate_names(index):
    for text, name in [("Shelling hit Kiev overnight.", "Kyiv"), ("Troops massed near Grodno.", "Hrodna"),
                       ("Protests in Odessa grew.", "Odesa")]:
        found = recognize(text, index)
        assert len(found) == 1, text
        assert name in {e.name for e in found[0].entries}, text


def test_demonyms_are_marked(index):
    found = recognize("Ukrainian drones struck North Korean troops.", index)
    assert [(c.text, c.role, c.entries[0].country) for c in found] == [
        ("Ukrainian", "demonym", "UA"), ("North Korean", "demonym", "KP")]


def test_qualified_names_link_their_qualifier(index):
    found = recognize("He moved to Paris, Texas, last year.", index)
    assert found[0].text == "Paris" and found[0].qualifier is not None and found[0].qualifier.text == "Texas"


def test_lower_case_words_as_findall_lists_them():
    from geomap.tokens import _LOWER_WORD, LowerWords

    for text in ["A well-known man's fire-man", "police; Police-led 'man' x-man -known known-", "O\u2019man e\u2019s"]:
        listed, asked = set(_LOWER_WORD.findall(text)), LowerWords(text)
        for word in {"man", "known", "well-known", "police", "led", "s", "e", "fire-man", "man's", "x"} | listed:
            assert (word in asked) == (word in listed), (text, word)


def test_a_long_text_lists_its_lower_case_words_once_with_the_same_answers(lgl_docs, index, monkeypatch):
    from geomap.tokens import LowerWords

    text = "\n\n".join(d["text"] for d in lgl_docs[:60])
    assert len(text) > LowerWords.LIST_ALL_ABOVE  # the long path is the one taken by default
    listed = recognize(text, index)
    monkeypatch.setattr(LowerWords, "LIST_ALL_ABOVE", len(text) + 1)  # searched word by word instead
    assert recognize(text, index) == listed and len(listed) > 300


def test_a_named_unit_of_a_state_is_no_crash_and_no_list_of_units(index):
    # From a nineteenth audit: "Bokkos LGA of Plateau State" stopped the whole article with an
    # internal KeyError ('lgas'), "Gwoza LGAs of Borno State" with 'lgass'.
    assert "Plateau State" in names("Gunmen killed six persons in Bokkos LGA of Plateau State on Sunday.", index)
    assert "Borno State" in names("Troops attacked Gwoza LGAs of Borno State.", index)
    assert names("Gunmen attacked villages in the province of Idlib.", index) == ["Idlib"]
