"""The `heuristic` bot (runner + blocker, `sebulba/bots/heuristic.py`) for thousands of races at once.

Training plays against it (the league's scripted member): the very bot the arena measures the agent
against, so "beat the heuristic" is something the learner sees during training, not only at evaluation.
Every rule below mirrors one line of the single-file bot, which stays the definition; tests compare the
two command for command on thousands of race states. The bot's memory maps onto the engine's state:
checkpoints passed (`checkpoints_passed`), its BOOST (`boost_used`) and its turn counter (`turn`).
"""

from __future__ import annotations

import torch
from torch import Tensor

from sebulba.bots import heuristic as bot
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.rules import MAX_CHECKPOINTS


def _angle_diff(wanted: Tensor, angle: Tensor) -> Tensor:
    """bot.angle_diff: |turn| in degrees from the protocol `angle` to `wanted`; 0 before the first turn."""
    return torch.where(angle < 0, 0.0, (torch.remainder(wanted - angle + 540.0, 360.0) - 180.0).abs())


def _thrust(diff: Tensor) -> Tensor:
    """bot._thrust: full below 60 degrees still to turn, falling to 0 at 90 (int() truncates)."""
    scaled = torch.clamp((90.0 - diff) / bot.FULL_THRUST_ANGLE, max=1.0) * 100.0
    return torch.where(diff >= 90.0, 0, torch.trunc(scaled)).long()


def _distance(a: Tensor, b: Tensor) -> Tensor:
    return physics._sqrt(((a - b) ** 2).sum(-1))


def _heading_to(target: Tensor, pos: Tensor, angle: Tensor) -> Tensor:
    return _angle_diff(physics._atan2_degrees(target - pos), angle)


def boost_checkpoints(state: physics.BatchState) -> Tensor:
    """[N] bot.init's boost_checkpoint: the end of the longest leg (the first such on ties)."""
    count = state.num_checkpoints[:, None]
    index = torch.arange(MAX_CHECKPOINTS, device=count.device)[None]
    previous = torch.gather(state.checkpoints, 1, ((index - 1) % count)[..., None].expand(-1, -1, 2))
    legs = _distance(state.checkpoints, previous)
    return torch.where(index < count, legs, -1.0).argmax(dim=1)


def protocol_angles(state: physics.BatchState) -> Tensor:
    """[N, P] the angle the referee prints: round(angle mod 360), -1 before the first turn."""
    return torch.where(state.has_angle, physics.printed_angles(state), -1.0)


def _runner(state: physics.BatchState, angle: Tensor) -> physics.BatchCommands:
    """bot._runner for every pod."""
    pos, vel = state.pos, state.vel
    turn = state.turn[:, None]
    cp, following = physics.next_checkpoints(state), physics.next_checkpoints(state, 1)
    coasts = torch.zeros_like(state.has_angle)
    x, v = pos.clone(), vel.clone()
    for _ in range(bot.COAST_TURNS):
        x = x + v
        v = v * bot.FRICTION
        coasts |= ((x - cp) ** 2).sum(-1) < (bot.CHECKPOINT_RADIUS - bot.COAST_MARGIN) ** 2
    speed = physics._sqrt((vel**2).sum(-1))
    turning = (turn > 0) & (speed > 200) & coasts
    aim = torch.where(turning[..., None], following, cp) - bot.DRIFT_COMPENSATION * vel
    diff = _heading_to(aim, pos, angle)
    distance = _distance(pos, cp)
    boost = (
        ~turning
        & ~state.boost_used
        & (state.next_checkpoint == boost_checkpoints(state)[:, None])
        & (diff < 8)
        & (distance > 4000)
        & (turn > 0)
    )
    thrust = _thrust(diff)
    halve = ~turning & (distance < 1200) & (diff > 20)
    thrust = torch.where(halve, torch.div(thrust, 2, rounding_mode="floor"), thrust)
    return physics.BatchCommands(
        target=torch.round(aim), thrust=thrust, shield=torch.zeros_like(boost), boost=boost
    )


def _scores(state: physics.BatchState) -> Tensor:
    """[N, P] bot._score: checkpoints passed, then closeness to the next one."""
    passed = state.checkpoints_passed.to(state.pos.dtype)
    return passed * 100000 - _distance(state.pos, physics.next_checkpoints(state))


