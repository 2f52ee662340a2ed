"""The DeepSets policy: permutation invariance, masks, distributions, deterministic mode."""

from __future__ import annotations

import torch

from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.simulation.env import Observation
from sebulba.simulation.features import CHECKPOINT_DIM, ENTITY_DIM, MAX_ENTITIES, SELF_DIM


def random_obs(n: int = 5, a: int = 2, present: int = 3) -> Observation:
    generator = torch.Generator().manual_seed(0)
    mask = torch.zeros(n, a, MAX_ENTITIES, dtype=torch.bool)
    mask[..., :present] = True
    return Observation(
        torch.randn(n, a, SELF_DIM, generator=generator),
        torch.randn(n, a, MAX_ENTITIES, ENTITY_DIM, generator=generator),
        mask,
        torch.randn(n, a, CHECKPOINT_DIM, generator=generator),
    )


def test_outputs_do_not_depend_on_the_order_of_the_other_pods() -> None:
    torch.manual_seed(1)
    model = DeepSetsPolicy()
    obs = random_obs()
    for permutation in ([2, 0, 1], [1, 2, 0], [2, 1, 0]):
        shuffled = obs._replace(
            entities=obs.entities[:, :, permutation], entity_mask=obs.entity_mask[:, :, permutation]
        )
        torch.testing.assert_close(model.actor(shuffled), model.actor(obs))
        torch.testing.assert_close(model.get_value(shuffled), model.get_value(obs))


def test_absent_pods_are_ignored_whatever_their_features() -> None:
    model = DeepSetsPolicy()
    obs = random_obs(present=1)
    noisy = obs._replace(entities=obs.entities.clone())
    noisy.entities[:, :, 1:] = 1e6
    torch.testing.assert_close(model.actor(noisy), model.actor(obs))
    solo = random_obs(present=0)
    assert torch.isfinite(model.actor(solo)).all()


def test_actions_are_bounded_and_log_probs_consistent() -> None:
    model = DeepSetsPolicy()
    obs = random_obs(n=64)
    action, logprob, entropy, value = model.get_action_and_value(obs)
    assert action.shape == (64, 2, 4) and logprob.shape == entropy.shape == value.shape == (64, 2)
    assert ((action[..., 0] >= 0) & (action[..., 0] <= 1)).all()
    assert ((action[..., 1] >= -1) & (action[..., 1] <= 1)).all()
    assert set(action[..., 2:].unique().tolist()) <= {0.0, 1.0}
    _, again, _, _ = model.get_action_and_value(obs, action)
    torch.testing.assert_close(again, logprob)
    assert torch.isfinite(logprob).all()


def test_deterministic_mode_is_repeatable() -> None:
    model = DeepSetsPolicy()
    obs = random_obs()
    torch.testing.assert_close(model.act(obs, deterministic=True), model.act(obs, deterministic=True))


def test_the_actor_is_small_enough_to_export() -> None:
    actor = sum(p.numel() for p in DeepSetsPolicy().actor.parameters())
    assert actor < 10_000
