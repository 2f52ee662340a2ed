"""The local referee: whole games between two players over the CodinGame protocol, on the reference engine.

A player's fault (crash, timeout, malformed or illegal line) makes its team lose with the reason in the
result; the game record (every turn's pods, commands, collisions and passes) is kept either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sebulba.arena.players import Player, PlayerError
from sebulba.arena.replay import TurnFrame, collision_frames, pod_frames
from sebulba.simulation.cpu_physics import Command, CommandError, GameState, new_game, parse_command, step
from sebulba.simulation.rules import DEFAULT_RULES, FIRST_TURN_TIME_LIMIT_MS, TURN_TIME_LIMIT_MS, Rules

SOLO_PARKING = ((-5000, -5000), (21000, -5000), (-5000, 14000))
"""Where the benchmark parks idle pods 1, 2, 3 (pod 1 only with `pod_alone`): >= 5000 units outside the
map, far from each other."""


@dataclass(frozen=True)
class TimeLimits:
    first_turn_ms: float = FIRST_TURN_TIME_LIMIT_MS
    turn_ms: float = TURN_TIME_LIMIT_MS
    scale: float = 1.0
    """Multiplies both limits (slow machines, debuggers)."""

    def seconds(self, turn: int) -> float:
        return (self.first_turn_ms if turn == 0 else self.turn_ms) * self.scale / 1000.0


@dataclass
class GameResult:
    winner: int | None
    """Team 0 or 1 (None: nobody, e.g. a failed solo run)."""
    reason: str
    """finish, timeout (team eliminated), turn_limit, or the faulty player's error."""
    turns: int
    faults: dict[int, str] = field(default_factory=dict)
    record: list[TurnFrame] = field(default_factory=list)
    """Every turn played (when asked for), kept whatever ended the game."""


def protocol_view(state: GameState, team: int) -> list[tuple[int, int, int, int, int, int]]:
    """The four lines a team's bot reads: its own pods first, as integers (angle -1 before turn 1)."""
    order = [2 * team, 2 * team + 1, 2 * (1 - team), 2 * (1 - team) + 1]
    return [
        (int(p.x), int(p.y), int(p.vx), int(p.vy), p.protocol_angle(), p.next_checkpoint)
        for p in (state.pods[i] for i in order)
    ]


def _commands(player: Player, state: GameState, team: int, limits: TimeLimits, rules: Rules) -> list[Command]:
    lines = player.turn(protocol_view(state, team), limits.seconds(state.turn))
    try:
        return [parse_command(line, rules.max_thrust) for line in lines]
    except CommandError as error:
        raise PlayerError(f"{player.name}: invalid output: {error}") from None


def play_game(
    players: tuple[Player, Player],
    checkpoints: list[tuple[int, int]],
    rules: Rules = DEFAULT_RULES,
    limits: TimeLimits | None = None,
    record: bool = False,
) -> GameResult:
    """One 2v2 game: players[0] drives team 0 (pods 0, 1), players[1] team 1 (pods 2, 3)."""
    limits = limits or TimeLimits()
    state = new_game(checkpoints, 4, rules)
    history: list[TurnFrame] = []
    try:
        for team, player in enumerate(players):
            try:
                player.start(rules.laps, checkpoints)
            except PlayerError as error:
                return GameResult(1 - team, str(error), 0, {team: str(error)}, history)
        while not state.finished:
            commands: list[Command] = []
            for team, player in enumerate(players):
                try:
                    commands += _commands(player, state, team, limits, rules)
                except PlayerError as error:
                    return GameResult(1 - team, str(error), state.turn, {team: str(error)}, history)
            before = pod_frames(state) if record else []
            step(state, commands)
            if record:
                history.append(
                    TurnFrame(
                        turn=state.turn,
                        pods_before=before,
                        commands=[c.to_line() for c in commands],
                        pods=pod_frames(state),
                        collisions=collision_frames(state),
                        passes=list(state.last_passes),
                    )
                )
        return GameResult(state.winner, state.end_reason, state.turn, {}, history)
    finally:
        for player in players:
            player.close()


def solo_run(
    player: Player,
    checkpoints: list[tuple[int, int]],
    rules: Rules = DEFAULT_RULES,
    limits: TimeLimits | None = None,
    pod_alone: bool = False,
) -> GameResult:
    """The runner benchmark: the bot's team races alone, as the referee would run it without opponents.

    Both of its pods start on the official grid (team 0's places) and race; the race ends when the first
    of them finishes. The opponents' pods stand still far outside the map; their team would be eliminated
    at turn 100 for passing nothing, so its timeout is kept full (it is not racing), while the bot's own
    team timeout applies as in a real game. With `pod_alone` the teammate is parked too: the first pod
    races alone (the runner on its own, the benchmark's earlier form).
    """
    limits = limits or TimeLimits()
    racing = 1 if pod_alone else 2
    state = new_game(checkpoints, 4, rules)
    for pod, (x, y) in zip(state.pods[racing:], SOLO_PARKING[racing - 1 :], strict=True):
        pod.x, pod.y = float(x), float(y)
    try:
        try:
            player.start(rules.laps, checkpoints)
        except PlayerError as error:
            return GameResult(None, str(error), 0, {0: str(error)})
        while not state.finished:
            try:
                own = _commands(player, state, 0, limits, rules)[:racing]
            except PlayerError as error:
                return GameResult(None, str(error), state.turn, {0: str(error)})
            idle = [Command(int(p.x), int(p.y), 0) for p in state.pods[racing:]]
            step(state, [*own, *idle])
            state.team_timeouts[1] = rules.timeout_turns
        return GameResult(state.winner, state.end_reason, state.turn)
    finally:
        player.close()


def wilson_interval(successes: float, trials: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (draws count as half a success)."""
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    margin = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - margin), min(1.0, centre + margin)


def elo_difference(score: float) -> float:
    """The Elo gap that predicts this expected score (+-inf at 0 and 1)."""
    if score <= 0.0:
        return -math.inf
    if score >= 1.0:
        return math.inf
    return -400.0 * math.log10(1.0 / score - 1.0)
