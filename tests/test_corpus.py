"""Corpus mode: folders and JSONL of many articles, one merged map, a cache, parallel runs, bad articles.

The corpora are built in tmp_path from real text: paragraphs of the sample article (as plain
text, Markdown and an HTML page) and LGL articles.
"""

import csv
import io
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.api import SAMPLE_ARTICLE
from geomap.cli import cli
from geomap.corpus import (CACHE_NAME, MAX_LINE_CHARS, CorpusCache, _key, corpus_geojson, document_dict,
                           extract_corpus, html_article, merge_documents)
from geomap.model import Article, Document, Event, Place, Source
from geomap.pipeline import extract

PARAGRAPHS = SAMPLE_ARTICLE.read_text(encoding="utf-8").split("\n---\n", 1)[1].strip().split("\n")
TALKS = PARAGRAPHS[0]  # "Ukrainian and Russian delegations met in Istanbul on July 23 ..."
ISTANBUL_SENTENCE = TALKS.split(". ")[0] + "."


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def front_matter(title, body, published="2025-07-23", url=None):
    lines = ["---", f"title: {json.dumps(title)}", f"published: {published}"]
    if url:
        lines.append(f"url: {url}")
    return "\n".join(lines + ["---", body]) + "\n"


PROTESTS_HTML = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Protests | Example News</title>
<meta property="og:title" content="Protests erupt across Ukraine">
<meta property="article:published_time" content="2025-07-23T18:30:00+03:00">
<link rel="canonical" href="https://news.example.org/protests">
<style>body {{ font-family: Paris; }}</style>
<script>var cities = ["Berlin", "London"]; track("Madrid");</script></head>
<body><header><a href="/">Home</a> <a href="/world/london">London</a></header>
<nav><ul><li><a href="/paris">Paris</a></li><li><a href="/rome">Rome</a></li></ul></nav>
<article><h1>Protests erupt across Ukraine</h1>
<p>{PARAGRAPHS[23]}</p>
<p>{PARAGRAPHS[24].replace("&", "&amp;")}</p>
<aside>Read more: Vienna summit</aside></article>
<footer>&copy; Example News, Berlin</footer></body></html>
"""


@pytest.fixture
def folder(tmp_path):
    """Three articles in three formats; the Istanbul talks are reported by two of them."""
    d = tmp_path / "corpus"
    (d / "ukraine").mkdir(parents=True)
    (d / "talks.txt").write_text(front_matter("Third round of talks in Istanbul", "\n".join(PARAGRAPHS[:6]),
                                              url="https://news.example.org/talks"), encoding="utf-8")
    (d / "ukraine" / "strikes.md").write_text(front_matter(
        "Drones strike Novocherkassk", "\n".join([ISTANBUL_SENTENCE, PARAGRAPHS[9], PARAGRAPHS[11]]),
        url="https://wire.example.com/strikes"), encoding="utf-8")
    (d / "ukraine" / "protests.html").write_text(PROTESTS_HTML, encoding="utf-8")
    return d


def geojson(out):
    return json.loads((out / "map.geojson").read_text(encoding="utf-8"))


def features_by_name(geo):
    by_name = {}
    for f in geo["features"]:
        by_name.setdefault(f["properties"]["name"], []).append(f)
    return by_name


def test_html_main_text_drops_scripts_navigation_and_chrome():
    a = html_article(PROTESTS_HTML, path="p.html", default_id="p")
    assert a.title == "Protests erupt across Ukraine"
    assert a.published == "2025-07-23" and a.url == "https://news.example.org/protests"
    assert a.text.split("\n") == ["Protests erupt across Ukraine", PARAGRAPHS[23], PARAGRAPHS[24]]
    for dropped in ("Berlin", "London", "Madrid", "Paris", "Rome", "Vienna", "font-family", "Home"):
        assert dropped not in a.text


def test_html_without_article_element_keeps_paragraphs_and_its_declared_charset(tmp_path):
    page = tmp_path / "old.html"
    body = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head><body>" \
           "<div class='menu'>Top stories</div><p>Ukrainian drones struck targets in Novocherkassk on July 22 " \
           "\u2014 officials said.</p></body></html>"
    page.write_bytes(body.encode("cp1252"))
    r = extract_corpus([tmp_path], cache_path=None, workers=1)
    (doc,) = r.documents  # the article's text is not kept in memory: its event's source shows it
    (strike,) = doc.events
    assert strike.sources[0].text == "Ukrainian drones struck targets in Novocherkassk on July 22 \u2014 officials said."
    assert (strike.sources[0].start, strike.date) == (0, None)  # no published date: the year is unknown


def test_html_pages_as_newsrooms_save_them(tmp_path):
    # From a fourth audit, on pages saved from news sites.
    # A story written as one <p> with <br><br> between its paragraphs lost all after the first <br>.
    a = html_article("<p>Protesters gathered in Warsaw on Monday.<br><br>Police arrested 20 people in Krakow."
                     "<br />Talks were held in Gdansk.</p>")
    assert a.text.split("\n") == ["Protesters gathered in Warsaw on Monday.", "Police arrested 20 people in Krakow.",
                                   "Talks were held in Gdansk."]
    # A <br> inside a sentence (a CMS's soft wrap) does not end it.
    assert html_article("<p>Russian drones struck Kharkiv<br>on Saturday, killing four people.</p>").text == \
        "Russian drones struck Kharkiv on Saturday, killing four people."
    # A page that writes its paragraphs as <div>s (Reuters) kept only its "Read next" list.
    a = html_article('<h1>Drones hit Kharkiv</h1><div data-testid="paragraph-0">Russian drones struck Kharkiv '
                     'overnight.</div><div data-testid="paragraph-1">Shelling hit Nikopol.</div>'
                     '<div data-testid="read-next"><ul><li>Tokyo stocks fall</li></ul></div>')
    assert a.text.split("\n") == ["Drones hit Kharkiv", "Russian drones struck Kharkiv overnight.",
                                   "Shelling hit Nikopol."]
    # Teasers of other stories, as <article> cards or <div> sidebars, are not the story.
    a = html_article('<main><article><h1>Students march in Belgrade</h1><p>Thousands marched in Belgrade.</p>'
                     '</article><section class="related-stories"><article class="card"><p>Drone strike hits Odesa '
                     'port.</p></article></section></main><div class="dcr-sidebar"><p>Floods in Valencia.</p></div>'
                     '<div class="layout has-sidebar"><p>Police detained 3 in Belgrade.</p></div>')
    assert a.text.split("\n") == ["Students march in Belgrade", "Thousands marched in Belgrade."]
    # ... unless the story is all there is, or most of it: a wrapper named for what it allows
    # ("related-links-enabled") had dropped the whole story beside a byline (a fifth audit).
    assert html_article('<div class="related"><p>Drones struck Odesa.</p></div>').text == "Drones struck Odesa."
    a = html_article('<div class="byline"><p>By Jane Doe in Lviv</p></div><div class="story-body '
                     'related-links-enabled"><p>Russian drones struck Kharkiv overnight, killing two people.</p>'
                     '<p>Shelling hit Kherson on Sunday, officials said.</p></div><div class="related-stories"><p>'
                     'Floods in Valencia</p></div>')
    assert a.text.split("\n") == ["By Jane Doe in Lviv", "Russian drones struck Kharkiv overnight, killing two people.",
                                   "Shelling hit Kherson on Sunday, officials said."]
    # The date and outlet many pages give only in JSON-LD; soft hyphens and zero-width spaces in names.
    a = html_article('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
                     '"NewsArticle", "datePublished": "2025-06-25T14:05:00.000Z", "publisher": {"@type": '
                     '"Organization", "name": "The Daily"}}]}</script><p>Protesters gathered in Dnip&shy;ro and '
                     'Zapor\u00adizhzhia\u200b on Monday.</p>')
    assert (a.published, a.source) == ("2025-06-25", "The Daily")
    assert a.text == "Protesters gathered in Dnipro and Zaporizhzhia on Monday."
    # A page labelled Latin-1 is read as windows-1252, as browsers read it: its dashes and quotes.
    page = tmp_path / "latin1.html"
    page.write_bytes("<meta charset='iso-8859-1'><p>Police arrested protesters in São Paulo \u2013 \u201ca sad "
                     "day,\u201d said one.</p>".encode("cp1252"))
    from geomap.corpus import read_article_file
    assert read_article_file(page).text == "Police arrested protesters in São Paulo \u2013 \u201ca sad day,\u201d said one."


def test_html_lists_of_other_stories_that_no_class_names_are_not_the_story(index):
    # A wire page's "Related coverage" box and "Most read" list, in elements whose classes say nothing
    # of what they hold ("Enhancement", "Page-below"): their headlines had made places and events of
    # their own (a disaster in the Kathmandu Valley, a wildfire at Marseille) beside the story's flood.
    page = ('<main><h1>Flash floods kill 12 in northern Pakistan</h1><div class="RichTextStoryBody">'
            '<p>ISLAMABAD (AP) \u2014 Flash floods swept through villages in Pakistan\u2019s Buner district on '
            'Friday, killing at least 12 people, officials said.</p><div class="Enhancement"><p>RELATED COVERAGE</p>'
            '<ul><li><a href="/a">Monsoon rains kill 30 in Nepal\u2019s Kathmandu valley</a></li><li><a href="/b">'
            'Heat wave grips Delhi</a></li></ul></div><p>Rescue teams in <a href="/kp">Khyber Pakhtunkhwa</a> '
            'province searched for five missing people.</p></div><div class="Page-below"><h2>Most Read</h2><ol>'
            '<li><a href="/c">Wildfire forces evacuations near Marseille</a></li></ol></div>'
            '<p><a href="/more">Read more: Earthquake shakes Lima</a></p></main>')
    article = html_article(page)
    assert article.text.split("\n") == [
        "Flash floods kill 12 in northern Pakistan",
        "ISLAMABAD (AP) \u2014 Flash floods swept through villages in Pakistan\u2019s Buner district on Friday, "
        "killing at least 12 people, officials said.",
        "RELATED COVERAGE",
        "Rescue teams in Khyber Pakhtunkhwa province searched for five missing people.",
        "Most Read"]
    doc = extract(article, index=index)
    assert {p.country for p in doc.places} == {"PK"}
    # A story's long paragraph that links most of its places is the story.
    story = ('<p>KYIV (Reuters) - Russia launched its largest air attack in weeks overnight.</p>'
             '<p>Russian missiles and drones hit <a href="/k">the Kharkiv, Sumy and Dnipropetrovsk regions of '
             'Ukraine</a> and <a href="/z">the southern industrial city of Zaporizhzhia</a> and <a href="/o">the '
             'Black Sea port of Odesa</a> overnight on Tuesday, killing at least 14 people.</p>'
             '<ul><li><a href="/a">Floods kill 30 in Nepal</a></li></ul>')
    assert html_article(story).text.split("\n")[1].startswith("Russian missiles and drones hit the Kharkiv")
    # A page that is only links keeps them: there is nothing else to read.
    assert html_article('<ul><li><a href="/a">Floods hit Buner</a></li></ul>').text == "Floods hit Buner"

def test_a_markdown_article_is_read_as_its_reader_sees_it(tmp_path):
    # Emphasis marks reached the popup ("**shelled**"), hid El Fasher's locative verb (the event went
    # to North Darfur), and a link's URL named Omdurman a second time.
    from geomap.corpus import read_article_file

    page = tmp_path / "sudan.md"
    page.write_text("---\npublished: 2025-04-12\n---\n# Sudan\n\nThe Rapid Support Forces **shelled** El Fasher in "
                    "North Darfur on Friday, and [Omdurman](https://en.wikipedia.org/wiki/Omdurman_(city)) on "
                    "*Thursday*.\n", encoding="utf-8")
    article = read_article_file(page)
    assert article.text == ("Sudan\n\nThe Rapid Support Forces shelled El Fasher in North Darfur on Friday, and "
                            "Omdurman on Thursday.\n")
    # A code span is kept as written.
    from geomap.article import markdown_text
    assert markdown_text("see `__init__.py` and **this**") == "see __init__.py and this"
    doc = extract(article)
    names = {p.id: p.name for p in doc.places}
    assert ("El Fasher", "shelling", "2025-04-11") in [(names[e.place], e.type, e.date) for e in doc.events]
    at = article.text.index("Omdurman")
    assert [tuple(m) for p in doc.places if p.name == "Omdurman" for m in p.mentions] == [(at, at + 8)]


def test_folder_build_merges_places_and_events_across_articles(folder, tmp_path):
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "3 articles (3 extracted), 0 skipped" in result.stdout
    geo = geojson(out)
    by_name = features_by_name(geo)
    # One place per gazetteer entry, although two articles name Istanbul.
    assert len(by_name["Istanbul"]) == 1
    assert {"Novocherkassk", "Kyiv", "Lviv", "Odessa"} <= set(by_name)
    assert not {"Berlin", "London", "Madrid", "Paris", "Rome", "Vienna"} & set(by_name)  # page chrome
    (talks,) = [e for e in by_name["Istanbul"][0]["properties"]["events"] if e["type"] == "talks"]
    assert talks["date"] == "2025-07-23"
    sources = {s["article_id"]: s for s in talks["sources"]}
    assert set(sources) == {"talks", "ukraine/strikes"}
    assert sources["talks"]["title"] == "Third round of talks in Istanbul"
    assert sources["ukraine/strikes"]["url"] == "https://wire.example.com/strikes"
    for s in talks["sources"]:
        assert s["text"] == ISTANBUL_SENTENCE
        assert (s["start"], s["end"]) == (0, len(ISTANBUL_SENTENCE))
    # Every event is dated (the map's time filter spans the corpus) and every source names its article.
    events = [e for f in geo["features"] for e in f["properties"]["events"]]
    assert {e["date"][:7] for e in events if e["date"]} >= {"2025-07"}
    assert all(s["article_id"] for e in events for s in e["sources"])
    assert {a["id"] for a in geo["articles"]} == {"talks", "ukraine/strikes", "ukraine/protests"}
    html = (out / "map.html").read_text(encoding="utf-8")
    assert "Novocherkassk" in html and ISTANBUL_SENTENCE.replace("\u2019", "\\u2019")[:40] in html
    # No data file is written beside the articles: the extractions live in the cache.
    assert not list(folder.rglob("*.geomap.yaml"))
    assert (out / CACHE_NAME).exists()


def test_merge_keeps_distinct_places_and_undated_events_apart():
    def doc(article_id, place, event):
        return Document(Article(text="", id=article_id, title=article_id.upper()), places=[place], events=[event])

    springfield_il = Place("springfield", "Springfield", 39.8, -89.64, gazetteer_id="gn:4250542", country="US")
    springfield_ma = Place("springfield", "Springfield", 42.1, -72.59, gazetteer_id="gn:4951788", country="US")
    a = doc("a", springfield_il, Event("e", "springfield", "protest", None, sources=[Source("A protest.", 0, 10)]))
    b = doc("b", springfield_ma, Event("e", "springfield", "protest", None, sources=[Source("A protest.", 0, 10)]))
    c = doc("c", springfield_il, Event("e", "springfield", "protest", None, sources=[Source("Protests.", 5, 14)]))
    merged = merge_documents([c, b, a])
    assert [(p.id, p.gazetteer_id) for p in merged.places] == [("springfield", "gn:4250542"),
                                                               ("springfield-us", "gn:4951788")]
    assert len(merged.events) == 3  # undated: never taken for the same event
    assert len({e.id for e in merged.events}) == 3
    dated = [doc(x, springfield_il, Event("e", "springfield", "protest", "2011-03-02",
                                          sources=[Source(f"Said {x}.", 0, 7)])) for x in "ab"]
    (event,) = merge_documents(dated).events
    assert [(s.article_id, s.title) for s in event.sources] == [("a", "A"), ("b", "B")]


def test_jsonl_as_editors_and_other_tools_write_it(tmp_path):
    """A byte-order mark (Windows editors), NaN and integers past 64 bits (Python's json writes
    them; orjson, which reads the lines, refuses the first) and escaped non-ASCII text."""
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text('{"id": "a", "text": %s, "score": NaN, "views": 123456789012345678901234567890}\n'
                      '{"id": 7, "text": %s}\n' % (json.dumps(TALKS), json.dumps("Protests in C\u00f4te d'Ivoire.")),
                      encoding="utf-8-sig")
    r = extract_corpus([corpus], cache_path=None, workers=1)
    assert not r.problems and r.counts == {"extracted": 2}
    assert [a.id for a in r.articles] == ["7", "a"]
    assert [(p.kind, p.country) for p in r.documents[0].places] == [("country", "CI")]
    assert "Istanbul" in {p.name for p in r.documents[1].places}
    r.close()


def test_jsonl_input(tmp_path, lgl_docs):
    corpus = tmp_path / "news.jsonl"
    rows = [{"id": f"lgl-{d['id']}", "text": d["text"], "title": d["text"].split(".")[0],
             "url": f"https://lgl.example/{d['id']}", "published": "2011-03-15T08:00:00Z"} for d in lgl_docs[:12]]
    rows.append({"id": "talks", "text": TALKS, "published": "2025-07-23"})
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", corpus, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "13 articles (13 extracted), 0 skipped" in result.stdout
    geo = geojson(out)
    assert {a["id"] for a in geo["articles"]} == {r["id"] for r in rows}
    assert {a["published"] for a in geo["articles"]} == {"2011-03-15", "2025-07-23"}
    by_name = features_by_name(geo)
    assert "Istanbul" in by_name and "Alexandria" in by_name
    sources = [s for f in geo["features"] for e in f["properties"]["events"] for s in e["sources"]]
    assert any((s["url"] or "").startswith("https://lgl.example/") for s in sources)
    # map.geojson holds one article and one feature a line; rebuilding with no change rewrites nothing.
    text = (out / "map.geojson").read_text(encoding="utf-8")
    lines = text.split("\n")
    assert [json.loads(line.rstrip(",")) for line in lines[1:len(rows) + 1]] == geo["articles"]
    assert [json.loads(line.rstrip(",")) for line in lines[len(rows) + 3:-3]] == geo["features"]
    page = (out / "map.html").read_bytes()
    # The popups show each source's article with its date, as map.geojson lists it.
    assert b'"published":"2011-03-15"' in page and b'"published":"2025-07-23"' in page
    again = run("build", corpus, "-o", out, "--workers", "1")
    assert f"unchanged {out / 'map.geojson'}" in again.stdout and "wrote" not in again.stdout, again.stdout
    assert (out / "map.geojson").read_text(encoding="utf-8") == text and (out / "map.html").read_bytes() == page
    # geomap extract writes one line per article, sorted by id.
    lines = tmp_path / "extractions.jsonl"
    result = run("extract", corpus, "-o", lines, "--workers", "1")
    assert result.exit_code == 0 and "13 from the cache" not in result.stdout  # its own cache, beside lines
    records = [json.loads(x) for x in lines.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == sorted(r["id"] for r in rows)
    talks = next(r for r in records if r["id"] == "talks")
    assert any(p["name"] == "Istanbul" for p in talks["places"]) and talks["events"][0]["sources"]
    again = run("extract", corpus, "-o", lines, "--workers", "1")
    assert "unchanged" in again.stdout and "13 from the cache" in again.stdout


@pytest.fixture
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    import logging

    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                       silence_logs=logging.ERROR)
    yield cluster
    cluster.close()


@pytest.fixture
def mixed_corpus(folder, tmp_path, lgl_docs):
    """The three-format folder plus 40 LGL articles as JSONL inside it."""
    with open(folder / "lgl.jsonl", "w", encoding="utf-8") as f:
        for d in lgl_docs[:40]:
            f.write(json.dumps({"id": f"lgl-{d['id']}", "text": d["text"], "published": "2011-03-15"}) + "\n")
    return folder


def _outcome(result):
    docs = result.documents
    merged = merge_documents(docs)
    return [(d.article, document_dict(d)) for d in docs], corpus_geojson(merged, result.articles)


SMALL_BATCHES = dict(cache_path=None, batch_chars=8_000)  # many batches, so both workers get some


def test_process_pool_equals_the_serial_run(mixed_corpus):
    serial = extract_corpus([mixed_corpus], executor="serial", **SMALL_BATCHES)
    assert serial.executor == "serial" and serial.extracted == 43 and not serial.problems
    pool = extract_corpus([mixed_corpus], executor="process", workers=2, **SMALL_BATCHES)
    assert pool.executor == "process" and pool.workers == 2
    pids = {s["pid"] for s in pool.worker_memory.values()}
    assert pids and os.getpid() not in pids
    if "forked" in pool.ran_on:  # the workers share the parent's index: their PSS is below their RSS
        assert all(s["pss"] < s["rss"] for s in pool.worker_memory.values() if "pss" in s)
    assert _outcome(pool) == _outcome(serial)


def test_dask_local_cluster_equals_the_serial_run(mixed_corpus, dask_cluster):
    serial = extract_corpus([mixed_corpus], executor="serial", **SMALL_BATCHES)
    dask = extract_corpus([mixed_corpus], executor="dask", address=dask_cluster.scheduler_address, **SMALL_BATCHES)
    assert dask.executor == "dask" and dask.workers == 2 and dask.extracted == 43
    assert os.getpid() not in {s["pid"] for s in dask.worker_memory.values()}
    assert _outcome(dask) == _outcome(serial)


def test_cli_dask_address_and_workers_give_the_same_map(mixed_corpus, tmp_path, dask_cluster):
    maps = []
    for name, options in (("serial", ["--workers", "1"]), ("pool", ["--workers", "2"]),
                          ("dask", ["--dask", dask_cluster.scheduler_address])):
        out = tmp_path / name
        result = run("build", mixed_corpus, "-o", out, "--no-tiles", *options)
        assert result.exit_code == 0, result.output
        assert "43 articles (43 extracted)" in result.stdout
        maps.append(((out / "map.geojson").read_bytes(), (out / "map.html").read_bytes()))
    assert "Dask cluster at tcp://" in result.stdout
    assert maps[0] == maps[1] == maps[2]


def test_incremental_rerun_extracts_only_new_or_changed_articles(tmp_path, lgl_docs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for d in lgl_docs[:5]:
        (corpus / f"lgl-{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    (corpus / "talks.txt").write_text(front_matter("Talks", TALKS), encoding="utf-8")
    out = tmp_path / "out"
    first = extract_corpus([corpus], cache_path=out / CACHE_NAME, workers=1)
    assert first.counts == {"extracted": 6}
    # Grow the folder by one article, change one, rename one: only the new and the changed are extracted.
    (corpus / "lgl-new.txt").write_text(lgl_docs[5]["text"], encoding="utf-8")
    changed = corpus / f"lgl-{lgl_docs[0]['id']}.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nFlooding closed roads in Pineville.",
                       encoding="utf-8")
    (corpus / f"lgl-{lgl_docs[1]['id']}.txt").rename(corpus / "renamed.txt")
    second = extract_corpus([corpus], cache_path=out / CACHE_NAME, workers=2)
    assert second.counts == {"extracted": 2, "cached": 5}
    assert second.extracted == 2 and len(second) == 7
    # Through the CLI: the cache is in the output folder; nothing new to extract.
    result = run("build", corpus, "-o", out)
    assert result.exit_code == 0 and "7 articles (7 from the cache), 0 skipped" in result.stdout
    assert "extracted on" not in result.stdout
    # A data file beside an article (the user's fixes) is used instead of the cached extraction.
    assert run("extract", corpus / "talks.txt").exit_code == 0
    data_file = corpus / "talks.geomap.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("lat: 41.01384", "lat: 41.5"),
                         encoding="utf-8")
    result = run("build", corpus, "-o", out)
    assert "7 articles (6 from the cache, 1 from data files)" in result.stdout, result.output
    (istanbul,) = features_by_name(geojson(out))["Istanbul"]
    assert istanbul["geometry"]["coordinates"] == [28.9497, 41.5]
    # --force (extract) extracts again what the cache holds.
    forced = extract_corpus([corpus], cache_path=out / CACHE_NAME, workers=1, force=True, data_files=False)
    assert forced.extracted == 7


def test_duplicate_texts_are_extracted_once(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"outlet-{i}", "text": TALKS, "published": "2025-07-23"}) + "\n"
                              for i in range(3)), encoding="utf-8")
    r = extract_corpus([corpus], cache_path=None, workers=1)
    assert r.counts == {"extracted": 1, "shared": 2}
    merged = merge_documents(r.documents)
    (talks,) = [e for e in merged.events if e.type == "talks" and e.place == "istanbul"]
    assert [s.article_id for s in talks.sources] == ["outlet-0", "outlet-1", "outlet-2"]


def test_bad_articles_are_reported_and_skipped(folder, tmp_path):
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.md").write_text("  \n\n", encoding="utf-8")
    (folder / "minified.txt").write_text(" ".join([ISTANBUL_SENTENCE] * (MAX_LINE_CHARS // 100)), encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Kyiv\nProtests in C\u00f4te d'Ivoire.".encode("latin-1"))
    (folder / "ukraine" / "notes.html").write_text("<html><script>alert('Kyiv')</script></html>", encoding="utf-8")
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "ok", "text": PARAGRAPHS[9], "published": "2025-07-23"}),
        '{"id": "broken", "text": "Kyiv',
        json.dumps({"id": "no-text", "body": "Kyiv"}),
        json.dumps({"id": "ok", "text": "A second article with the id of the first."}),
        json.dumps({"id": "when", "text": PARAGRAPHS[9], "published": "last Tuesday"}),
        json.dumps({"id": "half", "text": "Shelling hit Kharkiv \ud800 on Monday."}),  # \\ud800, unpaired
        json.dumps({"id": "titled", "text": PARAGRAPHS[9], "title": "Kyiv \udc9f"}),
        json.dumps({"id": ["listed"], "text": PARAGRAPHS[9]}),
        "[" * 100_000 + "]" * 100_000,
        '{"text": "Rain in Odesa.", "id": ' + "[" * 100_000 + "]" * 100_000 + "}",  # too deep to write back
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", folder, "-o", out)
    assert result.exit_code == 0, result.output  # something was mapped
    assert "Traceback" not in result.output
    problems = result.stderr.strip().splitlines()
    expected = {
        "image.txt": "binary file", "empty.md": "empty", "minified.txt": "characters (more than 100,000)",
        "latin1.txt:2": "not UTF-8", "notes.html": "no text in the HTML page", "feed.jsonl:2": "not JSON",
        "feed.jsonl:3": '"text"', "feed.jsonl:4": "duplicate article id 'ok'",
        "feed.jsonl:5": "not a date (YYYY-MM-DD, a date-time, RFC 2822 as in RSS, YYYYMMDD, GDELT's YYYYMMDDHHMMSS, or Unix time "
                        "in seconds or milliseconds); the article is mapped",
        "feed.jsonl:6": r"text: a lone surrogate (\ud800) at character 22", "feed.jsonl:7": "title: a lone surrogate",
        "feed.jsonl:8": 'id: expected a string, not ["listed"]',
        # Whether json reads 100,000 levels depends on the stack it is given: either way, one line.
        "feed.jsonl:9": ("expected a JSON object", "nested too deeply"), "feed.jsonl:10": "nested too deeply",
    }
    assert len(problems) == len(expected), problems
    for where, what in expected.items():
        (line,) = [p for p in problems if f"/{where}: " in p]
        assert any(w in line for w in ((what,) if isinstance(what, str) else what)), line
    # "last Tuesday" as a published date is reported, and its article mapped undated, not skipped
    assert "5 articles (5 extracted), 13 skipped" in result.stdout
    assert features_by_name(geojson(out))["Novocherkassk"]


def test_an_older_map_inside_the_corpus_is_no_article(folder):
    """Building into a folder inside the corpus, then into another: the first map is not read as an article."""
    assert run("build", folder, "-o", folder / "first").exit_code == 0
    result = run("build", folder, "-o", folder / "second")
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.stdout and "first/map" not in result.output


def test_nothing_readable_exits_2_and_keeps_the_previous_map(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"\x00\x01\x02")
    (corpus / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("previous map", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("error: ") for line in lines), lines
    assert "nothing mapped" in lines[-1]
    assert (out / "map.html").read_text(encoding="utf-8") == "previous map"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(cli, ["build", str(empty), "-o", str(out)]).exit_code == 2


def test_unreadable_cache_is_started_afresh(folder, tmp_path):
    for cache, damage in ((tmp_path / CACHE_NAME, b"this is not an SQLite database" * 100),
                          (tmp_path / "cache.sqlite", b"SQLite format 3\x00" + b"\xff" * 4000)):
        cache.write_bytes(damage)
        r = extract_corpus([folder], cache_path=cache, workers=1)
        assert r.extracted == 3 and any("started afresh" in n for n in r.notes)
        r.close()
        assert len(CorpusCache(cache)) == 3


def test_a_file_named_as_the_cache_by_mistake_is_left_alone(folder, tmp_path):
    """--cache naming an article (or any file that is no SQLite database) must not delete it."""
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": TALKS}) + "\n", encoding="utf-8")
    before = corpus.read_bytes()
    result = run("build", corpus, "--cache", corpus, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert corpus.read_bytes() == before
    assert "not a corpus cache" in result.output and "1 article (1 extracted)" in result.stdout
    assert result.stderr.count("note:") == 1  # one note: not also "cannot use the corpus cache"
    # export says so too, as build does (it had said nothing of its cache)
    result = run("export", corpus, "--cache", corpus, "-o", tmp_path / "events.csv")
    assert result.exit_code == 0 and corpus.read_bytes() == before
    assert result.stderr.count("note:") == 1 and f"{corpus}: not a corpus cache" in result.stderr


def test_cache_of_rows_without_rowid_is_started_afresh(folder, tmp_path):
    """Caches written before the rows had rowids (slow to write) are dropped, claims and all."""
    cache = tmp_path / "cache.sqlite"
    db = sqlite3.connect(cache)
    db.execute("CREATE TABLE extraction (digest TEXT NOT NULL, params TEXT NOT NULL, doc TEXT NOT NULL, "
               "PRIMARY KEY (digest, params)) WITHOUT ROWID")
    db.execute("CREATE TABLE claim (corpus INTEGER NOT NULL, digest TEXT NOT NULL, params TEXT NOT NULL, "
               "PRIMARY KEY (corpus, digest, params)) WITHOUT ROWID")
    db.execute("INSERT INTO extraction VALUES ('d', 'p', '{}')")
    db.execute("INSERT INTO claim VALUES (1, 'd', 'p')")
    db.commit()
    db.close()
    r = extract_corpus([folder], cache_path=cache, workers=1)
    first = [document_dict(d) for d in r.documents]
    assert r.counts == {"extracted": 3} and len(first) == 3 and all(d["places"] for d in first)
    r.close()
    db = sqlite3.connect(cache)
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'extraction'").fetchone()
    assert "WITHOUT ROWID" not in sql
    assert db.execute("SELECT count(*) FROM extraction").fetchone() == (3,)
    assert db.execute("SELECT count(*) FROM claim").fetchone() == (3,)
    # Its payloads are orjson's bytes, read back as the documents they were.
    assert {type(doc) for (doc,) in db.execute("SELECT doc FROM extraction")} == {bytes}
    db.close()
    again = extract_corpus([folder], cache_path=cache, workers=1)
    assert again.counts == {"cached": 3}
    assert [document_dict(d) for d in again.documents] == first
    again.close()


def test_progress_bar_on_request(folder, tmp_path):
    result = run("build", folder, "-o", tmp_path / "out", "--progress", "--workers", "1")
    assert result.exit_code == 0 and "articles" in result.stderr
    quiet = run("build", folder, "-o", tmp_path / "out2", "--workers", "1")
    assert quiet.stderr == ""


# --- the users' corrections in data files hold on the merged map ----------------------------------

WIRE = "Thousands protested in Odesa on July 23 against the new law."
SAMPLE_DATA = SAMPLE_ARTICLE.with_name(SAMPLE_ARTICLE.name.replace(".txt", ".geomap.yaml"))
ISTANBUL = (41.01384, 28.94966)  # the gazetteer's


@pytest.fixture
def sample_corpus(tmp_path):
    """The sample article with its data file, and a short wire report that sorts before it and
    names the same places (the talks in Istanbul and a protest in Odesa)."""
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(SAMPLE_ARTICLE, d)
    shutil.copy(SAMPLE_DATA, d)
    (d / "a-wire.txt").write_text(front_matter("Talks and protests", f"{ISTANBUL_SENTENCE}\n{WIRE}"),
                                  encoding="utf-8")
    return d


def edit_place(data_file, place_id, **values):
    """Set a place's values in a data file, as a user typing in an editor would."""
    lines = data_file.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"  - id: {place_id}")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    for key, value in values.items():
        i = next((i for i in range(start + 1, end) if lines[i].startswith(f"    {key}:")), None)
        if i is None:
            lines.insert(start + 1, f"    {key}: {value}")
        else:
            lines[i] = f"    {key}: {value}"
    data_file.write_text("\n".join(lines), encoding="utf-8")


