"""A Gymnasium-style vector environment over the batched engine: B races, observations, rewards, roles.

Conventions (STYLE.md): `reset(seed=None) -> (obs, info)`, `step(actions) -> (obs, rewards, terminated,
truncated, info)`; same-step autoreset as in gymnax (`where(done, reset, stepped)`), the observation
before the reset kept in `info["final_observation"]`. Terminated: the rules decided the race (finish,
elimination, turn 500). This environment never truncates: every race ends by the rules.

Features, roles and action decoding are the batched twins of `features.py` (what the exported bot runs);
tests bind the two. Rewards follow the seed plan's section 4.4 (see `RewardWeights`).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any, ClassVar, Protocol, runtime_checkable

import torch
from torch import Tensor

from sebulba.bots.heuristic_batched import heuristic_team_commands
from sebulba.config import RewardWeights, Stage
from sebulba.models.deepsets import Observation
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.features import (
    ACTION_STRETCH,
    BOOST_HAZARD,
    BOOST_INFERENCE_ACCELERATION,
    BOOST_INFERENCE_CLEARANCE,
    ENTITY_DIM,
    MAP_HEIGHT,
    MAP_WIDTH,
    MAX_ENTITIES,
    MAX_TURN_DEG,
    OUT_OF_PLAY_MARGIN,
    POSITION_SCALE,
    TARGET_DISTANCE,
    VELOCITY_SCALE,
)
from sebulba.simulation.maps import random_map, random_official_map
from sebulba.simulation.rules import DEFAULT_RULES, MAX_CHECKPOINTS, Rules
from sebulba.training.telemetry import PodFrame, RaceFrame

OpponentPolicy = Callable[[Observation], Tensor]
"""Maps the opponent pods' observations to their actions [N, A_opponent, 4]."""


@runtime_checkable
class ScriptedTeam(Protocol):
    """An opponent that reads the races' state rather than observations (the batched `search` bot)."""

    def team_commands(self, state: physics.BatchState, team: Tensor) -> physics.BatchCommands:
        """Commands for the pods of team `team` [N] of every race (the other pods holding still)."""
        ...


POD_COUNT: dict[Stage, int] = {"solo": 1, "duel": 2, "2v2": 4, "league": 4}
MAP_POOL_SIZE = 4096
"""Maps drawn once per environment; resets sample from the pool so they stay batched and cheap."""


def team_of_pods(pod_count: int, device: torch.device) -> Tensor:
    """[P] team of each pod (cpu_physics.team_of)."""
    pods = torch.arange(pod_count, device=device)
    return pods // 2 if pod_count == 4 else pods


