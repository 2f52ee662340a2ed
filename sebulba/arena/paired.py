"""Two bots' matches on the same games, compared game by game (a paired comparison).

Two variants of a bot raced against one opponent on the same game set (`sebulba arena ... --seed S
--record FILE`) share most of their results: a game one wins the other usually wins too. Comparing their
win rates as two independent samples throws that away; comparing them game by game keeps it. The
difference's interval comes from the per-game differences, and the sign test counts only the games
whose results differ (McNemar's exact test): on 200 games a few points can be told apart from the noise
that two independent 200-game win rates cannot.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sebulba.arena.match import GameRecord, MatchResult
from sebulba.fileio import atomic_write_json

RECORD_VERSION = 1
SCORES = {"win": 1.0, "draw": 0.5, "loss": 0.0}


class RecordError(ValueError):
    """A games file that cannot be read, or two that were not recorded on the same games."""


@dataclass(frozen=True)
class Recording:
    bot_a: str
    bot_b: str
    seed: int
    games: list[GameRecord]


def write_recording(path: Path, result: MatchResult, bot_a: str, bot_b: str, seed: int) -> None:
    """Every game of a match, in game order, as JSON (written atomically)."""
    games = sorted(result.records, key=lambda g: g.index)
    atomic_write_json(
        path,
        {
            "version": RECORD_VERSION,
            "bot_a": bot_a,
            "bot_b": bot_b,
            "seed": seed,
            "games": [asdict(g) for g in games],
        },
    )


def _game(raw: Any) -> GameRecord:
    record = GameRecord(
        index=int(raw["index"]),
        map_seed=int(raw["map_seed"]),
        a_team=int(raw["a_team"]),
        outcome=str(raw["outcome"]),
        reason=str(raw["reason"]),
        turns=int(raw["turns"]),
    )
    if record.outcome not in SCORES:
        raise ValueError(f"outcome {record.outcome!r} is not one of {', '.join(SCORES)}")
    return record


def read_recording(path: Path) -> Recording:
    try:
        raw = json.loads(Path(path).read_text())
        if raw.get("version") != RECORD_VERSION:
            raise ValueError(f"version {raw.get('version')!r}, expected {RECORD_VERSION}")
        games = [_game(g) for g in raw["games"]]
        return Recording(str(raw["bot_a"]), str(raw["bot_b"]), int(raw["seed"]), games)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        message = f"{path}: not a games file written by `sebulba arena --record` ({error})"
        raise RecordError(message) from error


@dataclass(frozen=True)
class PairedComparison:
    games: int
    first_score: float
    second_score: float
    both_won: int
    first_only: int
    """Games the first recording's bot won and the second's did not (draws count as half either way)."""
    second_only: int
    both_lost: int
    both_drew: int
    difference: float
    """First minus second, in win rate (draws half a win)."""
    interval: tuple[float, float]
    """95% interval of the difference, from the per-game differences."""
    p_value: float
    """Exact two-sided sign test over the games whose results differ (1.0 when none do)."""


def sign_test(positive: int, negative: int) -> float:
    """Two-sided exact binomial test of `positive` against `negative` at even odds."""
    trials = positive + negative
    if trials == 0:
        return 1.0
    low = min(positive, negative)
    tail = sum(math.comb(trials, k) for k in range(low + 1)) / 2.0**trials
    return min(1.0, 2.0 * tail)


def compare(first: Recording, second: Recording) -> PairedComparison:
    """Game-by-game comparison of two recordings of the same games (same maps, same sides)."""
    keys_first = {(g.index, g.map_seed, g.a_team): g for g in first.games}
    keys_second = {(g.index, g.map_seed, g.a_team): g for g in second.games}
    if not keys_first or keys_first.keys() != keys_second.keys():
        raise RecordError(
            f"the recordings are not of the same games ({len(keys_first)} games at seed {first.seed}, "
            f"{len(keys_second)} at seed {second.seed}): record both with the same --games and --seed"
        )
    differences = []
    counts = {"both_won": 0, "first_only": 0, "second_only": 0, "both_lost": 0, "both_drew": 0}
    for key, game in keys_first.items():
        a, b = SCORES[game.outcome], SCORES[keys_second[key].outcome]
        differences.append(a - b)
        if a > b:
            counts["first_only"] += 1
        elif b > a:
            counts["second_only"] += 1
        else:
            counts[{1.0: "both_won", 0.5: "both_drew", 0.0: "both_lost"}[a]] += 1
    n = len(differences)
    mean = sum(differences) / n
    variance = sum((d - mean) ** 2 for d in differences) / (n - 1) if n > 1 else 0.0
    half = 1.96 * math.sqrt(variance / n)
    positive = sum(d > 0 for d in differences)
    negative = sum(d < 0 for d in differences)
    return PairedComparison(
        games=n,
        first_score=sum(SCORES[g.outcome] for g in first.games) / n,
        second_score=sum(SCORES[g.outcome] for g in second.games) / n,
        difference=mean,
        interval=(mean - half, mean + half),
        p_value=sign_test(positive, negative),
        **counts,
    )


def summary(comparison: PairedComparison, first: str, second: str) -> str:
    c = comparison
    low, high = c.interval
    differ = c.first_only + c.second_only
    return "\n".join(
        [
            f"paired: {first} against {second} on the same {c.games} games",
            f"first: {c.first_score:.3f}  second: {c.second_score:.3f}",
            f"both won {c.both_won}, first only {c.first_only}, second only {c.second_only}, "
            f"both lost {c.both_lost}" + (f", both drew {c.both_drew}" if c.both_drew else ""),
            f"difference: {100 * c.difference:+.1f} points (95% CI {100 * low:+.1f} to {100 * high:+.1f})",
            f"sign_test: p = {c.p_value:.3f} over the {differ} games whose results differ",
        ]
    )
