"""The map page without a browser: determinism, data, assets, options, embedding, safety."""

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import folium
from click.testing import CliRunner

from geomap.cli import cli
from geomap.model import Article, Document, Event, Figure, Place, Source
from geomap.render import DEFAULT_CLUSTER_UNTIL, embed_html, map_html, render_map
from geomap.render.data import date_stops, page_data, page_view
from geomap.render.safe_json import script_json
from geomap.render.symbols import TYPE_SHAPES, symbol_svg
from geomap.taxonomy import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]


def doc(article_id="a", title="Title", places=(), events=()):
    return Document(Article(text="", id=article_id, title=title, published="2025-07-23", url="https://example.org/a"),
                    list(places), list(events))


def kyiv(pid="kyiv"):
    return Place(id=pid, name="Kyiv", lat=50.45466, lon=30.5238, country="UA", gazetteer_id="gn:703448")


def ev(eid, pid, kind="protest", date="2025-07-22", **kw):
    return Event(id=eid, place=pid, type=kind, date=date, actors=["Police"], figures=[Figure("ten people", 10, "people")],
                 sources=[Source(f"Sentence {eid}.", 0, 12)], **kw)


def page_json(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_rebuilds_are_byte_identical_across_processes(tmp_path):
    """Same data, same bytes: no random ids, no timestamps, no set or hash order (PYTHONHASHSEED varies)."""
    script = ("import sys, hashlib; from geomap.api import SAMPLE_ARTICLE, load; from geomap.render import map_html; "
              "from geomap.export import export_text; docs = [load(SAMPLE_ARTICLE)[0]]; "
              "print(hashlib.sha256(map_html(docs).encode()).hexdigest(), "
              "*(hashlib.sha256(export_text(docs, f).encode()).hexdigest() for f in ('geojson', 'csv', 'kml')))")
    digests = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_same_documents_give_the_same_page_in_one_process():
    docs = [doc(places=[kyiv()], events=[ev("e1", "kyiv")])]
    assert map_html(docs) == map_html(docs)
    assert hashlib.sha256(map_html(docs, cluster_until=4).encode()).digest() != \
        hashlib.sha256(map_html(docs).encode()).digest()


def test_page_is_self_contained():
    html = map_html([doc(places=[kyiv()], events=[ev("e1", "kyiv")])])
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html)
    assert "L.markerClusterGroup" in html and "MarkerClusterGroup=" in html  # markercluster, inlined
    assert "sourceMappingURL" not in html
    plain = map_html([doc(places=[kyiv()], events=[ev("e1", "kyiv")])], cluster_until=0)
    assert "MarkerClusterGroup=" not in plain  # no clustering: not inlined


def test_cluster_zoom_and_max_zoom_are_set():
    html = map_html([doc(places=[kyiv()], events=[ev("e1", "kyiv")])], tiles=False, cluster_until=6)
    assert '"clusterUntil":6' in html
    assert re.search(r'"maxZoom": 18', html.split("L.map(")[1].split(");")[0])  # the map's own, not the tiles'
    assert DEFAULT_CLUSTER_UNTIL == 8


def test_the_same_place_from_several_articles_is_one_feature():
    a = doc("a", "First", [kyiv()], [ev("e1", "kyiv", date="2025-07-22")])
    b = doc("b", "Second", [kyiv("kiev")], [ev("e2", "kiev", kind="strike", date="2025-07-20")])
    moved = Place(id="kyiv", name="Kyiv", lat=50.5, lon=30.6, gazetteer_id="gn:703448", coord_source="user")
    c = doc("c", "Third", [moved], [ev("e3", "kyiv")])
    data = page_data([b, a, c])
    assert [f["id"] for f in data["features"]] == ["a/kyiv", "c/kyiv"]  # the user's move is its own place
    merged = data["features"][0]["properties"]
    assert merged["ids"] == ["a/kyiv", "b/kiev"]
    assert [(e["id"], data["articles"][e["a"]]["title"]) for e in merged["events"]] == \
        [("e2", "Second"), ("e1", "First")]  # by date, each naming its article
    assert page_data([a, b, c]) == data  # the order of the inputs does not matter