def _others(pod_count: int, device: torch.device) -> Tensor:
    """[P, P-1] each pod's others: teammate first, then enemies by index (as `Tracker` lists them)."""
    teams = [i // 2 if pod_count == 4 else i for i in range(pod_count)]
    rows = [
        sorted((k for k in range(pod_count) if k != i), key=lambda k, i=i: (teams[k] != teams[i], k))
        for i in range(pod_count)
    ]
    return torch.tensor(rows, device=device, dtype=torch.long).reshape(pod_count, pod_count - 1)


def heading_radians(state: physics.BatchState) -> Tensor:
    """[N, P] the pod's frame: printed angle (whole degrees), or toward its next checkpoint at first."""
    printed = physics.printed_angles(state)
    to_cp = physics.next_checkpoints(state) - state.pos
    first = torch.atan2(to_cp[..., 1], to_cp[..., 0]) * (180.0 / math.pi)
    return torch.where(state.has_angle, printed, first) * (math.pi / 180.0)


def _in_frame(vector: Tensor, cos_h: Tensor, sin_h: Tensor) -> Tensor:
    """World vectors [..., 2] in the frame of a heading (cos_h, sin_h broadcast over [...])."""
    x, y = vector[..., 0], vector[..., 1]
    return torch.stack((x * cos_h + y * sin_h, -x * sin_h + y * cos_h), dim=-1)


def _unit(vector: Tensor) -> Tensor:
    norm = torch.sqrt((vector * vector).sum(-1, keepdim=True))
    fallback = torch.zeros_like(vector)
    fallback[..., 0] = 1.0
    return torch.where(norm == 0.0, fallback, vector / torch.where(norm == 0.0, 1.0, norm))


def observe_all(
    state: physics.BatchState,
    leader: Tensor,
    boost_seen: Tensor,
    rules: Rules,
) -> Observation:
    """Features of every pod [N, P, ...] (features.pod_features, batched).

    leader [N, P] bool (per team), boost_seen [N, P] bool (an enemy's BOOST as others infer it).
    """
    n, pod_count = state.pos.shape[:2]
    device = state.pos.device
    h = heading_radians(state)
    cos_h, sin_h = torch.cos(h), torch.sin(h)
    cp = physics.next_checkpoints(state)
    following = physics.next_checkpoints(state, 1)
    vel = _in_frame(state.vel, cos_h, sin_h)
    to_cp = _in_frame(cp - state.pos, cos_h, sin_h)
    leg = _in_frame(following - cp, cos_h, sin_h)
    to_next = _in_frame(following - state.pos, cos_h, sin_h)
    dist_cp = torch.sqrt((to_cp * to_cp).sum(-1))
    dir_cp = _unit(to_cp)
    dir_leg = _unit(leg)
    total = (rules.laps * state.num_checkpoints)[:, None].to(state.pos.dtype)
    turn = state.turn[:, None].expand(n, pod_count).to(state.pos.dtype)
    teams = team_of_pods(pod_count, device)
    timeout_left = state.team_timeouts[:, teams]
    own = torch.stack(
        (
            vel[..., 0] / VELOCITY_SCALE,
            vel[..., 1] / VELOCITY_SCALE,
            dir_cp[..., 0],
            dir_cp[..., 1],
            dist_cp / POSITION_SCALE,
            dir_leg[..., 0],
            dir_leg[..., 1],
            torch.sqrt((leg * leg).sum(-1)) / POSITION_SCALE,
            leader.to(state.pos.dtype),
            state.shield_turns.to(state.pos.dtype) / 3.0,
            (~state.boost_used).to(state.pos.dtype),
            state.checkpoints_passed.to(state.pos.dtype) / total,
            (rules.timeout_turns - timeout_left).to(state.pos.dtype) / rules.timeout_turns,
            turn / rules.max_turns,
        ),
        dim=-1,
    )
    checkpoint = torch.stack(
        (
            to_cp[..., 0] / POSITION_SCALE,
            to_cp[..., 1] / POSITION_SCALE,
            to_next[..., 0] / POSITION_SCALE,
            to_next[..., 1] / POSITION_SCALE,
            (state.checkpoints_passed == total.long() - 1).to(state.pos.dtype),
            (vel * dir_cp).sum(-1) / VELOCITY_SCALE,
        ),
        dim=-1,
    )
    entities = torch.zeros(n, pod_count, MAX_ENTITIES, ENTITY_DIM, dtype=state.pos.dtype, device=device)
    mask = torch.zeros(n, pod_count, MAX_ENTITIES, dtype=torch.bool, device=device)
    if pod_count > 1:
        others = _others(pod_count, device)  # [P, P-1]
        k = pod_count - 1

        def pick(values: Tensor) -> Tensor:
            """values [N, P, ...] -> [N, P, P-1, ...] of each observer's others."""
            return values[:, others]

        c = cos_h[..., None]
        s = sin_h[..., None]
        rel = _in_frame(pick(state.pos) - state.pos[:, :, None], c, s)
        other_vel = _in_frame(pick(state.vel), c, s)
        other_h = pick(h) - h[..., None]
        other_cp = _in_frame(pick(cp - state.pos), c, s)
        same_team = teams[others] == teams[:, None]  # [P, P-1]
        passed = state.checkpoints_passed.to(state.pos.dtype)
        count = state.num_checkpoints[:, None, None].to(state.pos.dtype)
        boost_known = ~pick(state.boost_used)
        boost_guess = ~pick(boost_seen)
        entities[:, :, :k] = torch.stack(
            (
                rel[..., 0] / POSITION_SCALE,
                rel[..., 1] / POSITION_SCALE,
                other_vel[..., 0] / VELOCITY_SCALE,
                other_vel[..., 1] / VELOCITY_SCALE,
                torch.cos(other_h),
                torch.sin(other_h),
                torch.clamp(torch.sqrt((rel * rel).sum(-1)) / POSITION_SCALE, max=2.0),
                other_cp[..., 0] / POSITION_SCALE,
                other_cp[..., 1] / POSITION_SCALE,
                same_team.expand(n, -1, -1).to(state.pos.dtype),
                torch.clamp((pick(passed) - passed[..., None]) / count, -3.0, 3.0),
                torch.where(same_team, boost_known, boost_guess).to(state.pos.dtype),
                pick(leader).to(state.pos.dtype),
            ),
            dim=-1,
        )
        mask[:, :, :k] = pods_in_play(pick(state.pos))
    return Observation(own.float(), entities.float(), mask, checkpoint.float())


def pods_in_play(pos: Tensor) -> Tensor:
    """features.in_play, batched: pos [..., 2] -> [...] bool."""
    margin = OUT_OF_PLAY_MARGIN
    x, y = pos[..., 0], pos[..., 1]
    return (x >= -margin) & (x <= MAP_WIDTH + margin) & (y >= -margin) & (y <= MAP_HEIGHT + margin)


def select_pods(obs: Observation, index: Tensor) -> Observation:
    """The observations of pods `index` [N, K] -> Observation with A = K."""
    return Observation(*(physics.gather_pods(part, index) for part in obs))


def boost_hazard_of(output: Tensor) -> Tensor:
    """features.boost_hazard, batched: -log(1 - p), infinite at p = 1."""
    return -torch.log1p(-output.clamp(0.0, 1.0))


def added_boost_hazard(
    before: physics.BatchState, pods: Tensor, actions: Tensor, commands: physics.BatchCommands
) -> Tensor:
    """[N, K] Tracker.commit's bookkeeping for pods [N, K]: a turn without SHIELD or BOOST, boost unused,
    adds its boost output's hazard (actions [N, K, 4])."""
    quiet = ~(
        physics.gather_pods(commands.shield, pods)
        | physics.gather_pods(commands.boost, pods)
        | physics.gather_pods(before.boost_used, pods)
    )
    return torch.where(quiet, boost_hazard_of(actions[..., 3]), 0.0)


def decode_actions(
    state: physics.BatchState,
    pods: Tensor,
    actions: Tensor,
    rules: Rules,
    boost_hazard: Tensor | None = None,
) -> physics.BatchCommands:
    """Policy outputs [N, K, 4] of pods [N, K] -> commands for those pods (features.decode_action, batched).
    `boost_hazard` [N, K]: the pods' accumulated boost hazard (features.BOOST_HAZARD; None: zero).

    Returns commands for all P pods where the other pods hold their position (no rotation, no thrust);
    the caller merges the two teams' commands.
    """
    if torch.isnan(actions).any():
        raise ValueError("NaN in actions")
    if actions.shape[-1] != 4 or actions.shape[:2] != pods.shape:
        raise ValueError(f"actions must be [N, {pods.shape[1]}, 4], got {list(actions.shape)}")
    dtype = state.pos.dtype
    actions = actions.to(dtype)
    thrust_fraction = (0.5 + (actions[..., 0] - 0.5) * ACTION_STRETCH).clamp(0.0, 1.0)
    offset = (actions[..., 1] * ACTION_STRETCH).clamp(-1.0, 1.0)
    heading = physics.gather_pods(heading_radians(state), pods)
    desired = heading + offset * (MAX_TURN_DEG * math.pi / 180.0)
    pos = physics.gather_pods(state.pos, pods)
    direction = torch.stack((torch.cos(desired), torch.sin(desired)), dim=-1)
    target = torch.floor(pos + direction * TARGET_DISTANCE + 0.5)
    shield = actions[..., 2] > 0.5
    hazard = boost_hazard_of(actions[..., 3])
    if boost_hazard is not None:
        hazard = hazard + boost_hazard.to(dtype)
    boost = (hazard >= BOOST_HAZARD) & ~shield & ~physics.gather_pods(state.boost_used, pods)
    thrust = torch.floor(thrust_fraction * rules.max_thrust + 0.5).long()
    commands = hold_position(state)
    rows = torch.arange(pods.shape[0], device=pods.device)[:, None]
    commands.target[rows, pods] = target
    commands.thrust[rows, pods] = thrust
    commands.shield[rows, pods] = shield
    commands.boost[rows, pods] = boost
    return commands


def hold_position(state: physics.BatchState) -> physics.BatchCommands:
    """Every pod aims at itself: no rotation, no thrust (the referee's rule for target == position)."""
    shape = state.pos.shape[:2]
    device = state.pos.device
    return physics.BatchCommands(
        target=state.pos.clone(),
        thrust=torch.zeros(shape, dtype=torch.long, device=device),
        shield=torch.zeros(shape, dtype=torch.bool, device=device),
        boost=torch.zeros(shape, dtype=torch.bool, device=device),
    )


def encode_commands(
    state: physics.BatchState, pods: Tensor, commands: physics.BatchCommands, rules: Rules
) -> Tensor:
    """Commands of pods [N, K] (commands for all P pods) -> the policy action [N, K, 4] that `decode_actions`
    turns back into them: thrust and turn inverted through ACTION_STRETCH (a turn beyond MAX_TURN_DEG is
    clamped to it, as the game does), SHIELD as 0/1, BOOST 0 (the heuristic blocker never boosts)."""
    dtype = state.pos.dtype
    heading = physics.gather_pods(heading_radians(state), pods)
    to_target = physics.gather_pods(commands.target, pods).to(dtype) - physics.gather_pods(state.pos, pods)
    wanted = torch.atan2(to_target[..., 1], to_target[..., 0])
    turn = torch.remainder(wanted - heading + math.pi, 2 * math.pi) - math.pi
    offset = (turn / (MAX_TURN_DEG * math.pi / 180.0)).clamp(-1.0, 1.0)
    fraction = physics.gather_pods(commands.thrust, pods).to(dtype) / rules.max_thrust
    shield = physics.gather_pods(commands.shield, pods).to(dtype)
    return torch.stack(
        (0.5 + (fraction - 0.5) / ACTION_STRETCH, offset / ACTION_STRETCH, shield, torch.zeros_like(shield)),
        dim=-1,
    )


def merge_commands(mask: Tensor, a: physics.BatchCommands, b: physics.BatchCommands) -> physics.BatchCommands:
    """Per pod [N, P]: a's command where mask, else b's."""
    return physics.BatchCommands(
        target=torch.where(mask[..., None], a.target, b.target),
        thrust=torch.where(mask, a.thrust, b.thrust),
        shield=torch.where(mask, a.shield, b.shield),
        boost=torch.where(mask, a.boost, b.boost),
    )


def heuristic_commands(state: physics.BatchState, rules: Rules) -> physics.BatchCommands:
    """A simple batched runner for every pod: aim at the checkpoint minus 3x velocity, thrust by angle.

    This is the duel stage's fixed opponent (cheap enough to drive thousands of races); the stronger
    `heuristic` bot of `sebulba.bots` measures the agent in the arena.
    """
    cp = physics.next_checkpoints(state)
    target = torch.floor(cp - 3.0 * state.vel + 0.5)
    to_target = target - state.pos
    aim = torch.atan2(to_target[..., 1], to_target[..., 0])
    heading = torch.where(state.has_angle, state.angle * (math.pi / 180.0), aim)
    diff = torch.remainder(aim - heading + math.pi, 2 * math.pi) - math.pi
    dist = torch.sqrt(((cp - state.pos) ** 2).sum(-1))
    slow = torch.clamp(dist / 2000.0, 0.3, 1.0)
    thrust = torch.where(diff.abs() < math.pi / 2, torch.cos(diff) * rules.max_thrust * slow, 0.0)
    boost = (~state.boost_used) & (diff.abs() < math.radians(5)) & (dist > 6000) & state.has_angle
    return physics.BatchCommands(
        target=target,
        thrust=torch.floor(thrust + 0.5).long().clamp(0, rules.max_thrust),
        shield=torch.zeros_like(boost),
        boost=boost,
    )


def _track_length(checkpoints: Tensor, counts: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    """Leg lengths [N, 8] (leg j ends at checkpoint j), their sum from checkpoint 1 [N, 8], lap [N]."""
    previous_index = (torch.arange(MAX_CHECKPOINTS, device=counts.device)[None] - 1) % counts[:, None]
    previous = torch.gather(checkpoints, 1, previous_index[..., None].expand(-1, -1, 2))
    legs = torch.sqrt(((checkpoints - previous) ** 2).sum(-1))
    valid = torch.arange(MAX_CHECKPOINTS, device=counts.device)[None] < counts[:, None]
    legs = torch.where(valid, legs, 0.0)
    after_start = legs.clone()
    after_start[:, 0] = 0.0
    cumulative = torch.cumsum(after_start, dim=1)
    return legs, cumulative, legs.sum(1)


def track_progress(state: physics.BatchState) -> Tensor:
    """[N, P] distance covered along the track (legs passed + the current leg's part), the potential."""
    legs, cumulative, lap = _track_length(state.checkpoints, state.num_checkpoints)
    count = state.num_checkpoints[:, None]
    laps_done = torch.div(state.checkpoints_passed, count, rounding_mode="floor")
    within = state.checkpoints_passed % count
    full = laps_done.to(lap.dtype) * lap[:, None] + torch.gather(cumulative, 1, within)
    leg = torch.gather(legs, 1, state.next_checkpoint)
    dist = torch.sqrt(((physics.next_checkpoints(state) - state.pos) ** 2).sum(-1))
    return full + leg - dist


def _best_of(potential: Tensor, enemy: Tensor) -> Tensor:
    """[N, P] for each pod, the largest potential among its enemies (enemy [P, P] bool, one per row)."""
    masked = torch.where(enemy[None], potential[:, None, :], -torch.inf)
    return masked.amax(-1)


def initial_leaders(state: physics.BatchState) -> Tensor:
    """[N, P] bool: features.initial_leader per team (more passed, then closer to its checkpoint)."""
    pod_count = state.pos.shape[1]
    if pod_count < 4:
        return torch.ones(state.pos.shape[:2], dtype=torch.bool, device=state.pos.device)
    dist = ((physics.next_checkpoints(state) - state.pos) ** 2).sum(-1)
    passed = state.checkpoints_passed
    a, b = passed[:, 0::2], passed[:, 1::2]
    first_leads = (a > b) | ((a == b) & (dist[:, 0::2] <= dist[:, 1::2]))
    return torch.stack((first_leads, ~first_leads), dim=-1).reshape(state.pos.shape[:2])


def update_leaders(leader: Tensor, state: physics.BatchState) -> Tensor:
    """features.leader_after per team: swap only when the other pod leads by a full checkpoint."""
    if leader.shape[1] < 4:
        return leader
    passed = state.checkpoints_passed
    a, b = passed[:, 0::2], passed[:, 1::2]
    first = leader[:, 0::2]
    first = torch.where(first & (b >= a + 1), False, torch.where(~first & (a >= b + 1), True, first))
    return torch.stack((first, ~first), dim=-1).reshape(leader.shape)


def detect_boosts(before: physics.BatchState, after: physics.BatchState, friction: float) -> Tensor:
    """[N, P] features.boost_seen batched: an acceleration beyond any engine with nobody near."""
    pod_count = before.pos.shape[1]
    accel = after.vel / friction - before.vel
    fast = (accel * accel).sum(-1) > BOOST_INFERENCE_ACCELERATION**2
    if pod_count == 1:
        return fast
    clear = torch.ones_like(fast)
    for state in (before, after):
        gap = ((state.pos[:, :, None] - state.pos[:, None]) ** 2).sum(-1)
        gap = gap + torch.eye(pod_count, device=gap.device, dtype=gap.dtype) * 1e12
        clear &= (gap >= BOOST_INFERENCE_CLEARANCE**2).all(-1)
    return fast & clear


class RaceVecEnv:
    """N races of one curriculum stage; the learner drives one team (side drawn per race)."""

    metadata: ClassVar[dict[str, Any]] = {"autoreset_mode": "SameStep"}

    def __init__(
        self,
        num_envs: int,
        stage: Stage,
        rewards: RewardWeights,
        device: torch.device | str = "cpu",
        seed: int = 0,
        maps: str = "mixed",
        rules: Rules = DEFAULT_RULES,
        dtype: torch.dtype = torch.float64,
    ) -> None:
        if num_envs < 1:
            raise ValueError("num_envs must be >= 1")
        self.num_envs = num_envs
        self.device = torch.device(device)
        self.dtype = dtype
        self.rules = rules
        self.rewards = rewards
        self.maps = maps
        self.opponent: OpponentPolicy | ScriptedTeam | None = None
        self._seed = seed
        self._generator = torch.Generator(device="cpu").manual_seed(seed)
        self._pool_checkpoints, self._pool_counts = self._map_pool(seed, maps)
        self.set_stage(stage)

    # -- configuration -------------------------------------------------------------------------------
    def _map_pool(self, seed: int, maps: str) -> tuple[Tensor, Tensor]:
        if maps not in ("official", "random", "mixed"):
            raise ValueError(f"maps must be official, random or mixed, not {maps!r}")
        rng = random.Random(seed)
        checkpoints = torch.zeros(MAP_POOL_SIZE, MAX_CHECKPOINTS, 2, dtype=self.dtype)
        counts = torch.zeros(MAP_POOL_SIZE, dtype=torch.long)
        for i in range(MAP_POOL_SIZE):
            official = maps == "official" or (maps == "mixed" and i % 2 == 0)
            points = random_official_map(rng) if official else random_map(rng)
            counts[i] = len(points)
            checkpoints[i, : len(points)] = torch.tensor(points, dtype=self.dtype)
        return checkpoints.to(self.device), counts.to(self.device)

    def set_stage(self, stage: Stage) -> None:
        """Switch the curriculum stage; races restart with the stage's pod count."""
        if stage not in POD_COUNT:
            raise ValueError(f"unknown stage {stage!r}")
        self.stage = stage
        self.pod_count = POD_COUNT[stage]
        self.num_agents = 2 if self.pod_count == 4 else 1
        self._teams = team_of_pods(self.pod_count, self.device)
        self._enemy = self._teams[:, None] != self._teams[None, :]  # [P, P]
        self.reset()

    def set_opponent(self, policy: OpponentPolicy | ScriptedTeam | None) -> None:
        """The opponent team's policy (None: a scripted one: in 2v2 the `heuristic` bot's runner and blocker,
        batched; in the duel the simple runner of `heuristic_commands`), or a `ScriptedTeam` (2v2)."""
        if isinstance(policy, ScriptedTeam) and self.pod_count != 4:
            raise ValueError("a scripted team plays 2v2 races")
        self.opponent = policy

    def learner_pods(self) -> Tensor:
        """[N, A] the pod indexes of the learner's team, in the order of the observations and actions."""
        return self._pods_of(self.learner_team)

    def set_rewards(self, rewards: RewardWeights) -> None:
        self.rewards = rewards

    def rng_state(self) -> Tensor:
        """The map/side generator's state, for checkpoints (a resumed run draws the same races)."""
        return self._generator.get_state()

    def set_rng_state(self, state: Tensor) -> None:
        self._generator.set_state(state)

    # -- races ---------------------------------------------------------------------------------------
    def _new_races(self, count: int) -> tuple[physics.BatchState, Tensor]:
        """Fresh races on maps from the pool and a learner side for each."""
        index = torch.randint(0, MAP_POOL_SIZE, (count,), generator=self._generator).to(self.device)
        state = physics.new_races(
            self._pool_checkpoints[index], self._pool_counts[index], self.pod_count, self.rules
        )
        if self.pod_count == 1:
            side = torch.zeros(count, dtype=torch.long, device=self.device)
        else:
            side = torch.randint(0, 2, (count,), generator=self._generator).to(self.device)
        return state, side

    def _pods_of(self, team: Tensor) -> Tensor:
        """[N, A] pod indexes of `team` [N]."""
        if self.pod_count == 4:
            return torch.stack((2 * team, 2 * team + 1), dim=-1)
        return team[:, None]

    def reset(
        self, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Observation, dict]:
        if seed is not None:
            self._generator.manual_seed(seed)
        self.state, self.learner_team = self._new_races(self.num_envs)
        self._reset_tracking(torch.ones(self.num_envs, dtype=torch.bool, device=self.device))
        return self._learner_obs(self._observe()), {}

    def _reset_tracking(self, done: Tensor) -> None:
        """Per-race memory (leaders, inferred boosts, turns since a pass, returns) restarts where done."""
        n, p = self.num_envs, self.pod_count
        if done.all():
            self.leader = initial_leaders(self.state)
            self.boost_seen = torch.zeros(n, p, dtype=torch.bool, device=self.device)
            self.boost_hazard = torch.zeros(n, p, dtype=self.dtype, device=self.device)
            self.turns_since_pass = torch.zeros(n, p, dtype=torch.long, device=self.device)
            self.episode_return = torch.zeros(n, device=self.device)
            self.potential = track_progress(self.state)
            self.last_commands = hold_position(self.state)
            self.last_impulse = torch.zeros(n, p, p, dtype=self.dtype, device=self.device)
            return
        d = done[:, None]
        self.leader = torch.where(d, initial_leaders(self.state), self.leader)
        self.boost_seen = self.boost_seen & ~d
        self.boost_hazard = torch.where(d, 0.0, self.boost_hazard)
        self.turns_since_pass = torch.where(d, 0, self.turns_since_pass)
        self.episode_return = torch.where(done, 0.0, self.episode_return)
        self.potential = torch.where(d, track_progress(self.state), self.potential)

    def _observe(self) -> Observation:
        """Every pod's observation; kept for the opponent's next move."""
        self._obs_all = observe_all(self.state, self.leader, self.boost_seen, self.rules)
        return self._obs_all

    def _learner_obs(self, obs: Observation) -> Observation:
        return select_pods(obs, self.learner_pods())

    def step(self, actions: Tensor) -> tuple[Observation, Tensor, Tensor, Tensor, dict[str, Any]]:
        """actions [N, A, 4] for the learner's pods; the opponent team is driven by `self.opponent`."""
        actions = actions.to(self.device)
        before = self.state
        learner_pods = self.learner_pods()
        commands = decode_actions(
            before, learner_pods, actions, self.rules, physics.gather_pods(self.boost_hazard, learner_pods)
        )
        self._accumulate_boost_hazard(before, learner_pods, actions, commands)
        if self.pod_count > 1:
            opponent_pods = self._pods_of(1 - self.learner_team)
            if self.opponent is None and self.pod_count == 4:
                theirs = heuristic_team_commands(before)
            elif self.opponent is None:
                theirs = heuristic_commands(before, self.rules)
            elif isinstance(self.opponent, ScriptedTeam):
                theirs = self.opponent.team_commands(before, 1 - self.learner_team)
            else:
                with torch.no_grad():
                    opponent_actions = self.opponent(select_pods(self._obs_all, opponent_pods))
                hazard = physics.gather_pods(self.boost_hazard, opponent_pods)
                theirs = decode_actions(before, opponent_pods, opponent_actions, self.rules, hazard)
                self._accumulate_boost_hazard(before, opponent_pods, opponent_actions, theirs)
            mine = self._teams[None] == self.learner_team[:, None]
            commands = merge_commands(mine, commands, theirs)
        self.state, events = physics.step(before, commands, self.rules)
        self.last_commands = commands
        self.last_impulse = events.impulse
        self.boost_seen = self.boost_seen | detect_boosts(before, self.state, self.rules.friction)
        self.leader = update_leaders(self.leader, self.state)
        reward_all = self._rewards(commands, events)
        reward = physics.gather_pods(reward_all, learner_pods).float()
        self.episode_return += reward.mean(1)
        terminated = self.state.finished.clone()
        truncated = torch.zeros_like(terminated)
        obs_all = self._observe()
        info: dict[str, Any] = {
            "episode_done": terminated,
            "episode_turns": self.state.turn.clone(),
            "episode_return": self.episode_return.clone(),
            "win": self._wins(),
        }
        if terminated.any():
            info["final_observation"] = self._learner_obs(obs_all)
            fresh, side = self._new_races(self.num_envs)
            self.state = physics.where(terminated, fresh, self.state)
            self.learner_team = torch.where(terminated, side, self.learner_team)
            self._reset_tracking(terminated)
            obs_all = self._observe()
        else:
            info["final_observation"] = None
        return self._learner_obs(obs_all), reward, terminated, truncated, info

    def _accumulate_boost_hazard(
        self, before: physics.BatchState, pods: Tensor, actions: Tensor, commands: physics.BatchCommands
    ) -> None:
        self.boost_hazard = self.boost_hazard.scatter_add(
            1, pods, added_boost_hazard(before, pods, actions.to(self.dtype), commands)
        )

    def _wins(self) -> Tensor:
        """[N] 1 if the learner's team won (solo: finished the laps), else 0."""
        return (self.state.winner == self.learner_team).float()

    def _rewards(self, commands: physics.BatchCommands, events: physics.TurnEvents) -> Tensor:
        """[N, P] the seed plan's per-pod reward: shaped dense terms blended with the sparse outcome."""
        w = self.rewards
        after = self.state
        potential = track_progress(after)
        progress = (potential - self.potential) / 1000.0
        enemy = self._enemy
        enemy_progress = torch.zeros_like(progress)
        if w.enemy_progress > 0 and self.pod_count > 1:  # solo: no enemy (a max over nothing)
            enemy_progress = (_best_of(potential, enemy) - _best_of(self.potential, enemy)) / 1000.0
        self.potential = potential
        passes = events.passes.to(self.dtype)
        self.turns_since_pass = self.turns_since_pass + 1
        gate = passes * (
            w.checkpoint_base + w.checkpoint_speed / self.turns_since_pass.clamp(min=1).to(self.dtype)
        )
        self.turns_since_pass = torch.where(events.passes > 0, 0, self.turns_since_pass)
        impulse = events.impulse / 1000.0
        taken = (impulse * enemy).sum(-1)
        given_to_leader = (impulse * enemy * self.leader[:, None, :]).sum(-1)
        thrust = commands.thrust.to(self.dtype) / self.rules.max_thrust
        dense = (
            w.progress * progress * torch.where(self.leader, 1.0, w.blocker_progress)
            + w.checkpoint_scale * gate
            - torch.where(self.leader, w.runner_hit_penalty * taken, -w.blocker_hit_reward * given_to_leader)
            - torch.where(self.leader, 0.0, w.enemy_progress * enemy_progress)
            - w.thrust_penalty * thrust
            - w.shield_penalty * commands.shield.to(self.dtype)
        )
        team = self._teams[None].expand_as(dense)
        won = after.finished[:, None] & (after.winner[:, None] == team)
        eliminated = after.finished[:, None] & (torch.gather(after.team_timeouts, 1, team) <= 0)
        lost = after.finished[:, None] & ~won & ~eliminated
        sparse = w.win * won - w.timeout * eliminated - w.loss * lost
        reward = (1.0 - w.tau) * dense + w.tau * sparse.to(self.dtype)
        if self.pod_count == 4 and w.team_spirit > 0:
            team_mean = reward.reshape(-1, 2, 2).mean(-1, keepdim=True).expand(-1, 2, 2).reshape(reward.shape)
            reward = (1.0 - w.team_spirit) * reward + w.team_spirit * team_mean
        return reward

    # -- telemetry -----------------------------------------------------------------------------------
    def race_frame(self, match_id: int = 0) -> RaceFrame:
        """Race 0 as the control room draws it."""
        state = self.state
        count = int(state.num_checkpoints[0])
        checkpoints = tuple((float(x), float(y)) for x, y in state.checkpoints[0, :count].tolist())
        commands = self.last_commands
        pods = []
        for k in range(self.pod_count):
            leader = bool(self.leader[0, k])
            pods.append(
                PodFrame(
                    id=k,
                    team=int(self._teams[k]),
                    x=float(state.pos[0, k, 0]),
                    y=float(state.pos[0, k, 1]),
                    angle=float(state.angle[0, k]) if bool(state.has_angle[0, k]) else -1.0,
                    vx=float(state.vel[0, k, 0]),
                    vy=float(state.vel[0, k, 1]),
                    thrust=int(commands.thrust[0, k]),
                    boost=bool(commands.boost[0, k]),
                    shield=int(state.shield_turns[0, k]) > 0,
                    role="solo" if self.pod_count == 1 else ("runner" if leader else "blocker"),
                    next_checkpoint=int(state.next_checkpoint[0, k]),
                    checkpoints_passed=int(state.checkpoints_passed[0, k]),
                )
            )
        touching = (self.last_impulse[0] > 0).nonzero().tolist()
        collisions = tuple(
            (
                float(state.pos[0, i, 0] + state.pos[0, j, 0]) / 2,
                float(state.pos[0, i, 1] + state.pos[0, j, 1]) / 2,
            )
            for i, j in touching
            if i < j
        )
        return RaceFrame(match_id, int(state.turn[0]), checkpoints, tuple(pods), collisions)
