"""The `search` bot as the standalone file CodinGame would run: sys and math only, real games as a subprocess,
valid answers on any legal game, and no crash on odd input."""

from __future__ import annotations

import ast
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sebulba.arena.match import play_match
from sebulba.arena.referee import TimeLimits, protocol_view
from sebulba.bots.bundle import standalone_source
from sebulba.cli import main
from sebulba.simulation.cpu_physics import Command, new_game, parse_command, step
from sebulba.simulation.maps import official_map, random_map
from tests.simulation.test_cpu_physics import command

FUZZ_ROLLOUTS = 12
"""Plans searched a turn in the in-process fuzz: the answers' validity does not depend on the budget."""
INIT = "3\n3\n10000 4000\n13000 7000\n5000 2000\n"
TURN = "8000 4000 0 0 -1 1\n8000 5000 0 0 -1 1\n8000 3000 0 0 -1 1\n8000 6000 0 0 -1 1\n"
ODD_TURN = "8100 4000 90\n\n8050 3000 40 0 0 1 7 7\n8000 6000 0 0 360 1\n"
"""Short, empty and over-long lines: the bot reads what is there and pads the rest with zeros."""


@pytest.fixture(scope="module")
def search_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "search.py"
    assert main(["bots", "write", "search", "-o", str(path)]) == 0
    return path


def test_the_written_file_is_the_standalone_source_and_imports_only_sys_and_math(search_file: Path) -> None:
    source = search_file.read_text()
    assert source == standalone_source("search")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or ".")
    assert imported == {"sys", "math"}


def test_search_plays_arena_games_as_a_subprocess(search_file: Path) -> None:
    result = play_match(str(search_file), "heuristic", games=2, seed=1, limits=TimeLimits(scale=10.0))
    assert result.games == 2 and not result.faults
    assert set(result.reasons) <= {f"{o}:{r}" for o in ("win", "loss", "draw") for r in ("finish", "timeout")}
    assert min(result.turns) > 50


def load_search_bot() -> type:
    """The standalone file's `Bot` class, run in this process from its source (not the package's modules)."""
    namespace: dict[str, object] = {"__name__": "search_bot"}
    exec(compile(standalone_source("search"), "search_bot", "exec"), namespace)
    return namespace["Bot"]  # type: ignore[return-value]


SEARCH_BOT = load_search_bot()


def planner_raised(line: tuple[int, ...]) -> str:
    pytest.fail("the planner raised on a legal turn (the fallback answered)")


@st.composite
def maps(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Official maps, and the generator's 2..8-checkpoint maps."""
    if draw(st.booleans()):
        return official_map(draw(st.integers(0, 12)), draw(st.integers(0, 2)))
    return random_map(random.Random(draw(st.integers(0, 2**32))), 2, 8)


@settings(max_examples=25, deadline=None)
@given(maps(), st.lists(st.lists(command, min_size=2, max_size=2), min_size=1, max_size=12))
def test_search_answers_valid_lines_on_every_legal_turn(
    checkpoints: list[tuple[int, int]], enemy_commands: list[list[Command]]
) -> None:
    """Real games on the reference engine: the bot drives team 0, arbitrary legal commands drive team 1."""
    bot = SEARCH_BOT()
    bot.rollouts = FUZZ_ROLLOUTS
    bot.fallback = planner_raised
    state = new_game(checkpoints)
    bot.init(state.rules.laps, checkpoints)
    for enemies in enemy_commands:
        if state.finished:
            break
        lines = bot.turn(protocol_view(state, 0))
        assert len(lines) == 2
        step(state, [parse_command(line) for line in lines] + enemies)


def run_bot(path: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", str(path)], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_search_answers_short_and_empty_lines(search_file: Path) -> None:
    completed = run_bot(search_file, INIT + TURN + ODD_TURN)
    assert completed.returncode == 0 and "Traceback" not in completed.stderr
    lines = completed.stdout.splitlines()
    assert len(lines) == 4
    for line in lines:
        parse_command(line)


@pytest.mark.parametrize(
    "cut", [0, 1, 2, len("3\n3\n10000 4"), len(INIT), len(INIT) + 20, len(INIT + TURN), len(INIT + TURN) + 13]
)
def test_search_exits_cleanly_when_its_input_ends_anywhere(search_file: Path, cut: int) -> None:
    completed = run_bot(search_file, (INIT + TURN + ODD_TURN)[:cut])
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    assert len(completed.stdout.splitlines()) == (2 if cut >= len(INIT + TURN) else 0)
