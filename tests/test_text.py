"""Tokens: offsets, possessives, hyphenated words and dotted abbreviations."""

from geomap.text import fold_word, split_tokens, tokenize


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
