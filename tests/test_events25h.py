"""Events told several times in one article, and the day each took place, as wires and newspapers write
them (the twenty-fifth session's fx25h check): a headline's toll that the lead counts again in its own
words."""

from geomap.model import Article
from geomap.pipeline import extract


def extracted(text, index, published):
    return extract(Article(text=text, id="x", published=published), index=index).events


def test_a_headlines_toll_told_again_by_the_lead_is_counted_once(index):
    text = ("Landslide buries homes in Indonesia's Central Java, 16 dead\n\n"
            "JAKARTA (Reuters) - A landslide triggered by torrential rain buried homes in Indonesia's Central Java "
            "province, killing 16 people and leaving 10 missing, the national disaster agency said on Tuesday.")
    found = [e for e in extracted(text, index, "2025-01-21") if e.type == "disaster"]
    assert [[f.value for f in e.figures] for e in found] == [[16]]


def test_of_one_count_the_one_that_says_they_died_is_kept(index):
    text = ("Gunmen kill 23 villagers in northwest Nigeria's Zamfara state\n\n"
            "By Abdulkareem Haruna\n\n"
            "GUSAU, Nigeria (Reuters) - Gunmen killed at least 23 people in an overnight raid on a village in "
            "northwest Nigeria's Zamfara state, police and residents said on Tuesday.")
    found = [e for e in extracted(text, index, "2025-06-17") if e.type == "attack"]
    assert [[f.text for f in e.figures] for e in found] == [["killed at least 23 people"]]


def test_the_dead_and_the_wounded_of_one_number_are_two_counts(index):
    text = ("Blast kills five in Quetta\n\n"
            "QUETTA, Pakistan (AP) \u2014 A bomb exploded at a market in Quetta on Monday, killing five people, "
            "police said. Five others were wounded in the blast, police said.")
    found = [e for e in extracted(text, index, "2025-03-10") if e.type == "attack"]
    assert [[(f.value, f.unit) for f in e.figures] for e in found] == [[(5, "people"), (5, "wounded")]]
