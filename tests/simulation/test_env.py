"""The batched environment: Gymnasium contract, auto-reset, rewards, and its binding to features.py."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
import torch

from sebulba.arena.policy_bot import observation_of
from sebulba.arena.referee import SOLO_PARKING
from sebulba.bots.heuristic_batched import heuristic_blocker_commands
from sebulba.config import RewardWeights
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.env import (
    RaceVecEnv,
    decode_actions,
    encode_commands,
    heading_radians,
    initial_leaders,
    observe_all,
    track_progress,
)
from sebulba.simulation.features import (
    ACTION_STRETCH,
    CHECKPOINT_DIM,
    ENTITY_DIM,
    MAP_WIDTH,
    MAX_ENTITIES,
    MAX_TURN_DEG,
    OUT_OF_PLAY_MARGIN,
    SELF_DIM,
    Tracker,
    decode_action,
    protocol_angle,
)
from sebulba.simulation.rules import DEFAULT_RULES


def random_actions(env: RaceVecEnv, generator: torch.Generator) -> torch.Tensor:
    actions = torch.rand(env.num_envs, env.num_agents, 4, generator=generator)
    actions[..., 1] = actions[..., 1] * 2 - 1
    actions[..., 0] = actions[..., 0] * 0.5 + 0.5
    actions[..., 2] = (torch.rand(env.num_envs, env.num_agents, generator=generator) < 0.03).float()
    # boost outputs below one half: a BOOST only comes from the hazard accumulated over turns
    actions[..., 3] = torch.rand(env.num_envs, env.num_agents, generator=generator) * 0.3
    return actions


@pytest.mark.parametrize("stage", ["solo", "duel", "2v2"])
def test_shapes_and_contract(stage: str) -> None:
    env = RaceVecEnv(8, stage, RewardWeights(), seed=3)  # type: ignore[arg-type]
    obs, _ = env.reset(seed=3)
    a = env.num_agents
    assert obs.self_features.shape == (8, a, SELF_DIM)
    assert obs.entities.shape == (8, a, MAX_ENTITIES, ENTITY_DIM)
    assert obs.entity_mask.shape == (8, a, MAX_ENTITIES)
    assert obs.checkpoint.shape == (8, a, CHECKPOINT_DIM)
    assert int(obs.entity_mask[0, 0].sum()) == env.pod_count - 1
    assert env.metadata["autoreset_mode"] == "SameStep"
    generator = torch.Generator().manual_seed(0)
    obs, reward, terminated, truncated, _ = env.step(random_actions(env, generator))
    assert reward.shape == (8, a) and reward.dtype == torch.float32
    assert terminated.shape == truncated.shape == (8,)
    assert torch.isfinite(reward).all()
    assert all(torch.isfinite(part.float()).all() for part in obs)


def test_nan_and_bad_shape_actions_are_errors() -> None:
    env = RaceVecEnv(4, "solo", RewardWeights(), seed=1)
    bad = torch.zeros(4, 1, 4)
    bad[0, 0, 1] = float("nan")
    with pytest.raises(ValueError, match="NaN"):
        env.step(bad)
    with pytest.raises(ValueError, match="actions must be"):
        env.step(torch.zeros(4, 2, 4))


def test_out_of_range_actions_are_clamped() -> None:
    env = RaceVecEnv(4, "solo", RewardWeights(), seed=1)
    env.step(torch.tensor([[[5.0, -7.0, 0.0, 0.0]]]).expand(4, 1, 4))
    speed = torch.sqrt((env.state.vel**2).sum(-1))
    assert (speed <= DEFAULT_RULES.max_thrust).all() and (speed > 80).all()


def test_solo_races_finish_and_auto_reset_with_final_observation() -> None:
    """A pod that always aims at its checkpoint at full thrust finishes; the race restarts the same step."""
    env = RaceVecEnv(4, "solo", RewardWeights(), seed=5, maps="official")
    env.reset(seed=5)
    finished_turns = []
    for _ in range(500):
        aim = torch.zeros(4, 1, 4)
        to_cp = env.state.checkpoints.gather(1, env.state.next_checkpoint[..., None].expand(-1, -1, 2))
        delta = to_cp[:, 0] - env.state.pos[:, 0]
        wanted = torch.atan2(delta[:, 1], delta[:, 0])
        heading = torch.where(
            env.state.has_angle[:, 0], torch.deg2rad(torch.floor(env.state.angle[:, 0] % 360 + 0.5)), wanted
        )
        diff = torch.remainder(wanted - heading + math.pi, 2 * math.pi) - math.pi
        aim[:, 0, 0] = 1.0
        aim[:, 0, 1] = (diff / math.radians(18 * ACTION_STRETCH)).clamp(-1, 1)
        _, _, terminated, _, info = env.step(aim)
        if terminated.any():
            assert info["final_observation"] is not None
            done = terminated.nonzero().flatten().tolist()
            finished_turns += info["episode_turns"][terminated].tolist()
            assert (info["win"][terminated] == 1).all()
            assert (env.state.turn[done] == 0).all()
            assert (env.state.checkpoints_passed[done] == 0).all()
        if len(finished_turns) >= 4:
            break
    assert len(finished_turns) >= 4
    assert all(100 < t < 400 for t in finished_turns)


def test_progress_reward_sums_to_potential_difference() -> None:
    weights = RewardWeights(
        checkpoint_scale=0, runner_hit_penalty=0, blocker_hit_reward=0, shield_penalty=0, tau=0, team_spirit=0
    )
    env = RaceVecEnv(6, "solo", weights, seed=2)
    env.reset(seed=2)
    start = track_progress(env.state)[:, 0]
    total = torch.zeros(6)
    generator = torch.Generator().manual_seed(1)
    for _ in range(30):
        _, reward, terminated, _, _ = env.step(random_actions(env, generator))
        assert not terminated.any()
        total += reward[:, 0]
    end = track_progress(env.state)[:, 0]
    torch.testing.assert_close(total.double(), (end - start) / 1000.0, rtol=1e-4, atol=1e-4)


def dense_only_turns(
    **weights: float,
) -> Iterator[tuple[RaceVecEnv, torch.Tensor, torch.Tensor, torch.Tensor]]:
    """30 turns of six 2v2 races scored by the given dense weights alone (no sparse outcome, no team spirit):
    per turn the env, every pod's track progress before and after [6, 4], and the learner's rewards."""
    alone = {"progress": 0.0, "checkpoint_scale": 0.0, "runner_hit_penalty": 0.0, "blocker_hit_reward": 0.0}
    alone |= {"shield_penalty": 0.0, "tau": 0.0, "team_spirit": 0.0}
    env = RaceVecEnv(6, "2v2", RewardWeights(**(alone | weights)), seed=3)
    env.reset(seed=3)
    generator = torch.Generator().manual_seed(4)
    for _ in range(30):
        before = track_progress(env.state)
        _, reward, terminated, _, _ = env.step(random_actions(env, generator))
        assert not terminated.any()  # no race ends: the learner's side stays as it was
        yield env, before, track_progress(env.state), reward


def test_enemy_progress_penalises_the_blocker_by_the_enemy_leaders_gain() -> None:
    rows = torch.arange(6)[:, None]
    penalised = 0
    for env, before, after, reward in dense_only_turns(enemy_progress=2.0):
        enemies = env._pods_of(1 - env.learner_team)
        gain = (after[rows, enemies].amax(1) - before[rows, enemies].amax(1)) / 1000.0
        leader = env.leader[rows, env._pods_of(env.learner_team)]
        expected = torch.where(leader, 0.0, -2.0 * gain[:, None])
        torch.testing.assert_close(reward.double(), expected.double(), rtol=1e-4, atol=1e-4)
        penalised += int((expected < 0).sum())
    assert penalised > 100


def test_blocker_progress_scales_the_progress_the_blocker_earns_alone() -> None:
    rows = torch.arange(6)[:, None]
    blockers = 0
    for env, before, after, reward in dense_only_turns(progress=1.0, blocker_progress=0.25):
        ours = env._pods_of(env.learner_team)
        gain = (after[rows, ours] - before[rows, ours]) / 1000.0
        leader = env.leader[rows, ours]
        expected = torch.where(leader, gain, 0.25 * gain)
        torch.testing.assert_close(reward.double(), expected.double(), rtol=1e-4, atol=1e-4)
        blockers += int((~leader & (gain.abs() > 0.01)).sum())
    assert blockers > 50


def protocol_pods(state: physics.BatchState, race: int, order: list[int]) -> list[tuple[int, ...]]:
    pods = []
    for k in order:
        angle = float(state.angle[race, k]) if bool(state.has_angle[race, k]) else None
        pods.append(
            (
                int(state.pos[race, k, 0]),
                int(state.pos[race, k, 1]),
                int(state.vel[race, k, 0]),
                int(state.vel[race, k, 1]),
                protocol_angle(angle),
                int(state.next_checkpoint[race, k]),
            )
        )
    return pods


def test_batched_features_and_decoding_match_the_bots_pure_python_twin() -> None:
    """Over thousands of pod-states of real 2v2 races, the env and the exported bot's code agree."""
    env = RaceVecEnv(12, "2v2", RewardWeights(), seed=11)
    obs, _ = env.reset(seed=11)
    generator = torch.Generator().manual_seed(4)
    trackers: dict[int, Tracker] = {}
    compared = 0
    boosts = 0
    out_of_play = 0
    for _ in range(160):
        state = env.state
        for race in range(env.num_envs):
            team = int(env.learner_team[race])
            order = [2 * team, 2 * team + 1, 2 * (1 - team), 2 * (1 - team) + 1]
            if int(state.turn[race]) == 0:
                count = int(state.num_checkpoints[race])
                checkpoints = [tuple(int(v) for v in cp) for cp in state.checkpoints[race, :count].tolist()]
                trackers[race] = Tracker(DEFAULT_RULES.laps, checkpoints)
            tracker = trackers[race]
            tracker.observe(protocol_pods(state, race, order))
            for a in range(2):
                self_f, entities, cp_f = tracker.features(a)
                torch.testing.assert_close(
                    obs.self_features[race, a], torch.tensor(self_f), atol=1e-4, rtol=0
                )
                torch.testing.assert_close(obs.checkpoint[race, a], torch.tensor(cp_f), atol=1e-4, rtol=0)
                seen = obs.entities[race, a][obs.entity_mask[race, a]]  # pods in play, in order
                torch.testing.assert_close(
                    seen, torch.tensor(entities).reshape(-1, ENTITY_DIM), atol=1e-4, rtol=0
                )
                compared += 1
                out_of_play += len(entities) < MAX_ENTITIES
        actions = random_actions(env, generator)
        obs, _, _, _, _ = env.step(actions)
        commands = env.last_commands
        for race in range(env.num_envs):
            team = int(env.learner_team[race]) if int(env.state.turn[race]) > 0 else None
            if team is None:
                continue
            for a in range(2):
                pod = 2 * team + a
                view = trackers[race].views[a]
                tx, ty, power = decode_action(view, actions[race, a].tolist(), trackers[race].checkpoints)
                assert abs(tx - int(commands.target[race, pod, 0])) <= 1
                assert abs(ty - int(commands.target[race, pod, 1])) <= 1
                expected = (
                    "SHIELD"
                    if bool(commands.shield[race, pod])
                    else "BOOST"
                    if bool(commands.boost[race, pod])
                    else str(int(commands.thrust[race, pod]))
                )
                assert power == expected
                boosts += power == "BOOST"
                trackers[race].commit(a, power, float(actions[race, a, 3]))
    assert compared >= 3000
    assert out_of_play > 0  # random play drives some pods out of play: both sides drop them
    assert boosts >= 12  # every learner pod boosted, each on an accumulated hazard


