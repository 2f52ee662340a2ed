"""PPO for the DeepSets racer, in the style of CleanRL's `ppo_continuous_action.py` (one readable file).

Each iteration keeps CleanRL's order: read the config snapshot -> anneal the learning rate -> roll out
`num_steps` turns of `num_envs` races into preallocated buffers -> bootstrap and GAE backwards -> flatten
-> minibatch epochs of the clipped objective -> log (`charts/`, `losses/`, `curriculum/`, `league/`).
Every pod the learner controls is a sample (parameter sharing across pods). Hyper-parameters and reward
weights are read from `ConfigManager.get_snapshot()` once per iteration, so the control room's changes
apply at the next iteration. Run it with `sebulba train` or `python -m sebulba.training`.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import torch
from torch import Tensor, nn
from torch.utils.tensorboard import SummaryWriter

from sebulba.bots.search_batch import SearchTeam
from sebulba.config import ConfigManager, PPOConfig, TrainingConfig
from sebulba.export.exporter import load_policy
from sebulba.models.deepsets import DeepSetsPolicy, NetworkSize, size_of, widened
from sebulba.simulation.env import Observation, OpponentPolicy, RaceVecEnv
from sebulba.simulation.features import LEADER_FEATURE
from sebulba.training.checkpoints import CheckpointError, CheckpointStore
from sebulba.training.curriculum import Curriculum
from sebulba.training.distributed import SINGLE, DistributedContext, learner
from sebulba.training.evaluation import evaluate_vs_heuristic, evaluate_vs_search
from sebulba.training.self_play import HEURISTIC, SEARCH, League, frozen_copy
from sebulba.training.telemetry import TelemetryHub, TrainingStats

CHECKPOINT_PREFIX = "ckpt-"
KEEP_CHECKPOINTS = 3
"""Rolling training checkpoints kept on disk (named saves and league members are kept apart)."""
MILESTONE_EVERY = 100
"""Every this many iterations a rolling checkpoint is kept for good (the learning curve uses them)."""
BEST_PREFIX = "best-"
"""`best-<stage>`: the model at its stage's best win rate over a full window, the one worth shipping."""
SOLO_PRACTICE_SEED_OFFSET = 7919
"""Solo practice races draw from their own seed."""

SIZE_FIELDS = ", ".join(NetworkSize._fields)
"""How the sizes in messages read: `NetworkSize`'s fields, in its order."""


class RolloutInterrupted(Exception):
    """Raised by `Trainer.rollout` once `Trainer.interrupt` is set: a stop never waits for a whole rollout."""


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ValueError("device 'cuda' requested but CUDA is not available")
    if name == "mps" and not torch.backends.mps.is_available():
        raise ValueError("device 'mps' requested but MPS is not available")
    return torch.device(name)


@dataclass
class Rollout:
    """One rollout, already flattened to samples (time x races x pods)."""

    obs: Observation
    actions: Tensor
    logprobs: Tensor
    advantages: Tensor
    returns: Tensor
    values: Tensor
    episode_turns: list[int]
    episode_wins: list[float]
    episode_returns: list[float]
    reward_mean: float
    seconds: float


def _stack_obs(buffer: list[Observation]) -> Observation:
    return Observation(*(torch.stack(parts) for parts in zip(*buffer, strict=True)))


def _flat(obs: Observation) -> Observation:
    """[T, N, A, ...] -> [T*N*A, 1, ...]: every pod a sample, keeping the model's [batch, pods] layout."""
    return Observation(*(part.reshape(-1, 1, *part.shape[3:]) for part in obs))


def _index(obs: Observation, index: Tensor) -> Observation:
    return Observation(*(part[index] for part in obs))


def _mean(values: Tensor, weight: Tensor | None) -> Tensor:
    """The mean of `values`, weighted by `weight` where given (weights summing to 0: 0)."""
    if weight is None:
        return values.mean()
    return (values * weight).sum() / weight.sum().clamp(min=1e-8)


