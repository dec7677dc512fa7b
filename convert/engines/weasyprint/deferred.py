"""fontTools' subsetter and instancer, imported by WeasyPrint only when a render calls them.

WeasyPrint's font module imports `fontTools.subset` and `fontTools.varLib.instancer` (with them
varLib, otTables and the layout subsetter) at start, but calls them only for a variable font
(`instantiateVariableFont`) or where HarfBuzz's subsetter is missing (`subset.Options`): never
for the static CFF and TrueType faces Galley's styles use with HarfBuzz-Subset installed. So
while WeasyPrint imports, each of the two names is a stand-in module (`deferred`): WeasyPrint
binds it, and its first use imports the real module and answers from it. The stand-ins leave
`sys.modules` when WeasyPrint's import ends, so an import of either name afterwards, by anyone,
gets the real module as usual.

Nothing else changes: every name WeasyPrint asks of a stand-in is the real module's, and a name
asked during the import itself (a WeasyPrint that uses more of either module) imports it then.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType

# Each module deferred, with the functions WeasyPrint binds from it (`from … import name`) at its
# import: its stand-in holds a function of each name that imports the real module when called.
DEFERRED: Mapping[str, tuple[str, ...]] = {
    "fontTools.subset": (),
    "fontTools.varLib.instancer": ("instantiateVariableFont",),
}


def real(name: str) -> ModuleType:
    """The real module `name`, imported now if only its stand-in was there."""
    module = sys.modules.get(name)
    if isinstance(module, StandIn):
        del sys.modules[name]
    return importlib.import_module(name)


class StandIn(ModuleType):
    """A module that imports the real one at the first name asked of it (see the docstring)."""

    def __getattr__(self, attribute: str) -> object:
        if attribute.startswith("__"):  # copy, pickle and inspect probe for these
            raise AttributeError(attribute)
        return getattr(real(self.__name__), attribute)


def _calling(module: str, function: str) -> Callable[..., object]:
    def call(*args: object, **kwargs: object) -> object:
        target: Callable[..., object] = getattr(real(module), function)
        return target(*args, **kwargs)

    call.__name__ = call.__qualname__ = function
    return call


@contextmanager
def on_first_use(modules: Mapping[str, tuple[str, ...]] = DEFERRED) -> Iterator[None]:
    """While the block runs, each of `modules` not yet imported is a stand-in module."""
    placed: list[str] = []
    for name, functions in modules.items():
        if name in sys.modules:
            continue
        stand_in = StandIn(name)
        for function in functions:
            setattr(stand_in, function, _calling(name, function))
        sys.modules[name] = stand_in
        placed.append(name)
    try:
        yield
    finally:
        for name in placed:
            if isinstance(sys.modules.get(name), StandIn):
                del sys.modules[name]