def _blocker(state: physics.BatchState, angle: Tensor, enemies: Tensor) -> physics.BatchCommands:
    """bot._blocker for every pod; `enemies` [N, P, 2] the indexes of each pod's two enemies, in order."""
    n, p = state.pos.shape[:2]
    flat = enemies.reshape(n, 2 * p)
    pos, vel = state.pos, state.vel
    e_pos = physics.gather_pods(pos, flat).reshape(n, p, 2, 2)
    e_vel = physics.gather_pods(vel, flat).reshape(n, p, 2, 2)
    e_score = physics.gather_pods(_scores(state), flat).reshape(n, p, 2)
    pick = (e_score[..., 1] > e_score[..., 0]).long()  # max() keeps the first on ties
    take = pick[..., None, None].expand(-1, -1, 1, 2)
    ex, ev = e_pos.gather(2, take)[:, :, 0], e_vel.gather(2, take)[:, :, 0]
    e_cps = physics.gather_pods(physics.next_checkpoints(state), flat).reshape(n, p, 2, 2)
    e_cp = e_cps.gather(2, take)[:, :, 0]
    gap = _distance(pos, ex)
    closing = physics._sqrt(((ev - vel) ** 2).sum(-1))
    near = _distance((pos + vel)[:, :, None], e_pos + e_vel) < bot.SHIELD_DISTANCE
    fast = physics._sqrt(((e_vel - vel[:, :, None]) ** 2).sum(-1)) > bot.SHIELD_SPEED
    threat = near & fast & (state.turn[:, None, None] > 0)
    first = (~threat[..., 0]).long()[..., None, None].expand(-1, -1, 1, 2)  # the first enemy that threatens
    shield_at = (e_pos + e_vel).gather(2, first)[:, :, 0]
    shield = threat.any(-1)
    close = gap < 2500
    chase = torch.where(close[..., None], ex + 2 * ev - vel, (e_cp * 3 + ex) / 4 - 2 * vel)
    diff = _heading_to(chase, pos, angle)
    thrust = torch.where(diff > 100, 0, 100)
    wait = ~close & (_distance(pos, chase) < 1500) & (closing < 200)
    thrust = torch.where(wait, 20, thrust)
    target = torch.where(shield[..., None], shield_at, chase)
    return physics.BatchCommands(
        target=torch.round(target), thrust=thrust.long(), shield=shield, boost=torch.zeros_like(shield)
    )


def heuristic_runners(state: physics.BatchState) -> Tensor:
    """[N, 4] bool: the pod of each team that the heuristic team runs with (ahead on checkpoints passed,
    then closer to its next one; the first pod on a tie); the other blocks."""
    scores = _scores(state)
    first_runs = torch.stack((scores[:, 0] >= scores[:, 1], scores[:, 2] >= scores[:, 3]), dim=1)
    return torch.stack((first_runs[:, 0], ~first_runs[:, 0], first_runs[:, 1], ~first_runs[:, 1]), dim=1)


def _enemies(state: physics.BatchState) -> Tensor:
    """[N, 4, 2] each pod's two enemies in 2v2 races; ValueError for other races."""
    n, p = state.pos.shape[:2]
    if p != 4:
        raise ValueError(f"the heuristic team plays 2v2 races (4 pods), not {p} pods")
    return torch.tensor([[2, 3], [2, 3], [0, 1], [0, 1]], device=state.pos.device).expand(n, -1, -1)


def heuristic_blocker_commands(state: physics.BatchState) -> physics.BatchCommands:
    """Commands [N, 4] of the heuristic bot's blocker for every pod of 2v2 races, whatever role its team
    gives it (the teacher of `training/distill.py`)."""
    return _blocker(state, protocol_angles(state), _enemies(state))


def heuristic_team_commands(state: physics.BatchState) -> physics.BatchCommands:
    """Commands [N, 4] of `heuristic` playing both teams of 2v2 races (each pod as its team's bot would)."""
    enemies = _enemies(state)
    angle = protocol_angles(state)
    runner = heuristic_runners(state)
    run, block = _runner(state, angle), _blocker(state, angle, enemies)
    return physics.BatchCommands(
        target=torch.where(runner[..., None], run.target, block.target),
        thrust=torch.where(runner, run.thrust, block.thrust),
        shield=torch.where(runner, run.shield, block.shield),
        boost=torch.where(runner, run.boost, block.boost),
    )
