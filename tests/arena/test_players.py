"""Subprocess players with real bot programs that misbehave at the pipe level."""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from sebulba.arena.players import SubprocessPlayer, make_player
from sebulba.arena.referee import TimeLimits, play_game
from sebulba.simulation.maps import random_official_map

MAP = random_official_map(random.Random(4))

CLOSES_STDOUT = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], stdout=subprocess.DEVNULL)
with open(sys.argv[1], "w") as pids:
    pids.write(f"{os.getpid()} {child.pid}")
input()
os.close(1)
time.sleep(30)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a killed child not yet reaped by its parent is a zombie
        return stat.read().split(")")[-1].split()[0] != "Z"


def test_a_bot_that_closes_its_output_but_keeps_running_loses_and_is_killed(tmp_path: Path) -> None:
    bot = tmp_path / "bot.py"
    bot.write_text(CLOSES_STDOUT)
    pids = tmp_path / "pids"
    for game in range(2):  # the arena goes on: the next game is played as well
        bad = SubprocessPlayer("bad", [sys.executable, str(bot), str(pids)])
        started = time.monotonic()
        result = play_game((make_player("wood"), bad), MAP, limits=TimeLimits(first_turn_ms=1000, scale=1.0))
        assert time.monotonic() - started < 10, game
        assert result.winner == 0
        assert "closed its output" in result.faults[1]
        assert bad.process is None
        deadline = time.monotonic() + 5
        while any(alive(int(pid)) for pid in pids.read_text().split()):
            assert time.monotonic() < deadline, "the bot and its child outlived the game"
            time.sleep(0.05)
