"""Which patterns pay the regex engine's share of a first normalize() call (issue 17).

Every compiled pattern is wrapped in a proxy, and each engine call (`search`, `match`,
`fullmatch`, `findall`, `split`, `sub`, `subn`, and each step of a `finditer`) goes through a C
function of its own for each (pattern, method, call site): callgrind's inclusive cost of that
function is the engine's work there (a `sub`'s Python callback goes through another, subtracted).
Not a test of Galley: a measuring tool, run by hand under valgrind (the call under the proxy
costs ~1.6x; the counts are the engine's own). The garbage collector is off during the call, so
that its passes are not charged to whichever match set them off.

    python bench/regex_costs.py build /tmp/rc            # gcc, Python's and valgrind's headers
    PYTHONPATH=/tmp/rc:. valgrind --tool=callgrind --dump-instr=no \\
        --callgrind-out-file=/tmp/rc/cg.out python bench/regex_costs.py run /tmp/rc/calls.json
    python bench/regex_costs.py table /tmp/rc/calls.json /tmp/rc/cg.out.1 [ROWS]
"""

from __future__ import annotations

import functools
import gc
import json
import os
import re
import subprocess
import sys
import sysconfig
from typing import Any

SHIMS = 3000  # call sites; the callbacks' shims are the second half
HALF = SHIMS // 2


def build(folder: str) -> None:
    """The C module `regexshim`: SHIMS functions that each call their first argument with the
    rest, and two that zero callgrind's counts and dump them."""
    os.makedirs(folder, exist_ok=True)
    lines = ["#include <Python.h>", "#include <valgrind/callgrind.h>"]
    for k in range(SHIMS):
        lines.append(
            f"__attribute__((noinline)) PyObject *rc_p{k}(PyObject *s, PyObject *const *a,"
            " Py_ssize_t n, PyObject *kw) { return PyObject_Vectorcall(a[0], a + 1, n - 1, kw); }"
        )
    lines.append(
        "static PyObject *zero(PyObject *s, PyObject *a) { CALLGRIND_ZERO_STATS; Py_RETURN_NONE; }"
    )
    lines.append(
        'static PyObject *dump(PyObject *s, PyObject *a) { CALLGRIND_DUMP_STATS_AT("call"); Py_RETURN_NONE; }'
    )
    lines.append("static PyMethodDef M[] = {")
    lines += [
        f'{{"p{k}", (PyCFunction)(void (*)(void))rc_p{k}, METH_FASTCALL | METH_KEYWORDS, NULL}},'
        for k in range(SHIMS)
    ]
    lines.append(
        '{"zero", zero, METH_NOARGS, NULL}, {"dump", dump, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};'
    )
    lines.append('static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "regexshim", NULL, -1, M};')
    lines.append("PyMODINIT_FUNC PyInit_regexshim(void) { return PyModule_Create(&D); }")
    source = os.path.join(folder, "regexshim.c")
    with open(source, "w") as out:
        out.write("\n".join(lines) + "\n")
    target = os.path.join(folder, "regexshim" + sysconfig.get_config_var("EXT_SUFFIX"))
    include = sysconfig.get_paths()["include"]
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            "-O1",
            "-fno-ipa-icf",
            "-g",
            f"-I{include}",
            source,
            "-o",
            target,
        ],
        check=True,
    )


