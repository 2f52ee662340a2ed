"""Bundling package modules into one standalone bot file: imports inlined, only sys and math left."""

from __future__ import annotations

import ast

import pytest

from sebulba.bots.bundle import MAX_BOT_CHARS, BundleError, bundle, check_standalone, standalone_source

PHYSICS = '''"""The physics (a package docstring the bot must not carry)."""

from __future__ import annotations

import math

FRICTION = 0.85


def slow(v):
    return math.floor(v * FRICTION)
'''
BOT = '''"""The bot's own docstring."""

import sys

from sebulba.simulation.physics import (
    FRICTION,
    slow,
)


def main():
    sys.stdout.write(str(slow(100) + FRICTION))
'''


def test_modules_are_inlined_in_order_with_one_import_block_and_the_last_docstring() -> None:
    source = bundle([PHYSICS, BOT])
    tree = ast.parse(source)
    assert ast.get_docstring(tree) == "The bot's own docstring."
    assert "package docstring" not in source and "sebulba" not in source and "__future__" not in source
    imports = [ast.unparse(node) for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert imports == ["import math", "import sys"]
    namespace: dict[str, object] = {}
    exec(compile(source, "bundled", "exec"), namespace)
    assert namespace["slow"](100) == 85  # type: ignore[operator]


def test_a_given_docstring_heads_generated_code() -> None:
    source = bundle([PHYSICS, "WEIGHTS = [1, 2]\n"], docstring="Generated bot.")
    assert source.startswith('"""Generated bot."""\n\nimport math\nimport sys\n')
    assert "WEIGHTS = [1, 2]" in source


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ([PHYSICS, "import random\n"], "imports random"),
        ([PHYSICS, "def f():\n    from os import path\n"], "imports os"),
        ([BOT, PHYSICS], "which no earlier module defines"),
        ([PHYSICS, "from sebulba.simulation.physics import slow as s\n"], "imports slow"),
        (["X = ("], "does not compile"),
        (["# " + "x" * MAX_BOT_CHARS], "characters"),
    ],
)
def test_what_cannot_run_standalone_is_refused_with_a_clear_error(parts: list[str], message: str) -> None:
    with pytest.raises(BundleError, match=message):
        bundle(parts)


@pytest.mark.parametrize("name", ["wood", "heuristic", "search"])
def test_every_builtin_bot_has_a_standalone_file(name: str) -> None:
    source = standalone_source(name)
    check_standalone(source, name)
    assert "from sebulba" not in source
