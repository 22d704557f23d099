"""geomap: map the places named in news reports and the events reported there."""

__version__ = "0.1.0"

__all__ = ["__version__"]
