"""Front matter as news tools write it: a headline with a colon ("Sudan live: El Fasher toll
rises") is read, not an error (tests/data/sudan-week, a user audit's corpus, and
tests/data/perth-travel-colon-title.txt)."""

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.article import parse_article
from geomap.cli import cli
from geomap.errors import InputError

DATA = Path(__file__).parent / "data"
SUDAN_WEEK = DATA / "sudan-week"
PERTH = DATA / "perth-travel-colon-title.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_headline_with_a_colon_is_read_as_news_tools_read_it(tmp_path):
    # YAML wants "title: Sudan live: El Fasher toll rises" quoted: 11 of the week's 22 articles
    # were skipped, and one article was a hard error.
    corpus = tmp_path / "corpus"
    shutil.copytree(SUDAN_WEEK, corpus)
    titles = {}
    for path in corpus.rglob("*.txt"):
        text = path.read_text(encoding="utf-8")
        title = re.search(r'^title: "(.*)"$', text, re.M).group(1)
        path.write_text(text.replace(f'title: "{title}"', f"title: {title}", 1), encoding="utf-8")
        titles[str(path.relative_to(corpus).with_suffix(""))] = title
    assert sum(": " in t for t in titles.values()) >= 8
    result = run("build", corpus, "-o", tmp_path / "out", "--executor", "serial", "--no-progress")
    assert result.exit_code == 0 and "22 articles (22 extracted), 0 skipped" in result.output, result.output
    assert "Sudan live: El Fasher toll rises; Zamzam camp shelled" in \
        (tmp_path / "out" / "map.geojson").read_text(encoding="utf-8")
    article = parse_article(PERTH.read_text(encoding="utf-8"), path=str(PERTH))
    assert (article.title, article.published, article.source) == (
        "Slow road north: from Perth to the Kimberley", "2025-05-10", "The Guardian")
    live = parse_article("---\ntitle: Sudan live: \"appalled\" UN # 3\nsource: 'Global Post Live'\n---\nKyiv.\n")
    assert (live.title, live.source) == ('Sudan live: "appalled" UN # 3', "Global Post Live")
    # Front matter that is no `key: value` a line is still an error naming its file and line.
    with pytest.raises(InputError) as info:
        parse_article("---\ntitle: Sudan live: El Fasher\n  - a list item\n---\nKyiv.\n", path="a.txt")
    assert info.value.one_line().startswith("a.txt:") and "front matter is not valid YAML" in info.value.one_line()
