"""The permutation-invariant policy (seed plan): a shared entity encoder, a max-pool, a policy head.

Actor: every other pod goes through the same encoder Linear(13,32)-ReLU-Linear(32,16); a masked max over
them gives a 16-dim context that does not depend on their order or number; [self 14 + context 16 +
next checkpoint 6 = 36] -> 64 -> 64 (tanh) -> action parameters. One network for both roles by default:
the runner/blocker role reaches it as `is_leader` in the self features. With `model.role_split` the actor
is two such networks, one per role (`RoleSplitActor`: each pod acts through its role's network, so the
roles stop trading shared weights against each other); `widened` starts both from a one-network actor.
Measured at the 2-core machine's budget, it won no more than one network (docs/EXPERIMENTS.md, 2026-12-05
late): off by default.

Distributions: thrust ~ Beta(a, b) on [0, 1] and the angle offset ~ 2 Beta(a, b) - 1 on [-1, 1] (bounded,
as the game's controls are, so no probability mass is wasted on clipped values; a, b = 1 + softplus(.)
keeps them unimodal); SHIELD and BOOST are Bernoulli. Deterministic mode (evaluation, export): the
runner's Betas at their means, the blocker's at their modes (`features.beta_point`), logit > 0.

Critic: CleanRL's default, a separate encoder and trunk of the same shape (sharing would let the value
loss pull on the actor's features; the critic is never exported, so its size costs nothing in the bot).

Quantisation-aware training (`ppo.quantisation_aware`): the actor's linear layers can run on their int8
grid (`int8_grid`: symmetric, one scale per output row, the very grid the exporter writes) with a
straight-through gradient, so PPO improves the network the bot will carry rather than its float parent.
The float weights stay the parameters (and what checkpoints hold); snapping them is the exporter's `on_grid`.
Per-row only: the exporter's default (`--per-tensor` exports are not trained for).

Sizes (`NetworkSize`, the config's `model` section): the plan's 32 / 16 / 64 by default, actor 7,894
parameters (int8 in Base85: ~10,000 characters of the bot; role-split, twice that), critic 7,569. Every
loader reads the size from the weights themselves (`size_of`), and `widened` grows a trained network into a
larger one that computes exactly the same actions (new units enter with zero outgoing weights), so a larger
network starts from a trained one instead of from scratch.

The observation contract lives here (`Observation` and the sizes); the sizes are re-exported from
`features.py`, which the exported bot embeds verbatim, so each number is written once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import NamedTuple

import torch
from torch import Tensor, nn
from torch.distributions import Bernoulli, Beta

from sebulba.config import ModelConfig
from sebulba.simulation.features import (
    ACTION_DIM,
    CHECKPOINT_DIM,
    ENTITY_DIM,
    LEADER_FEATURE,
    MAX_ENTITIES,
    SELF_DIM,
)

__all__ = [
    "ACTION_DIM",
    "CHECKPOINT_DIM",
    "DEFAULT_SIZE",
    "ENTITY_DIM",
    "MAX_ENTITIES",
    "SELF_DIM",
    "DeepSetsPolicy",
    "NetworkSize",
    "Observation",
    "PolicyDistribution",
    "RoleSplitActor",
    "SetNetwork",
    "role_networks",
    "size_of",
    "widened",
]


class NetworkSize(NamedTuple):
    """Widths of the set network's hidden layers (actor and critic alike; the config's `model` section)."""

    entity_hidden: int
    """The entity encoder's hidden ReLU layer."""
    context: int
    """The encoder's output, max-pooled over the other pods."""
    trunk_hidden: int
    """Each of the trunk's two tanh layers."""
    role_split: bool = False
    """The actor is two set networks, one per role (`RoleSplitActor`); the critic stays one."""

    def covers(self, other: NetworkSize) -> bool:
        """Every width at least `other`'s, and split if `other` is: `other` can be widened into this size."""
        return all(mine >= theirs for mine, theirs in zip(self, other, strict=True))


DEFAULT_SIZE = NetworkSize(**ModelConfig().model_dump())
"""The plan's widths, 32 / 16 / 64: `ModelConfig`'s defaults, written there once."""
HEAD_OUTPUTS = 6
"""Thrust Beta (2), angle Beta (2), SHIELD logit, BOOST logit."""
BETA_EPSILON = 1e-4
"""Samples are kept this far from 0 and 1, where a Beta's log-density is infinite."""


class Observation(NamedTuple):
    """Policy inputs for A controlled pods (1 or 2) in each of N races, float32 except the mask."""

    self_features: Tensor  # [N, A, SELF_DIM], index 8 is is_leader (0/1): the pod's role
    entities: Tensor  # [N, A, MAX_ENTITIES, ENTITY_DIM], the other pods in any order
    entity_mask: Tensor  # [N, A, MAX_ENTITIES] bool, True where a pod is present (solo: none)
    checkpoint: Tensor  # [N, A, CHECKPOINT_DIM]