def test_merged_reports_name_each_source_article():
    """On a corpus map, each source sentence of a merged event points at its own article."""
    merged = Event("talks", "kyiv", "talks", "2025-07-23", sources=[
        Source("Talks began.", 0, 12, "wire/1", "Talks begin", "https://wire.example/1"),
        Source("Talks went on.", 5, 19, "paper/7", "Talks go on", None)])
    data = page_data([doc("corpus", "corpus (2 articles)", [kyiv()], [merged])])
    (event,) = data["features"][0]["properties"]["events"]
    titles = [data["articles"][i]["title"] for i in event["sa"]]
    assert titles == ["Talks begin", "Talks go on"]
    assert data["articles"][event["sa"][0]]["url"] == "https://wire.example/1"
    # One article's own events name no source articles: the document's article says it all.
    (plain,) = page_data([doc(places=[kyiv()], events=[ev("e1", "kyiv")])])["features"][0]["properties"]["events"]
    assert "sa" not in plain


def test_view_bounds_leave_countries_out_unless_alone():
    country = Place(id="ua", name="Ukraine", lat=49.0, lon=31.0, kind="country", precision="country", country="UA",
                    gazetteer_id="gn:690791")
    _, bounds = page_view([doc(places=[kyiv(), country], events=[ev("e1", "kyiv"), ev("e2", "ua")])])
    assert bounds == [[49.9547, 30.0238], [50.9547, 31.0238]]
    _, alone = page_view([doc(places=[country], events=[ev("e2", "ua")])])
    assert alone[0][0] < 45 and alone[1][1] > 40  # the whole of Ukraine
    assert page_view([])[1] == [[35.0, -10.0], [60.0, 40.0]]


def test_date_stops_sort_every_precision_and_century():
    events = [ev("a", "kyiv", date=d) for d in ("2025-07-22", "1944", "1944-06-06", "0800-12-25", "2001-09", "1969")]
    events.append(ev("u", "kyiv", date=None))
    stops, undated = date_stops(page_data([doc(places=[kyiv()], events=events)]))
    assert stops == ["0800-12-25", "1944", "1944-06-06", "1969", "2001-09", "2025-07-22"] and undated == 1


def test_text_that_looks_like_a_template_stays_text():
    """branca compiles page pieces as Jinja templates; article text must never be evaluated."""
    tricky = "{{ 7*7 }} {% raw %} {# x #} </script><script>alert(1)</script> \u2028"
    d = doc(title=tricky, places=[Place(id="p", name=tricky, lat=1.0, lon=2.0)],
            events=[ev("e1", "p", summary=tricky)])
    d.events[0].sources = [Source(tricky, 0, 1)]
    html = map_html([d])
    assert "{{ 7*7 }} {% raw %} {# x #}" in html and "49 {% raw %}" not in html
    assert html.count("<script>alert(1)") == 0
    assert "<title>{{ 7*7 }} {% raw %} {# x #} &lt;/script&gt;" in html
    data = page_json(html)
    assert data["features"][0]["properties"]["name"] == tricky


