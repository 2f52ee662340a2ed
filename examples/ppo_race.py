"""PPO on `sebulba/Race-v0` through the Gymnasium API only, in one file (after CleanRL's
ppo_continuous_action.py): what a third party's own trainer sees of the simulator.

    pip install -e '.[gym]'
    python examples/ppo_race.py --minutes 3

It evaluates the deterministic policy (the Gaussian's mean) on the same fixed races before training and
after, and prints `name: value` lines: races finished, checkpoints passed, turns of the finished races.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from dataclasses import dataclass

import gymnasium
import numpy as np
import torch
from torch import nn
from torch.distributions import Normal

import sebulba.envs  # noqa: F401  (registers sebulba/Race-v0)


@dataclass
class Args:
    seed: int = 1
    """seeds torch, the races and the action sampling"""
    minutes: float = 3.0
    """wall-clock training budget"""
    threads: int = 1
    """torch threads (the measurement in docs/ENVIRONMENTS.md used one core)"""
    num_envs: int = 64
    """races stepped together by the batched vector env"""
    num_steps: int = 128
    """turns per race per rollout"""
    learning_rate: float = 3e-4
    """Adam's step size, annealed to 0 over the budget"""
    gamma: float = 0.99
    """discount: the faster pod collects its progress sooner"""
    gae_lambda: float = 0.95
    """GAE's bias-variance trade-off"""
    num_minibatches: int = 8
    """minibatches per epoch"""
    update_epochs: int = 4
    """passes over each rollout"""
    clip_coef: float = 0.2
    """PPO's surrogate clipping"""
    ent_coef: float = 0.0
    """entropy bonus"""
    vf_coef: float = 0.5
    """value loss weight"""
    max_grad_norm: float = 0.5
    """gradient clipping"""
    eval_races: int = 64
    """fixed races for the before/after evaluation"""

    @property
    def batch_size(self) -> int:
        return self.num_envs * self.num_steps

    @property
    def minibatch_size(self) -> int:
        return self.batch_size // self.num_minibatches


def parse_args() -> Args:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for field in dataclasses.fields(Args):
        parser.add_argument(
            f"--{field.name.replace('_', '-')}", type=type(field.default), default=field.default
        )
    return Args(**vars(parser.parse_args()))


