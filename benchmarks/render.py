"""How the map scales: build time, page size and browser load time for 1k, 10k and 100k events.

    python benchmarks/render.py [--sizes 1000,10000,100000] [--no-browser] [--out DIR]

The documents are synthetic, made with geomap.model's dataclasses from a fixed seed: articles
of 5-40 events each, about two events per place, places scattered around a few hundred
"hotspots" on land (drawn inside Natural Earth country outlines), one place in twelve a
region (admin-1) and one in forty a country; dates of every precision from 1938 to 2025
(days, months, years, approximate) and some undated. "build" is map_html() on those documents
in this process, cold (boundaries loaded, nothing cached) for the first size; "browser" is the
time from navigation until markers or clusters are in the DOM, in headless Chromium with the
network off; "filter ms" is then the median time of a filter change (one event type switched off,
then on again, five times each), as the legend's checkboxes or the date slider cause it.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geomap import boundaries  # noqa: E402
from geomap.model import Article, Document, Event, Figure, Place, Source  # noqa: E402
from geomap.taxonomy import EVENT_TYPES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
TYPES = [t for t in EVENT_TYPES if t != "other"]
ACTORS = ["Ukraine", "Russia", "Police", "Protesters", "Military of Sudan", "RSF", "Hamas", "Israel", "Civilians",
          "Unidentified armed group", "Government", "Opposition"]


def _hotspots(rng: random.Random, n: int) -> list[tuple[float, float, str]]:
    """Points on land (inside a country outline), as (lat, lon, iso2)."""
    countries = [(iso2, geom) for iso2, _, geom in boundaries.countries() if geom.area > 0.5]
    spots = []
    while len(spots) < n:
        iso2, geom = rng.choice(countries)
        minx, miny, maxx, maxy = geom.bounds
        for _ in range(50):
            lon, lat = rng.uniform(minx, maxx), rng.uniform(max(miny, -60), min(maxy, 75))
            if boundaries.country_containing(lat, lon) == iso2:
                spots.append((lat, lon, iso2))
                break
    return spots


def _date(rng: random.Random) -> tuple[str | None, bool]:
    r = rng.random()
    year = rng.choice([1938, 1944, 1968, 1989, 1999, 2001]) if r < 0.05 else rng.randint(2010, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if r < 0.05:
        return f"{year:04d}-{month:02d}-{day:02d}", False
    if r < 0.70:
        return f"{year:04d}-{month:02d}-{day:02d}", False
    if r < 0.82:
        return f"{year:04d}-{month:02d}", rng.random() < 0.4
    if r < 0.90:
        return f"{year:04d}", rng.random() < 0.3
    return None, False


def synthetic_documents(n_events: int, seed: int = 4) -> list[Document]:
    rng = random.Random(seed)
    spots = _hotspots(rng, 300)
    regions = [r for r in boundaries.admin1_regions() if not r.geometry.is_empty]
    docs, made = [], 0
    while made < n_events:
        k = min(rng.randint(5, 40), n_events - made)
        a = len(docs)
        article = Article(text="", id=f"synthetic-{a:06d}", title=f"Synthetic report {a}: events & <places>",
                          published=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          source="geomap benchmark", url=f"https://example.org/reports/{a}")
        lat0, lon0, iso2 = rng.choice(spots)
        places = []
        for i in range(max(1, k // 2)):
            r = rng.random()
            if r < 1 / 12:
                reg = rng.choice(regions)
                c = reg.geometry.representative_point()
                places.append(Place(id=f"p{i}", name=reg.name, lat=round(c.y, 5), lon=round(c.x, 5), kind="admin1",
                                    precision="admin1", country=reg.country, gazetteer_id=f"ne:{reg.id}", score=0.8))
            elif r < 1 / 12 + 1 / 40:
                places.append(Place(id=f"p{i}", name=f"Country {iso2}", lat=lat0, lon=lon0, kind="country",
                                    precision="country", country=iso2, gazetteer_id=f"gn:country-{iso2}", score=0.9))
            else:
                lat = max(-80.0, min(80.0, rng.gauss(lat0, 1.5)))
                lon = (rng.gauss(lon0, 1.5) + 180) % 360 - 180
                places.append(Place(id=f"p{i}", name=f"Place {a}-{i}", lat=round(lat, 5), lon=round(lon, 5),
                                    country=iso2, gazetteer_id=f"gn:{a}-{i}", score=round(rng.random(), 3)))
        events = []
        for j in range(k):
            place = rng.choice(places)
            date, approx = _date(rng)
            kind = rng.choice(TYPES)
            sentence = f"Reports said a {EVENT_TYPES[kind].label.lower()} happened in {place.name} ({j})."
            events.append(Event(id=f"e{j}", place=place.id, type=kind, date=date, approximate=approx,
                                actors=rng.sample(ACTORS, rng.randint(0, 3)),
                                figures=[Figure("three people", 3.0, "people")] if rng.random() < 0.2 else [],
                                summary=f"{EVENT_TYPES[kind].label} in {place.name}",
                                sources=[Source(sentence, 0, len(sentence))]))
        docs.append(Document(article=article, places=places, events=events))
        made += k
    return docs


# A filter change, timed in the page: one event type off, then on, five times; the median, in ms.
FILTER_MS = """() => {
    const g = geomap, type = g.typeIds[0], times = [];
    for (let k = 0; k < 10; k++) {
        const t = performance.now(); g.setType(type, k % 2 === 1); times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[5];
}"""


def browser_seconds(html_path: Path) -> tuple[float, float]:
    """Seconds until the page shows markers, and the median milliseconds of a filter change."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND"])
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        context.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(html_path.as_uri(), wait_until="commit", timeout=300_000)
        page.wait_for_selector(".geomap-marker, .marker-cluster", timeout=300_000)
        seconds = time.perf_counter() - start
        filter_ms = page.evaluate(FILTER_MS)
        browser.close()
    if errors:
        raise RuntimeError(f"page errors: {errors[:3]}")
    return seconds, filter_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--out", type=Path, help="keep the pages in this folder")
    args = parser.parse_args()
    from geomap.render import map_html

    out = args.out or Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"{'events':>8} {'places':>7} {'docs':>6} {'build s':>8} {'page MB':>8} {'browser s':>9} {'filter ms':>9}")
    for n in [int(s) for s in args.sizes.split(",")]:
        docs = synthetic_documents(n)
        places = sum(len(d.places) for d in docs)
        start = time.perf_counter()
        page = map_html(docs)
        build = time.perf_counter() - start
        path = out / f"map-{n}.html"
        path.write_text(page, encoding="utf-8")
        load, filter_ms = ("-", "-") if args.no_browser else (f"{x:.2f}" for x in browser_seconds(path))
        print(f"{n:>8} {places:>7} {len(docs):>6} {build:>8.2f} {len(page.encode()) / 1e6:>8.1f} {load:>9} "
              f"{filter_ms:>9}", flush=True)


if __name__ == "__main__":
    main()
