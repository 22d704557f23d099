"""Online geocoders through geopy, with a reviewable answer cache.

The offline gazetteer resolves the names the article mentions. An online geocoder is for the
places it does not know: a place you add to a data file with a ``name`` (and optionally a
``country``) but no ``lat``/``lon``. ``geomap build --geocoder nominatim`` (or ``extract``)
asks the geocoder, wrapped in geopy's ``RateLimiter``, writes the answer into the data file
(``coord_source: geocoder``) and keeps it in a JSON cache beside the data file
(``geocoder-cache.json``: sorted keys, one answer per line group, meant to be committed and
reviewed in diffs). Cached answers are reused without touching the network, so a rebuild is
offline and reproducible; ``--refresh`` asks again and also re-geocodes places whose
coordinates came from a geocoder. Places placed by you (``coord_source: user``) are never
changed.

Geocoders are geopy services by name: ``nominatim``, ``photon`` and ``arcgis`` need no key;
others read an API key from ``GEOMAP_GEOCODER_API_KEY``.
"""

from __future__ import annotations

import difflib
import inspect
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from geomap.errors import GeomapError

__all__ = ["CACHE_NAME", "NO_KEY_SERVICES", "make_geocoder", "GeocoderCache", "CachedGeocoder", "GeocodeReport",
           "geocode_file", "cache_path_for"]

CACHE_NAME = "geocoder-cache.json"
MIN_DELAY_SECONDS = 1.0  # between requests: Nominatim's usage policy allows one a second
ERROR_WAIT_SECONDS = 2.0  # before retrying a failed request (twice)
CACHE_VERSION = 1
NO_KEY_SERVICES = ("nominatim", "photon", "arcgis")
CACHE_NOTE = ("Answers of online geocoders to geomap, reused so rebuilds are offline and reproducible. "
              "Review changes in diffs; delete an entry (or pass --refresh) to ask again.")


def cache_path_for(data_path: Path) -> Path:
    """The default cache: ``geocoder-cache.json`` in the data file's folder (data/ for the sample)."""
    return Path(data_path).parent / CACHE_NAME


def make_geocoder(service: str, *, timeout: float = 10.0):
    """A geopy geocoder by service name ("nominatim", "photon", ...), configured for geomap."""
    from geopy.exc import ConfigurationError, GeocoderNotFound
    from geopy.geocoders import SERVICE_TO_GEOCODER, get_geocoder_for_service

    from geomap import __version__

    try:
        cls = get_geocoder_for_service(service)
    except GeocoderNotFound:
        close = difflib.get_close_matches(service.lower(), list(SERVICE_TO_GEOCODER), n=1)
        raise GeomapError(f"unknown geocoder {service!r}" + (f", did you mean {close[0]!r}?" if close else
                          f"; one of {', '.join(sorted(SERVICE_TO_GEOCODER))}"), field="--geocoder") from None
    params = inspect.signature(cls.__init__).parameters
    kwargs: dict = {}
    if "user_agent" in params:
        kwargs["user_agent"] = f"geomap/{__version__}"
    if "timeout" in params:
        kwargs["timeout"] = timeout
    key = os.environ.get("GEOMAP_GEOCODER_API_KEY")
    for name in ("api_key", "key", "apikey"):
        if key and name in params:
            kwargs[name] = key
            break
    try:
        return cls(**kwargs)
    except (TypeError, ConfigurationError) as exc:
        raise GeomapError(f"geocoder {service!r} cannot be set up ({exc}); it may need an API key in "
                          f"GEOMAP_GEOCODER_API_KEY, or use one of {', '.join(NO_KEY_SERVICES)}",
                          field="--geocoder") from None


