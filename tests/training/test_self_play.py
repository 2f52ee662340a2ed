"""The league: Elo, pruning with protection, matchmaking shares, crash-safe league.json."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sebulba.config import LeagueConfig
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.training.self_play import League, LeagueError


def test_elo_moves_by_k_times_the_surprise(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig())
    member = league.add(DeepSetsPolicy(), "learner", 1, 100)
    league.record_result(member, 1.0)
    assert league.learner_elo == pytest.approx(1016.0)
    assert league.table()[0]["elo"] == pytest.approx(984.0)
    reloaded = League(tmp_path, LeagueConfig())
    assert reloaded.learner_elo == pytest.approx(1016.0) and reloaded.table()[0]["games"] == 1


def test_pruning_keeps_the_best_and_drops_the_oldest(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig(capacity=4, protected_top=2))
    ids = [league.add(DeepSetsPolicy(), "learner", i, i) for i in range(4)]
    league.members[0]["elo"] = 2000.0
    league.members[1]["elo"] = 1900.0
    newest = league.add(DeepSetsPolicy(), "learner", 5, 5)
    kept = {m["id"] for m in league.members}
    assert ids[0] in kept and ids[1] in kept and newest in kept and ids[2] not in kept
    assert not league.store.exists(ids[2])
    assert len(kept) == 4


def test_matchmaking_mostly_plays_the_latest_self(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig(latest_self_share=0.8))
    assert league.sample_opponent(random.Random(0)) is None
    for i in range(3):
        league.add(DeepSetsPolicy(), "learner", i, i)
    rng = random.Random(1)
    picks = [league.sample_opponent(rng) for _ in range(2000)]
    share = sum(p is None for p in picks) / len(picks)
    assert 0.77 < share < 0.83
    assert league.load_policy(picks[next(i for i, p in enumerate(picks) if p)]) is not None


def test_a_corrupt_league_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "league.json").write_text("{broken")
    with pytest.raises(LeagueError, match="unreadable"):
        League(tmp_path, LeagueConfig())
