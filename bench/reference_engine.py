"""Reference engine throughput: full four-pod turns per second, CPython, one core.

Two workloads, replayed command for command so only the engine is timed: heuristic-vs-heuristic races
on random official maps (realistic traffic: blocking, shields, boosts) and the recorded brawl scenarios of
tests/data/physics_traces.jsonl (pods in contact almost every turn, the slow path). A cProfile breakdown
of one pass follows. The goal is >= 40,000 turns/s. Time is the process's CPU time: the figure is one
core's throughput, not diluted by whatever else shares the machine.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.arena.referee import protocol_view  # noqa: E402
from sebulba.bots.heuristic import Bot  # noqa: E402
from sebulba.simulation.cpu_physics import Command, GameState, new_game, parse_command, step  # noqa: E402
from sebulba.simulation.maps import random_official_map  # noqa: E402
from sebulba.simulation.referee_data import pod_from_record  # noqa: E402

TRACES = ROOT / "tests" / "data" / "physics_traces.jsonl"
RACES = 30
REPEATS = 3

Scenario = tuple[GameState, list[list[Command]]]


def heuristic_races(count: int, seed: int) -> list[tuple[list[tuple[int, int]], list[list[Command]]]]:
    """Races between two heuristic bots, kept as each turn's four commands."""
    rng = random.Random(seed)
    races = []
    for _ in range(count):
        checkpoints = random_official_map(rng)
        state = new_game(checkpoints)
        bots = [Bot(), Bot()]
        for bot in bots:
            bot.init(state.rules.laps, checkpoints)
        turns = []
        while not state.finished:
            commands = [
                parse_command(line) for team in (0, 1) for line in bots[team].turn(protocol_view(state, team))
            ]
            turns.append(commands)
            step(state, commands)
        races.append((checkpoints, turns))
    return races


def brawls() -> list[tuple[list[tuple[int, int]], list, list[list[Command]]]]:
    """The recorded brawl scenarios: start pods and every turn's commands."""
    scenarios = []
    for line in TRACES.read_text().splitlines():
        scenario = json.loads(line)
        if scenario["kind"] == "brawl":
            commands = [[parse_command(m) for m in turn["moves"]] for turn in scenario["turns"]]
            checkpoints = [(int(x), int(y)) for x, y in scenario["checkpoints"]]
            scenarios.append((checkpoints, scenario["pods"], commands))
    return scenarios


def fresh_scenarios(races: list, fights: list) -> list[Scenario]:
    """New start states (the engine steps in place), built outside the timed region."""
    built: list[Scenario] = [(new_game(checkpoints), turns) for checkpoints, turns in races]
    for checkpoints, pods, turns in fights:
        built.append(
            (GameState(checkpoints=checkpoints, pods=[pod_from_record(tuple(p)) for p in pods]), turns)
        )
    return built


def play(scenarios: list[Scenario]) -> int:
    total = 0
    for state, turns in scenarios:
        for commands in turns:
            step(state, commands)
        total += len(turns)
    return total


def rate(races: list, fights: list) -> float:
    best = 0.0
    for _ in range(REPEATS):
        scenarios = fresh_scenarios(races, fights)
        started = time.process_time()
        turns = play(scenarios)
        best = max(best, turns / (time.process_time() - started))
    return best


def main() -> None:
    races = heuristic_races(RACES, seed=7)
    fights = brawls()
    race_turns = sum(len(turns) for _, turns in races)
    brawl_turns = sum(len(turns) for _, _, turns in fights)
    print(
        f"workload: {RACES} heuristic races ({race_turns} turns) + {len(fights)} brawls ({brawl_turns} turns)"
    )
    print(f"race_turns_per_s: {rate(races, []):.0f}")
    print(f"brawl_turns_per_s: {rate([], fights):.0f}")
    print(f"reference_turns_per_s: {rate(races, fights):.0f}")
    profiler = cProfile.Profile()
    scenarios = fresh_scenarios(races, fights)
    profiler.enable()
    play(scenarios)
    profiler.disable()
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats("tottime").print_stats(10)
    print("profile (one pass, by own time):")
    print("\n".join(line for line in report.getvalue().splitlines() if line.strip())[:3000])


if __name__ == "__main__":
    main()