def layer_init(layer: nn.Linear, std: float = np.sqrt(2), bias_const: float = 0.0) -> nn.Linear:
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    """CleanRL's continuous-action agent: separate tanh MLPs, a state-independent log std."""

    def __init__(self, obs_dim: int, action_dim: int) -> None:
        super().__init__()
        self.critic = nn.Sequential(
            layer_init(nn.Linear(obs_dim, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, 1), std=1.0),
        )
        self.actor_mean = nn.Sequential(
            layer_init(nn.Linear(obs_dim, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, action_dim), std=0.01),
        )
        self.actor_logstd = nn.Parameter(torch.zeros(1, action_dim))

    def get_value(self, x: torch.Tensor) -> torch.Tensor:
        return self.critic(x)

    def get_action_and_value(
        self, x: torch.Tensor, action: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        mean = self.actor_mean(x)
        probs = Normal(mean, self.actor_logstd.expand_as(mean).exp())
        if action is None:
            action = probs.sample()
        return action, probs.log_prob(action).sum(1), probs.entropy().sum(1), self.critic(x)


def evaluate(agent: Agent, args: Args) -> dict[str, float]:
    """The deterministic policy on `eval_races` fixed races (one seeded batch, played to the end)."""
    envs = gymnasium.make_vec("sebulba/Race-v0", num_envs=args.eval_races)
    obs, _ = envs.reset(seed=10_000)
    low, high = envs.single_action_space.low, envs.single_action_space.high
    ended = np.zeros(args.eval_races, dtype=bool)
    passed = np.zeros(args.eval_races)
    finished = np.zeros(args.eval_races, dtype=bool)
    turns = np.zeros(args.eval_races)
    while not ended.all():
        with torch.no_grad():
            mean = agent.actor_mean(torch.as_tensor(obs)).numpy()
        obs, _, terminated, truncated, info = envs.step(np.clip(mean, low, high))
        turns += ~ended
        for race in np.flatnonzero((terminated | truncated) & ~ended):
            passed[race] = info["final_info"]["checkpoints_passed"][race]
            finished[race] = passed[race] == info["final_info"]["race_checkpoints"][race]
            ended[race] = True
    return {
        "finished": finished.mean(),
        "checkpoints_passed": passed.mean(),
        "turns_when_finished": turns[finished].mean() if finished.any() else float("nan"),
    }


def main() -> None:
    args = parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    envs = gymnasium.make_vec("sebulba/Race-v0", num_envs=args.num_envs)
    envs = gymnasium.wrappers.vector.RecordEpisodeStatistics(envs)
    envs = gymnasium.wrappers.vector.ClipAction(envs)
    obs_dim = envs.single_observation_space.shape[0]
    action_dim = envs.single_action_space.shape[0]
    agent = Agent(obs_dim, action_dim)
    optimizer = torch.optim.Adam(agent.parameters(), lr=args.learning_rate, eps=1e-5)

    for name, value in evaluate(agent, args).items():
        print(f"before_{name}: {value:.3f}")

    obs = torch.zeros((args.num_steps, args.num_envs, obs_dim))
    actions = torch.zeros((args.num_steps, args.num_envs, action_dim))
    logprobs = torch.zeros((args.num_steps, args.num_envs))
    rewards = torch.zeros((args.num_steps, args.num_envs))
    dones = torch.zeros((args.num_steps, args.num_envs))
    values = torch.zeros((args.num_steps, args.num_envs))

    start = time.time()
    global_step = 0
    next_obs_np, _ = envs.reset(seed=args.seed)
    envs.action_space.seed(args.seed)
    next_obs = torch.as_tensor(next_obs_np)
    next_done = torch.zeros(args.num_envs)
    iteration = 0
    while (elapsed := time.time() - start) < args.minutes * 60:
        iteration += 1
        optimizer.param_groups[0]["lr"] = args.learning_rate * max(0.0, 1.0 - elapsed / (args.minutes * 60))
        episode_returns, episode_lengths = [], []
        for step in range(args.num_steps):
            global_step += args.num_envs
            obs[step] = next_obs
            dones[step] = next_done
            with torch.no_grad():
                action, logprob, _, value = agent.get_action_and_value(next_obs)
            values[step] = value.flatten()
            actions[step] = action
            logprobs[step] = logprob
            next_obs_np, reward, terminations, truncations, infos = envs.step(action.numpy())
            # Race-v0 never truncates without max_episode_steps: every end is a terminal state.
            next_done = torch.as_tensor(np.logical_or(terminations, truncations), dtype=torch.float32)
            rewards[step] = torch.as_tensor(reward, dtype=torch.float32)
            next_obs = torch.as_tensor(next_obs_np)
            if "episode" in infos:
                episode_returns += infos["episode"]["r"][infos["_episode"]].tolist()
                episode_lengths += infos["episode"]["l"][infos["_episode"]].tolist()

        # Same-step autoreset: dones[t + 1] says that step t ended its race (obs[t + 1] is a new race's
        # first), so the value of obs[t + 1] bootstraps step t only where the race went on.
        with torch.no_grad():
            next_value = agent.get_value(next_obs).reshape(1, -1)
            advantages = torch.zeros_like(rewards)
            lastgaelam = torch.zeros(args.num_envs)
            for t in reversed(range(args.num_steps)):
                if t == args.num_steps - 1:
                    nextnonterminal = 1.0 - next_done
                    nextvalues = next_value
                else:
                    nextnonterminal = 1.0 - dones[t + 1]
                    nextvalues = values[t + 1]
                delta = rewards[t] + args.gamma * nextvalues * nextnonterminal - values[t]
                advantages[t] = lastgaelam = (
                    delta + args.gamma * args.gae_lambda * nextnonterminal * lastgaelam
                )
            returns = advantages + values

        b_obs = obs.reshape((-1, obs_dim))
        b_logprobs = logprobs.reshape(-1)
        b_actions = actions.reshape((-1, action_dim))
        b_advantages = advantages.reshape(-1)
        b_returns = returns.reshape(-1)
        b_values = values.reshape(-1)

        b_inds = np.arange(args.batch_size)
        for _ in range(args.update_epochs):
            np.random.default_rng(iteration).shuffle(b_inds)
            for begin in range(0, args.batch_size, args.minibatch_size):
                mb_inds = b_inds[begin : begin + args.minibatch_size]
                _, newlogprob, entropy, newvalue = agent.get_action_and_value(
                    b_obs[mb_inds], b_actions[mb_inds]
                )
                ratio = (newlogprob - b_logprobs[mb_inds]).exp()
                mb_advantages = b_advantages[mb_inds]
                mb_advantages = (mb_advantages - mb_advantages.mean()) / (mb_advantages.std() + 1e-8)
                pg_loss = torch.max(
                    -mb_advantages * ratio,
                    -mb_advantages * ratio.clamp(1 - args.clip_coef, 1 + args.clip_coef),
                ).mean()
                newvalue = newvalue.view(-1)
                v_clipped = b_values[mb_inds] + (newvalue - b_values[mb_inds]).clamp(
                    -args.clip_coef, args.clip_coef
                )
                v_loss = (
                    0.5
                    * torch.max(
                        (newvalue - b_returns[mb_inds]) ** 2, (v_clipped - b_returns[mb_inds]) ** 2
                    ).mean()
                )
                loss = pg_loss - args.ent_coef * entropy.mean() + v_loss * args.vf_coef
                optimizer.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(agent.parameters(), args.max_grad_norm)
                optimizer.step()

        if episode_returns:
            print(
                f"step {global_step}  {time.time() - start:.0f}s  races {len(episode_returns)}  "
                f"return {np.mean(episode_returns):.1f}  turns {np.mean(episode_lengths):.0f}  "
                f"sps {global_step / (time.time() - start):.0f}"
            )

    for name, value in evaluate(agent, args).items():
        print(f"after_{name}: {value:.3f}")
    print(f"env_steps: {global_step}")


if __name__ == "__main__":
    main()
