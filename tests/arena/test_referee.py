"""The local referee with real subprocess bots: faults lose with a reason, never hang; stats are right."""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sebulba.arena.match import play_match, runner_benchmark
from sebulba.arena.players import LocalPlayer, SubprocessPlayer, builtin_bot, make_player
from sebulba.arena.referee import (
    SOLO_PARKING,
    TimeLimits,
    elo_difference,
    play_game,
    solo_run,
    wilson_interval,
)
from sebulba.arena.replay import PodFrame, TurnFrame
from sebulba.bots.bundle import standalone_source
from sebulba.cli import main
from sebulba.simulation.cpu_physics import start_positions
from sebulba.simulation.maps import official_map, random_official_map

MAP = random_official_map(random.Random(4))


def script(tmp_path: Path, name: str, body: str) -> list[str]:
    path = tmp_path / name
    path.write_text(body)
    return [sys.executable, str(path)]


READ_INIT = "import sys\nlaps = input(); n = int(input()); [input() for _ in range(n)]\n"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (READ_INIT + "[input() for _ in range(4)]\nsys.exit(3)\n", "crashed"),
        (READ_INIT + "import time\nwhile True: time.sleep(1)\n", "timed out"),
        (
            READ_INIT + "[input() for _ in range(4)]\nprint('hello world'); print('x'); sys.stdout.flush()\n"
            "import time; time.sleep(5)\n",
            "invalid output",
        ),
        (
            READ_INIT + "[input() for _ in range(4)]\nprint('1 2 101'); print('1 2 50'); sys.stdout.flush()\n"
            "import time; time.sleep(5)\n",
            "invalid output",
        ),
    ],
)
def test_a_faulty_bot_loses_with_a_clear_reason(tmp_path: Path, body: str, reason: str) -> None:
    bad = SubprocessPlayer("bad", script(tmp_path, "bad.py", body))
    started = time.monotonic()
    result = play_game((make_player("wood"), bad), MAP, limits=TimeLimits(first_turn_ms=1000, scale=1.0))
    assert time.monotonic() - started < 5
    assert result.winner == 0
    assert reason in result.faults[1]
    assert bad.process is None


def test_in_process_and_subprocess_bots_play_identical_games() -> None:
    for seed in range(3):
        checkpoints = random_official_map(random.Random(seed))
        local = play_game((make_player("heuristic"), make_player("wood")), checkpoints, record=True)
        remote = play_game(
            (make_player("heuristic", in_process=False), make_player("wood", in_process=False)),
            checkpoints,
            limits=TimeLimits(scale=4.0),
            record=True,
        )
        assert (local.winner, local.turns, local.reason) == (remote.winner, remote.turns, remote.reason)
        assert local.record == remote.record


class Watched:
    """The heuristic bot, keeping every protocol view it was given."""

    def __init__(self) -> None:
        self.bot = builtin_bot("heuristic")
        self.views: list[list[tuple[int, int]]] = []

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.bot.init(laps, checkpoints)

    def turn(self, pods: list) -> list[str]:
        self.views.append([(pod[0], pod[1]) for pod in pods])
        return self.bot.turn(pods)


def test_a_builtin_run_as_a_subprocess_plays_its_standalone_file_removed_on_close() -> None:
    player = make_player("wood", in_process=False)
    assert isinstance(player, SubprocessPlayer)
    script = Path(player.command[-1])
    assert script.read_text() == standalone_source("wood")
    result = play_game((player, make_player("heuristic")), MAP, limits=TimeLimits(scale=4.0))
    assert not result.faults and result.reason == "finish"
    assert not script.parent.exists()


def test_solo_run_races_the_whole_team_with_the_opponents_parked() -> None:
    checkpoints = official_map(0)
    watched = Watched()
    result = solo_run(LocalPlayer("heuristic", watched), checkpoints)
    assert result.winner == 0 and result.reason == "finish"
    assert 100 < result.turns < 300 and len(watched.views) == result.turns
    grid = [(int(x), int(y)) for x, y in start_positions(checkpoints, 4)[:2]]
    assert watched.views[0][:2] == grid, "both pods start where the official grid puts team 0"
    assert all(view[2:] == list(SOLO_PARKING[1:]) for view in watched.views)
    for pod in (0, 1):
        assert len({view[pod] for view in watched.views}) > result.turns // 2, f"pod {pod} races"


