"""One standalone CodinGame file out of the package modules a bot carries verbatim.

CodinGame takes a single file that may import only `sys` and `math`, while the package keeps the physics,
the planner and the bot in separate modules (each tested on its own). `bundle` inlines them in order: the
imports between them (`from sebulba... import ...`) are dropped, since the earlier modules then define the
names; `import math` / `import sys` are hoisted once to the top; only the last module's docstring (the
bot's own) is kept. The result is checked: it compiles, imports nothing else, defines every name it
inlined an import of, and fits CodinGame's code size.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import types
from collections.abc import Sequence
from pathlib import Path

ALLOWED_IMPORTS = ("math", "sys")
"""The only modules a bot may import on CodinGame (our rule for every shipped file)."""
MAX_BOT_CHARS = 100_000
"""CodinGame refuses a submission longer than this."""
PACKAGE = "sebulba"
BUNDLED_BOTS = {
    "search": (
        "sebulba.simulation.flat_physics",
        "sebulba.simulation.features",
        "sebulba.bots.search_core",
        "sebulba.bots.search",
    ),
}
"""Built-in bots that import from the package, with the modules their standalone file inlines, in order."""


class BundleError(ValueError):
    """The modules cannot make a standalone bot file (the message says which module and line)."""


def _parse(source: str, label: str) -> ast.Module:
    try:
        tree = ast.parse(source, label)
        compile(tree, label, "exec")
    except SyntaxError as error:
        raise BundleError(f"{label} does not compile: {error}") from None
    return tree


def _defined_names(tree: ast.Module) -> set[str]:
    """The top-level names a module defines (functions, classes, assigned constants)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return names


def _inlined_body(source: str, label: str, defined: set[str]) -> tuple[str, str | None]:
    """A module's code without its docstring and top-level imports, and its docstring as written.

    A package import must name things an earlier part defines (under their own names): once inlined, the
    import line is gone and the name has to be there already."""
    tree = _parse(source, label)
    lines = source.splitlines()
    dropped: set[int] = set()
    docstring = None
    for index, node in enumerate(tree.body):
        if index == 0 and ast.get_docstring(tree) is not None:
            docstring = "\n".join(lines[node.lineno - 1 : node.end_lineno])
            dropped |= set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            root = node.module.split(".")[0]
            if root not in (PACKAGE, "__future__"):
                continue
            if root == PACKAGE:
                for alias in node.names:
                    if alias.asname not in (None, alias.name) or alias.name not in defined:
                        raise BundleError(
                            f"{label}:{node.lineno}: imports {alias.name} from {node.module}, which no "
                            "earlier module defines under that name"
                        )
            dropped |= set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        elif isinstance(node, ast.Import) and all(
            a.name in ALLOWED_IMPORTS and a.asname is None for a in node.names
        ):
            dropped |= set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    kept = [line for number, line in enumerate(lines, 1) if number not in dropped]
    defined |= _defined_names(tree)
    return "\n".join(kept).strip("\n"), docstring


def check_standalone(source: str, label: str = "bot") -> None:
    """Raise BundleError unless `source` is a file CodinGame would run: it compiles, imports only `sys` and
    `math`, and is short enough."""
    tree = _parse(source, label)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = ["." * node.level + (node.module or "")]
        else:
            continue
        others = [m for m in modules if m not in ALLOWED_IMPORTS]
        if others:
            raise BundleError(
                f"{label}:{node.lineno}: imports {', '.join(others)} (only sys and math allowed)"
            )
    if len(source) >= MAX_BOT_CHARS:
        raise BundleError(
            f"{label} has {len(source):,} characters (CodinGame takes fewer than {MAX_BOT_CHARS:,})"
        )


def bundle(parts: Sequence[types.ModuleType | str], docstring: str | None = None) -> str:
    """One standalone source from `parts` in order: modules (their source) or generated code (text).

    The file opens with `docstring` (its text) if given, else with the last part's docstring (the bot's)."""
    defined: set[str] = set()
    bodies: list[str] = []
    header = None if docstring is None else f'"""{docstring}"""'
    for number, part in enumerate(parts):
        source = inspect.getsource(part) if isinstance(part, types.ModuleType) else part
        label = part.__name__ if isinstance(part, types.ModuleType) else f"part {number}"
        body, own_docstring = _inlined_body(source, label, defined)
        bodies.append(body)
        if number == len(parts) - 1 and header is None:
            header = own_docstring
    imports = "".join(f"import {name}\n" for name in ALLOWED_IMPORTS)
    code = "\n\n\n".join(body for body in bodies if body)
    gap = "\n\n" if code.startswith(("def ", "class ", "@")) else "\n"  # as ruff's isort spaces them
    source = (f"{header}\n\n" if header else "") + imports + gap + code + "\n"
    check_standalone(source, "the bundled bot")
    return source


def standalone_source(name: str) -> str:
    """A built-in bot as the one file CodinGame would run: bundled if it imports from the package, else
    its own file as it is (checked either way)."""
    modules = BUNDLED_BOTS.get(name)
    if modules is not None:
        return bundle([importlib.import_module(m) for m in modules])
    source = Path(inspect.getfile(importlib.import_module(f"sebulba.bots.{name}"))).read_text()
    check_standalone(source, name)
    return source
