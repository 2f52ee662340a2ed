"""The compiled batch search chooses what the `search` bot chooses: same genes on fixed states (first
turn, carried plans, collisions), same protocol commands in a real game; its commands drive the engine."""

from __future__ import annotations

import math
from pathlib import Path

import numba
import numpy as np
import pytest
import torch

from sebulba.arena.players import builtin_bot
from sebulba.arena.referee import SOLO_PARKING, protocol_view
from sebulba.bots import search_batch
from sebulba.bots import search_core as core
from sebulba.bots.search import Bot as SearchBot
from sebulba.bots.search_batch import MAX_CHECKPOINTS, BatchPlanner, SearchTeam, start_pods
from sebulba.config import RewardWeights
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.cpu_physics import new_game, parse_command, step
from sebulba.simulation.env import RaceVecEnv
from sebulba.simulation.maps import official_map

ROLLOUTS = 60
"""Candidates a turn in these tests (the algorithm is the same at any budget; the bot's is 300)."""


def padded(checkpoints: list[tuple[int, int]]) -> np.ndarray:
    out = np.zeros((1, MAX_CHECKPOINTS, 2))
    out[0, : len(checkpoints)] = checkpoints
    return out


def turn_of_both_planners(
    planner: core.Planner,
    batch: BatchPlanner,
    pods: list[list],
    timeouts: tuple[int, int],
    first: bool,
    enemy_genes: list[tuple] | None = None,
) -> tuple[int, int]:
    """Both planners choose from the same race: the same genes and the same predicted enemy plan. The pods
    then play them (in place), the opponents their predicted plan's first genes or `enemy_genes`; returns
    the clocks after the turn, as the referee keeps them."""
    checkpoints = planner.checkpoints
    flat = np.array([[[float(v) for v in p] for p in pods]])
    genes = planner.plan(pods, timeouts, first, lambda p, r: ([], []))
    counts = np.array([len(checkpoints)])
    chosen = batch.plan(flat, padded(checkpoints), counts, np.array([timeouts]), [first])
    assert np.array_equal(np.array(genes, dtype=float), chosen[0])
    assert np.array_equal(np.array(planner.enemy_plan, dtype=float), batch.enemy_plans[0])
    enemy = enemy_genes or [plan[0] for plan in planner.enemy_plan]
    passes = core.advance(pods, [genes[0], genes[1], *enemy], checkpoints)
    own = core.TIMEOUT_TURNS if any(i < 2 for i in passes) else timeouts[0] - 1
    theirs = core.TIMEOUT_TURNS if any(i >= 2 for i in passes) else timeouts[1] - 1
    return own, theirs


@pytest.mark.parametrize(("index", "rotation"), [(0, 0), (5, 1), (11, 2)])
def test_the_batch_planner_chooses_the_bots_genes_turn_after_turn(index: int, rotation: int) -> None:
    """Both planners from the start grid for 40 turns, plans carried: every chosen gene identical (the
    races advanced by the chosen plan and the predicted opponents, so pods meet and collide)."""
    checkpoints = official_map(index, rotation)
    planner = core.Planner(checkpoints, 3, ROLLOUTS)
    batch = BatchPlanner(1, rollouts=ROLLOUTS)
    pods = start_pods(checkpoints)
    timeouts = (100, 100)
    closest = math.inf
    for turn in range(40):
        timeouts = turn_of_both_planners(planner, batch, pods, timeouts, turn == 0)
        closest = min(closest, *(math.dist(a[:2], b[:2]) for i, a in enumerate(pods) for b in pods[:i]))
    assert closest < 1000  # the pods met (contact at 800): the collision code was compared too


@pytest.mark.parametrize("timeouts", [(70, 95), (55, 55), (45, 30)])
def test_the_planners_agree_when_the_clocks_run_low(timeouts: tuple[int, int]) -> None:
    """Low clocks switch on the rescue (ours behind, both equal) or keep it off (ours ahead): the compiled
    evaluation follows the bot's on each."""
    checkpoints = official_map(9, 1)
    planner = core.Planner(checkpoints, 3, ROLLOUTS)
    batch = BatchPlanner(1, rollouts=ROLLOUTS)
    pods = start_pods(checkpoints)
    for turn in range(12):
        timeouts = turn_of_both_planners(planner, batch, pods, timeouts, turn == 0)