def test_pods_far_outside_the_map_are_out_of_play_for_the_env_and_the_bot() -> None:
    """OUT_OF_PLAY_MARGIN: the runner benchmark's parked pods are absent from the env's observation and from
    the bot's (as in the solo races the policy trained on); a pod just inside the margin is still seen."""
    env = RaceVecEnv(1, "2v2", RewardWeights(), seed=5)
    env.reset(seed=5)
    state = env.state
    edge = MAP_WIDTH + OUT_OF_PLAY_MARGIN
    state.pos[0, 1] = torch.tensor([edge - 1.0, 4000.0], dtype=state.pos.dtype)  # in play
    state.pos[0, 2] = torch.tensor([edge + 1.0, 4000.0], dtype=state.pos.dtype)  # out
    state.pos[0, 3] = torch.tensor([-5000.0, -5000.0], dtype=state.pos.dtype)  # out (benchmark parking)
    obs = observe_all(state, initial_leaders(state), env.boost_seen, env.rules)
    assert obs.entity_mask[0, 0].tolist() == [True, False, False]  # others 1, 2, 3: pod 0 sees pod 1 only
    assert obs.entity_mask[0, 2].tolist() == [False, True, True]  # others 3 (teammate), 0, 1
    tracker = Tracker(DEFAULT_RULES.laps, [(int(x), int(y)) for x, y in state.checkpoints[0, :3].tolist()])
    tracker.observe(protocol_pods(state, 0, [0, 1, 2, 3]))
    _, entities, _ = tracker.features(0)
    assert len(entities) == 1
    torch.testing.assert_close(obs.entities[0, 0, 0], torch.tensor(entities[0]), atol=1e-4, rtol=0)
    runner = protocol_pods(state, 0, [0])[0]
    solo = Tracker(DEFAULT_RULES.laps, tracker.checkpoints)  # the runner benchmark's game
    solo.observe([runner] + [(x, y, 0, 0, -1, 1) for x, y in SOLO_PARKING])
    assert solo.features(0)[1] == []
    alone = observation_of(solo)
    assert alone.entity_mask[0, 0].tolist() == [False, False, False]