def test_script_json_cannot_close_the_script():
    text = script_json({"a": "</script><!-- \u2028 & >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028 & >"}


def test_each_type_has_its_own_shape_and_colour():
    assert set(TYPE_SHAPES) == set(EVENT_TYPES)
    shapes = {TYPE_SHAPES[t] for t in EVENT_TYPES}
    assert len(shapes) == len(EVENT_TYPES)  # no two types share a shape: colour is not needed to tell them
    svg = symbol_svg("strike")
    assert EVENT_TYPES["strike"].color in svg and 'aria-hidden="true"' in svg
    assert "stroke-dasharray" in symbol_svg("strike", hollow=True) and "stroke-dasharray" not in svg


def test_render_map_is_a_folium_map_for_jupyter():
    m = render_map([doc(places=[kyiv()], events=[ev("e1", "kyiv")])])
    assert isinstance(m, folium.Map)
    shown = m._repr_html_()  # what Jupyter displays: the page in an iframe
    assert "iframe" in shown and "Kyiv" in shown and "markerClusterGroup" in shown


def test_embed_snippet():
    snippet = embed_html('A "report" <b>', src="maps/map.html")
    assert 'src="maps/map.html"' in snippet and "height:480px" in snippet and "width:100%" in snippet
    assert "allowfullscreen" in snippet and 'loading="lazy"' in snippet
    assert "<b>" not in snippet and 'title="Map: A &quot;report&quot; &lt;b&gt;"' in snippet


def test_build_embed_writes_embed_html(tmp_path, sample_copy):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(out), "--embed", "--cluster-until", "5"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "wrote out/embed.html" in result.output.replace(str(tmp_path) + "/", "")
    snippet = (out / "embed.html").read_text(encoding="utf-8")
    assert '<iframe src="map.html"' in snippet
    assert '"clusterUntil":5' in (out / "map.html").read_text(encoding="utf-8")
    again = CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(out), "--embed", "--cluster-until", "5"])
    assert "unchanged" in again.output and "embed.html" in again.output
    bad = CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(out), "--cluster-until", "30"])
    assert bad.exit_code == 2 and "--cluster-until" in bad.output


def test_an_acronym_and_the_name_it_stands_for_are_one_actor():
    # A merged event listed "Who: Rapid Support Forces, RSF": its reports name the group both ways.
    from geomap.render.data import actor_names
    assert actor_names(["Rapid Support Forces", "RSF"]) == ["Rapid Support Forces (RSF)"]
    assert actor_names(["RSF", "Sudan", "Rapid Support Forces"]) == ["Sudan", "Rapid Support Forces (RSF)"]
    assert actor_names(["Sudanese Armed Forces", "Rapid Support Forces", "RSF", "SAF"]) == [
        "Sudanese Armed Forces (SAF)", "Rapid Support Forces (RSF)"]
    assert actor_names(["Democratic Republic of the Congo", "DRC", "M23"]) == [
        "Democratic Republic of the Congo (DRC)", "M23"]
    assert actor_names(["R.S.F.", "Rapid Support Forces"]) == ["Rapid Support Forces (R.S.F.)"]
    # initials that do not match, a lone acronym, a one-word name: as they were
    assert actor_names(["RSF", "Rapid Forces", "Hamas", "HAMAS"]) == ["RSF", "Rapid Forces", "Hamas", "HAMAS"]


def test_the_page_gives_an_event_its_actors_once_and_its_highest_toll():
    strike = Event("kyiv-strike", "kyiv", "strike", "2025-07-22", actors=["Rapid Support Forces", "RSF"],
                   figures=[Figure("killing at least seven people", 7, "people"), Figure("12 killed", 12, "killed"),
                            Figure("43 injured", 43, "injured")])
    arrest = Event("kyiv-arrest", "kyiv", "arrest", "2025-07-23", figures=[Figure("3 officers were killed", 3, "killed")])
    later = Event("kyiv-later", "kyiv", "strike", "2025-07-24", figures=[Figure("killing 2", 2, "people")])
    # two articles' tolls (in none of their sentences: each figure is then its own report)
    strike.sources = [Source("Drones hit Kyiv.", 0, 16, "wire/1"), Source("A strike on Kyiv.", 0, 17, "live/2")]
    events = {e["id"]: e for e in page_data([doc(places=[kyiv()], events=[strike, arrest, later])])
              ["features"][0]["properties"]["events"]}
    assert events["kyiv-strike"]["actors"] == ["Rapid Support Forces (RSF)"]
    assert (events["kyiv-strike"]["killed"], events["kyiv-strike"]["killed_varies"]) == (12, True)
    assert "killed" not in events["kyiv-arrest"]  # an arrest after a killing has no dead of its own (as the CSV)
    assert events["kyiv-later"]["killed"] == 2 and "killed_varies" not in events["kyiv-later"]


