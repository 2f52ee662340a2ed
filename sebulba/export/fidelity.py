"""How faithfully an exported bot plays its torch model: command by command over recorded games.

The torch policy (`PolicyBot`, deterministic) plays whole games against the `heuristic` bot; every
protocol input it saw is replayed into the exported file's `Agent`, and the two answers are compared:
the target point (within 1 and within 2 units: 500 units ahead, one unit is 0.11 degrees of heading),
and the power (SHIELD/BOOST the same, thrust within 1).
"""

from __future__ import annotations

import random
import types
from dataclasses import dataclass

from sebulba.arena.players import LocalPlayer, make_player
from sebulba.arena.policy_bot import PolicyBot
from sebulba.arena.referee import play_game
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.simulation.maps import random_official_map

Game = tuple[int, list[tuple[int, int]], list[tuple[list, list[str]]]]


class Recorder:
    """Wraps a bot and keeps every protocol input it saw, with its answers."""

    def __init__(self, bot: PolicyBot) -> None:
        self.bot = bot
        self.games: list[Game] = []

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.bot.init(laps, checkpoints)
        self.games.append((laps, checkpoints, []))

    def turn(self, pods: list) -> list[str]:
        lines = self.bot.turn(pods)
        self.games[-1][2].append((pods, lines))
        return lines

    @property
    def turns(self) -> int:
        return sum(len(turns) for _, _, turns in self.games)


@dataclass(frozen=True)
class Fidelity:
    decisions: int
    same_power: int
    target_within_one: int
    target_within_two: int

    def rates(self) -> dict[str, float]:
        return {
            "power": self.same_power / self.decisions,
            "target_within_1": self.target_within_one / self.decisions,
            "target_within_2": self.target_within_two / self.decisions,
        }


def record_games(model: DeepSetsPolicy, min_turns: int, seed: int = 5) -> list[Game]:
    """Games of the deterministic torch policy against `heuristic` on official maps, >= min_turns turns."""
    recorder = Recorder(PolicyBot(model))
    rng = random.Random(seed)
    while recorder.turns < min_turns:
        play_game((LocalPlayer("policy", recorder), make_player("heuristic")), random_official_map(rng))
    return recorder.games


def compare(bot: types.ModuleType, games: list[Game]) -> Fidelity:
    """Replays every recorded input into `bot.Agent` and counts the agreements (two decisions a turn)."""
    decisions = same_power = within_one = within_two = 0
    for laps, checkpoints, turns in games:
        agent = bot.Agent(laps, checkpoints)
        for pods, expected in turns:
            for got, want in zip(agent.turn(pods), expected, strict=True):
                decisions += 1
                gx, gy, gp = got.split()
                wx, wy, wp = want.split()
                same_power += gp == wp or (gp.isdigit() and wp.isdigit() and abs(int(gp) - int(wp)) <= 1)
                gap = max(abs(int(gx) - int(wx)), abs(int(gy) - int(wy)))
                within_one += gap <= 1
                within_two += gap <= 2
    return Fidelity(decisions, same_power, within_one, within_two)
