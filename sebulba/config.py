"""Every hyper-parameter and reward weight, named once, typed and validated (pydantic).

`ConfigManager` is the one door to the live configuration: training reads an immutable snapshot once per
iteration; the control room writes through `update`, which validates the merged result and keeps the
old configuration when anything is wrong.
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sebulba.bots.search_core import OWN_ROLLOUTS

Stage = Literal["solo", "duel", "2v2", "league"]
STAGES: tuple[Stage, ...] = ("solo", "duel", "2v2", "league")


class _Frozen(BaseModel):
    # strict: no bool or string for a number, no float for an int; finite: JSON has no Infinity to serve back
    model_config = ConfigDict(
        frozen=True, extra="forbid", validate_default=True, strict=True, allow_inf_nan=False
    )


class PPOConfig(_Frozen):
    """CleanRL's PPO hyper-parameters; the derived sizes are properties, never typed."""

    num_envs: int = Field(4096, ge=1, le=1_000_000, description="Races simulated in parallel")
    num_steps: int = Field(128, ge=1, le=4096, description="Turns per race per rollout")
    num_minibatches: int = Field(16, ge=1, description="Minibatches per epoch")
    update_epochs: int = Field(4, ge=1, le=100, description="Passes over each rollout")
    learning_rate: float = Field(3e-4, gt=0, le=1.0, description="Adam step size at the start")
    anneal_lr: bool = Field(True, description="Decay the learning rate linearly to 0 over total_steps")
    gamma: float = Field(0.994, gt=0, le=1, description="Discount; 0.994 sees ~170 turns ahead")
    gae_lambda: float = Field(0.95, ge=0, le=1, description="GAE bias/variance trade-off")
    clip_coef: float = Field(0.2, gt=0, le=1, description="PPO surrogate clipping")
    clip_vloss: bool = Field(True, description="Clip the value loss like the policy's")
    norm_adv: bool = Field(True, description="Normalise advantages per minibatch")
    ent_coef: float = Field(0.01, ge=0, le=1, description="Entropy bonus weight")
    vf_coef: float = Field(0.5, ge=0, le=10, description="Value loss weight")
    max_grad_norm: float = Field(0.5, gt=0, description="Global gradient clipping")
    target_kl: float | None = Field(None, gt=0, description="Stop an update early past this approx KL")
    total_steps: int = Field(
        2_000_000_000, ge=1, description="Env-steps (turns of one race) of the whole run"
    )
    critic_warmup_iterations: int = Field(
        20,
        ge=0,
        le=100_000,
        description="A run started from a shipped actor (`sebulba train --init`, no critic): its first "
        "iterations train the fresh critic alone (unclipped value loss), the policy unchanged",
    )
    critic_warmup_learning_rate: float = Field(
        1e-3, gt=0, le=1.0, description="Adam step size of the critic-only warm-up (the policy does not move)"
    )
    quantisation_aware: bool = Field(
        False,
        description="Roll out, update and evaluate the actor on its exported int8 grid (straight-through "
        "gradients): the policy learns to win as the bot it will be shipped as",
    )

    @property
    def batch_size(self) -> int:
        return self.num_envs * self.num_steps

    @property
    def num_iterations(self) -> int:
        return max(1, self.total_steps // self.batch_size)


class RewardWeights(_Frozen):
    """Per-pod reward terms (seed plan 4.4); the dense terms are shaping, the sparse ones the goal."""

    progress: float = Field(
        1.0, ge=0, le=100, description="Potential-based progress along the track, per 1000 units"
    )
    checkpoint_base: float = Field(100.0, ge=0, le=10_000, description="Gate bonus: base part")
    checkpoint_speed: float = Field(
        1000.0, ge=0, le=100_000, description="Gate bonus: divided by turns since the last"
    )
    checkpoint_scale: float = Field(0.001, ge=0, le=1, description="Scale of the whole gate bonus")
    runner_hit_penalty: float = Field(
        0.2, ge=0, le=100, description="Runner: per 1000 impulse taken from enemies"
    )
    blocker_hit_reward: float = Field(
        0.5, ge=0, le=100, description="Blocker: per 1000 impulse given to the enemy leader"
    )
    blocker_progress: float = Field(
        1.0,
        ge=0,
        le=1,
        description="Blocker: share of the progress term it earns for its own progress (1: as the runner)",
    )
    enemy_progress: float = Field(
        0.0,
        ge=0,
        le=100,
        description="Blocker: penalty per 1000 units of progress by the enemy team's leading pod",
    )
    thrust_penalty: float = Field(0.0, ge=0, le=1, description="Per unit of thrust fraction used each turn")
    shield_penalty: float = Field(0.02, ge=0, le=10, description="Per SHIELD raised")
    win: float = Field(10.0, ge=0, le=1000, description="Sparse reward when the pod's team wins")
    loss: float = Field(10.0, ge=0, le=1000, description="Sparse penalty when the pod's team loses")
    timeout: float = Field(
        10.0, ge=0, le=1000, description="Sparse penalty when the pod's team is eliminated"
    )
    tau: float = Field(0.5, ge=0, le=1, description="Blend: (1 - tau) * dense + tau * sparse")
    team_spirit: float = Field(
        0.3, ge=0, le=1, description="Beta: share of the team-mean reward in each pod's"
    )


class CurriculumConfig(_Frozen):
    """Solo pilot -> duel vs the heuristic bot -> 2v2 self-play -> league, on measured exit conditions."""

    stage_override: Stage | None = Field(None, description="Force a stage (None: advance automatically)")
    solo_exit_mean_turns: float = Field(
        260.0, gt=0, description="Leave solo when finished races average fewer turns than this"
    )
    solo_exit_finish_rate: float = Field(0.95, ge=0, le=1, description="...and at least this share finish")
    duel_exit_win_rate: float = Field(
        0.75, ge=0, le=1, description="Leave the duel at this win rate vs heuristic"
    )
    selfplay_exit_iterations: int = Field(
        200, ge=1, description="Iterations of 2v2 self-play before the league"
    )
    min_stage_iterations: int = Field(10, ge=1, description="Iterations a stage lasts at least")
    solo_practice_share: float = Field(
        0.25,
        ge=0,
        le=1,
        description="2v2 and league: share of iterations raced solo, so the one network keeps its runner",
    )
    window_episodes: int = Field(200, ge=10, description="Finished races averaged for exit conditions")


class LeagueConfig(_Frozen):
    """The seed plan's league of past selves, rated by Elo."""

    capacity: int = Field(100, ge=2, description="Most checkpoints kept in the league")
    protected_top: int = Field(10, ge=0, description="Best by Elo never pruned")
    elo_k: float = Field(32.0, gt=0, description="Elo K factor")
    elo_start: float = Field(1000.0, description="Rating of a new member")
    heuristic_share: float = Field(
        0.2, ge=0, le=1, description="Share of league iterations against the heuristic bot (runner + blocker)"
    )
    search_share: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Share of league iterations against the search bot (after the heuristic's share)",
    )
    search_rollouts: int = Field(
        OWN_ROLLOUTS,
        ge=1,
        le=100_000,
        description="Candidates a turn of the league's search opponent (the default is the search bot's own; "
        "fewer make a weaker and cheaper sparring partner)",
    )
    search_blocker_weight: float = Field(
        1.0,
        ge=0,
        le=1,
        description="Weight of the blocker's samples in the policy loss of iterations against the search "
        "(0: they train the runner alone; the critic learns from every sample)",
    )
    latest_self_share: float = Field(
        0.8, ge=0, le=1, description="Of the other iterations, the share against the latest self"
    )
    snapshot_every: int = Field(20, ge=1, description="Iterations between league additions")


class EvalConfig(_Frozen):
    """Evaluation during training: the deterministic policy against the heuristic team on fixed games."""

    every: int = Field(
        50, ge=0, description="Iterations between evaluations in the 2v2 and league stages (0: never)"
    )
    games: int = Field(256, ge=2, le=65536, description="Games per evaluation (official maps, fixed seed)")
    search_games: int = Field(
        128,
        ge=0,
        le=65536,
        description="Games per evaluation against the search bot (0: none); best-eval ranks the mean of both",
    )


class ModelConfig(_Frozen):
    """The policy network's widths, actor and critic alike (`models/deepsets.py`). Fixed for a run: set them
    when it starts (`--set model.trunk_hidden=128`); `--init` from a narrower trained network widens it into
    these widths computing the same actions, so the extra units start from a trained policy."""

    entity_hidden: int = Field(32, ge=1, le=1024, description="The entity encoder's hidden ReLU units")
    context: int = Field(16, ge=1, le=1024, description="Encoder outputs, max-pooled over the other pods")
    trunk_hidden: int = Field(64, ge=1, le=1024, description="Units in each of the trunk's two tanh layers")
    role_split: bool = Field(
        False,
        description="The actor as two set networks, one per role (runner, blocker), the critic shared; "
        "`--init` from a one-network actor starts both from it",
    )


class TrainingConfig(_Frozen):
    """A whole training run. `preset` names where the defaults came from."""

    preset: Literal["cpu", "gpu", "custom"] = Field("gpu", description="Origin of these values")
    seed: int = Field(1, ge=0, description="Seeds everything: maps, policy init, sampling")
    device: Literal["auto", "cpu", "cuda", "mps"] = Field("auto", description="Torch device")
    maps: Literal["official", "random", "mixed"] = Field("mixed", description="Training maps")
    checkpoint_every: int = Field(10, ge=1, description="Iterations between checkpoints")
    ppo: PPOConfig = PPOConfig()
    rewards: RewardWeights = RewardWeights()
    curriculum: CurriculumConfig = CurriculumConfig()
    league: LeagueConfig = LeagueConfig()
    eval: EvalConfig = EvalConfig()
    model: ModelConfig = ModelConfig()

    @model_validator(mode="after")
    def _minibatches_divide_batch(self) -> TrainingConfig:
        if self.ppo.batch_size % self.ppo.num_minibatches:
            raise ValueError(
                f"num_envs * num_steps ({self.ppo.batch_size}) must be divisible by "
                f"num_minibatches ({self.ppo.num_minibatches})"
            )
        return self


def preset(name: Literal["cpu", "gpu"]) -> TrainingConfig:
    """`gpu`: the seed plan's numbers. `cpu`: sized to learn on two cores in an hour or so."""
    if name == "gpu":
        return TrainingConfig(preset="gpu", eval=EvalConfig(every=20, games=1024))
    return TrainingConfig(
        preset="cpu",
        device="cpu",
        ppo=PPOConfig(
            num_envs=256,
            num_steps=64,
            num_minibatches=4,
            update_epochs=4,
            learning_rate=5e-4,
            total_steps=30_000_000,
        ),
    )


class ConfigError(ValueError):
    """An update that would make the configuration invalid; the old one stays."""


def _merge(base: dict[str, Any], partial: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in partial.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class ConfigManager:
    """Thread-safe holder of the live `TrainingConfig` (one per process, `ConfigManager.instance()`)."""

    _instance: ClassVar[ConfigManager | None] = None
    _instance_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, config: TrainingConfig | None = None) -> None:
        self._lock = threading.Lock()
        self._config = config or TrainingConfig()
        self._version = 0
        self._fixed: set[str] = set()

    @classmethod
    def instance(cls) -> ConfigManager:
        with cls._instance_lock:
            if cls._instance is None:
                cls._instance = ConfigManager()
            return cls._instance

    def get_snapshot(self) -> TrainingConfig:
        """The current configuration; immutable, so it can be read without the lock afterwards."""
        with self._lock:
            return self._config

    @property
    def version(self) -> int:
        """Increases with every accepted change, so readers can tell a new snapshot cheaply."""
        with self._lock:
            return self._version

    def replace(self, config: TrainingConfig) -> None:
        with self._lock:
            self._config = config
            self._version += 1

    def fix(self, section: str) -> None:
        """Refuse any later `update` that would change `section` (a run's network widths: the weights
        have that shape)."""
        with self._lock:
            self._fixed.add(section)

    def update(self, partial: dict[str, Any]) -> TrainingConfig:
        """Merge `partial` (nested dicts) into the config; on error raise ConfigError, keep the old one."""
        if not isinstance(partial, dict):
            raise ConfigError(f"a config update is a JSON object, not {type(partial).__name__}")
        with self._lock:
            try:
                candidate = TrainingConfig.model_validate(_merge(self._config.model_dump(), partial))
            except ValidationError as error:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) or 'config'}: {e['msg']}" for e in error.errors()
                )
                raise ConfigError(problems) from None
            for section in sorted(self._fixed):
                if getattr(candidate, section) != getattr(self._config, section):
                    raise ConfigError(
                        f"{section}: fixed while a run holds it (its weights have that shape); "
                        f"start a new run to change it"
                    )
            self._config = candidate
            self._version += 1
            return candidate
