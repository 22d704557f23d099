"""One root exception; every message is one line naming file, line and field."""

__all__ = ["GeomapError", "InputError", "StoreFormatError", "GazetteerError", "RenderError"]


class GeomapError(Exception):
    """Base class of every error geomap reports to the user."""

    def __init__(self, message: str, *, path=None, line: int | None = None, field: str | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        if self.field:
            where += f"{self.field}: "
        return (where + self.message).replace("\n", " ")


class InputError(GeomapError, ValueError):
    """An article or corpus file is missing, empty, binary or not UTF-8."""


class StoreFormatError(GeomapError, ValueError):
    """A data file has a syntax error or a value out of its allowed range."""

    def __init__(self, message: str, *, problems: list["GeomapError"] | None = None, **kwargs):
        self.problems = problems or []
        super().__init__(message, **kwargs)


class GazetteerError(GeomapError):
    """The gazetteer index cannot be built or read."""


class RenderError(GeomapError):
    """The map cannot be written."""