def test_the_rescue_starts_earlier_when_behind_on_the_clock_and_never_when_ahead() -> None:
    """The evaluation of one end state under several clocks (none below the elimination pressure's 30):
    the rescue term is off while our clock shows more than theirs, and starts at RESCUE_TURNS_BEHIND
    turns left when theirs shows more, at RESCUE_TURNS when both show the same."""
    checkpoints = official_map(3)
    lengths = core.track_lengths(checkpoints, 3 * len(checkpoints))
    pods = start_pods(checkpoints)
    pods[0][0] += 3000.0  # our runner away from its checkpoint: the rescue has something to pull

    def score(own: int, theirs: int) -> float:
        return core.evaluate(pods, checkpoints, lengths, 0, (0, 0), (own, theirs), 0, -1, False)

    calm = score(99, 99)
    assert score(70, 60) == calm and score(50, 40) == calm  # ours ahead: no rescue
    assert score(70, 70) == calm  # level, 70 > RESCUE_TURNS
    assert score(55, 55) < calm  # level, below RESCUE_TURNS
    assert score(70, 95) < calm  # behind, below RESCUE_TURNS_BEHIND
    assert score(55, 95) < score(70, 95)  # the nearer our elimination, the stronger the pull
    assert core.RESCUE_TURNS < 70 < core.RESCUE_TURNS_BEHIND


def test_with_the_opponents_parked_both_planners_let_the_blocker_race() -> None:
    """The runner benchmark's race (the opponents parked off the map, so not in play): the two planners
    still choose the same genes, and the blocker races beside the runner instead of guarding a checkpoint
    for a runner that never comes (it used to park on the first checkpoint)."""
    checkpoints = official_map(4, 1)
    planner = core.Planner(checkpoints, 3, ROLLOUTS)
    batch = BatchPlanner(1, rollouts=ROLLOUTS)
    pods = start_pods(checkpoints)
    for pod, (x, y) in zip(pods[2:], SOLO_PARKING[1:], strict=True):
        pod[0], pod[1] = float(x), float(y)
    assert core.unopposed(pods, 0) and not core.unopposed(pods, 1)
    parked = (0.0, 0, False, False)
    left = 100  # our team's clock, as the referee keeps it (the parked team's never matters)
    for turn in range(100):
        left, _ = turn_of_both_planners(planner, batch, pods, (left, 100), turn == 0, [parked, parked])
    assert min(pods[0][6], pods[1][6]) >= len(checkpoints)  # both pods went round a lap


def test_many_races_at_once_each_choose_their_own_planners_genes() -> None:
    starts = [(m, r) for m in range(0, 13, 3) for r in (0, 1)]
    maps = [official_map(m, r) for m, r in starts]
    batch = BatchPlanner(len(maps), rollouts=ROLLOUTS)
    cps = np.concatenate([padded(c) for c in maps])
    pods = np.array([[[float(v) for v in p] for p in start_pods(c)] for c in maps])
    counts = np.array([len(c) for c in maps])
    chosen = batch.plan(pods, cps, counts, np.full((len(maps), 2), 100.0), np.ones(len(maps), dtype=bool))
    for r, checkpoints in enumerate(maps):
        genes = core.Planner(checkpoints, 3, ROLLOUTS).plan(
            start_pods(checkpoints), (100, 100), True, lambda p, x: ([], [])
        )
        assert np.array_equal(np.array(genes, dtype=float), chosen[r])


def test_a_reset_race_plans_as_a_fresh_bot_and_bad_shapes_are_refused() -> None:
    checkpoints = official_map(2)
    batch = BatchPlanner(1, rollouts=ROLLOUTS)
    args = (padded(checkpoints), np.array([len(checkpoints)]), np.array([[100.0, 100.0]]), [True])
    pods = np.array([[[float(v) for v in p] for p in start_pods(checkpoints)]])
    first = batch.plan(pods, *args)
    batch.plan(pods, *args)  # carried plans and a moved random stream
    batch.reset()
    assert np.array_equal(batch.plan(pods, *args), first)
    with pytest.raises(ValueError, match="pods must be"):
        batch.plan(pods[:, :3], *args)
    with pytest.raises(ValueError, match="checkpoints"):
        batch.plan(pods, args[0], np.array([1]), *args[2:])


