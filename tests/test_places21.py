"""Places from the twenty-first session's audit of African conflict reporting (Sudan, eastern Congo,
the Sahel, Ethiopia, Somalia, Mozambique)."""

from geomap.pipeline import geoparse


def places(text, index):
    return [(r.candidate.text, r.entry.name, r.entry.country, r.entry.kind, r.candidate.role)
            for r in geoparse(text, index=index) if r.entry is not None and not r.doubtful]


def names(text, index):
    return [p[0] for p in places(text, index)]


# 1. Forces, militias and broadcasters named after places.

def test_the_africa_corps_is_no_mention_of_africa(index):
    text = ("Wagner announced its departure from Mali last week, saying its mission was complete, while the "
            "Kremlin-controlled Africa Corps will remain.")
    assert names(text, index) == ["Mali"]
    text = ("Russian instructors from the Africa Corps arrived in Niamey last year, and Niger has withdrawn from "
            "the G5 Sahel force.")
    assert "Africa" not in names(text, index)


def test_state_broadcasters_name_their_countries_as_owners(index):
    text = ("The government has repeatedly denied reports of large losses and has suspended several foreign "
            "media outlets, including Radio France Internationale and Voice of America.")
    assert [(p[0], p[4]) for p in places(text, index)] == [("France", "demonym"), ("America", "demonym")]


def test_an_editors_surname_in_the_credit_line_is_no_country(index):
    text = ("In the semi-autonomous Puntland region, security forces said they had killed dozens of Islamic "
            "State fighters in the Cal Miskaad mountains near Bosaso.\n\n(Reporting by Abdi Sheikh; Editing "
            "by Hereward Holland)")
    assert "Holland" not in names(text, index)