INT8_MAX = 127


def int8_grid(weight: Tensor, per_row: bool = True) -> tuple[Tensor, Tensor]:
    """Symmetric int8 codes of `weight` [out, in] and their scales (per row [out], or per tensor [1]):
    w ~ code * scale, code in -127..127, scale = max|w| / 127 (1 for an all-zero row). The exporter's grid."""
    weight = weight.detach().float()
    peak = weight.abs().amax(dim=1) if per_row else weight.abs().max().reshape(1)
    scales = torch.where(peak > 0, peak / INT8_MAX, torch.ones_like(peak))
    divisor = scales[:, None] if per_row else scales
    codes = torch.clamp(torch.round(weight / divisor), -INT8_MAX, INT8_MAX).to(torch.int8)
    return codes, scales


def snapped(weight: Tensor) -> Tensor:
    """`weight` on its per-row int8 grid, the gradient passing straight through to the float weights."""
    codes, scales = int8_grid(weight)
    return weight + (codes.to(weight.dtype) * scales[:, None].to(weight.dtype) - weight).detach()


class GridLinear(nn.Linear):
    """nn.Linear (same parameters, same state-dict keys) that runs on its int8 grid while `on_grid`."""

    on_grid: bool = False

    def forward(self, x: Tensor) -> Tensor:
        weight = snapped(self.weight) if self.on_grid else self.weight
        return nn.functional.linear(x, weight, self.bias)


def _layer(inputs: int, outputs: int, gain: float = math.sqrt(2)) -> nn.Linear:
    """Orthogonal init as CleanRL does."""
    layer = GridLinear(inputs, outputs)
    nn.init.orthogonal_(layer.weight, gain)
    nn.init.zeros_(layer.bias)
    return layer


class SetNetwork(nn.Module):
    """Encoder + masked max-pool + trunk: the shared shape of the actor and the critic."""

    def __init__(self, outputs: int, output_gain: float, size: NetworkSize = DEFAULT_SIZE) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            _layer(ENTITY_DIM, size.entity_hidden), nn.ReLU(), _layer(size.entity_hidden, size.context)
        )
        self.trunk = nn.Sequential(
            _layer(SELF_DIM + size.context + CHECKPOINT_DIM, size.trunk_hidden),
            nn.Tanh(),
            _layer(size.trunk_hidden, size.trunk_hidden),
            nn.Tanh(),
        )
        self.head = _layer(size.trunk_hidden, outputs, output_gain)

    def forward(self, obs: Observation) -> Tensor:
        encoded = self.encoder(obs.entities)  # [N, A, E, context]
        masked = encoded.masked_fill(~obs.entity_mask[..., None], -math.inf)
        context = masked.max(dim=2).values
        context = torch.where(obs.entity_mask.any(-1, keepdim=True), context, 0.0)
        return self.head(self.trunk(torch.cat((obs.self_features, context, obs.checkpoint), dim=-1)))


class RoleSplitActor(nn.Module):
    """The actor as two set networks of the same size, one per role: each pod's action parameters come from
    its role's network (`is_leader` in the self features), so the runner and the blocker no longer share the
    weights they trade against each other (docs/EXPERIMENTS.md, 2026-12-05; trained so, it won no more).
    Each network runs on its own role's pods only, so its gradients come from its role's samples alone and
    a pass costs what one network's does."""

    def __init__(self, size: NetworkSize) -> None:
        super().__init__()
        self.runner = SetNetwork(HEAD_OUTPUTS, output_gain=0.01, size=size)
        self.blocker = SetNetwork(HEAD_OUTPUTS, output_gain=0.01, size=size)

    def forward(self, obs: Observation) -> Tensor:
        leader = obs.self_features[..., LEADER_FEATURE] > 0.5  # [N, A]
        out = obs.self_features.new_empty(*leader.shape, HEAD_OUTPUTS)
        for role, network in ((leader, self.runner), (~leader, self.blocker)):
            pods = Observation(*(field[role][:, None] for field in obs))  # [K, 1, ...]: the role's pods
            out[role] = network(pods)[:, 0]
        return out


def role_networks(actor: SetNetwork | RoleSplitActor) -> list[tuple[str, SetNetwork]]:
    """The actor's set networks with their module-name prefixes: ("", actor) for one network, the runner's
    then the blocker's for a `RoleSplitActor` (the exporter's layer order)."""
    if isinstance(actor, RoleSplitActor):
        return [("runner.", actor.runner), ("blocker.", actor.blocker)]
    return [("", actor)]