def sources_by_feature(out, name):
    """For each feature called ``name``: its coordinates, and its events' (type, source articles)."""
    return sorted((tuple(f["geometry"]["coordinates"][::-1]),
                   sorted((e["type"], tuple(s["article_id"] for s in e["sources"])) for e in f["properties"]["events"]))
                  for f in features_by_name(geojson(out))[name])


SAMPLE_ID = SAMPLE_ARTICLE.stem


def test_coordinates_typed_in_a_later_articles_data_file_move_the_merged_place(sample_corpus, tmp_path):
    edit_place(sample_corpus / SAMPLE_DATA.name, "istanbul", lat=41.02, lon=28.98)
    out = tmp_path / "out"
    result = run("build", sample_corpus, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "conflict" not in result.output
    # One Istanbul, where the user put it, although the wire report (first by id) left it to the gazetteer.
    assert sources_by_feature(out, "Istanbul") == [((41.02, 28.98), [("talks", ("a-wire", SAMPLE_ID))])]


def test_users_who_disagree_on_a_place_keep_their_own_and_the_conflict_is_reported(sample_corpus, tmp_path):
    edit_place(sample_corpus / SAMPLE_DATA.name, "istanbul", lat=41.02, lon=28.98)
    (sample_corpus / "b-talks.txt").write_text(front_matter("Talks", ISTANBUL_SENTENCE), encoding="utf-8")
    assert run("extract", sample_corpus / "b-talks.txt").exit_code == 0
    edit_place(sample_corpus / "b-talks.geomap.yaml", "istanbul", lat=41.1, lon=29.0)
    out = tmp_path / "out"
    result = run("build", sample_corpus, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert sources_by_feature(out, "Istanbul") == [
        ((41.0138, 28.9497), [("talks", ("a-wire",))]),  # the article that left it to the gazetteer
        ((41.02, 28.98), [("talks", (SAMPLE_ID,))]),
        ((41.1, 29.0), [("talks", ("b-talks",))]),
    ]
    (conflict,) = [line for line in result.stderr.splitlines() if line.startswith("conflict: ")]
    b_line = (sample_corpus / "b-talks.geomap.yaml").read_text(encoding="utf-8").split("\n").index("    lat: 41.1") + 1
    assert conflict.startswith(f"conflict: {sample_corpus / 'b-talks.geomap.yaml'}:{b_line}: places[istanbul].lat: "
                               "Istanbul (gn:745044) is at 41.1, 29.0 here but at 41.02, 28.98 in "
                               f"{sample_corpus / SAMPLE_DATA.name}:")
    assert f"the gazetteer's {ISTANBUL[0]}, {ISTANBUL[1]}" in conflict


def test_a_place_the_user_placed_is_its_own_spot(sample_corpus, tmp_path):
    edit_place(sample_corpus / SAMPLE_DATA.name, "istanbul", lat=41.04, lon=29.01, coord_source="user")
    out = tmp_path / "out"
    assert run("build", sample_corpus, "-o", out, "--workers", "1").exit_code == 0
    assert sources_by_feature(out, "Istanbul") == [((41.0138, 28.9497), [("talks", ("a-wire",))]),
                                                   ((41.04, 29.01), [("talks", (SAMPLE_ID,))])]


@pytest.mark.parametrize("edit", [{"hidden": "true"}, {"lat": "", "lon": ""}], ids=["hidden", "no coordinates"])
def test_a_place_hidden_in_one_article_hides_only_its_mentions(sample_corpus, tmp_path, edit):
    edit_place(sample_corpus / SAMPLE_DATA.name, "istanbul", **edit)
    shutil.copy(sample_corpus / "a-wire.txt", sample_corpus / "z-wire.txt")  # one after the sample, one before
    out = tmp_path / "out"
    assert run("build", sample_corpus, "-o", out, "--workers", "1").exit_code == 0
    assert sources_by_feature(out, "Istanbul") == [((41.0138, 28.9497), [("talks", ("a-wire", "z-wire"))])]


def test_geomap_fix_in_one_article_resolves_only_its_mentions(sample_corpus, tmp_path):
    assert run("fix", sample_corpus / SAMPLE_DATA.name, "odesa", "--use", "gn:5527554").exit_code == 0
    out = tmp_path / "out"
    assert run("build", sample_corpus, "-o", out, "--workers", "1").exit_code == 0
    ukraine, texas = (sources_by_feature(out, name) for name in ("Odesa", "Odessa"))
    assert ukraine == [((46.4857, 30.7438), [("protest", ("a-wire",))])]
    assert texas == [((31.8457, -102.3676), [("protest", (SAMPLE_ID,))])]


def test_merge_honours_typed_coordinates_whatever_the_order():
    def doc(article_id, lat):
        place = Place("istanbul", "Istanbul", lat, ISTANBUL[1], gazetteer_id="gn:745044", country="TR",
                      alternatives=[{"id": "gn:745044", "lat": ISTANBUL[0], "lon": ISTANBUL[1]}])
        event = Event("e", "istanbul", "talks", "2025-07-23", sources=[Source(ISTANBUL_SENTENCE, 0, 122)])
        return Document(Article(text="", id=article_id), places=[place], events=[event])

    for order in (["a", "b", "c"], ["c", "b", "a"]):
        typed = {"a": ISTANBUL[0], "b": 41.5, "c": ISTANBUL[0]}
        conflicts = []
        merged = merge_documents([doc(x, typed[x]) for x in order], conflicts=conflicts)
        assert [(p.id, p.lat) for p in merged.places] == [("istanbul", 41.5)] and not conflicts
        (event,) = merged.events
        assert [s.article_id for s in event.sources] == ["a", "b", "c"]
    conflicts = []
    merged = merge_documents([doc("a", ISTANBUL[0]), doc("b", 41.5), doc("c", 41.2)], conflicts=conflicts)
    assert [(p.id, p.lat) for p in merged.places] == [("istanbul", ISTANBUL[0]), ("istanbul-2", 41.5),
                                                      ("istanbul-3", 41.2)]
    assert [(e.place, [s.article_id for s in e.sources]) for e in merged.events] == [
        ("istanbul", ["a"]), ("istanbul-2", ["b"]), ("istanbul-3", ["c"])]
    (conflict,) = conflicts
    assert [(p.article_id, p.lat) for p in conflict.placements] == [("b", 41.5), ("c", 41.2)]
    assert conflict.gazetteer == ISTANBUL


SAMPLE_BASE = SAMPLE_DATA.with_name("." + SAMPLE_DATA.name.replace(".geomap.yaml", ".geomap.base.yaml"))


@pytest.fixture
def based_corpus(sample_corpus):
    """``sample_corpus`` with the sample data file's base (the extraction it was made from), and a
    wire copy that sorts after the sample: the user's data file is between two wire reports."""
    shutil.copy(SAMPLE_BASE, sample_corpus)
    shutil.copy(sample_corpus / "a-wire.txt", sample_corpus / "z-wire.txt")
    return sample_corpus


def merged_istanbul(out):
    """The merged Istanbul's name and its talks event's (summary, actors, source articles)."""
    (feature,) = features_by_name_any(geojson(out), "gn:745044")
    (talks,) = [e for e in feature["properties"]["events"] if e["type"] == "talks"]
    return (feature["properties"]["name"],
            (talks["summary"], talks["actors"], [s["article_id"] for s in talks["sources"]]))


def features_by_name_any(geo, gazetteer_id):
    return [f for f in geo["features"] if f["properties"]["gazetteer_id"] == gazetteer_id]


def test_values_the_user_edited_win_the_merge_whatever_the_order(based_corpus, tmp_path):
    out = tmp_path / "out"
    assert run("build", based_corpus, "-o", out, "--workers", "1").exit_code == 0
    name, (summary, actors, sources) = merged_istanbul(out)
    extracted = (name, summary, actors)
    assert sources == ["a-wire", SAMPLE_ID, "z-wire"] and name == "Istanbul"
    # The user renames the place and rewrites the event in the middle article's data file.
    data_file = based_corpus / SAMPLE_DATA.name
    edit_place(data_file, "istanbul", name="Constantinople")
    edit_place(data_file, "istanbul-talks-2025-07-23", summary="Third round of peace talks", actors="[Ukraine]")
    result = run("build", based_corpus, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "conflict" not in result.output
    assert merged_istanbul(out) == ("Constantinople", ("Third round of peace talks", ["Ukraine"], sources))
    # The first article's values still come first where the user edited nothing: the sample's
    # extracted values do not beat the wire report's (as a data file without its base).
    edit_place(data_file, "istanbul", name="Istanbul")
    edit_place(data_file, "istanbul-talks-2025-07-23", summary=extracted[1], actors="[Ukraine, Russia]")
    assert run("build", based_corpus, "-o", out, "--workers", "1").exit_code == 0
    assert merged_istanbul(out) == (extracted[0], (extracted[1], extracted[2], sources))


def test_users_who_edit_a_value_differently_get_a_conflict_line(based_corpus, tmp_path):
    (based_corpus / "b-talks.txt").write_text(front_matter("Talks", ISTANBUL_SENTENCE), encoding="utf-8")
    assert run("extract", based_corpus / "b-talks.txt").exit_code == 0
    b_file, sample_file = based_corpus / "b-talks.geomap.yaml", based_corpus / SAMPLE_DATA.name
    edit_place(b_file, "istanbul", name="Constantinople")
    edit_place(sample_file, "istanbul", name="Istanbul (Türkiye)")
    edit_place(b_file, "istanbul-talks-2025-07-23", summary="Peace talks")
    edit_place(sample_file, "istanbul-talks-2025-07-23", summary="Peace talks")  # the same: no conflict
    out = tmp_path / "out"
    result = run("build", based_corpus, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    # b-talks comes first by id: its value is the map's, and the line names both files and lines.
    assert merged_istanbul(out) == ("Constantinople", ("Peace talks", ["Ukraine", "Russia"],
                                                       ["a-wire", "b-talks", SAMPLE_ID, "z-wire"]))
    (conflict,) = [line for line in result.stderr.splitlines() if line.startswith("conflict: ")]

    def line_of(path, text):
        return path.read_text(encoding="utf-8").split("\n").index(text) + 1

    assert conflict == (
        f"conflict: {b_file}:{line_of(b_file, '    name: Constantinople')}: places[istanbul].name: Istanbul "
        f'(gn:745044) is "Constantinople" here but "Istanbul (Türkiye)" in '
        f"{sample_file}:{line_of(sample_file, '    name: Istanbul (Türkiye)')}; the map shows this one "
        "(the first article's by id): make them agree")


def test_merge_takes_edited_event_values_whatever_the_order():
    def doc(article_id, approximate, actors):
        place = Place("istanbul", "Istanbul", *ISTANBUL, gazetteer_id="gn:745044", country="TR",
                      alternatives=[{"id": "gn:745044", "lat": ISTANBUL[0], "lon": ISTANBUL[1]}])
        event = Event("e", "istanbul", "talks", "2025-07-23", approximate=approximate, actors=actors,
                      summary=f"talks ({article_id})", sources=[Source(ISTANBUL_SENTENCE, 0, 122)])
        return Document(Article(text="", id=article_id), places=[place], events=[event])

    docs = [doc("a", True, ["Ukraine", "Russia"]), doc("b", False, ["Ukraine"]), doc("c", True, ["Turkey"])]
    edits = {"b": {("events", "e"): frozenset({"summary", "approximate", "actors"})}}
    for order in (docs, docs[::-1]):
        conflicts = []
        (event,) = merge_documents(order, edits=edits, conflicts=conflicts).events
        assert (event.summary, event.approximate, event.actors) == ("talks (b)", False, ["Ukraine"])
        assert not conflicts
    unedited = merge_documents(docs).events[0]
    assert (unedited.summary, unedited.approximate, unedited.actors) == ("talks (a)", False,
                                                                         ["Ukraine", "Russia", "Turkey"])


# --- the cache is pruned after each full run ------------------------------------------------------


def cache_rows(path):
    """The cache's entries as (digest, params), read with plain SQLite."""
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return set(db.execute("SELECT digest, params FROM extraction"))
    finally:
        db.close()


def write_articles(folder, paragraphs):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in paragraphs.items():
        (folder / f"{name}.txt").write_text(front_matter(name, text), encoding="utf-8")


def text_key(text, bias=None):
    return _key(text + "\n", "2025-07-23", bias)


def test_rerun_after_editing_or_removing_articles_leaves_no_stale_entries(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_articles(corpus, {"talks": TALKS, "strikes": PARAGRAPHS[9], "protests": PARAGRAPHS[23]})
    first = run("build", corpus, "-o", out, "--workers", "1")
    assert "cache: 3 entries, pruned 0" in first.stdout
    write_articles(corpus, {"talks": TALKS + " Both sides agreed to meet again."})
    (corpus / "strikes.txt").unlink()
    second = run("build", corpus, "-o", out, "--workers", "1")
    assert "2 articles (1 extracted, 1 from the cache)" in second.stdout
    assert "cache: 2 entries, pruned 2" in second.stdout
    assert cache_rows(out / CACHE_NAME) == {text_key(TALKS + " Both sides agreed to meet again."),
                                            text_key(PARAGRAPHS[23])}
    # An article the user now keeps a data file for no longer uses its cached extraction.
    assert run("extract", corpus / "protests.txt").exit_code == 0
    third = run("build", corpus, "-o", out, "--workers", "1")
    assert "cache: 1 entry, pruned 1" in third.stdout


def test_a_cache_shared_by_two_corpora_keeps_what_each_uses(tmp_path):
    news, wire, cache = tmp_path / "news", tmp_path / "wire", tmp_path / "shared.sqlite"
    write_articles(news, {"talks": TALKS, "strikes": PARAGRAPHS[9]})
    write_articles(wire, {"talks-copy": TALKS, "protests": PARAGRAPHS[23]})
    for folder in (news, wire):
        assert extract_corpus([folder], cache_path=cache, workers=1).pruned == 0
    assert len(cache_rows(cache)) == 3  # the talks are one entry, claimed by both
    (news / "talks.txt").unlink()
    (news / "strikes.txt").unlink()
    write_articles(news, {"odesa": WIRE})
    r = extract_corpus([news], cache_path=cache, workers=1)
    assert r.pruned == 1  # the strikes; the talks are still the wire's
    assert cache_rows(cache) == {text_key(TALKS), text_key(PARAGRAPHS[23]), text_key(WIRE)}


def test_runs_with_another_near_keep_their_entries(tmp_path):
    """Mapping a corpus with and without --near is a legitimate use: neither run prunes the other's."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_articles(corpus, {"talks": TALKS, "protests": PARAGRAPHS[23]})
    assert "cache: 2 entries, pruned 0" in run("build", corpus, "-o", out, "--workers", "1").stdout
    assert "cache: 4 entries, pruned 0" in run("build", corpus, "-o", out, "--near", "UA").stdout
    again = run("build", corpus, "-o", out, "--workers", "1")
    assert "2 articles (2 from the cache)" in again.stdout and "cache: 4 entries, pruned 0" in again.stdout
    (corpus / "protests.txt").unlink()
    assert "cache: 3 entries, pruned 1" in run("build", corpus, "-o", out, "--near", "ua").stdout
    assert text_key(PARAGRAPHS[23]) in cache_rows(out / CACHE_NAME)  # the run without --near still claims it


def test_entries_of_other_extractor_code_are_pruned_and_unclaimed_ones_kept(tmp_path):
    import sqlite3

    corpus, cache = tmp_path / "corpus", tmp_path / "cache.sqlite"
    write_articles(corpus, {"talks": TALKS})
    extract_corpus([corpus], cache_path=cache, workers=1).close()
    digest, params = text_key(TALKS)
    old_code = ("0" * 16) + params[16:]
    db = sqlite3.connect(cache)
    with db:
        db.execute("INSERT INTO extraction VALUES (?, ?, '{}')", (digest, old_code))
        # Written before claims were kept, by a corpus that has not run since: it may still need it.
        db.execute("INSERT INTO extraction VALUES (?, ?, '{}')", ("f" * 64, params))
    db.close()
    r = extract_corpus([corpus], cache_path=cache, workers=1)
    assert r.pruned == 1 and r.counts == {"cached": 1}
    r.close()
    assert cache_rows(cache) == {(digest, params), ("f" * 64, params)}


KILLED_RUN = """
import os, signal, sys
from pathlib import Path
import geomap.corpus as corpus

corpus.COMMIT_SECONDS = 0  # a commit a batch
flush, calls = corpus.CorpusCache.flush, []

def flush_then_die(self):
    calls.append(1)
    if len(calls) == 3:  # the third batch is stored, not committed: killed mid-transaction
        os.kill(os.getpid(), signal.SIGKILL)
    return flush(self)

corpus.CorpusCache.flush = flush_then_die
corpus.extract_corpus([Path(sys.argv[1])], cache_path=Path(sys.argv[2]), executor="serial", batch_chars=1,
                      progress=False)
"""


def test_a_killed_run_leaves_the_cache_whole_with_what_it_committed(tmp_path, lgl_docs):
    import subprocess
    import sys

    corpus, cache = tmp_path / "lgl.jsonl", tmp_path / "out" / CACHE_NAME
    corpus.write_text("".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in lgl_docs[:6]),
                      encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED_RUN, corpus, cache], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert killed.returncode == -9, killed.stderr
    db = sqlite3.connect(cache)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    first_two = {_key(d["text"], None, None) for d in lgl_docs[:2]}  # a batch an article
    assert cache_rows(cache) == first_two  # plain SQLite rolls the third batch back
    rerun = extract_corpus([corpus], cache_path=cache, workers=1)
    assert rerun.counts == {"cached": 2, "extracted": 4} and not rerun.problems and not rerun.notes
    rerun.close()
    assert cache_rows(cache) == {_key(d["text"], None, None) for d in lgl_docs[:6]}


def test_rows_the_cache_cannot_take_are_handed_back_with_a_note(tmp_path, monkeypatch):
    import geomap.corpus

    monkeypatch.setattr(geomap.corpus, "COMMIT_SECONDS", 3600)
    cache = CorpusCache(tmp_path / CACHE_NAME)
    first, second = [(text_key(TALKS), "{}")], [(text_key(WIRE), "{}")]
    assert cache.put_many(first) == [] and cache.get(text_key(TALKS)) == "{}"  # stored, not yet committed
    cache.db.execute("PRAGMA query_only = ON")  # as a full disk: every write fails
    assert cache.put_many(second) == first + second  # what the last commit did not keep
    assert cache.is_empty() and cache.flush() == []
    assert cache.notes == [f"{tmp_path / CACHE_NAME}: cannot write the corpus cache (attempt to write a readonly "
                           "database); the run goes on without it"]
    cache.close()


def test_extractions_are_read_back_many_to_a_query(tmp_path, monkeypatch):
    import geomap.corpus

    monkeypatch.setattr(geomap.corpus, "FETCH_CHUNK", 2)  # several chunks from three keys
    cache = CorpusCache(tmp_path / CACHE_NAME)
    other = (text_key(WIRE)[0], "other settings")
    rows = [(text_key(TALKS), '{"a": 1}'), (text_key(WIRE), '{"b": 2}'), (other, '{"c": 3}')]
    cache.put_many(rows)
    missing = ("0" * 64, text_key(TALKS)[1])
    assert cache.get_many([key for key, _ in rows] + [missing]) == dict(rows)
    assert cache.get_many([]) == {}
    cache.close()


def test_a_run_that_reads_nothing_prunes_nothing(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_articles(corpus, {"talks": TALKS})
    assert run("build", corpus, "-o", out).exit_code == 0
    (corpus / "talks.txt").unlink()  # an empty folder, as an unmounted drive's mount point is
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(out)]).exit_code == 2
    assert cache_rows(out / CACHE_NAME) == {text_key(TALKS)}


def test_the_cache_file_shrinks_when_most_of_it_is_pruned(tmp_path):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache.sqlite"
    write_articles(corpus, {f"p{i:02}": p for i, p in enumerate(PARAGRAPHS) if len(p) > 80})
    extract_corpus([corpus], cache_path=cache, workers=1).close()
    full = cache.stat().st_size
    for path in sorted(corpus.glob("*.txt"))[1:]:
        path.unlink()
    r = extract_corpus([corpus], cache_path=cache, workers=1)
    r.close()
    assert r.pruned > 10 and len(cache_rows(cache)) == 1
    assert cache.stat().st_size < full / 2


def test_export_a_corpus_one_article_at_a_time(tmp_path, lgl_docs):
    # export had read a JSONL file as one article (its JSON text and all): a corpus is exported one
    # article at a time, each event with its own article's title and date, as build reads it.
    corpus = tmp_path / "news.jsonl"
    rows = [{"id": f"lgl-{d['id']}", "text": d["text"], "title": d["text"].split(".")[0],
             "published": "2011-03-15"} for d in lgl_docs[:6]]
    rows.append({"id": "talks", "text": TALKS, "title": "Talks in Istanbul", "published": "2025-07-23"})
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n", encoding="utf-8")
    out = tmp_path / "events.csv"
    result = run("export", corpus, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("news.jsonl:8: not JSON") == 1  # the skipped line, reported once
    exported = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["article_id"] for r in exported} <= {r["id"] for r in rows}
    talks = [r for r in exported if r["article_id"] == "talks"]
    assert talks and {(r["article_title"], r["published"]) for r in talks} == {("Talks in Istanbul", "2025-07-23")}
    assert "Istanbul" in {r["location"] for r in talks}
    assert f"(csv, {len(exported)} events)" in result.output
    # A corpus none of whose articles can be read writes nothing and fails as build does.
    unreadable = tmp_path / "broken.jsonl"
    unreadable.write_text("not json\n", encoding="utf-8")
    result = run("export", unreadable, "-o", tmp_path / "none.csv")
    assert result.exit_code == 2 and "no article in the corpus could be read" in result.output
    assert not (tmp_path / "none.csv").exists()


def test_export_to_standard_output(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "talks.txt"
    article.write_text(TALKS, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "geomap", "export", str(article), "-o", "-", "--format", "csv"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("event_id_cnty,event_date,") and "Istanbul" in done.stdout
    assert "wrote" in done.stderr and not (tmp_path / "-").exists() and not (Path.cwd() / "-").exists()
    missing = subprocess.run([sys.executable, "-m", "geomap", "export", str(article), "-o", "-"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "--format" in missing.stderr


def test_export_and_snapshot_read_what_a_build_cached(tmp_path, monkeypatch, lgl_docs):
    """After `geomap build` of a corpus, export and snapshot read its extractions from the build's
    cache (output/'s, or --cache) instead of extracting every article afresh: on a 100 MB corpus,
    a minute each. Here extraction is made to fail after the build, so only the cache can answer."""
    import geomap.pipeline

    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "news.jsonl"
    rows = [{"id": f"lgl-{d['id']}", "text": d["text"], "published": "2011-03-15"} for d in lgl_docs[:5]]
    rows.append({"id": "talks", "text": TALKS, "published": "2025-07-23"})
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert run("build", corpus, "--executor", "serial").exit_code == 0
    assert run("build", corpus, "-o", "elsewhere", "--executor", "serial").exit_code == 0
    fresh = run("export", corpus, "-o", "fresh.csv", "--executor", "serial", "--cache", "none.sqlite")
    assert fresh.exit_code == 0, fresh.output

    def broken(*args, **kwargs):
        raise RuntimeError("extracted again")

    monkeypatch.setattr(geomap.pipeline, "extract", broken)
    cached = run("export", corpus, "-o", "cached.csv", "--executor", "serial")
    assert cached.exit_code == 0, cached.output
    assert (tmp_path / "cached.csv").read_text(encoding="utf-8") == (tmp_path / "fresh.csv").read_text(encoding="utf-8")
    assert "Istanbul" in (tmp_path / "cached.csv").read_text(encoding="utf-8")
    named = run("export", corpus, "-o", "named.csv", "--executor", "serial", "--cache", f"elsewhere/{CACHE_NAME}")
    assert named.exit_code == 0 and (tmp_path / "named.csv").read_bytes() == (tmp_path / "fresh.csv").read_bytes()
    # snapshot draws the corpus's merged map from the cache too (the browser is left out here).
    drawn = []
    monkeypatch.setattr("geomap.snapshot.snapshot", lambda docs, out, **kw: drawn.extend(docs) or True)
    assert run("snapshot", corpus, "-o", "map.png", "--executor", "serial").exit_code == 0
    assert len(drawn) == 1 and any(p.name == "Istanbul" for p in drawn[0].places)
    # With no cache holding the corpus, every article is extracted, and here every one fails.
    shutil.rmtree(tmp_path / "output")
    again = run("export", corpus, "-o", "again.csv", "--executor", "serial")
    assert again.exit_code == 2 and "extracted again" in again.output


def test_a_corpus_export_never_overwrites_one_of_its_articles(tmp_path):
    corpus = tmp_path / "corpus"
    write_articles(corpus, {"talks": TALKS, "other": PARAGRAPHS[1]})
    before = (corpus / "talks.txt").read_bytes()
    for out in (corpus / "talks.txt", corpus / "sub" / ".." / "talks.txt"):
        result = run("export", corpus, "-o", out, "--format", "csv", "--executor", "serial")
        assert result.exit_code == 2 and "is also an input" in result.output, result.output
    assert (corpus / "talks.txt").read_bytes() == before
    assert run("export", corpus, "-o", tmp_path / "events.csv", "--executor", "serial").exit_code == 0
    # A JSONL of articles in the folder is an input as well, for a snapshot too (whose merged
    # map names no article's file): it had been overwritten.
    rows = [{"id": "j1", "text": PARAGRAPHS[2], "published": "2025-07-23"}]
    (corpus / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    jsonl = (corpus / "more.jsonl").read_bytes()
    for command in ("export", "snapshot"):
        result = run(command, corpus, "-o", corpus / "more.jsonl", "--format", "csv", "--executor", "serial") \
            if command == "export" else run(command, corpus, "-o", corpus / "more.jsonl", "--executor", "serial")
        assert result.exit_code == 2 and "is also an input" in result.output, result.output
    assert (corpus / "more.jsonl").read_bytes() == jsonl


def test_the_current_folder_is_a_corpus_like_any_other(tmp_path, monkeypatch):
    # "geomap export ." had failed with "PosixPath('.') has an empty name"; a corpus mapped into
    # its own folder had found no article in it.
    write_articles(tmp_path / "corpus", {"talks": TALKS, "other": PARAGRAPHS[1]})
    monkeypatch.chdir(tmp_path / "corpus")
    result = run("export", ".", "-o", tmp_path / "events.csv", "--executor", "serial")
    assert result.exit_code == 0 and "Istanbul" in (tmp_path / "events.csv").read_text(encoding="utf-8"), result.output
    for _ in range(2):  # the second time, the folder also holds the first map, which is no article
        result = run("build", ".", "-o", ".", "--executor", "serial")
        assert result.exit_code == 0 and "2 articles" in result.output, result.output
    assert "Istanbul" in (tmp_path / "corpus" / "map.html").read_text(encoding="utf-8")


def test_an_articles_data_file_in_a_corpus_never_costs_the_article(tmp_path):
    # From a user's audit: two same-named articles in two folders, each with a data file, had
    # collided on the data file's id ("strike"), and one was skipped; a typo in a data file had
    # dropped its article from the map (exit 0); an article edited after its data file was
    # silently mapped from the old one.
    corpus = tmp_path / "corpus"
    (corpus / "reuters").mkdir(parents=True)
    (corpus / "ap").mkdir()
    (corpus / "reuters" / "strike.txt").write_text(TALKS, encoding="utf-8")
    (corpus / "ap" / "strike.txt").write_text(PARAGRAPHS[1], encoding="utf-8")
    for article in (corpus / "reuters" / "strike.txt", corpus / "ap" / "strike.txt"):
        assert run("extract", article).exit_code == 0
    result = run("build", corpus, "-o", tmp_path / "out", "--executor", "serial")
    assert result.exit_code == 0 and "duplicate" not in result.output and "2 from data files" in result.output
    ids = {a["id"] for a in json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))["articles"]}
    assert ids == {"reuters/strike", "ap/strike"}, result.output
    data_file = corpus / "reuters" / "strike.geomap.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("type: talks", "type: tallks", 1),
                         encoding="utf-8")
    result = run("build", corpus, "-o", tmp_path / "out", "--executor", "serial")
    assert result.exit_code == 0 and "did you mean 'talks'?" in result.output
    assert "until it is fixed, the map shows the article as extracted" in result.output and "0 skipped" in result.output
    assert "Istanbul" in (tmp_path / "out" / "map.html").read_text(encoding="utf-8")
    article = corpus / "ap" / "strike.txt"
    article.write_text(PARAGRAPHS[1] + "\nProtesters gathered in Lviv on Monday.\n", encoding="utf-8")
    later = (corpus / "ap" / "strike.geomap.yaml").stat().st_mtime + 5
    os.utime(article, (later, later))
    result = run("build", corpus, "-o", tmp_path / "out", "--executor", "serial")
    assert result.exit_code == 0
    assert f"note: {article}: changed after its data file strike.geomap.yaml, which the map still shows: run " \
           f"geomap extract {article} to merge the change (your edits are kept)" in result.output


def test_a_dask_address_with_an_executor_that_runs_here_is_refused(tmp_path):
    # "--executor serial --dask tcp://..." had run serially, the address ignored without a word.
    write_articles(tmp_path / "corpus", {"talks": TALKS})
    for executor in ("serial", "process"):
        result = run("build", tmp_path / "corpus", "-o", tmp_path / "out", "--executor", executor,
                     "--dask", "tcp://127.0.0.1:1")
        assert result.exit_code == 2 and result.output.strip() == (
            f"error: --dask tcp://127.0.0.1:1 runs on Dask, but --executor {executor} runs here: drop one of the "
            "two"), result.output
    assert not (tmp_path / "out" / "map.html").exists()


def test_a_broken_link_or_a_pipe_named_like_an_article_is_reported_and_utf16_is_read(tmp_path):
    # From a user's audit: a broken link and a pipe named "*.txt" had been passed over in silence
    # (a pipe is never opened: it may never end); a UTF-16 file with its byte-order mark, as
    # Windows saves "Unicode" text, had been "binary".
    corpus = tmp_path / "corpus"
    write_articles(corpus, {"talks": TALKS})
    (corpus / "broken.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(corpus / "pipe.txt")
    os.mkfifo(corpus / "feed.jsonl")
    (corpus / "windows.txt").write_bytes("Protesters rallied in Lviv on March 3, 2025.\n".encode("utf-16"))
    result = run("build", corpus, "-o", tmp_path / "out", "--executor", "serial")
    assert result.exit_code == 0, result.output
    broken = f"{corpus / 'broken.txt'}: cannot read: No such file or directory (a link to a missing file)"
    assert broken in result.output
    for name in ("pipe.txt", "feed.jsonl"):
        assert f"{corpus / name}: not a regular file (a device or a pipe)" in result.output
    assert "2 articles (2 extracted), 3 skipped" in result.output
    assert "Lviv" in (tmp_path / "out" / "map.html").read_text(encoding="utf-8")


def test_a_merged_events_sources_name_their_outlet_in_map_geojson():
    # The outlet (front matter's ``source``) was only in the ``articles`` list, not beside each source.
    articles = [Article("", "wire/1", "Strike on the market", "2025-03-03", "Sahel Wire"),
                Article("", "blog/2", "Live: toll rises", "2025-03-04")]
    sources = [Source("A drone hit the market.", 0, 23, "wire/1", "Strike on the market"),
               Source("The toll rose to 12.", 0, 20, "blog/2", "Live: toll rises")]
    merged = Document(Article("", "corpus", "corpus"),
                      [Place("el-fasher", "El Fasher", 13.63, 25.35, gazetteer_id="gn:1")],
                      [Event("el-fasher-strike", "el-fasher", "strike", "2025-03-03", sources=sources)])
    (feature,) = json.loads(corpus_geojson(merged, articles))["features"]
    (event,) = feature["properties"]["events"]
    assert [(s["article_id"], s["outlet"]) for s in event["sources"]] == [("wire/1", "Sahel Wire"), ("blog/2", None)]
