"""Coordinates written in the text (geomap.coordinates): an OSINT desk's geolocations on the map."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.coordinates import find_coordinates
from geomap.evaluate import haversine_km
from geomap.model import Article
from geomap.pipeline import extract
from geomap.store import read_document, write_document

# The audit's OSINT write-up (/tmp/audit17/cases/corpus/15-osint.txt), its body.
OSINT = (
    "We geolocated footage of the May 7 strikes using satellite imagery and posts on social media.\n\n"
    "The first video shows the Jamia Masjid Subhan Allah compound in Bahawalpur, the headquarters of "
    "Jaish-e-Mohammed. We geolocated it to 29.3544, 71.6911, on the eastern edge of the city. The roof of the "
    "main hall was destroyed, and satellite images from May 8 show three impact craters.\n\n"
    "A second clip, filmed from a hillside, shows smoke rising over the Neelum river. We geolocated it to "
    "34.3712, 73.4709, near the Bilal mosque in Muzaffarabad, where Pakistan said a child was killed.\n\n"
    "Drone debris was filmed in a field near Amritsar, geolocated to 31°38'N 74°52'E. Indian officials said "
    "nobody was hurt.\n\n"
    "For comparison, in Ukraine we last month geolocated a strike to 48°35'N 38°00'E, near Bakhmut.\n\n"
    "All coordinates are approximate and have been checked by two analysts.\n")


@pytest.mark.parametrize("text, lat, lon", [
    ("We geolocated it to 29.3544, 71.6911, on the eastern edge", 29.3544, 71.6911),
    ("geolocated to 34.3712, 73.4709.", 34.3712, 73.4709),
    ("geolocated to 31°38'N 74°52'E.", 31.633333, 74.866667),
    ("a strike to 48°35'N 38°00'E, near Bakhmut", 48.583333, 38.0),
    ("the crater (47.0957, 37.5433) is", 47.0957, 37.5433),
    ("at 29.35N 71.69E", 29.35, 71.69),
    ("at 31°38′12″N 74°52′05″E", 31.636667, 74.868056),
    ("at 33°52'S 151°12'E", -33.866667, 151.2),
    ("at 12.5 N, 4.2 W", 12.5, -4.2),
    ("Sydney, -33.8688, 151.2093", -33.8688, 151.2093),
    ("coordinates 48.59, 38.00", 48.59, 38.0),
    ("at 29.3544°, 71.6911°.", 29.3544, 71.6911),
])
def test_coordinate_pairs_are_read(text, lat, lon):
    (found,) = find_coordinates(text)
    assert (found.lat, found.lon) == (pytest.approx(lat, abs=1e-6), pytest.approx(lon, abs=1e-6))
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("text", [
    "In 2025, 05 students", "output grew 1.5, 2.0 percent", "the hosts won 3-2", "priced at $12.50, $13.75",
    "Python 3.10, 3.11", "version 1.2.3, 4.5.6", "at 10:30, 11:45", "rose 12.345, 13.456, 14.567 points",
    "sold 1.234, 5.678 million", "95.1234, 20.1234", "12.5%, 13.0%", "Flight 5N 20E", "the 3 S 4 E",
    "91°00'N 10°00'E", "45°75'N 10°00'E", "31°38'N 74°52'N",
    # From a twentieth audit: prices, scores and versions had been read as pairs, and a Kenyan
    # flood's event moved to the Caspian Sea.
    "In Kenya, floods on Tuesday pushed maize prices to 45.500, 46.250 shillings a kilo.",
    "prices rose to 45.5000, 46.2500 in Mombasa", "scores of 45.123, 51.234", "released versions 12.345, 13.456 of the app",
    "Attendance figures were 45.123, 51.234 in two matches in Graz", "the euro traded at 1.0850, 1.0875",
])
def test_what_is_no_coordinate_pair(text):
    assert find_coordinates(text) == []


def _osint():
    return extract(Article(OSINT, id="osint", published="2025-05-12"))


def test_a_place_named_near_the_point_is_drawn_at_it():
    doc = _osint()
    stated = {"bahawalpur": (29.3544, 71.6911), "muzaffarabad": (34.3712, 73.4709),
              "amritsar": (31.633333, 74.866667), "bakhmut": (48.583333, 38.0)}
    for pid, (lat, lon) in stated.items():
        place = doc.place(pid)
        assert (place.lat, place.lon) == (lat, lon), pid
        assert place.coord_source == "text" and place.precision == "point" and place.gazetteer_id, pid
        # the gazetteer's sense is kept, its point within a few km of the stated one
        entry = next(a for a in place.alternatives if a["id"] == place.gazetteer_id)
        assert haversine_km(lat, lon, entry["lat"], entry["lon"]) < 10
    assert doc.place("ukraine").coord_source == "gazetteer"  # a country is far from any spot in it
    # the pair's offsets join the place's mentions, as written in the text
    assert "31°38'N 74°52'E" in [OSINT[s:e] for s, e in doc.place("amritsar").mentions]
    (event,) = [e for e in doc.events if e.place == "muzaffarabad"]
    assert "34.3712, 73.4709" in event.sources[0].text
    assert [m.text for m in doc.mentions if m.role == "coordinates"] == [
        "29.3544, 71.6911", "34.3712, 73.4709", "31°38'N 74°52'E", "48°35'N 38°00'E"]


def test_a_point_far_from_any_named_place_is_a_place_of_its_own():
    text = "A drone strike hit a fuel depot at 47.0957, 37.5433 on Tuesday, officials in Kyiv said."
    doc = extract(Article(text, published="2025-05-12"))
    point = doc.place("47-0957-37-5433")
    assert (point.name, point.kind, point.precision, point.coord_source) == ("47.0957, 37.5433", "point", "point",
                                                                            "text")
    assert (point.lat, point.lon, point.gazetteer_id) == (47.0957, 37.5433, None)
    (event,) = doc.events
    assert (event.place, event.type, event.date) == ("47-0957-37-5433", "strike", "2025-05-06")
    assert doc.place("kyiv").coord_source == "gazetteer"


def test_parse_lists_the_coordinates(tmp_path):
    article = tmp_path / "osint.txt"
    article.write_text(OSINT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(article)])
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.output.splitlines()[0])["mentions"]
    points = [m for m in mentions if m["role"] == "coordinates"]
    assert [(m["text"], m["lat"], m["lon"], m["kind"]) for m in points][:2] == [
        ("29.3544, 71.6911", 29.3544, 71.6911, "point"), ("34.3712, 73.4709", 34.3712, 73.4709, "point")]
    assert all(OSINT[m["start"]:m["end"]] == m["text"] for m in points)
    assert [m["start"] for m in mentions] == sorted(m["start"] for m in mentions)


def test_round_trip_through_the_data_file_and_a_build(tmp_path):
    (tmp_path / "osint.txt").write_text(OSINT, encoding="utf-8")
    data = tmp_path / "osint.geomap.yaml"
    text = "A drone strike hit a fuel depot at 47.0957, 37.5433 on Tuesday, officials in Kyiv said."
    doc = _osint()
    write_document(doc, data)
    assert "coord_source: text" in data.read_text(encoding="utf-8")
    back = read_document(data)
    assert [(p.id, p.lat, p.lon, p.coord_source, p.mentions) for p in back.places] == [
        (p.id, p.lat, p.lon, p.coord_source, p.mentions) for p in doc.places]
    result = CliRunner().invoke(cli, ["check", str(data)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["build", str(data), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    features = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))["features"]
    (muzaffarabad,) = [f for f in features if f["properties"]["place_id"] == "muzaffarabad"]
    assert muzaffarabad["geometry"]["coordinates"] == [73.4709, 34.3712]
    assert muzaffarabad["properties"]["coord_source"] == "text"
    assert "drawn at the coordinates the article gives (34.37120, 73.47090)" in muzaffarabad["properties"][
        "resolved_as"] or "coordinates the article gives" in (tmp_path / "out" / "map.html").read_text(
        encoding="utf-8")
    # a place of its own, named as written, survives the round trip too
    point_file = tmp_path / "depot.geomap.yaml"
    (tmp_path / "depot.txt").write_text(text, encoding="utf-8")
    write_document(extract(Article(text, id="depot", published="2025-05-12")), point_file)
    point = read_document(point_file).place("47-0957-37-5433")
    assert (point.kind, point.precision, point.coord_source, point.lat) == ("point", "point", "text", 47.0957)


def test_an_own_spot_is_not_its_gazetteer_entry_on_a_corpus_map(tmp_path):
    # Another article's Bahawalpur stays at the city's point: the seminary's spot is this article's.
    from geomap.corpus import typed_coordinates

    place = _osint().place("bahawalpur")
    assert typed_coordinates(place) is None


def test_an_event_told_at_a_country_moves_to_the_point_in_it():
    text = "In Ukraine, a missile strike hit a depot at 48°35'N 38°00'E on Monday, killing two people."
    doc = extract(Article(text, published="2025-05-12"))
    (event,) = doc.events
    assert (event.place, event.type) == ("4835-n-3800-e", "shelling")  # a missile attack
    assert event.id.startswith("4835-n-3800-e-shelling-")
    assert doc.place("ukraine").coord_source == "gazetteer"