def _beta_point(beta: Beta, leader: Tensor) -> Tensor:
    """`features.beta_point`, batched: the mean for leaders (and flat Betas), the mode for blockers."""
    a, b = beta.concentration1, beta.concentration0
    spread = a + b - 2.0
    return torch.where(leader | (spread < 1e-6), beta.mean, (a - 1.0) / spread.clamp_min(1e-6))


class PolicyDistribution:
    """The four action components' distributions for a batch of pods."""

    def __init__(self, params: Tensor) -> None:
        concentration = 1.0 + nn.functional.softplus(params[..., :4])
        self.thrust = Beta(concentration[..., 0], concentration[..., 1])
        self.angle = Beta(concentration[..., 2], concentration[..., 3])
        self.shield = Bernoulli(logits=params[..., 4])
        self.boost = Bernoulli(logits=params[..., 5])

    def sample(self) -> Tensor:
        """[..., ACTION_DIM]: thrust in [0, 1], angle offset in [-1, 1], SHIELD and BOOST in {0, 1}."""
        return torch.stack(
            (
                self.thrust.sample(),
                2.0 * self.angle.sample() - 1.0,
                self.shield.sample(),
                self.boost.sample(),
            ),
            dim=-1,
        )

    def mode(self, leader: Tensor) -> Tensor:
        """The deterministic action of pods whose `is_leader` is `leader` (bool): thrust and angle at
        `features.beta_point` (the runner's Betas at their means, the blocker's at their modes), shield when
        its logit > 0, and the boost probability itself (decoding accumulates its hazard: BOOST_HAZARD)."""
        return torch.stack(
            (
                _beta_point(self.thrust, leader),
                2.0 * _beta_point(self.angle, leader) - 1.0,
                (self.shield.logits > 0).to(self.thrust.mean.dtype),
                torch.sigmoid(self.boost.logits).to(self.thrust.mean.dtype),
            ),
            dim=-1,
        )

    def log_prob(self, action: Tensor) -> Tensor:
        """Summed over the components (the angle's constant Jacobian, log 2, cancels in ratios)."""
        thrust = action[..., 0].clamp(BETA_EPSILON, 1.0 - BETA_EPSILON)
        angle = ((action[..., 1] + 1.0) / 2.0).clamp(BETA_EPSILON, 1.0 - BETA_EPSILON)
        return (
            self.thrust.log_prob(thrust)
            + self.angle.log_prob(angle)
            + self.shield.log_prob(action[..., 2])
            + self.boost.log_prob(action[..., 3])
        )

    def entropy(self) -> Tensor:
        """Summed like `log_prob`, leaving out the angle's constant log 2 (no gradient, no effect)."""
        return self.thrust.entropy() + self.angle.entropy() + self.shield.entropy() + self.boost.entropy()