def test_the_search_team_on_the_batched_engine_answers_what_the_bot_answers_in_a_real_game() -> None:
    """A game on the reference engine: team 0 the `search` bot over the protocol, team 1 `heuristic`. Each
    turn, SearchTeam reads the same race from the batched engine's state: its commands are the bot's."""
    checkpoints = official_map(7, 1)
    state = new_game(checkpoints, 4)
    bot, rival = SearchBot(), builtin_bot("heuristic")
    bot.rollouts = ROLLOUTS
    bot.init(3, checkpoints)
    rival.init(3, checkpoints)
    team = SearchTeam(1, rollouts=ROLLOUTS)
    kinds = set()
    for _ in range(60):
        lines = bot.turn(protocol_view(state, 0))
        commands = team.team_commands(physics.from_games([state]), torch.tensor([0]))
        for pod, line in enumerate(lines):
            mine = parse_command(line)
            kinds.add("shield" if mine.shield else "boost" if mine.boost else "thrust")
            assert commands.target[0, pod].tolist() == [mine.x, mine.y], line
            assert bool(commands.shield[0, pod]) == mine.shield and bool(commands.boost[0, pod]) == mine.boost
            if not (mine.shield or mine.boost):
                assert int(commands.thrust[0, pod]) == mine.thrust
        theirs = [parse_command(line) for line in rival.turn(protocol_view(state, 1))]
        step(state, [parse_command(line) for line in lines] + theirs)
        if state.finished:
            break
    assert "thrust" in kinds


def test_the_search_team_drives_the_opponents_of_the_training_env() -> None:
    env = RaceVecEnv(6, "2v2", RewardWeights(), seed=3, maps="mixed")
    env.set_opponent(SearchTeam(6, rollouts=ROLLOUTS))
    env.reset(seed=3)
    start = env.state.pos.clone()
    hold = torch.zeros(6, 2, 4)  # no thrust: our pods stand still, only the opponents move
    for _ in range(5):
        env.step(hold)
    theirs = torch.stack((2 * (1 - env.learner_team), 2 * (1 - env.learner_team) + 1), dim=-1)
    moved = (physics.gather_pods(env.state.pos, theirs) - physics.gather_pods(start, theirs)).norm(dim=-1)
    assert bool((moved > 500).all())  # ours stand still (no thrust): 0
    with pytest.raises(ValueError, match="2v2"):
        RaceVecEnv(2, "duel", RewardWeights()).set_opponent(SearchTeam(2))


def test_a_changed_search_core_drops_the_compiled_planner_from_numbas_cache() -> None:
    """numba's cache would serve functions compiled with search_core's old constants after an edit of it
    (its key is this module's own file): the stamp of the sources the functions read is checked, and on a
    mismatch the module's compiled functions leave the cache, their index emptied."""
    checkpoints = official_map(0, 0)
    flat = np.array([[[float(v) for v in p] for p in start_pods(checkpoints)]])
    BatchPlanner(1, rollouts=ROLLOUTS).plan(  # compiled (or loaded) and cached, whatever ran before
        flat, padded(checkpoints), np.array([len(checkpoints)]), np.array([[100.0, 100.0]]), [True]
    )
    stamp = Path(search_batch._plan_many._cache.cache_path) / "search_batch.sources"
    assert stamp.read_text() == search_batch.sources_digest()  # written at import
    assert not search_batch.drop_stale_compilations()
    index = Path(search_batch._plan_many._cache._cache_file._index_path)
    assert index.exists()  # the compiled planner is cached
    before = index.stat().st_size
    # Every index the drop empties is put back afterwards: the processes after this test (the two-rank
    # tests among them) load the planner instead of compiling it again.
    indexes = {
        path: path.read_bytes()
        for value in vars(search_batch).values()
        if isinstance(value, numba.core.registry.CPUDispatcher)
        and (path := Path(value._cache._cache_file._index_path)).exists()
    }
    try:
        stamp.write_text("the sources of an older search_core")
        assert search_batch.drop_stale_compilations()
        assert stamp.read_text() == search_batch.sources_digest()
        assert index.stat().st_size < before  # emptied: recompiled on its next first call
    finally:
        for path, content in indexes.items():
            path.write_bytes(content)
