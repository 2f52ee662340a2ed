"""`inprocess:FILE`: a Sebulba bot file raced in-process plays the games its subprocess plays; any other
file is refused with the reason, and a file that reads stdin at import does not wait on the terminal (the
arena's one error line: tests/arena/test_arena_cli.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sebulba.arena.players import IN_PROCESS_FILE, LocalPlayer, file_bot, make_player
from sebulba.arena.referee import TimeLimits, play_game
from sebulba.bots.bundle import standalone_source
from sebulba.simulation.maps import random_official_map

NETWORK_ALONE = Path(__file__).parents[2] / "dist" / "sebulba_nn.py"
"""The shipped network exported with --no-search: its `Agent(laps, checkpoints)`, not a `Bot`."""


@pytest.mark.parametrize("bot", ["heuristic", "network"])
def test_a_bot_file_in_process_plays_the_games_its_subprocess_plays(tmp_path: Path, bot: str) -> None:
    if bot == "network":
        path = NETWORK_ALONE
    else:
        path = tmp_path / "heuristic.py"
        path.write_text(standalone_source("heuristic"))
    for seed in range(2):
        checkpoints = random_official_map(random.Random(seed))
        local = make_player(f"{IN_PROCESS_FILE}{path}")
        assert isinstance(local, LocalPlayer)
        here = play_game((local, make_player("wood")), checkpoints, record=True)
        there = play_game(
            (make_player(str(path)), make_player("wood")),
            checkpoints,
            limits=TimeLimits(scale=4.0),
            record=True,
        )
        assert not here.faults and not there.faults
        assert (here.winner, here.turns, here.reason) == (there.winner, there.turns, there.reason)
        assert here.record == there.record


NOT_BOTS = {
    "no bot": ("print('hello')\nVALUE = 3\n", "defines neither Bot nor Agent"),
    "loop at import": (
        "while True:\n    line = input()\n    print(line)\n",
        "does not run as a module (EOFError",
    ),
    "syntax": ("def main(:\n", "does not run as a module (SyntaxError"),
    "exits": ("import sys\nsys.exit(3)\n", "does not run as a module (SystemExit"),
    "bot fails": (
        "class Bot:\n    def __init__(self):\n        raise RuntimeError('no')\n",
        "cannot start (RuntimeError: no)",
    ),
}


@pytest.mark.parametrize("case", list(NOT_BOTS))
def test_a_file_that_is_not_a_bot_is_refused_with_the_reason(tmp_path: Path, case: str) -> None:
    source, reason = NOT_BOTS[case]
    path = tmp_path / f"{case.replace(' ', '_')}.py"
    path.write_text(source)
    with pytest.raises(ValueError) as error:
        file_bot(str(path))
    assert reason in str(error.value) and str(path) in str(error.value)