def test_highest_reported_is_said_of_the_highest_of_several_reports_tolls():
    # Audit 9: "Killed: 48500 (highest reported)" of one sentence giving the war's toll and the
    # attack's: one report, not two.
    sentence = ("The ministry says 48,500 Palestinians have been killed since Oct. 7, 2023, when gunmen attacked "
                "southern Israel, killing about 1,200 people.")
    toll = [Figure("48,500 Palestinians have been killed", 48500, "killed"),
            Figure("killing about 1,200 people", 1200, "people")]
    one = Event("one", "kyiv", "attack", "2023-10-07", figures=toll, sources=[Source(sentence, 0, len(sentence))])
    camp = [Figure("killing nine people", 9, "people"), Figure("toll rose to 14", 14, "dead"),
            Figure("five of the wounded died", 5, "dead")]
    two = Event("two", "kyiv", "attack", "2025-03-12", figures=camp,
                sources=[Source("Gunmen attacked, killing nine people.", 0, 36, "a/1"),
                         Source("The toll rose to 14 as five of the wounded died.", 0, 47, "b/2")])
    same = Event("same", "kyiv", "attack", "2025-03-13", figures=[Figure("killing nine", 9, "people")],
                 sources=[Source("Gunmen attacked, killing nine.", 0, 30, "a/1"),
                          Source("Another said killing nine.", 0, 26, "b/2")])
    events = {e["id"]: e for e in page_data([doc(places=[kyiv()], events=[one, two, same])])
              ["features"][0]["properties"]["events"]}
    assert events["one"]["killed"] == 48500 and "killed_varies" not in events["one"]
    assert (events["two"]["killed"], events["two"]["killed_varies"]) == (14, True)
    assert events["same"]["killed"] == 9 and "killed_varies" not in events["same"]


def test_the_page_knows_how_the_articles_spelled_each_place():
    # The finder's other names for a place: its mentions' text ("Khan Younis" for Khān Yūnis), once
    # whatever the case (a dateline's "KHAN YOUNIS"), never its own name again.
    text = "KHAN YOUNIS, March 18 - Strikes hit Khan Younis and Khan Yunis, and Khān Yūnis again."
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?i)kh[aā]n y[oūu]u?nis", text)]
    khan = Place(id="khan", name="Khān Yūnis", lat=31.34, lon=34.31, gazetteer_id="gn:281133", mentions=spans)
    article = Article(text=text, id="a", title="Gaza")
    properties = page_data([Document(article, [khan], [ev("strike", "khan", "strike")])])["features"][0]["properties"]
    assert properties["spellings"] == ["Khan Younis", "Khan Yunis"]
    assert "spellings" not in page_data([doc(places=[kyiv()], events=[ev("p", "kyiv")])])["features"][0]["properties"]


def test_every_event_type_has_a_rank_of_violence():
    from geomap.taxonomy import VIOLENCE_ORDER
    assert sorted(VIOLENCE_ORDER) == sorted(EVENT_TYPES)
    assert VIOLENCE_ORDER.index("strike") < VIOLENCE_ORDER.index("ground_operation") < VIOLENCE_ORDER.index("talks")


def test_a_data_files_places_keep_their_articles_spellings(sample_copy, tmp_path):
    # A data file's article is loaded without its text: the finder's spellings are read from the
    # article the data file names, so a rebuild from the data file gives the same page. The place
    # is named as the article spells it, "Odessa"; the finder finds it by the gazetteer's "Odesa" too.
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(out)]).exit_code == 0
    first = (out / "map.html").read_text(encoding="utf-8")
    odesa = next(f for f in page_json(first)["features"] if f["properties"]["name"] == "Odessa")
    assert odesa["properties"]["spellings"] == ["Odesa"]
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    assert CliRunner().invoke(cli, ["build", str(data_file), "-o", str(out)]).exit_code == 0
    assert (out / "map.html").read_text(encoding="utf-8") == first