def test_pod_alone_parks_the_teammate_too() -> None:
    checkpoints = official_map(0)
    watched = Watched()
    result = solo_run(LocalPlayer("heuristic", watched), checkpoints, pod_alone=True)
    assert result.winner == 0 and result.reason == "finish"
    assert all(view[1:] == list(SOLO_PARKING) for view in watched.views)
    assert len({view[0] for view in watched.views}) > result.turns // 2


@pytest.mark.parametrize("pod_alone", [False, True])
def test_runner_benchmark_covers_every_map_and_rotation(pod_alone: bool) -> None:
    result = runner_benchmark("heuristic", pod_alone=pod_alone)
    assert result.pod_alone == pod_alone and ("pod alone" in result.variant) == pod_alone
    assert len(result.turns) + len(result.failures) == 58
    assert not result.failures
    assert result.mean_turns <= 230


def test_arena_solo_says_which_runner_benchmark_ran(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["arena", "--solo", "heuristic"]) == 0
    assert "variant: whole team" in capsys.readouterr().out
    assert main(["arena", "--solo", "heuristic", "--pod-alone"]) == 0
    out = capsys.readouterr().out
    assert "variant: pod alone" in out and "58 of 58 solo races finished" in out
    assert main(["arena", "heuristic", "wood", "--pod-alone"]) == 2


def test_match_swaps_sides_and_counts_every_game() -> None:
    result = play_match("heuristic", "wood", games=6, seed=2)
    assert result.games == 6 and len(result.turns) == 6
    assert result.wins >= 5
    # every game is counted once under its outcome and end reason, and the summary says so
    assert sum(result.reasons.values()) == 6
    assert sum(n for key, n in result.reasons.items() if key.startswith("win:")) == result.wins
    assert result.reasons["win:finish"] >= 1
    assert f"wins_by_reason: finish {result.reasons['win:finish']}" in result.summary("heuristic", "wood")


def test_local_player_exceptions_are_faults() -> None:
    class Broken:
        def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
            pass

        def turn(self, pods: list) -> list[str]:
            raise ZeroDivisionError("oops")

    result = play_game((LocalPlayer("broken", Broken()), LocalPlayer("wood", builtin_bot("wood"))), MAP)
    assert result.winner == 1 and "ZeroDivisionError" in result.faults[0]


def test_wilson_interval_and_elo() -> None:
    low, high = wilson_interval(50, 100)
    assert low == pytest.approx(0.4038, abs=1e-3) and high == pytest.approx(0.5962, abs=1e-3)
    assert wilson_interval(100, 100)[1] == pytest.approx(1.0)
    assert elo_difference(0.5) == 0
    assert elo_difference(0.76) == pytest.approx(200, abs=2)
    assert elo_difference(1.0) == math.inf


def test_race_command_writes_a_replay(tmp_path: Path) -> None:
    out = tmp_path / "replay.json"
    assert main(["race", "heuristic", "wood", "--map", "2", "--seed", "5", "--out", str(out)]) == 0
    replay = json.loads(out.read_text())
    assert replay["result"]["turns"] == len(replay["turns"]) > 50
    first = replay["turns"][0]
    assert len(first["pods"]) == 4 and len(first["commands"]) == 4
    assert set(first["pods"][0]) == set(PodFrame.__annotations__)
    assert set(first) == set(TurnFrame.__annotations__)
    assert all(pod["angle"] is None for pod in first["pods_before"])
    assert replay["result"]["reason"] == "finish"
    last = replay["turns"][-1]["pods"]
    passes = sum(len(turn["passes"]) for turn in replay["turns"])
    assert passes == sum(pod["checkpoints_passed"] for pod in last)
    winner_pods = last[2 * replay["result"]["winner"] : 2 * replay["result"]["winner"] + 2]
    assert max(pod["checkpoints_passed"] for pod in winner_pods) == 3 * len(replay["checkpoints"])


def test_arena_command_prints_the_statistics() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "sebulba", "arena", "heuristic", "wood", "-n", "4", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "win_rate:" in completed.stdout and "elo_difference:" in completed.stdout
