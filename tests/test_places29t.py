"""Places from the twenty-ninth session's audit of names of clubs, teams, stadiums, firms, bands, songs,
films and people that contain or equal place names (sports, business and culture news)."""

from readings import places


def _names(text, index):
    return [p[0] for p in places(text, index)]


# 1. A work's quoted title after the word for its kind, or for singing it, names no place.

def test_a_films_quoted_title_is_no_place(index):
    text = ("Also on Friday, Duran Duran announced a residency in Las Vegas. The 1984 film \"Paris, Texas\" is "
            "returning to cinemas in a restored version next month.")
    assert _names(text, index) == ["Las Vegas"]


def test_a_songs_quoted_title_is_no_place(index):
    text = ("LONDON (AP) — Oasis played the first of seven nights at Wembley Stadium on Friday, with 90,000 fans "
            "singing along to \u201cChampagne Supernova\u201d and \u201cDon't Look Back in Anger\u201d.")
    names = _names(text, index)
    assert "Champagne" not in names
    assert "Anger" not in names
    assert "LONDON" in names


def test_a_place_in_quoted_speech_stays(index):
    text = "\"I was born in Paris, Texas,\" she said, and the film \"Casablanca\" was shot in Burbank."
    assert _names(text, index) == ["Paris", "Texas", "Burbank"]
