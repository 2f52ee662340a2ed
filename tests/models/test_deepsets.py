"""The DeepSets policy: permutation invariance, masks, distributions, deterministic mode, size."""

from __future__ import annotations

import pytest
import torch

from sebulba.models.deepsets import (
    ACTION_DIM,
    CHECKPOINT_DIM,
    ENTITY_DIM,
    MAX_ENTITIES,
    SELF_DIM,
    DeepSetsPolicy,
    NetworkSize,
    Observation,
    size_of,
    widened,
)
from sebulba.simulation import env, features
from sebulba.simulation.features import LEADER_FEATURE


def random_obs(n: int = 5, a: int = 2, present: int = 3, seed: int = 0) -> Observation:
    generator = torch.Generator().manual_seed(seed)
    mask = torch.zeros(n, a, MAX_ENTITIES, dtype=torch.bool)
    mask[..., :present] = True
    return Observation(
        torch.randn(n, a, SELF_DIM, generator=generator),
        torch.randn(n, a, MAX_ENTITIES, ENTITY_DIM, generator=generator),
        mask,
        torch.randn(n, a, CHECKPOINT_DIM, generator=generator),
    )


def test_the_env_observation_has_the_same_fields_as_the_contract() -> None:
    assert env.Observation._fields == Observation._fields


def test_outputs_do_not_depend_on_the_order_of_the_other_pods() -> None:
    torch.manual_seed(1)
    model = DeepSetsPolicy()
    obs = random_obs()
    obs.entity_mask[0, 0, 1] = False  # a gap in the middle must travel with its pod
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
    torch.testing.assert_close(model.get_value(noisy), model.get_value(obs))
    solo = random_obs(present=0)
    wild_solo = solo._replace(entities=torch.full_like(solo.entities, -1e6))
    torch.testing.assert_close(model.actor(wild_solo), model.actor(solo))


def test_a_solo_race_trains_with_finite_gradients() -> None:
    model = DeepSetsPolicy()
    _, logprob, entropy, value = model.get_action_and_value(random_obs(a=1, present=0))
    (logprob.sum() + entropy.sum() + value.sum()).backward()
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)


def test_the_role_flag_reaches_the_policy() -> None:
    model = DeepSetsPolicy()
    obs = random_obs()
    leader = obs._replace(self_features=obs.self_features.clone())
    leader.self_features[..., LEADER_FEATURE] = 1.0
    blocker = obs._replace(self_features=obs.self_features.clone())
    blocker.self_features[..., LEADER_FEATURE] = 0.0
    assert not torch.allclose(model.actor(leader), model.actor(blocker))


@pytest.mark.parametrize("controlled", [1, 2])
def test_actions_are_bounded_and_log_probs_consistent(controlled: int) -> None:
    model = DeepSetsPolicy()
    obs = random_obs(n=64, a=controlled)
    action, logprob, entropy, value = model.get_action_and_value(obs)
    assert action.shape == (64, controlled, ACTION_DIM)
    assert logprob.shape == entropy.shape == value.shape == (64, controlled)
    assert ((action[..., 0] >= 0) & (action[..., 0] <= 1)).all()
    assert ((action[..., 1] >= -1) & (action[..., 1] <= 1)).all()
    assert set(action[..., 2:].unique().tolist()) <= {0.0, 1.0}
    _, again, _, value_again = model.get_action_and_value(obs, action)
    torch.testing.assert_close(again, logprob)
    torch.testing.assert_close(value_again, value)
    assert torch.isfinite(logprob).all()
    dist = model.distribution(obs)
    parts = (
        dist.thrust.log_prob(action[..., 0].clamp(1e-4, 1 - 1e-4))
        + dist.angle.log_prob(((action[..., 1] + 1) / 2).clamp(1e-4, 1 - 1e-4))
        + dist.shield.log_prob(action[..., 2])
        + dist.boost.log_prob(action[..., 3])
    )
    torch.testing.assert_close(logprob, parts)


def test_log_probs_stay_finite_at_the_edges_of_the_controls() -> None:
    model = DeepSetsPolicy()
    obs = random_obs(n=2, a=1)
    edges = torch.tensor([[[0.0, -1.0, 0.0, 1.0]], [[1.0, 1.0, 1.0, 0.0]]])
    _, logprob, _, _ = model.get_action_and_value(obs, edges)
    assert torch.isfinite(logprob).all()


