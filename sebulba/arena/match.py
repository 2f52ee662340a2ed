"""Many games between two bots, in parallel, with the statistics that say which bot is better."""

from __future__ import annotations

import math
import multiprocessing
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tqdm import tqdm

from sebulba.arena.players import Player, make_player
from sebulba.arena.referee import GameResult, TimeLimits, elo_difference, play_game, solo_run, wilson_interval
from sebulba.simulation.maps import all_official_starts, official_map, random_official_map

PlayerFactory = Callable[[], Player]


@dataclass(frozen=True)
class GameSpec:
    index: int
    map_seed: int
    a_team: int
    """The side BOT_A plays (each map is played twice, sides swapped)."""


@dataclass(frozen=True)
class GameRecord:
    """One game of a match, from BOT_A's side: what `sebulba arena --record` keeps for paired comparisons."""

    index: int
    map_seed: int
    a_team: int
    outcome: str
    """win, loss or draw."""
    reason: str
    turns: int


@dataclass
class MatchResult:
    records: list[GameRecord] = field(default_factory=list)
    """Every game, in the order it ended: the counts below are read from them."""
    faults: list[str] = field(default_factory=list)

    def _count(self, outcome: str) -> int:
        return sum(record.outcome == outcome for record in self.records)

    @property
    def wins(self) -> int:
        return self._count("win")

    @property
    def losses(self) -> int:
        return self._count("loss")

    @property
    def draws(self) -> int:
        return self._count("draw")

    @property
    def turns(self) -> list[int]:
        return [record.turns for record in self.records]

    @property
    def reasons(self) -> Counter[str]:
        """Games by outcome and end reason, e.g. "loss:timeout": how games are won and lost, not only how
        many."""
        return Counter(f"{record.outcome}:{record.reason}" for record in self.records)

    @property
    def games(self) -> int:
        return len(self.records)

    @property
    def score(self) -> float:
        return (self.wins + 0.5 * self.draws) / self.games if self.games else 0.0

    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.wins + 0.5 * self.draws, self.games)

    def summary(self, name_a: str, name_b: str) -> str:
        low, high = self.interval()
        elo = elo_difference(self.score)
        elo_low, elo_high = elo_difference(low), elo_difference(high)
        lines = [
            f"{name_a} vs {name_b}: {self.games} games (official maps, each twice with sides swapped)",
            f"wins: {self.wins}  losses: {self.losses}  draws: {self.draws}",
            f"win_rate: {self.score:.3f} (95% CI {low:.3f}-{high:.3f})",
            f"elo_difference: {elo:+.0f} (95% CI {elo_low:+.0f} to {elo_high:+.0f})",
            f"mean_turns: {sum(self.turns) / max(1, len(self.turns)):.1f}",
        ]
        for outcome, label in (("win", "wins"), ("loss", "losses"), ("draw", "draws")):
            prefix = outcome + ":"
            reasons = sorted(
                (k.removeprefix(prefix), n) for k, n in self.reasons.items() if k.startswith(prefix)
            )
            if reasons:
                lines.append(f"{label}_by_reason: " + ", ".join(f"{reason} {n}" for reason, n in reasons))
        if self.faults:
            lines.append(f"faults: {len(self.faults)} (first: {self.faults[0]})")
        return "\n".join(lines)


def game_specs(games: int, seed: int) -> list[GameSpec]:
    """`games` rounded up to an even number: map k is played with BOT_A on team 0, then on team 1."""
    pairs = math.ceil(games / 2)
    return [GameSpec(2 * k + side, seed * 100_003 + k, side) for k in range(pairs) for side in (0, 1)]


def play_spec(spec: GameSpec, player_a: Player, player_b: Player, limits: TimeLimits) -> GameResult:
    checkpoints = random_official_map(random.Random(spec.map_seed))
    players = (player_a, player_b) if spec.a_team == 0 else (player_b, player_a)
    return play_game(players, checkpoints, limits=limits)