class DeepSetsPolicy(nn.Module):
    """Actor and critic over `Observation`s of shape [N, A, ...]; outputs per pod [N, A]."""

    def __init__(self, size: NetworkSize = DEFAULT_SIZE) -> None:
        super().__init__()
        self.size = NetworkSize(*size)
        self.actor: SetNetwork | RoleSplitActor = (
            RoleSplitActor(self.size)
            if self.size.role_split
            else SetNetwork(HEAD_OUTPUTS, output_gain=0.01, size=self.size)
        )
        self.critic = SetNetwork(1, output_gain=1.0, size=self.size)

    @classmethod
    def for_actor(
        cls, actor_state: Mapping[str, Tensor], critic_state: Mapping[str, Tensor] | None = None
    ) -> DeepSetsPolicy:
        """A policy of the size `actor_state` (an `actor_state_dict`) was trained at, holding its weights
        (the critic fresh, or `critic_state`'s). ValueError when the weights are not such an actor's."""
        model = cls(size_of(actor_state))
        _load(model.actor, actor_state)
        if critic_state is not None:
            _load(model.critic, critic_state)
        return model

    @classmethod
    def from_state_dict(cls, state: Mapping[str, Tensor]) -> DeepSetsPolicy:
        """A whole policy (actor and critic: a training checkpoint's `model`) at the size it was trained."""
        model = cls(size_of(state, prefix="actor."))
        _load(model, state)
        return model

    def actor_state_dict(self) -> dict[str, Tensor]:
        """The exported part: what league members and shipped models keep (keys without `actor.`)."""
        return self.actor.state_dict()

    def set_actor_on_grid(self, on_grid: bool) -> None:
        """Run the actor on its int8 grid (quantisation-aware training) or on its float weights."""
        for module in self.actor.modules():
            if isinstance(module, GridLinear):
                module.on_grid = on_grid

    @property
    def actor_on_grid(self) -> bool:
        return any(isinstance(m, GridLinear) and m.on_grid for m in self.actor.modules())

    def distribution(self, obs: Observation) -> PolicyDistribution:
        return PolicyDistribution(self.actor(obs))

    def get_value(self, obs: Observation) -> Tensor:
        return self.critic(obs)[..., 0]

    def get_action_and_value(
        self, obs: Observation, action: Tensor | None = None
    ) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        """(action [N, A, 4], log-prob [N, A], entropy [N, A], value [N, A]); samples without `action`."""
        dist = self.distribution(obs)
        if action is None:
            action = dist.sample()
        return action, dist.log_prob(action), dist.entropy(), self.get_value(obs)

    def evaluate_actions(self, obs: Observation, action: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        """What PPO's update differentiates: (log-prob [N, A], entropy [N, A], value [N, A]) of the rollout's
        actions (DDP wraps this pass: `training/distributed.py`)."""
        dist = self.distribution(obs)
        return dist.log_prob(action), dist.entropy(), self.get_value(obs)

    @torch.no_grad()
    def act(self, obs: Observation, deterministic: bool = False) -> Tensor:
        """Actions without gradients: sampled for rollouts, `mode()` for evaluation."""
        dist = self.distribution(obs)
        if not deterministic:
            return dist.sample()
        return dist.mode(obs.self_features[..., LEADER_FEATURE] > 0.5)


def _load(module: nn.Module, state: Mapping[str, Tensor]) -> None:
    try:
        module.load_state_dict(state)
    except RuntimeError as error:
        raise ValueError(f"weights do not fit the DeepSets policy: {error}") from None


def size_of(state: Mapping[str, Tensor], prefix: str = "") -> NetworkSize:
    """The widths of the set network whose weights are `state` (keys under `prefix`, e.g. "actor."); a
    role-split actor's are its runner network's (loading checks the blocker's match)."""
    if f"{prefix}runner.encoder.0.weight" in state:
        return size_of(state, f"{prefix}runner.")._replace(role_split=True)
    try:
        entity_hidden, entity_inputs = state[f"{prefix}encoder.0.weight"].shape
        context = state[f"{prefix}encoder.2.weight"].shape[0]
        trunk = state[f"{prefix}trunk.0.weight"].shape[0]
    except (KeyError, ValueError, AttributeError) as error:
        raise ValueError(f"not a DeepSets set network's weights ({error!r} missing or misshapen)") from None
    if entity_inputs != ENTITY_DIM:
        raise ValueError(f"encoder input of {entity_inputs} features, the observation has {ENTITY_DIM}")
    return NetworkSize(int(entity_hidden), int(context), int(trunk))


def _widen_network(small: SetNetwork, large: SetNetwork) -> None:
    """Copy `small` into `large` (its old units keep their weights from the old inputs) and zero the weights
    from new inputs into old units, so `large` computes what `small` does; the new units keep their random
    weights in, and get gradients from the first update on. The int8 grid sees the same codes in the old
    rows: a zero weight changes no row's peak."""
    old_context, new_context = small.encoder[2].out_features, large.encoder[2].out_features
    trunk_inputs = [
        *range(SELF_DIM + old_context),  # [self | context | checkpoint]: the new context slots sit mid-row
        *range(SELF_DIM + new_context, SELF_DIM + new_context + CHECKPOINT_DIM),
    ]
    pairs = [
        (small.encoder[0], large.encoder[0], None),
        (small.encoder[2], large.encoder[2], None),
        (small.trunk[0], large.trunk[0], trunk_inputs),
        (small.trunk[2], large.trunk[2], None),
        (small.head, large.head, None),
    ]
    with torch.no_grad():
        for source, target, columns in pairs:
            rows, cols = source.weight.shape
            old = torch.tensor(columns if columns is not None else range(cols))
            target.weight[:rows] = 0.0
            target.weight[:rows, old] = source.weight
            target.bias[:rows] = source.bias


def widened(model: DeepSetsPolicy, size: NetworkSize) -> DeepSetsPolicy:
    """`model` grown to `size` (actor and critic), computing the same actions and values (function-
    preserving widening, as Net2Net's); a one-network actor grown into a role-split one starts both roles'
    networks from it. Raises ValueError when `size` is narrower anywhere (or one network where `model`
    has two)."""
    if not size.covers(model.size):
        raise ValueError(f"cannot shrink a network of size {tuple(model.size)} to {tuple(size)}")
    large = DeepSetsPolicy(size)
    sources = [network for _, network in role_networks(model.actor)]
    targets = [network for _, network in role_networks(large.actor)]
    if len(sources) < len(targets):  # one network into two: both roles start from it
        sources *= len(targets)
    for source, target in zip(sources, targets, strict=True):
        _widen_network(source, target)
    _widen_network(model.critic, large.critic)
    large.set_actor_on_grid(model.actor_on_grid)
    return large