def run(out_path: str) -> None:
    """One first normalize() call on bench/first_call.py's fresh 1 MB text, every pattern
    proxied; the call's counts dumped by callgrind, each shim's (pattern, method, site) here."""
    import regexshim  # type: ignore[import-not-found]

    real_compile = re.compile
    here = os.path.abspath(__file__)
    re_dir = os.path.dirname(re.__file__)
    keys: dict[tuple[int, str, str], int] = {}
    stats: dict[int, list[Any]] = {}
    active = [False]
    shims = [getattr(regexshim, f"p{k}") for k in range(SHIMS)]

    def site() -> str:
        frame = sys._getframe(2)
        while frame is not None and (
            frame.f_code.co_filename == here or frame.f_code.co_filename.startswith(re_dir)
        ):
            frame = frame.f_back
        if frame is None:
            return "?"
        name = frame.f_code.co_filename
        cut = name.find("convert/")
        return f"{name[cut:] if cut >= 0 else name}:{frame.f_lineno}:{frame.f_code.co_name}"

    class Proxy:
        def __init__(self, real: re.Pattern[Any], where: str) -> None:
            self._real, self.where = real, where
            self.pattern, self.flags = real.pattern, real.flags
            self.groups, self.groupindex = real.groups, real.groupindex

        def __getattr__(self, name: str) -> Any:
            return getattr(self._real, name)

        def __hash__(self) -> int:
            return hash(self._real)

        def __eq__(self, other: object) -> bool:
            return self._real == (other._real if isinstance(other, Proxy) else other)

        def _shim(
            self, method: str, text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
        ) -> int:
            key = (id(self), method, site())
            k = keys.get(key)
            if k is None:
                k = keys[key] = len(keys)
                assert k < HALF, "more call sites than shims"
                pattern = self._real.pattern
                stats[k] = [
                    pattern if isinstance(pattern, str) else repr(pattern),
                    self.where,
                    method,
                    key[2],
                    0,
                    0,
                ]
            if active[0]:
                stats[k][4] += 1
                stats[k][5] += _chars(text, args, kwargs)
            return k

        def _call(
            self, method: str, text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
        ) -> Any:
            k = self._shim(method, text, args, kwargs)
            return shims[k](getattr(self._real, method), text, *args, **kwargs)

        def search(self, text: Any, *a: Any, **kw: Any) -> Any:
            return self._call("search", text, a, kw)

        def match(self, text: Any, *a: Any, **kw: Any) -> Any:
            return self._call("match", text, a, kw)

        def fullmatch(self, text: Any, *a: Any, **kw: Any) -> Any:
            return self._call("fullmatch", text, a, kw)

        def findall(self, text: Any, *a: Any, **kw: Any) -> Any:
            return self._call("findall", text, a, kw)

        def split(self, text: Any, *a: Any, **kw: Any) -> Any:
            return shims[self._shim("split", text, (), {})](self._real.split, text, *a, **kw)

        def finditer(self, text: Any, *a: Any, **kw: Any) -> Any:
            shim = shims[self._shim("finditer", text, a, kw)]
            found = shim(self._real.finditer, text, *a, **kw)
            while (m := shim(next, found, None)) is not None:
                yield m

        def _subx(
            self, method: str, repl: Any, text: Any, a: tuple[Any, ...], kw: dict[str, Any]
        ) -> Any:
            k = self._shim(method, text, (), {})
            if callable(repl):
                repl = functools.partial(shims[k + HALF], repl)
            return shims[k](getattr(self._real, method), repl, text, *a, **kw)

        def sub(self, repl: Any, text: Any, *a: Any, **kw: Any) -> Any:
            return self._subx("sub", repl, text, a, kw)

        def subn(self, repl: Any, text: Any, *a: Any, **kw: Any) -> Any:
            return self._subx("subn", repl, text, a, kw)

    proxies: dict[Any, Proxy] = {}

    def compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, Proxy):
            return pattern
        real = real_compile(pattern, flags)
        if real not in proxies:
            proxies[real] = Proxy(real, site())
        return proxies[real]

    def module_function(method: str) -> Any:
        def call(pattern: Any, *a: Any, flags: int = 0, **kw: Any) -> Any:
            return getattr(compile(pattern, flags), method)(*a, **kw)

        return call

    re.compile = compile  # type: ignore[assignment]
    for method in ("search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"):
        setattr(re, method, module_function(method))

    sys.path.insert(0, ".")
    from bench.first_call import fresh_text
    from bench.normalize_speed import corpus_text
    from convert.normalize import normalize

    normalize(corpus_text(0.05))
    text = fresh_text(1.0)
    gc.collect()
    gc.disable()
    active[0] = True
    regexshim.zero()
    normalize(text)
    regexshim.dump()
    active[0] = False
    with open(out_path, "w") as out:
        json.dump(stats, out)


def _chars(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """The characters a call was given (`pos` to `endpos`)."""
    try:
        size = len(text)
    except TypeError:
        return 0
    start = args[0] if args else kwargs.get("pos", 0)
    end = args[1] if len(args) > 1 else kwargs.get("endpos", size)
    return max(0, min(end, size) - start)


def table(calls_path: str, callgrind_path: str, rows: int = 30) -> None:
    """Each site's instructions (its shim's inclusive cost less its callbacks'), largest first."""
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", callgrind_path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    inclusive: dict[int, int] = {}
    for line in annotated.splitlines():
        if found := re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*:rc_p(\d+)\b", line):
            inclusive.setdefault(int(found.group(2)), int(found.group(1).replace(",", "")))
    engine = sum(
        int(found.group(1).replace(",", ""))
        for line in subprocess.run(
            ["callgrind_annotate", "--threshold=100", callgrind_path],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        if (found := re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*/_sre/", line))
    )
    with open(calls_path) as source:
        stats = json.load(source)
    costs = sorted(
        ((inclusive.get(int(k), 0) - inclusive.get(int(k) + HALF, 0), v) for k, v in stats.items()),
        key=lambda row: -row[0],
    )
    print(f"_sre self {engine / 1e6:.1f} M; the shims {sum(c for c, _ in costs) / 1e6:.1f} M")
    print("| M instr | calls | chars | method | call site | pattern (defined at) |")
    print("| ---: | ---: | ---: | --- | --- | --- |")
    for cost, (pattern, where, method, at, calls, chars) in costs[:rows]:
        shown = pattern if len(pattern) < 50 else pattern[:47] + "…"
        print(f"| {cost / 1e6:.1f} | {calls} | {chars} | {method} | {at} | `{shown!r}` ({where}) |")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "build":
        build(sys.argv[2])
    elif command == "run":
        run(sys.argv[2])
    else:
        table(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 30)