def _tally(result: MatchResult, spec: GameSpec, game: GameResult) -> None:
    outcome = "draw" if game.winner is None else "win" if game.winner == spec.a_team else "loss"
    reason = "fault" if game.faults else game.reason or "unknown"
    result.records.append(GameRecord(spec.index, spec.map_seed, spec.a_team, outcome, reason, game.turns))
    result.faults += list(game.faults.values())


def _worker(job: tuple[GameSpec, str, str, TimeLimits]) -> tuple[GameSpec, GameResult]:
    spec, a, b, limits = job
    return spec, play_spec(spec, make_player(a), make_player(b), limits)


def _progress(items: Iterator, total: int, label: str, show: bool) -> Iterator:
    return tqdm(items, total=total, desc=label, unit="game", disable=not show, leave=False)


def play_match(
    bot_a: str | PlayerFactory,
    bot_b: str | PlayerFactory,
    games: int,
    seed: int = 0,
    jobs: int = 1,
    limits: TimeLimits | None = None,
    progress: bool = False,
) -> MatchResult:
    """BOT_A against BOT_B. Specs (strings) may run in `jobs` processes; factories run in this process."""
    limits = limits or TimeLimits()
    specs = game_specs(games, seed)
    result = MatchResult()
    if jobs > 1 and isinstance(bot_a, str) and isinstance(bot_b, str):
        context = multiprocessing.get_context("spawn")
        with context.Pool(jobs) as pool:
            outcomes = pool.imap_unordered(_worker, [(s, bot_a, bot_b, limits) for s in specs])
            for spec, game in _progress(outcomes, len(specs), "arena", progress):
                _tally(result, spec, game)
        return result

    def factory(bot: str | PlayerFactory) -> PlayerFactory:
        return (lambda: make_player(bot)) if isinstance(bot, str) else bot

    make_a, make_b = factory(bot_a), factory(bot_b)
    for spec in _progress(iter(specs), len(specs), "arena", progress):
        _tally(result, spec, play_spec(spec, make_a(), make_b(), limits))
    return result


@dataclass
class SoloResult:
    pod_alone: bool = False
    """Which runner benchmark ran: the first pod alone, or (False) the whole team racing."""
    turns: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def mean_turns(self) -> float:
        return sum(self.turns) / len(self.turns) if self.turns else math.inf

    @property
    def variant(self) -> str:
        if self.pod_alone:
            return "pod alone (the first pod races, its teammate and the opponents parked off the map)"
        return "whole team (both pods race, the opponents parked off the map)"


def _solo_worker(job: tuple[int, int, str, TimeLimits, bool]) -> GameResult:
    index, rotation, bot, limits, pod_alone = job
    return solo_run(make_player(bot), official_map(index, rotation), limits=limits, pod_alone=pod_alone)


def runner_benchmark(
    bot: str | PlayerFactory,
    jobs: int = 1,
    limits: TimeLimits | None = None,
    progress: bool = False,
    pod_alone: bool = False,
) -> SoloResult:
    """The bot's team racing alone (`solo_run`) over all 13 official maps x every start rotation, no
    jitter; with `pod_alone`, its first pod alone."""
    limits = limits or TimeLimits()
    starts = all_official_starts()
    if jobs > 1 and isinstance(bot, str):
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            games = list(
                _progress(
                    pool.imap(_solo_worker, [(m, r, bot, limits, pod_alone) for m, r in starts]),
                    len(starts),
                    "solo",
                    progress,
                )
            )
    else:
        make = (lambda: make_player(bot)) if isinstance(bot, str) else bot
        games = [
            solo_run(make(), official_map(m, r), limits=limits, pod_alone=pod_alone)
            for m, r in _progress(iter(starts), len(starts), "solo", progress)
        ]
    result = SoloResult(pod_alone)
    for (m, r), game in zip(starts, games, strict=True):
        if game.winner == 0 and game.reason == "finish":
            result.turns.append(game.turns)
        else:
            result.failures.append(f"map {m} rotation {r}: {game.reason} after {game.turns} turns")
    return result