def with_role(obs: Observation, leader: bool) -> Observation:
    selves = obs.self_features.clone()
    selves[..., LEADER_FEATURE] = 1.0 if leader else 0.0
    return obs._replace(self_features=selves)


def test_the_deterministic_runner_plays_the_means_of_its_samples() -> None:
    torch.manual_seed(3)
    model = DeepSetsPolicy()
    obs = with_role(random_obs(n=1, a=1), leader=True)
    mean = model.act(obs, deterministic=True)
    torch.testing.assert_close(mean, model.act(obs, deterministic=True))
    many = Observation(*(part.expand(20_000, *part.shape[1:]) for part in obs))
    samples = model.act(many, deterministic=False)
    torch.testing.assert_close(samples[:, 0, :2].mean(0), mean[0, 0, :2], atol=0.01, rtol=0)
    logits = model.actor(obs)[0, 0, 4:]
    assert mean[0, 0, 2] == float(logits[0] > 0)  # shield: the likelier outcome
    # boost: its probability (decoding turns it into a turn through the accumulated hazard)
    torch.testing.assert_close(mean[0, 0, 3], torch.sigmoid(logits[1]))
    torch.testing.assert_close(samples[:, 0, 3].mean(0), mean[0, 0, 3], atol=0.01, rtol=0)


def test_the_deterministic_blocker_plays_the_modes_of_its_betas() -> None:
    """The blocker's thrust and angle sit where their Beta densities peak (a grid search agrees), not at
    the means; SHIELD and BOOST are decoded as for the runner; the pure-Python rule gives the same."""
    torch.manual_seed(4)
    model = DeepSetsPolicy()
    with torch.no_grad():  # skewed Betas, so that mean and mode differ
        model.actor.head.bias[:4] = torch.tensor([3.0, 0.5, -0.5, 2.0])
    obs = with_role(random_obs(n=4, a=2), leader=False)
    action = model.act(obs, deterministic=True)
    dist = model.distribution(obs)
    grid = torch.linspace(0.0005, 0.9995, 1999)[:, None, None]
    for index, beta in ((0, dist.thrust), (1, dist.angle)):
        peak = grid[beta.log_prob(grid).argmax(0), 0, 0]
        value = action[..., index] if index == 0 else (action[..., index] + 1.0) / 2.0
        torch.testing.assert_close(value, peak, atol=0.001, rtol=0)
        assert (value - beta.mean).abs().min() > 0.01
        a, b = beta.concentration1[0, 0].item(), beta.concentration0[0, 0].item()
        assert features.beta_point(a, b, leader=False) == pytest.approx(value[0, 0].item(), abs=1e-5)
        assert features.beta_point(a, b, leader=True) == pytest.approx(a / (a + b))
    logits = model.actor(obs)[..., 4:]
    torch.testing.assert_close(action[..., 2], (logits[..., 0] > 0).float())
    torch.testing.assert_close(action[..., 3], torch.sigmoid(logits[..., 1]))


def test_the_actor_alone_reproduces_the_policy() -> None:
    model = DeepSetsPolicy()
    copy = DeepSetsPolicy()
    copy.actor.load_state_dict(model.actor_state_dict())
    obs = random_obs()
    torch.testing.assert_close(copy.act(obs, deterministic=True), model.act(obs, deterministic=True))
    assert not any(key.startswith("critic") for key in model.actor_state_dict())


def test_the_actor_is_small_enough_to_export() -> None:
    """A few thousand weights: int8 in Base85 keeps the bot far below CodinGame's 100,000 characters."""
    assert sum(p.numel() for p in DeepSetsPolicy().actor.parameters()) < 10_000


WIDE = NetworkSize(entity_hidden=40, context=24, trunk_hidden=96)