class GeocoderCache:
    """``{"answers": {service: {query key: answer or null}}}`` in a JSON file, sorted for diffs."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.answers: dict[str, dict[str, dict | None]] = {}
        self.changed = False
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise GeomapError(f"cannot read the geocoder cache: {exc.strerror}", path=self.path) from None
        try:
            data = json.loads(text)
            answers = data["answers"]
            if not isinstance(answers, dict) or not all(isinstance(v, dict) for v in answers.values()):
                raise TypeError
        except json.JSONDecodeError as exc:
            raise GeomapError(f"not valid JSON ({exc.msg}); fix it or delete the file to start afresh",
                              path=self.path, line=exc.lineno) from None
        except (KeyError, TypeError):
            raise GeomapError('not a geomap geocoder cache (expected {"answers": {service: {...}}}); '
                              "fix it or delete the file", path=self.path, line=1) from None
        self.answers = answers

    def has(self, service: str, key: str) -> bool:
        return key in self.answers.get(service, {})

    def get(self, service: str, key: str) -> dict | None:
        return self.answers.get(service, {}).get(key)

    def put(self, service: str, key: str, answer: dict | None) -> None:
        table = self.answers.setdefault(service, {})
        if key not in table or table[key] != answer:
            table[key] = answer
            self.changed = True

    def text(self) -> str:
        data = {"comment": CACHE_NOTE, "version": CACHE_VERSION, "answers": self.answers}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"

    def save(self) -> bool:
        from geomap.atomic import write_atomic

        if not self.changed:
            return False
        return write_atomic(self.path, self.text())


def query_key(name: str, country: str | None) -> str:
    return f"{name}|{country.upper()}" if country else name


class CachedGeocoder:
    """A geopy geocoder behind a cache and geopy's ``RateLimiter`` (one request per
    ``min_delay_seconds``, as Nominatim's usage policy asks)."""

    def __init__(self, service: str, geocoder, cache: GeocoderCache, *, refresh: bool = False,
                 min_delay_seconds: float | None = None, error_wait_seconds: float | None = None):
        from geopy.extra.rate_limiter import RateLimiter

        self.service = service
        self.cache = cache
        self.refresh = refresh
        self.asked = 0
        self.from_cache = 0
        self._refreshed: set[str] = set()
        self._country_codes = "country_codes" in inspect.signature(geocoder.geocode).parameters
        delay = MIN_DELAY_SECONDS if min_delay_seconds is None else min_delay_seconds
        wait = ERROR_WAIT_SECONDS if error_wait_seconds is None else error_wait_seconds
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=delay, max_retries=2,
                                    error_wait_seconds=max(wait, delay), swallow_exceptions=False)
        # The RateLimiter logs each retry with its traceback (through Python's last-resort handler
        # when nothing is configured: ten tracebacks on a machine with no network); the failure
        # that ends the retries is reported in one line (geocode_file).
        geopy_logger = logging.getLogger("geopy")
        if not geopy_logger.handlers:
            geopy_logger.addHandler(logging.NullHandler())
            geopy_logger.propagate = False

    def lookup(self, name: str, country: str | None = None) -> dict | None:
        """``{"address", "lat", "lon"}`` for a place name, or None when the geocoder finds nothing."""
        key = query_key(name, country)
        if self.cache.has(self.service, key) and (not self.refresh or key in self._refreshed):
            self.from_cache += 1
            return self.cache.get(self.service, key)
        kwargs = {}
        query = name
        if country and self._country_codes:
            kwargs["country_codes"] = country.lower()
        elif country:
            query = f"{name}, {country}"
        self.asked += 1
        location = self._geocode(query, exactly_one=True, **kwargs)
        answer = None
        if location is not None:
            answer = {"address": location.address, "lat": round(float(location.latitude), 6),
                      "lon": round(float(location.longitude), 6)}
        self.cache.put(self.service, key, answer)
        self._refreshed.add(key)
        return answer


@dataclass
class GeocodeReport:
    data_path: Path
    cache_path: Path
    located: list[str] = field(default_factory=list)  # place ids given coordinates
    not_found: list[str] = field(default_factory=list)
    asked: int = 0  # requests sent to the geocoder
    from_cache: int = 0
    written: bool = False  # the data file changed
    cache_written: bool = False

    def summary(self) -> str:
        text = (f"geocoded {len(self.located)} places ({self.asked} asked online, {self.from_cache} from "
                f"{self.cache_path.name})")
        if self.not_found:
            text += f"; not found: {', '.join(self.not_found)}"
        return text


def geocode_file(data_path: Path, service, *, geocoder=None, cache_path: Path | None = None,
                 refresh: bool = False, min_delay_seconds: float | None = None) -> GeocodeReport:
    """Give coordinates to the data file's places that have none, from the cache or ``service``.

    With ``refresh``, cached answers are asked again and places whose coordinates came from a
    geocoder are updated too. The data file is updated in place (comments kept) and only
    rewritten when something changed; the cache is saved even when the geocoder fails midway.
    """
    from geopy.exc import GeopyError

    from geomap.store import load_tree, parse_tree, save_tree

    if not isinstance(service, str):  # a geopy Geocoder instance
        geocoder, service = service, type(service).__name__.lower()
    data_path = Path(data_path)
    cache_path = Path(cache_path) if cache_path else cache_path_for(data_path)
    tree = load_tree(data_path)
    parse_tree(tree, data_path)  # only a valid file is updated
    cache = GeocoderCache(cache_path)
    geocoder = geocoder if geocoder is not None else make_geocoder(service)
    cg = CachedGeocoder(service, geocoder, cache, refresh=refresh, min_delay_seconds=min_delay_seconds)
    report = GeocodeReport(data_path, cache_path)
    try:
        for node in tree.get("places") or []:
            wanted = node.get("lat") is None or node.get("lon") is None
            if refresh and node.get("coord_source") == "geocoder":
                wanted = True
            if not wanted or node.get("coord_source") == "user" or node.get("hidden") is True:
                continue
            answer = cg.lookup(str(node["name"]), node.get("country"))
            if answer is None:
                report.not_found.append(str(node["id"]))
                continue
            for key in ("lat", "lon"):
                if node.get(key) != answer[key]:
                    if key in node:
                        node[key] = answer[key]
                    else:
                        node.insert(len(node), key, answer[key])
            if node.get("coord_source") != "geocoder":
                node["coord_source"] = "geocoder"
            report.located.append(str(node["id"]))
    except GeopyError as exc:
        from geopy.exc import GeocoderServiceError

        report.cache_written = cache.save()
        reason = " ".join(str(exc).split())
        message = f"geocoder {service}: {type(exc).__name__}: {reason[:160]}{'...' if len(reason) > 160 else ''}"
        if cache_path.exists():
            message += f"; answers so far are kept in {cache_path}, rerun to continue"
        if isinstance(exc, GeocoderServiceError):  # unavailable, timed out, refused: no network, often
            message += ("; no network? Without --geocoder, geomap build maps the other places and names the "
                        "ones it leaves out")
        raise GeomapError(message, path=data_path) from None
    finally:
        report.asked, report.from_cache = cg.asked, cg.from_cache
    report.cache_written = cache.save()
    report.written = save_tree(tree, data_path)
    return report
