"""The 2v2 game as a PettingZoo ParallelEnv: PettingZoo's own API and seed tests, bots, outcome rewards."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from pettingzoo.test import parallel_api_test, parallel_seed_test

import sebulba.envs
from sebulba.envs.spaces import OBSERVATION_DIM
from tests.envs.scripted import FEATURE, scripted_actions


@pytest.mark.parametrize("bots", [None, {1: "heuristic"}, {0: "runner"}])
def test_pettingzoo_api_test_passes_without_a_warning(bots: dict[int, str] | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parallel_api_test(sebulba.envs.parallel_env(bots=bots), num_cycles=1000)


def test_pettingzoo_seed_test_passes() -> None:
    parallel_seed_test(sebulba.envs.parallel_env)


def test_four_agents_or_the_team_a_bot_leaves() -> None:
    assert sebulba.envs.parallel_env().possible_agents == ["pod_0", "pod_1", "pod_2", "pod_3"]
    env = sebulba.envs.parallel_env(bots={1: "heuristic"})
    assert env.possible_agents == ["pod_0", "pod_1"]
    obs, infos = env.reset(seed=0)
    assert set(obs) == set(infos) == {"pod_0", "pod_1"}
    assert obs["pod_0"].shape == (OBSERVATION_DIM,)
    assert obs["pod_0"][FEATURE["entity_0_teammate"]] == 1.0  # the teammate comes first
    assert obs["pod_0"][FEATURE["entity_1_teammate"]] == 0.0
    assert obs["pod_0"][[FEATURE[f"entity_{slot}_present"] for slot in range(3)]].tolist() == [1.0] * 3


@pytest.mark.parametrize("bots", [{0: "heuristic", 1: "runner"}, {2: "heuristic"}, {1: "wood"}])
def test_bots_must_leave_someone_to_act(bots: dict[int, str]) -> None:
    with pytest.raises(ValueError):
        sebulba.envs.parallel_env(bots=bots)


def test_the_outcome_is_the_only_reward_and_sums_to_zero() -> None:
    env = sebulba.envs.parallel_env()
    obs, _ = env.reset(seed=4)
    turns = 0
    while env.agents:
        actions = {agent: scripted_actions(obs[agent]) for agent in ("pod_0", "pod_1")}
        actions |= {agent: np.zeros(4, dtype=np.float32) for agent in ("pod_2", "pod_3")}  # idle
        obs, rewards, terminations, truncations, _ = env.step(actions)
        turns += 1
        assert not any(truncations.values())
        if env.agents:
            assert not any(rewards.values()) and not any(terminations.values())
    assert turns == 100  # the idle team is out after 100 turns without a checkpoint
    assert all(terminations.values())
    assert rewards == {"pod_0": 1.0, "pod_1": 1.0, "pod_2": -1.0, "pod_3": -1.0}


def test_a_bot_team_plays_the_race_out() -> None:
    env = sebulba.envs.parallel_env(bots={1: "heuristic"})
    obs, _ = env.reset(seed=4)
    while env.agents:
        obs, rewards, _, _, infos = env.step({agent: scripted_actions(obs[agent]) for agent in env.agents})
    assert set(rewards) == {"pod_0", "pod_1"} and len(set(rewards.values())) == 1
    assert next(iter(rewards.values())) in (-1.0, 1.0)
    assert all(info["checkpoints_passed"] > 0 for info in infos.values())


def test_a_missing_action_is_refused() -> None:
    env = sebulba.envs.parallel_env()
    env.reset(seed=0)
    with pytest.raises(ValueError, match="pod_3"):
        env.step({agent: np.zeros(4, dtype=np.float32) for agent in ["pod_0", "pod_1", "pod_2"]})