@pytest.mark.parametrize("on_grid", [False, True])
def test_a_widened_network_acts_and_values_as_the_narrow_one_did(on_grid: bool) -> None:
    """`widened` (a larger network starting from a trained one): the same actions, log-probs and values, on
    the float weights and on the int8 grid (the old rows keep their codes); the new units are trainable."""
    torch.manual_seed(3)
    narrow = DeepSetsPolicy()
    for parameter in narrow.parameters():  # trained-looking weights: biases and all rows non-trivial
        parameter.data.add_(0.1 * torch.randn_like(parameter))
    narrow.set_actor_on_grid(on_grid)
    wide = widened(narrow, WIDE)
    assert wide.size == WIDE and wide.actor_on_grid == on_grid
    assert size_of(wide.actor_state_dict()) == WIDE
    obs = random_obs(n=64)
    for model in (narrow, wide):
        model.eval()
    torch.testing.assert_close(wide.act(obs, deterministic=True), narrow.act(obs, deterministic=True))
    action = narrow.act(obs)
    torch.testing.assert_close(wide.evaluate_actions(obs, action), narrow.evaluate_actions(obs, action))
    solo = random_obs(n=8, present=0)
    torch.testing.assert_close(wide.act(solo, deterministic=True), narrow.act(solo, deterministic=True))
    log_prob, _, value = wide.evaluate_actions(obs, action)
    (log_prob.sum() + value.sum()).backward()
    old = narrow.size.trunk_hidden
    new_rows = wide.actor.trunk[0].weight.grad[old:]
    assert wide.actor.trunk[2].weight.grad[:, old:].abs().sum() > 0  # out of the new units
    assert new_rows.abs().sum() == 0  # into them: nothing flows back until their outgoing weights move


def test_widening_refuses_to_shrink_and_loaders_read_the_widths_from_the_weights() -> None:
    wide = DeepSetsPolicy(WIDE)
    with pytest.raises(ValueError, match="cannot shrink"):
        widened(wide, NetworkSize(entity_hidden=64, context=8, trunk_hidden=128))
    copy = DeepSetsPolicy.for_actor(wide.actor_state_dict())
    assert copy.size == WIDE
    whole = DeepSetsPolicy.from_state_dict(wide.state_dict())
    obs = random_obs()
    torch.testing.assert_close(whole.get_value(obs), wide.get_value(obs))
    torch.testing.assert_close(copy.act(obs, deterministic=True), wide.act(obs, deterministic=True))
    with pytest.raises(ValueError, match="DeepSets"):
        DeepSetsPolicy.for_actor({"encoder.0.weight": torch.zeros(8, 5)})


def test_a_role_split_actor_gives_each_role_its_own_network() -> None:
    """`model.role_split`: grown from a one-network actor it acts as that actor did; then each pod's outputs
    and gradients are its role's network's alone, and the loaders read the split from the weights."""
    torch.manual_seed(4)
    one = DeepSetsPolicy()
    for parameter in one.parameters():
        parameter.data.add_(0.1 * torch.randn_like(parameter))
    split = widened(one, one.size._replace(role_split=True))
    assert split.size.role_split and size_of(split.actor_state_dict()) == split.size
    obs = random_obs(n=64)
    leader = obs.self_features[..., LEADER_FEATURE] > 0.5
    assert leader.any() and (~leader).any()
    torch.testing.assert_close(split.act(obs, deterministic=True), one.act(obs, deterministic=True))
    with torch.no_grad():
        for parameter in split.actor.blocker.parameters():
            parameter.add_(0.05 * torch.randn_like(parameter))
    moved, before = split.actor(obs), one.actor(obs)
    torch.testing.assert_close(moved[leader], before[leader])
    assert (moved[~leader] - before[~leader]).abs().amax(-1).min() > 0
    moved[leader].sum().backward()
    assert all(p.grad.abs().sum() == 0 for p in split.actor.blocker.parameters())
    assert all(p.grad.abs().sum() > 0 for p in split.actor.runner.parameters())
    copy = DeepSetsPolicy.for_actor(split.actor_state_dict())
    assert copy.size == split.size
    torch.testing.assert_close(copy.act(obs, deterministic=True), split.act(obs, deterministic=True))
    with pytest.raises(ValueError, match="cannot shrink"):
        widened(split, one.size)
    with pytest.raises(ValueError, match="do not fit"):
        DeepSetsPolicy.for_actor({k: v for k, v in split.actor_state_dict().items() if "blocker" not in k})