def test_boost_fires_at_the_median_turn_a_sampling_pod_would_boost() -> None:
    """BOOST_HAZARD: a sampled 1 boosts at once, p = 0.5 at once, p = 0.3 on the second turn (1 - 0.7^2 >
    1/2), p = 0.1 on the seventh (1 - 0.9^7 > 1/2 > 1 - 0.9^6); a SHIELD turn adds nothing."""
    checkpoints = [(8000, 4500), (12000, 4500)]
    pods = [(1000, y, 0, 0, 0, 1) for y in (4500, 5500, 3500, 6500)]

    def boost_turn(outputs: list[tuple[float, float]]) -> int | None:
        tracker = Tracker(3, checkpoints)
        for turn, (shield, p) in enumerate(outputs, start=1):
            view = tracker.observe(pods)[0]
            _, _, power = decode_action(view, [1.0, 0.0, shield, p], checkpoints)
            if power == "BOOST":
                return turn
            tracker.commit(0, power, p)
        return None

    assert boost_turn([(0.0, 1.0)]) == 1
    assert boost_turn([(0.0, 0.5)]) == 1
    assert boost_turn([(0.0, 0.3)] * 5) == 2
    assert boost_turn([(0.0, 0.1)] * 10) == 7
    assert boost_turn([(0.0, 0.0)] * 50) is None
    assert boost_turn([(1.0, 0.3)] * 4 + [(0.0, 0.3)] * 5) == 6  # four SHIELD turns count for nothing


