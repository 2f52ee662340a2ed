"""`sebulba/Race-v0`: Gymnasium's own checker, the batched vector env, seeding, autoreset, actions."""

from __future__ import annotations

import warnings

import gymnasium
import numpy as np
import pytest
import torch
from gymnasium.utils.env_checker import check_env
from gymnasium.vector import AutoresetMode

import sebulba.envs
from sebulba.envs.core import Races, policy_outputs
from sebulba.envs.race import RaceEnv, RaceVectorEnv
from sebulba.envs.spaces import CHECKPOINT_FEATURES, ENTITY_FEATURES, OBSERVATION_DIM, SELF_FEATURES
from sebulba.simulation.env import decode_actions
from sebulba.simulation.features import CHECKPOINT_DIM, ENTITY_DIM, MAX_ENTITIES, SELF_DIM
from tests.envs.scripted import FEATURE, scripted_actions


def test_gymnasium_checker_passes_without_a_warning() -> None:
    env = gymnasium.make(sebulba.envs.RACE_ID)
    assert isinstance(env.unwrapped, RaceEnv)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_env(env.unwrapped)


def test_make_vec_runs_the_races_as_one_batched_env() -> None:
    env = gymnasium.make_vec(sebulba.envs.RACE_ID, num_envs=5)
    assert type(env) is RaceVectorEnv
    assert env.metadata["autoreset_mode"] is AutoresetMode.SAME_STEP
    obs, info = env.reset(seed=0)
    assert obs.shape == (5, OBSERVATION_DIM) and obs in env.observation_space
    assert env.action_space.shape == (5, 4)
    assert info["checkpoints_passed"].tolist() == [0] * 5
    obs, reward, terminated, truncated, _ = env.step(env.action_space.sample())
    assert obs in env.observation_space
    assert reward.shape == terminated.shape == truncated.shape == (5,)


def test_the_feature_table_follows_the_bots_features() -> None:
    assert (len(SELF_FEATURES), len(CHECKPOINT_FEATURES), len(ENTITY_FEATURES)) == (
        SELF_DIM,
        CHECKPOINT_DIM,
        ENTITY_DIM,
    )
    assert OBSERVATION_DIM == SELF_DIM + CHECKPOINT_DIM + MAX_ENTITIES * (ENTITY_DIM + 1)


def _rollout(seed: int, steps: int) -> list[np.ndarray]:
    env = gymnasium.make_vec(sebulba.envs.RACE_ID, num_envs=3, maps="mixed")
    obs, _ = env.reset(seed=seed)
    env.action_space.seed(seed)
    seen = [obs]
    for _ in range(steps):
        obs, reward, *_ = env.step(env.action_space.sample())
        seen += [obs, reward]
    return seen


def test_a_seed_reproduces_the_races_and_another_seed_changes_them() -> None:
    first, again, other = _rollout(3, 20), _rollout(3, 20), _rollout(4, 20)
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    assert not np.array_equal(first[0], other[0])


def test_scripted_driving_finishes_the_race() -> None:
    env = gymnasium.make(sebulba.envs.RACE_ID)
    obs, info = env.reset(seed=1)
    total, turns = 0.0, 0
    terminated = truncated = False
    while not (terminated or truncated):
        obs, reward, terminated, truncated, info = env.step(scripted_actions(obs))
        total += reward
        turns += 1
    assert terminated and not truncated
    assert info["checkpoints_passed"] == info["race_checkpoints"]
    assert turns < 400
    assert total > 30.0  # three laps of any official map: over 30,000 units of track


def test_same_step_autoreset_reports_the_ended_race_in_info() -> None:
    env = gymnasium.make_vec(sebulba.envs.RACE_ID, num_envs=4)
    obs, _ = env.reset(seed=2)
    for _ in range(500):
        obs, _, terminated, truncated, info = env.step(scripted_actions(obs))
        if terminated.any():
            break
    ended = np.flatnonzero(terminated)
    assert len(ended) and not truncated.any()
    assert info["_final_obs"].tolist() == terminated.tolist()
    for race in ended:
        final = info["final_obs"][race]
        assert final in env.single_observation_space
        assert final[FEATURE["race_progress"]] == 1.0
        assert info["final_info"]["checkpoints_passed"][race] == info["final_info"]["race_checkpoints"][race]
        assert obs[race, FEATURE["turn_progress"]] == 0.0  # the returned observation starts a new race
        assert info["checkpoints_passed"][race] == 0
    assert all(info["final_obs"][race] is None for race in np.flatnonzero(~terminated))


def test_our_time_limit_truncates_and_the_rules_never_do() -> None:
    env = gymnasium.make_vec(sebulba.envs.RACE_ID, num_envs=2, max_episode_steps=3)
    env.reset(seed=0)
    stop = np.zeros((2, 4), dtype=np.float32)
    for _ in range(2):
        *_, terminated, truncated, _ = env.step(stop)
        assert not (terminated.any() or truncated.any())
    obs, _, terminated, truncated, info = env.step(stop)
    assert truncated.all() and not terminated.any()
    assert info["_final_obs"].all() and obs[:, FEATURE["turn_progress"]].tolist() == [0.0, 0.0]


def test_a_pod_left_idle_is_eliminated_by_the_rules() -> None:
    env = RaceVectorEnv(num_envs=1)
    env.reset(seed=0)
    stop = np.zeros((1, 4), dtype=np.float32)
    turns = 0
    terminated = np.zeros(1, dtype=bool)
    while not terminated.any():
        *_, terminated, truncated, info = env.step(stop)
        assert not truncated.any()
        turns += 1
    assert turns == 100  # a team is out after 100 turns without a checkpoint
    assert info["final_info"]["checkpoints_passed"].tolist() == [0]


@pytest.mark.parametrize(
    ("action", "thrust", "shield", "boost"),
    [
        ([0.5, 0.0, 0.0, 0.0], 50, False, False),
        ([1.0, 0.0, 0.0, 0.0], 100, False, False),
        ([0.0, 0.0, 0.0, 0.0], 0, False, False),
        ([0.3, 0.0, 0.0, 0.6], 30, False, True),
        ([0.3, 0.0, 0.7, 0.6], 30, True, False),
    ],
)
def test_public_actions_decode_to_the_commands_documented(
    action: list[float], thrust: int, shield: bool, boost: bool
) -> None:
    races = Races(1, 1, np.random.default_rng(0))
    pods = torch.zeros(1, 1, dtype=torch.long)
    outputs = policy_outputs(torch.tensor([[action]], dtype=torch.float64))
    commands = decode_actions(races.state, pods, outputs, races.rules)
    assert int(commands.thrust[0, 0]) == thrust
    assert bool(commands.shield[0, 0]) == shield
    assert bool(commands.boost[0, 0]) == boost


def test_a_full_turn_action_turns_the_pod_by_the_limit() -> None:
    races = Races(1, 1, np.random.default_rng(0))
    races.step(np.array([[[0.0, 0.0, 0.0, 0.0]]]))  # the first turn: the pod faces its target
    before = float(races.state.angle[0, 0])
    races.step(np.array([[[0.0, 1.0, 0.0, 0.0]]]))
    assert float(races.state.angle[0, 0]) - before == pytest.approx(18.0, abs=0.6)  # the printed angle's 0.5
