"""Online geocoders through geopy: cached answers, rate limiting, no network in tests."""

import json
import socket

import pytest
from click.testing import CliRunner
from geopy.exc import GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap import api
from geomap import geocoders as gc
from geomap.cli import cli
from geomap.errors import GeomapError
from geomap.store import read_document, write_document

PLACES = {"Kupiansk": (49.71055, 37.61514, "Kupiansk, Kharkiv Oblast, Ukraine"),
          "Zaporizhzhia Nuclear Power Plant": (47.5119, 34.5866, "Zaporizhzhia NPP, Enerhodar, Ukraine")}


class FakeGeocoder(Geocoder):
    """A geopy Geocoder answering from a table, counting the questions."""

    def __init__(self, table=None):
        super().__init__()
        self.table = dict(PLACES if table is None else table)
        self.queries = []

    def geocode(self, query, *, exactly_one=True, timeout=None, country_codes=None):
        self.queries.append((query, country_codes))
        hit = self.table.get(query)
        if hit is None:
            return None
        location = Location(hit[2], (hit[0], hit[1]), {"query": query})
        return location if exactly_one else [location]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(gc, "MIN_DELAY_SECONDS", 0.0)
    monkeypatch.setattr(gc, "ERROR_WAIT_SECONDS", 0.0)

    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def data_file(sample_doc, tmp_path):
    """A data file with two places the user added by name only, and an event at one of them."""
    path = tmp_path / "s.geomap.yaml"
    write_document(sample_doc, path)
    text = path.read_text(encoding="utf-8")
    added = ("  - id: kupiansk  # added by hand: the gazetteer missed it\n    name: Kupiansk\n    country: UA\n"
             "  - id: znpp\n    name: Zaporizhzhia Nuclear Power Plant\n  - id: atlantis\n    name: Atlantis\n")
    text = text.replace("\nevents:\n", "\n" + added + "events:\n", 1)
    text += "  - id: kupiansk-shelling-2025-07-22\n    place: kupiansk\n    type: shelling\n    date: '2025-07-22'\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_places_without_coordinates_are_geocoded_and_cached(data_file, tmp_path):
    fake = FakeGeocoder()
    cache = tmp_path / "geocoder-cache.json"
    report = gc.geocode_file(data_file, "fake", geocoder=fake)
    assert report.located == ["kupiansk", "znpp"] and report.not_found == ["atlantis"]
    assert report.asked == 3 and report.written and report.cache_path == cache
    assert fake.queries[0] == ("Kupiansk", "ua")  # the country narrows the search when the service can
    doc = read_document(data_file)
    kupiansk = doc.place("kupiansk")
    assert (kupiansk.lat, kupiansk.lon, kupiansk.coord_source) == (49.71055, 37.61514, "geocoder")
    assert doc.place("atlantis").lat is None
    text = data_file.read_text(encoding="utf-8")
    assert "  - id: kupiansk  # added by hand: the gazetteer missed it\n" in text  # comments survive
    # The cache: sorted, one answer per key, misses recorded too; reviewable in a diff.
    raw = cache.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert raw == json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    assert data["answers"]["fake"] == {
        "Atlantis": None,
        "Kupiansk|UA": {"address": PLACES["Kupiansk"][2], "lat": 49.71055, "lon": 37.61514},
        "Zaporizhzhia Nuclear Power Plant": {"address": PLACES["Zaporizhzhia Nuclear Power Plant"][2],
                                             "lat": 47.5119, "lon": 34.5866}}


def test_a_rebuild_uses_the_cache_offline(data_file, tmp_path):
    gc.geocode_file(data_file, "fake", geocoder=FakeGeocoder())
    write_document(read_document(data_file), data_file)  # start over from coordinates...
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace("lat: 49.71055", "lat:").replace("lon: 37.61514", "lon:"), encoding="utf-8")
    fresh = FakeGeocoder(table={})  # an empty geocoder: anything asked would be a miss
    report = gc.geocode_file(data_file, "fake", geocoder=fresh)
    assert fresh.queries == [] and report.asked == 0 and report.from_cache == 2
    assert read_document(data_file).place("kupiansk").lat == 49.71055
    cache_before = (tmp_path / "geocoder-cache.json").read_bytes()
    again = gc.geocode_file(data_file, "fake", geocoder=fresh)
    assert again.written is False and again.cache_written is False
    assert (tmp_path / "geocoder-cache.json").read_bytes() == cache_before


def test_refresh_asks_again(data_file):
    gc.geocode_file(data_file, "fake", geocoder=FakeGeocoder())
    moved = FakeGeocoder(table={"Kupiansk": (49.7, 37.6, "Kupiansk"), "Atlantis": (10.0, 10.0, "Atlantis")})
    report = gc.geocode_file(data_file, "fake", geocoder=moved, refresh=True)
    assert [q for q, _ in moved.queries] == ["Kupiansk", "Zaporizhzhia Nuclear Power Plant", "Atlantis"]
    doc = read_document(data_file)
    assert (doc.place("kupiansk").lat, doc.place("atlantis").lat) == (49.7, 10.0)
    assert report.not_found == ["znpp"]