def test_encoded_heuristic_blocker_moves_decode_back_to_the_same_commands() -> None:
    """`encode_commands` (distillation's labels): the heuristic blocker's command for each learner pod, as a
    policy action, decodes to the same thrust and SHIELD and, within 0.1 degree, the same turn."""
    env = RaceVecEnv(64, "2v2", RewardWeights(), seed=5, maps="official")
    env.set_opponent(None)
    env.reset(seed=5)
    generator = torch.Generator().manual_seed(5)
    for _ in range(25):
        env.step(random_actions(env, generator))
    pods = env.learner_pods()
    teacher = heuristic_blocker_commands(env.state)
    actions = encode_commands(env.state, pods, teacher, env.rules)
    assert actions.shape == (64, 2, 4)
    assert float(actions[..., 0].min()) >= 0.0 and float(actions[..., 0].max()) <= 1.0
    assert float(actions[..., 1].abs().max()) <= 1.0 / ACTION_STRETCH + 1e-6
    assert float(actions[..., 3].abs().max()) == 0.0  # the heuristic blocker never boosts

    decoded = decode_actions(env.state, pods, actions, env.rules)
    rows, cols = physics.gather_pods(env.state.has_angle, pods).nonzero(as_tuple=True)
    assert rows.numel() == 128  # past the first turn every pod has a heading (free turn on turn 1)
    pod = pods[rows, cols]
    assert torch.equal(decoded.thrust[rows, pod], teacher.thrust[rows, pod])
    assert torch.equal(decoded.shield[rows, pod], teacher.shield[rows, pod])
    heading = heading_radians(env.state)[rows, pod]
    pos = env.state.pos[rows, pod]

    def turn(target: torch.Tensor) -> torch.Tensor:
        wanted = torch.atan2(target[:, 1] - pos[:, 1], target[:, 0] - pos[:, 0])
        return torch.remainder(wanted - heading + math.pi, 2 * math.pi) - math.pi

    limit = math.radians(MAX_TURN_DEG)
    expected = turn(teacher.target[rows, pod].double()).clamp(-limit, limit)
    # The decoded target is rounded to whole units TARGET_DISTANCE (500) out: within 0.1 degree.
    assert float((turn(decoded.target[rows, pod].double()) - expected).abs().max()) < math.radians(0.1)