def _std(values: Tensor, weight: Tensor | None) -> Tensor:
    """The standard deviation of `values` (torch's, unbiased), or the weighted one of the population."""
    if weight is None:
        return values.std()
    return ((values - _mean(values, weight)) ** 2 * weight).sum().div(weight.sum().clamp(min=1e-8)).sqrt()


def compute_gae(
    rewards: Tensor,
    values: Tensor,
    dones: Tensor,
    next_value: Tensor,
    next_done: Tensor,
    gamma: float,
    lam: float,
) -> tuple[Tensor, Tensor]:
    """Generalised advantage estimation over [T, ...] buffers; dones[t] marks obs[t] as a new race's first."""
    advantages = torch.zeros_like(rewards)
    last = torch.zeros_like(next_value)
    steps = rewards.shape[0]
    for t in reversed(range(steps)):
        if t == steps - 1:
            not_done = 1.0 - next_done
            following = next_value
        else:
            not_done = 1.0 - dones[t + 1]
            following = values[t + 1]
        delta = rewards[t] + gamma * following * not_done - values[t]
        last = delta + gamma * lam * not_done * last
        advantages[t] = last
    return advantages, advantages + values


class Trainer:
    """Model, optimiser, environment, curriculum, league and checkpoints of one training run."""

    def __init__(
        self,
        config_manager: ConfigManager,
        data_dir: Path,
        hub: TelemetryHub | None = None,
        resume: bool = False,
        init_from: Path | None = None,
        publish_race_frames: bool = False,
        dist: DistributedContext = SINGLE,
    ) -> None:
        self.config_manager = config_manager
        self.data_dir = Path(data_dir)
        self.hub = hub or TelemetryHub()
        self.publish_race_frames = publish_race_frames and dist.is_main
        self.dist = dist
        config = dist.broadcast(config_manager.get_snapshot())
        self.device = dist.device(resolve_device(config.device))
        torch.manual_seed(config.seed)
        self.rng = random.Random(config.seed)
        self.interrupt = threading.Event()
        config_manager.fix("model")  # the weights below have these widths for the whole run
        self.model = DeepSetsPolicy(NetworkSize(**config.model.model_dump())).to(self.device)
        self.learner = learner(self.model, dist)
        torch.manual_seed(config.seed + 1000 * dist.rank)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=config.ppo.learning_rate, eps=1e-5)
        self.curriculum = Curriculum(
            config.curriculum.stage_override or "solo", config.curriculum.window_episodes
        )
        self.store = CheckpointStore(self.data_dir)
        self.league = League(self.data_dir, config.league, self.store)
        self.global_step = 0
        self.iteration = 0
        self.best_win_rate = 0.0
        self.best_eval_win_rate = -1.0
        self.last_eval_win_rate: float | None = None
        self.last_eval_search_win_rate: float | None = None
        self.last_league_search_win_rate: float | None = None
        self.search_team: SearchTeam | None = None
        self.opponent_id: str | None = None
        if config.ppo.num_envs % dist.world_size:
            raise ValueError(f"num_envs ({config.ppo.num_envs}) must divide among {dist.world_size} ranks")
        self.env = RaceVecEnv(
            config.ppo.num_envs // dist.world_size,
            self.curriculum.stage,
            config.rewards,
            device=self.device,
            seed=config.seed + 1000 * dist.rank,
            maps=config.maps,
        )
        self.solo_practice: tuple[RaceVecEnv, Observation, Tensor] | None = None
        """Solo practice races (`curriculum.solo_practice_share`): env, next observation, next done."""
        self.critic_warmup_until = 0
        """Iterations before this one train the critic alone (a run started from a shipped actor)."""
        self.initialised_from: str | None = None
        self.resumed_from: str | None = None
        if resume:
            self.resumed_from = self.resume()
        if init_from is not None and self.resumed_from is None:
            self.initialise_from(Path(init_from), config.ppo)
        self._restart_races(seed=config.seed + self.iteration)
        run_name = f"{config.preset}-seed{config.seed}"
        self.writer = SummaryWriter(str(self.data_dir / "runs" / run_name)) if dist.is_main else None
        if self.writer is not None and self.iteration == 0:
            self.writer.add_text("hyperparameters", "```json\n" + config.model_dump_json(indent=1) + "\n```")

    # -- checkpoints ---------------------------------------------------------------------------------
    def checkpoint_payload(self) -> dict[str, Any]:
        return {
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "config": self.config_manager.get_snapshot().model_dump_json(),
            "iteration": self.iteration,
            "global_step": self.global_step,
            "curriculum": self.curriculum.state_dict(),
            "best_win_rate": self.best_win_rate,
            "best_eval_win_rate": self.best_eval_win_rate,
            "torch_rng": torch.get_rng_state(),
            "env_rng": self.env.rng_state(),
            "python_rng": self.rng.getstate(),
            "critic_warmup_until": self.critic_warmup_until,
            "initialised_from": self.initialised_from,
        }

    def save_checkpoint(self, name: str | None = None) -> str:
        """Write a checkpoint atomically; rolling ones (no name) keep the last KEEP_CHECKPOINTS."""
        rolling = name is None
        name = name or f"{CHECKPOINT_PREFIX}{self.iteration:07d}"
        if not self.dist.is_main:
            return name
        self.store.save(name, self.checkpoint_payload())
        if rolling:
            # This run's own past only: another run's files in the folder (a later iteration number) are
            # neither counted nor deleted, and the file just written is never a candidate.
            own = sorted(
                (
                    i
                    for i in self.store.list()
                    if i.name.startswith(CHECKPOINT_PREFIX) and 0 <= i.iteration <= self.iteration
                ),
                key=lambda i: i.iteration,
            )
            for stale in own[:-KEEP_CHECKPOINTS]:
                if stale.iteration % MILESTONE_EVERY and stale.name != name:
                    self.store.delete(stale.name)
        self.hub.log("checkpoint", f"saved {name} at step {self.global_step:,}")
        return name

    def load_payload(self, payload: dict[str, Any]) -> None:
        try:
            held = size_of(payload["model"], prefix="actor.")
        except ValueError as error:
            raise CheckpointError(f"the checkpoint's model: {error}") from None
        if held != self.model.size:
            raise CheckpointError(
                f"the checkpoint's network has widths {tuple(held)}, this run's model "
                f"{tuple(self.model.size)} ({SIZE_FIELDS}): set model.* to match"
            )
        self.model.load_state_dict(payload["model"])
        if "optimizer" in payload:
            self.optimizer.load_state_dict(payload["optimizer"])
        self.iteration = int(payload.get("iteration", 0))
        self.global_step = int(payload.get("global_step", 0))
        self.best_win_rate = float(payload.get("best_win_rate", 0.0))
        self.best_eval_win_rate = float(payload.get("best_eval_win_rate", -1.0))
        if "curriculum" in payload:
            self.curriculum.load_state_dict(payload["curriculum"])
            if self.curriculum.stage != self.env.stage:
                self.env.set_stage(self.curriculum.stage)
        if "torch_rng" in payload:
            torch.set_rng_state(payload["torch_rng"])
        if "env_rng" in payload:
            self.env.set_rng_state(payload["env_rng"])
        if "python_rng" in payload:
            self.rng.setstate(payload["python_rng"])
        self.critic_warmup_until = int(payload.get("critic_warmup_until", 0))
        self.initialised_from = payload.get("initialised_from")

    def resume(self) -> str | None:
        """Continue from the most advanced readable rolling checkpoint (corrupt ones are skipped)."""
        found = self.store.latest(CHECKPOINT_PREFIX)
        if found is None:
            return None
        name, payload = found
        self.load_payload(payload)
        self.hub.log("info", f"resumed from {name} (iteration {self.iteration}, step {self.global_step:,})")
        return name

    def initialise_from(self, path: Path, ppo: PPOConfig) -> None:
        """Start this run from trained weights: a training checkpoint's model (actor and critic), a
        shipped actor with its critic, or an actor alone (a league member, an older shipped file: the
        fresh critic trains alone for the first `ppo.critic_warmup_iterations`, the policy held still
        meanwhile). Counters, league and optimiser start anew; `--resume` after a crash continues from this
        run's own checkpoints instead."""
        try:
            trained, has_critic = load_policy(path)
        except ValueError as error:
            raise CheckpointError(f"{path}: {error}") from None
        except Exception as error:
            raise CheckpointError(f"{path}: not a readable checkpoint ({error.__class__.__name__})") from None
        if trained.size != self.model.size:
            if not self.model.size.covers(trained.size):
                raise CheckpointError(
                    f"{path}: a network of widths {tuple(trained.size)} cannot shrink into this run's "
                    f"{tuple(self.model.size)} (model.{SIZE_FIELDS})"
                )
            grown = f"from {tuple(trained.size)} to {tuple(self.model.size)}"
            self.hub.log("info", f"growing {path} {grown} ({SIZE_FIELDS})")
            trained = widened(trained, self.model.size)  # the same actions, room to learn more
        if has_critic:
            self.model.load_state_dict(trained.state_dict())
        else:
            self.model.actor.load_state_dict(trained.actor.state_dict())
            self.critic_warmup_until = self.iteration + ppo.critic_warmup_iterations
        self.initialised_from = str(path)
        critic = "its critic" if has_critic else "a fresh critic"
        self.hub.log("info", f"initialised from {path} ({critic})")

    @property
    def critic_warming_up(self) -> bool:
        """This iteration trains the critic alone (the first ones of a run started from a shipped actor)."""
        return self.iteration < self.critic_warmup_until

    def load_checkpoint(self, name: str) -> None:
        payload = self.store.load(name, map_location=self.device)
        if "model" not in payload:
            raise CheckpointError(f"checkpoint {name!r} holds no model")
        self.load_payload(payload)
        self._restart_races()

    # -- one iteration -------------------------------------------------------------------------------
    def _restart_races(self, seed: int | None = None) -> None:
        self.next_obs, _ = self.env.reset(seed=seed)
        self.next_done = torch.zeros(self.env.num_envs, device=self.device)

    def _choose_opponent(self, config: TrainingConfig) -> None:
        """Duel: the heuristic runner; 2v2: the latest self; league: the heuristic team, the search bot's
        team, the latest self or a league member."""
        self.opponent_id = None
        stage = self.curriculum.stage
        if stage in ("solo", "duel"):
            self.env.set_opponent(None)
            return
        if stage == "league":
            self.opponent_id = self.dist.broadcast(self.league.sample_opponent(self.rng))
        if self.opponent_id == HEURISTIC:
            self.env.set_opponent(None)
            return
        if self.opponent_id == SEARCH:
            if self.search_team is None:  # the league's races: as many for the whole run
                self.search_team = SearchTeam(self.env.num_envs, laps=self.env.rules.laps)
            self.search_team.planner.reset()  # plans carried from another iteration's races are stale
            self.search_team.planner.rollouts = config.league.search_rollouts  # hot-reloaded
            self.env.set_opponent(self.search_team)
            return
        policy = (
            frozen_copy(self.model) if self.opponent_id is None else self.league.load_policy(self.opponent_id)
        )
        policy = policy.to(self.device)
        opponent: OpponentPolicy = lambda obs: policy.act(obs, deterministic=False)  # noqa: E731
        self.env.set_opponent(opponent)

    def _solo_practice_due(self, config: TrainingConfig) -> bool:
        """2v2 and league: this iteration races solo, a `curriculum.solo_practice_share` of the time."""
        share = config.curriculum.solo_practice_share
        if share <= 0 or self.curriculum.stage not in ("2v2", "league"):
            return False
        return float(self.dist.broadcast(self.rng.random())) < share

    @contextlib.contextmanager
    def _racing_solo_practice(self, config: TrainingConfig) -> Iterator[None]:
        """Within: `env`, `next_obs` and `next_done` are the solo practice races' (created on first use, with
        as many races as the main env); their races go on from one practice iteration to the next."""
        if self.solo_practice is None:
            seed = config.seed + SOLO_PRACTICE_SEED_OFFSET + 1000 * self.dist.rank
            env = RaceVecEnv(
                self.env.num_envs, "solo", config.rewards, device=self.device, seed=seed, maps=config.maps
            )
            obs, _ = env.reset(seed=seed)
            self.solo_practice = (env, obs, torch.zeros(env.num_envs, device=self.device))
        main = (self.env, self.next_obs, self.next_done)
        self.env, self.next_obs, self.next_done = self.solo_practice
        try:
            yield
        finally:
            self.solo_practice = (self.env, self.next_obs, self.next_done)
            self.env, self.next_obs, self.next_done = main

    def record_opponent_result(self, wins: list[float]) -> None:
        """A league member's Elo moves with the learner's results against it; the scripted teams (heuristic,
        search) are not rated (their strength is fixed): the win rate against them goes to TensorBoard and
        the control room instead."""
        if self.opponent_id is None:
            return
        score = sum(wins) / len(wins)
        if self.opponent_id in (HEURISTIC, SEARCH):
            if self.opponent_id == SEARCH:
                self.last_league_search_win_rate = score
            if self.writer is not None:
                self.writer.add_scalar(f"league/win_rate_vs_{self.opponent_id}", score, self.global_step)
            return
        self.league.record_result(self.opponent_id, score, len(wins))

    def rollout(self, ppo: PPOConfig) -> Rollout:
        """`num_steps` turns of every race into buffers, then GAE (CleanRL's loop); see RolloutInterrupted."""
        start = time.perf_counter()
        steps, n, a = ppo.num_steps, self.env.num_envs, self.env.num_agents
        device = self.device
        obs_buffer: list[Observation] = []
        actions = torch.zeros(steps, n, a, 4, device=device)
        logprobs = torch.zeros(steps, n, a, device=device)
        rewards = torch.zeros(steps, n, a, device=device)
        dones = torch.zeros(steps, n, a, device=device)
        values = torch.zeros(steps, n, a, device=device)
        episode_turns: list[int] = []
        episode_wins: list[float] = []
        episode_returns: list[float] = []
        for t in range(steps):
            if self.interrupt.is_set() and not self.dist.enabled:
                raise RolloutInterrupted
            obs_buffer.append(self.next_obs)
            dones[t] = self.next_done[:, None]
            with torch.no_grad():
                action, logprob, _, value = self.model.get_action_and_value(self.next_obs)
            values[t] = value
            actions[t] = action
            logprobs[t] = logprob
            self.next_obs, reward, terminated, truncated, info = self.env.step(action)
            if truncated.any():
                with torch.no_grad():
                    bootstrap = self.model.get_value(info["final_observation"])
                reward = reward + ppo.gamma * bootstrap * truncated[:, None]
            rewards[t] = reward
            done = terminated | truncated
            self.next_done = done.float()
            if done.any():
                episode_turns += info["episode_turns"][done].tolist()
                episode_wins += info["win"][done].tolist()
                episode_returns += info["episode_return"][done].tolist()
            if self.publish_race_frames:
                self.hub.publish_race(self.env.race_frame(match_id=self.iteration))
        with torch.no_grad():
            next_value = self.model.get_value(self.next_obs)
        advantages, returns = compute_gae(
            rewards,
            values,
            dones,
            next_value,
            self.next_done[:, None].expand(-1, a),
            ppo.gamma,
            ppo.gae_lambda,
        )
        return Rollout(
            obs=_flat(_stack_obs(obs_buffer)),
            actions=actions.reshape(-1, 1, 4),
            logprobs=logprobs.reshape(-1, 1),
            advantages=advantages.reshape(-1, 1),
            returns=returns.reshape(-1, 1),
            values=values.reshape(-1, 1),
            episode_turns=episode_turns,
            episode_wins=episode_wins,
            episode_returns=episode_returns,
            reward_mean=float(rewards.mean()),
            seconds=time.perf_counter() - start,
        )

    def update(self, batch: Rollout, ppo: PPOConfig, blocker_weight: float = 1.0) -> dict[str, float]:
        """Minibatch epochs of the clipped surrogate, clipped value loss and entropy bonus; `blocker_weight`
        weighs the blockers' samples in the surrogate and the entropy bonus (the runners' weigh 1; the value
        loss takes every sample)."""
        samples = batch.actions.shape[0]
        role_weights = None
        if blocker_weight != 1.0:
            runner = batch.obs.self_features[:, 0, LEADER_FEATURE] > 0.5
            role_weights = torch.where(runner, 1.0, blocker_weight)[:, None].to(batch.advantages.dtype)
        minibatch = max(1, samples // ppo.num_minibatches)
        clip_fractions = []
        critic_only = self.critic_warming_up
        actor_weight = 0.0 if critic_only else 1.0  # at 0 the actor's gradients stay defined (DDP)
        approx_kl = old_approx_kl = torch.zeros(())
        policy_loss = value_loss = entropy_loss = torch.zeros(())
        for _ in range(ppo.update_epochs):
            order = torch.randperm(samples, device=self.device)
            for begin in range(0, samples, minibatch):
                index = order[begin : begin + minibatch]
                new_logprob, entropy, new_value = self.learner(_index(batch.obs, index), batch.actions[index])
                log_ratio = new_logprob - batch.logprobs[index]
                ratio = log_ratio.exp()
                with torch.no_grad():
                    old_approx_kl = (-log_ratio).mean()
                    approx_kl = ((ratio - 1) - log_ratio).mean()
                    clip_fractions.append(float(((ratio - 1.0).abs() > ppo.clip_coef).float().mean()))
                advantages = batch.advantages[index]
                weight = None if role_weights is None else role_weights[index]
                if ppo.norm_adv:
                    advantages = (advantages - _mean(advantages, weight)) / (_std(advantages, weight) + 1e-8)
                policy_loss = _mean(
                    torch.max(
                        -advantages * ratio,
                        -advantages * torch.clamp(ratio, 1 - ppo.clip_coef, 1 + ppo.clip_coef),
                    ),
                    weight,
                )
                returns = batch.returns[index]
                if ppo.clip_vloss and not critic_only:  # a fresh critic, far from the returns: unclipped
                    unclipped = (new_value - returns) ** 2
                    clipped_value = batch.values[index] + torch.clamp(
                        new_value - batch.values[index], -ppo.clip_coef, ppo.clip_coef
                    )
                    value_loss = 0.5 * torch.max(unclipped, (clipped_value - returns) ** 2).mean()
                else:
                    value_loss = 0.5 * ((new_value - returns) ** 2).mean()
                entropy_loss = _mean(entropy, weight)
                loss = actor_weight * (policy_loss - ppo.ent_coef * entropy_loss) + value_loss * ppo.vf_coef
                self.optimizer.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(self.model.parameters(), ppo.max_grad_norm)
                self.optimizer.step()
            if ppo.target_kl is not None and self.dist.mean(float(approx_kl)) > ppo.target_kl:
                break
        y_pred, y_true = batch.values.flatten(), batch.returns.flatten()
        var_y = float(y_true.var())
        explained = float("nan") if var_y == 0 else 1.0 - float((y_true - y_pred).var()) / var_y
        return {
            "policy_loss": float(policy_loss.detach()),
            "value_loss": float(value_loss.detach()),
            "entropy": float(entropy_loss.detach()),
            "old_approx_kl": float(old_approx_kl),
            "approx_kl": float(approx_kl),
            "clipfrac": sum(clip_fractions) / max(1, len(clip_fractions)),
            "explained_variance": explained,
        }

    def train_iteration(self) -> TrainingStats:
        """One PPO iteration; returns (and publishes) its figures."""
        start = time.perf_counter()
        if self.dist.enabled and self.dist.mean(float(self.interrupt.is_set())) > 0:
            raise RolloutInterrupted("stopped on every rank before the rollout")
        config = self.dist.broadcast(self.config_manager.get_snapshot())
        ppo = config.ppo
        self.env.set_rewards(config.rewards)
        self.model.set_actor_on_grid(ppo.quantisation_aware)
        if ppo.num_envs != self.env.num_envs:
            self.hub.log("info", "num_envs changes apply on RESET (the races are preallocated)")
        lr = ppo.learning_rate * (1.0 - self.global_step / ppo.total_steps if ppo.anneal_lr else 1.0)
        if self.critic_warming_up:  # the critic alone learns: its own step size
            lr = ppo.critic_warmup_learning_rate
        for group in self.optimizer.param_groups:
            group["lr"] = max(lr, 0.0)
        practice = self._solo_practice_due(config)
        if practice:
            self.opponent_id = None
            with self._racing_solo_practice(config):
                self.env.set_rewards(config.rewards)
                batch = self.rollout(ppo)
        else:
            self._choose_opponent(config)
            batch = self.rollout(ppo)
        versus_search = self.opponent_id == SEARCH  # None in practice iterations
        losses = self.update(batch, ppo, config.league.search_blocker_weight if versus_search else 1.0)
        self.iteration += 1
        env_steps = ppo.num_steps * self.env.num_envs * self.dist.world_size
        self.global_step += env_steps
        if self.dist.enabled:
            gathered = self.dist.gather((batch.episode_turns, batch.episode_wins, batch.episode_returns))
            batch.episode_turns = [t for turns, _, _ in gathered for t in turns]
            batch.episode_wins = [w for _, wins, _ in gathered for w in wins]
            batch.episode_returns = [r for _, _, returns in gathered for r in returns]
        if practice:  # practice says nothing of the stage's exit condition or of an opponent
            if self.writer is not None and batch.episode_turns:
                mean_turns = sum(batch.episode_turns) / len(batch.episode_turns)
                self.writer.add_scalar("practice/solo_mean_turns", mean_turns, self.global_step)
        else:
            self.curriculum.record(batch.episode_turns, batch.episode_wins)
            self._save_if_best()
            if batch.episode_wins and self.dist.is_main:
                self.record_opponent_result(batch.episode_wins)
        previous_stage = self.curriculum.stage
        new_stage = self.curriculum.step(config.curriculum)
        if new_stage is not None:
            self.env.set_stage(new_stage)
            self._restart_races()
            self.best_win_rate = 0.0
            self.hub.log("stage", f"curriculum: {previous_stage} -> {new_stage} at step {self.global_step:,}")
        self._evaluate_if_due(config)
        snapshot_due = self.iteration % config.league.snapshot_every == 0
        if self.curriculum.stage in ("2v2", "league") and snapshot_due and self.dist.is_main:
            member = self.league.add(self.model, "learner", self.iteration, self.global_step)
            self.hub.log("info", f"league: added {member}")
        seconds = time.perf_counter() - start
        win_rate = self.curriculum.win_rate()
        stats = TrainingStats(
            step=self.global_step,
            iteration=self.iteration,
            total_steps=ppo.total_steps,
            fps_physics=env_steps / batch.seconds,
            fps_training=env_steps / seconds,
            reward_mean=batch.reward_mean,
            episode_length_mean=sum(batch.episode_turns) / len(batch.episode_turns)
            if batch.episode_turns
            else 0.0,
            win_rate=win_rate,
            eval_win_rate=self.last_eval_win_rate,
            eval_win_rate_vs_search=self.last_eval_search_win_rate,
            league_win_rate_vs_search=self.last_league_search_win_rate,
            active_model=f"{CHECKPOINT_PREFIX}{self.iteration:07d}",
            stage=self.curriculum.stage,
            opponent="solo practice"
            if practice
            else self.opponent_id or {"solo": "none", "duel": "heuristic"}.get(self.curriculum.stage, "self"),
            learning_rate=lr,
            entropy=losses["entropy"],
            value_loss=losses["value_loss"],
            policy_loss=losses["policy_loss"],
            approx_kl=losses["approx_kl"],
            clip_fraction=losses["clipfrac"],
            explained_variance=losses["explained_variance"],
            running=True,
            cpu_memory_mb=psutil.Process().memory_info().rss / 2**20,
            gpu_memory_mb=torch.cuda.memory_allocated() / 2**20 if self.device.type == "cuda" else 0.0,
            league=tuple(self.league.table(10)),
        )
        self._log(stats, losses, batch)
        self.hub.publish_stats(stats)
        if self.iteration % config.checkpoint_every == 0:
            self.save_checkpoint()
        return stats

    def _save_if_best(self) -> None:
        """Win rates are only comparable within a stage and over a full window; a 0% best is no model."""
        if not self.curriculum.window_full() or self.curriculum.win_rate() <= self.best_win_rate:
            return
        self.best_win_rate = self.curriculum.win_rate()
        name = self.save_checkpoint(f"{BEST_PREFIX}{self.curriculum.stage}")
        self.hub.log("best_model", f"{name}: win rate {self.best_win_rate:.1%} at step {self.global_step:,}")

    def _evaluate_if_due(self, config: TrainingConfig) -> None:
        """Every `eval.every` iterations of 2v2 or league: the deterministic policy against the heuristic team
        and (`eval.search_games`) the search bot's team, each on its same fixed games; the best so far by
        the mean of the two win rates is kept as `best-eval` (the checkpoint worth shipping)."""
        every = config.eval.every
        due = every and self.iteration % every == 0 and self.curriculum.stage in ("2v2", "league")
        if not due or not self.dist.is_main:
            return
        result = evaluate_vs_heuristic(self.model, config.eval.games, self.device)
        self.last_eval_win_rate = result.win_rate
        rates = [result.win_rate]
        if self.writer is not None:
            self.writer.add_scalar("eval/win_rate_vs_heuristic", result.win_rate, self.global_step)
            self.writer.add_scalar("eval/mean_turns", result.mean_turns, self.global_step)
        message = f"eval: {result.win_rate:.1%} of {result.games} games vs the heuristic"
        seconds = result.seconds
        if config.eval.search_games:
            versus = evaluate_vs_search(self.model, config.eval.search_games, self.device)
            self.last_eval_search_win_rate = versus.win_rate
            rates.append(versus.win_rate)
            seconds += versus.seconds
            message += f", {versus.win_rate:.1%} of {versus.games} vs search"
            if self.writer is not None:
                self.writer.add_scalar("eval/win_rate_vs_search", versus.win_rate, self.global_step)
        self.hub.log("info", f"{message} (deterministic, {seconds:.1f} s) at step {self.global_step:,}")
        score = sum(rates) / len(rates)
        if score > self.best_eval_win_rate:
            self.best_eval_win_rate = score
            name = self.save_checkpoint(f"{BEST_PREFIX}eval")
            self.hub.log("best_model", f"{name}: {message} at step {self.global_step:,}")

    def _log(self, stats: TrainingStats, losses: dict[str, float], batch: Rollout) -> None:
        step = self.global_step
        w = self.writer
        if w is None:
            return
        if batch.episode_returns:
            w.add_scalar(
                "charts/episodic_return", sum(batch.episode_returns) / len(batch.episode_returns), step
            )
            w.add_scalar("charts/episodic_length", stats.episode_length_mean, step)
        w.add_scalar("charts/win_rate", stats.win_rate, step)
        w.add_scalar("charts/learning_rate", stats.learning_rate, step)
        w.add_scalar("charts/SPS", stats.fps_training, step)
        w.add_scalar("charts/rollout_SPS", stats.fps_physics, step)
        w.add_scalar("charts/reward_mean", stats.reward_mean, step)
        for key, value in losses.items():
            w.add_scalar(f"losses/{key}", value, step)
        w.add_scalar("curriculum/stage", ["solo", "duel", "2v2", "league"].index(stats.stage), step)
        if self.curriculum.stage == "solo" and batch.episode_turns:
            w.add_scalar("curriculum/solo_mean_finish_turns", self.curriculum.mean_finish_turns(), step)
        if self.league.members:
            w.add_scalar("league/learner_elo", self.league.learner_elo, step)
            w.add_scalar("league/members", len(self.league.members), step)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
