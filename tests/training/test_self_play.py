"""The league: Elo, pruning with protection, matchmaking shares, crash-safe league.json."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from sebulba.config import LeagueConfig
from sebulba.models.deepsets import DeepSetsPolicy, Observation
from sebulba.training.self_play import HEURISTIC, SEARCH, League, LeagueError
from tests.training.test_checkpoints import kill_writer_at_a_random_moment


def test_elo_moves_by_k_times_the_surprise(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig())
    member = league.add(DeepSetsPolicy(), "learner", 1, 100)
    league.record_result(member, 1.0)
    assert league.learner_elo == pytest.approx(1016.0)
    assert league.table()[0]["elo"] == pytest.approx(984.0)
    league.record_result(member, 0.0, games=3)
    expected = 1 / (1 + 10 ** ((984.0 - 1016.0) / 400))
    assert league.learner_elo == pytest.approx(1016.0 - 32 * expected)
    assert league.learner_elo + league.table()[0]["elo"] == pytest.approx(2000.0)
    reloaded = League(tmp_path, LeagueConfig())
    assert reloaded.learner_elo == pytest.approx(league.learner_elo) and reloaded.table()[0]["games"] == 4


def test_results_must_be_scores_against_members(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig())
    member = league.add(DeepSetsPolicy(), "learner", 1, 100)
    with pytest.raises(ValueError, match=r"in \[0, 1\]"):
        league.record_result(member, 1.5)
    with pytest.raises(KeyError, match="no league member"):
        league.record_result("league-9999", 1.0)
    with pytest.raises(KeyError, match="no league member"):
        league.load_policy("league-9999")
    assert league.learner_elo == 1000.0 and league.table()[0]["games"] == 0


def test_pruning_keeps_the_best_and_drops_the_oldest(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig(capacity=4, protected_top=2))
    ids = [league.add(DeepSetsPolicy(), "learner", i, i) for i in range(4)]
    league.members[0]["elo"] = 2000.0
    league.members[1]["elo"] = 1900.0
    newest = league.add(DeepSetsPolicy(), "learner", 5, 5)
    kept = {m["id"] for m in league.members}
    assert kept == {ids[0], ids[1], ids[3], newest}
    assert not league.store.exists(ids[2])
    assert {m["id"] for m in League(tmp_path, LeagueConfig()).members} == kept


def test_a_member_plays_as_it_was_frozen(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig())
    model = DeepSetsPolicy()
    member = league.add(model, "learner", 1, 1)
    generator = torch.Generator().manual_seed(0)
    obs = Observation(
        torch.randn(4, 2, 14, generator=generator),
        torch.randn(4, 2, 3, 13, generator=generator),
        torch.ones(4, 2, 3, dtype=torch.bool),
        torch.randn(4, 2, 6, generator=generator),
    )
    frozen = league.load_policy(member)
    torch.testing.assert_close(frozen.act(obs, deterministic=True), model.act(obs, deterministic=True))


def test_matchmaking_mostly_plays_the_latest_self(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig(latest_self_share=0.8, heuristic_share=0.0, search_share=0.0))
    assert league.sample_opponent(random.Random(0)) is None
    ids = [league.add(DeepSetsPolicy(), "learner", i, i) for i in range(3)]
    rng = random.Random(1)
    picks = Counter(league.sample_opponent(rng) for _ in range(6000))
    assert 0.78 < picks[None] / 6000 < 0.82
    assert set(picks) == {None, *ids}
    assert all(0.055 < picks[i] / 6000 < 0.078 for i in ids)


def test_matchmaking_plays_the_heuristic_team_its_share(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig(latest_self_share=0.8, heuristic_share=0.2, search_share=0.0))
    ids = [league.add(DeepSetsPolicy(), "learner", i, i) for i in range(2)]
    rng = random.Random(2)
    picks = Counter(league.sample_opponent(rng) for _ in range(6000))
    assert set(picks) == {HEURISTIC, None, *ids}
    assert 0.18 < picks[HEURISTIC] / 6000 < 0.22
    assert 0.62 < picks[None] / 6000 < 0.66  # 80% of the other 80%


def test_matchmaking_plays_the_search_team_its_share_after_the_heuristic_s(tmp_path: Path) -> None:
    league = League(tmp_path, LeagueConfig(latest_self_share=1.0, heuristic_share=0.2, search_share=0.3))
    rng = random.Random(3)
    picks = Counter(league.sample_opponent(rng) for _ in range(6000))
    assert set(picks) == {HEURISTIC, SEARCH, None}
    assert 0.18 < picks[HEURISTIC] / 6000 < 0.22 and 0.28 < picks[SEARCH] / 6000 < 0.32
    crowded = League(tmp_path / "b", LeagueConfig(heuristic_share=0.9, search_share=0.5))
    picks = Counter(crowded.sample_opponent(rng) for _ in range(6000))
    assert 0.08 < picks[SEARCH] / 6000 < 0.12  # what the heuristic's share leaves


@pytest.mark.parametrize(
    "content",
    [
        "{broken",
        '{"members": [{"id": "league-0001", "elo": 1000}]}',
        '{"members": [{"id": "../x", "elo": 1000, "created": "", "parent": "", "games": 0}]}',
        '{"members": [{"id": "a", "elo": "NaN", "created": "", "parent": "", "games": 0}]}',
        '{"members": [{"id": "a", "elo": 1, "created": "", "parent": "", "games": 0},'
        ' {"id": "a", "elo": 2, "created": "", "parent": "", "games": 0}]}',
        "[1, 2]",
    ],
)
def test_a_corrupt_league_file_is_a_clear_error_and_is_kept(tmp_path: Path, content: str) -> None:
    (tmp_path / "league.json").write_text(content)
    with pytest.raises(LeagueError, match="unreadable"):
        League(tmp_path, LeagueConfig())
    assert (tmp_path / "league.json").read_text() == content


def test_kill_9_at_any_moment_leaves_a_consistent_league(tmp_path: Path) -> None:
    """Every listed member keeps loadable weights, and the league only ever grows in history."""
    rng = random.Random(0)
    config = LeagueConfig(capacity=4, protected_top=1)
    model = DeepSetsPolicy()

    def write_forever(signal_ready: Callable[[], None]) -> None:
        league = League(tmp_path, config)
        while True:
            league.record_result(league.add(model, "learner", 0, 0), 1.0)
            signal_ready()

    last_next_id = 1
    for _ in range(5):
        kill_writer_at_a_random_moment(write_forever, rng)
        league = League(tmp_path, config)
        assert 1 <= len(league.members) <= 4 and league.next_id > last_next_id
        for member in league.members:
            league.load_policy(member["id"])
        json.loads((tmp_path / "league.json").read_text())
        last_next_id = league.next_id