def test_user_placed_coordinates_are_never_touched(data_file):
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace("    name: Kupiansk\n", "    name: Kupiansk\n    lat: 49.0\n    lon: 37.0\n"
                                      "    coord_source: user\n"), encoding="utf-8")
    fake = FakeGeocoder()
    gc.geocode_file(data_file, "fake", geocoder=fake, refresh=True)
    assert "Kupiansk" not in [q for q, _ in fake.queries]
    assert read_document(data_file).place("kupiansk").lat == 49.0


def test_requests_go_through_geopys_rate_limiter(tmp_path):
    cached = gc.CachedGeocoder("fake", FakeGeocoder(), gc.GeocoderCache(tmp_path / "c.json"), min_delay_seconds=0.2)
    assert isinstance(cached._geocode, RateLimiter) and cached._geocode.min_delay_seconds == 0.2


def test_a_failing_geocoder_keeps_the_answers_so_far(data_file, tmp_path):
    class Flaky(FakeGeocoder):
        def geocode(self, query, **kwargs):
            if not query.startswith("Kupiansk"):
                raise GeocoderUnavailable("service down")
            return super().geocode(query, **kwargs)

    before = data_file.read_bytes()
    with pytest.raises(GeomapError, match=r"geocoder flaky: GeocoderUnavailable: service down; answers so far"):
        gc.geocode_file(data_file, Flaky())
    assert data_file.read_bytes() == before
    assert "Kupiansk|UA" in json.loads((tmp_path / "geocoder-cache.json").read_text(encoding="utf-8"))["answers"][
        "flaky"]


def test_no_network_is_one_line_not_ten_tracebacks(data_file, tmp_path, capfd):
    # From a fourth audit: with no network, each retry printed geopy's traceback (185 lines), and the
    # error pointed to a cache file that was never written.
    class Offline(FakeGeocoder):
        def geocode(self, query, **kwargs):
            raise GeocoderUnavailable("HTTPSConnectionPool(host='nominatim.openstreetmap.org', port=443): "
                                      "Max retries exceeded with url: /search " + "(Caused by ...) " * 20)

    with pytest.raises(GeomapError) as caught:
        gc.geocode_file(data_file, Offline())
    message = caught.value.message
    assert message.startswith("geocoder offline: GeocoderUnavailable: HTTPSConnectionPool(host='nominatim")
    assert "geocoder-cache.json" not in message and not (tmp_path / "geocoder-cache.json").exists()
    assert "no network? Without --geocoder, geomap build maps the other places" in message and len(message) < 400
    assert "Traceback" not in capfd.readouterr().err


def test_make_geocoder_by_name_without_the_network():
    nominatim = gc.make_geocoder("nominatim")
    assert type(nominatim).__name__ == "Nominatim" and nominatim.headers["User-Agent"].startswith("geomap/")
    assert type(gc.make_geocoder("photon")).__name__ == "Photon"
    with pytest.raises(GeomapError, match="unknown geocoder 'nominatimm', did you mean 'nominatim'"):
        gc.make_geocoder("nominatimm")


def test_a_broken_cache_file_is_a_one_line_error(data_file, tmp_path):
    (tmp_path / "geocoder-cache.json").write_text('{"answers": {', encoding="utf-8")
    with pytest.raises(GeomapError, match=r"geocoder-cache.json:1: not valid JSON"):
        gc.geocode_file(data_file, FakeGeocoder())


def test_build_with_a_geocoder_maps_the_added_place(data_file, tmp_path):
    result = api.build([data_file], tmp_path / "out", geocoder=FakeGeocoder(), tiles=False)
    assert data_file in result.written and result.geocoded[0].located == ["kupiansk", "znpp"]
    geo = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))
    kupiansk = next(f for f in geo["features"] if f["properties"]["place_id"] == "kupiansk")
    assert kupiansk["geometry"]["coordinates"] == [37.6151, 49.7105]
    assert kupiansk["properties"]["coord_source"] == "geocoder"


def test_cli_geocoder_option(data_file, tmp_path, monkeypatch):
    fake = FakeGeocoder()
    monkeypatch.setattr(gc, "make_geocoder", lambda name, **kw: fake)
    result = CliRunner().invoke(cli, ["build", str(data_file), "-o", str(tmp_path / "out"), "--no-tiles",
                                      "--geocoder", "nominatim"])
    assert result.exit_code == 0, result.output
    assert "geocoded 2 places (3 asked online, 0 from geocoder-cache.json); not found: atlantis" in result.output
    again = CliRunner().invoke(cli, ["build", str(data_file), "-o", str(tmp_path / "out"), "--no-tiles",
                                     "--geocoder", "nominatim"])
    assert "(1 asked online" not in again.output and len(fake.queries) == 3  # all from the cache now
