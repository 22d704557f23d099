"""Page pieces added as they are, never run through Jinja a second time.

branca adds each rendered macro to the page as ``Element(text)``, which compiles ``text`` as a
Jinja template: article text containing ``{{ ... }}`` or ``{% ... %}`` would then be evaluated at
build time (or break the build), and compiling megabytes of event data is slow. ``Raw`` holds
finished text; ``RawMacroElement`` renders its macros once and adds them as ``Raw``.
"""

from __future__ import annotations

from branca.element import Element, Figure, MacroElement

__all__ = ["Raw", "RawMacroElement"]


class Raw(Element):
    """Finished HTML or script, output verbatim."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class RawMacroElement(MacroElement):
    """A MacroElement whose ``header``, ``html`` and ``script`` macros are rendered once, verbatim."""

    def render(self, **kwargs):
        figure = self.get_root()
        assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = self._template.module.__dict__.get(part)
            if macro is not None:
                target.add_child(Raw(str(macro(self, kwargs))), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)
