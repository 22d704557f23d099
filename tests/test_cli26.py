"""A map page geomap wrote, given back to it: ``geomap snapshot output/map.html`` pictures that map
(it had read the page as an article, found no place in its legend and buttons, and drawn an empty
map), and the commands that read articles refuse it, naming the file."""

import shutil

import pytest
from click.testing import CliRunner

from geomap import snapshot as snapshot_module
from geomap.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def built(sample_copy, tmp_path):
    result = run("build", sample_copy, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "map.html"


def test_snapshot_of_a_map_page_pictures_that_map(built, tmp_path, monkeypatch):
    taken = []
    monkeypatch.setattr(snapshot_module, "_take", lambda page, out, *args: taken.append(page) or True)
    result = run("snapshot", built, "-o", tmp_path / "map.png")
    assert result.exit_code == 0, result.output
    page = taken[0]
    assert "No places with events to show" not in page
    assert "Istanbul" in page
    assert snapshot_module.STATIC_CSS in page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_snapshot_of_a_map_page_writes_its_png(built, tmp_path):
    result = run("snapshot", built, "-o", tmp_path / "map.png", "--width", "640", "--height", "400")
    assert result.exit_code == 0, result.output
    assert snapshot_module.png_size((tmp_path / "map.png").read_bytes()) == (640, 400)


def test_a_map_page_is_no_article(built, tmp_path):
    for command in (["export", built, "-o", tmp_path / "x.csv"], ["build", built, "-o", tmp_path / "again"],
                    ["extract", built, "-o", tmp_path / "x.geomap.yaml"]):
        result = run(*command)
        assert result.exit_code != 0, (command, result.output)
        assert "map.html: is a map geomap wrote, not an article" in result.output, result.output
    assert not (tmp_path / "x.csv").exists()


def test_a_figure_told_by_its_number_alone_shows_its_unit_in_the_popup(sample_doc):
    from geomap.render.data import page_view

    collection, _ = page_view([sample_doc], ())
    figures = [f for feature in collection["features"] for ev in feature["properties"]["events"] for f in ev["figures"]]
    assert "11 drones" in figures and "11" not in figures, figures
