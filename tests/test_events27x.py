"""The actors of events across wars, crime, accidents, disasters and protests as the wires and national papers
report them (the twenty-eighth session's fx28x check): who did what, and who only reported it, was harmed, was
arrested or was criticised."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def actors_of(text, index, published):
    return [e[3] for e in events(text, index, published)]


def test_a_speaker_named_with_the_post_held_is_no_actor(index):
    text = ("Oleh Syniehubov, head of the Kharkiv regional administration, said the drones hit the Kyivskyi district "
            "shortly after 1 a.m.")
    found = actors_of(text, index, "2025-06-07")
    assert found and all("Oleh Syniehubov" not in a for a in found)
