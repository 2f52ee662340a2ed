import type { Pod, RaceState } from "./types";

// Replays from `sebulba race --out` and from /api/scenario share one format (sebulba/arena/cli.py).
export interface ReplayPod {
  x: number;
  y: number;
  vx: number;
  vy: number;
  angle: number | null;
  next?: number;
  passed?: number;
  shield?: number;
}

export interface ReplayTurn {
  pods: ReplayPod[];
  commands?: string[];
  collisions?: ({ x: number; y: number } | [number, number])[];
}

export interface Replay {
  name: string;
  checkpoints: [number, number][];
  turns: ReplayTurn[];
}

/** Thrust and boost from a command line "X Y THRUST|BOOST|SHIELD" (SHIELD cuts the engine). */
export function parseCommand(line: string | undefined): { thrust: number; boost: boolean } {
  const power = line?.trim().split(/\s+/)[2] ?? "";
  if (power === "BOOST") return { thrust: 650, boost: true };
  const thrust = Number(power);
  return { thrust: Number.isFinite(thrust) ? thrust : 0, boost: false };
}

/** The race as the canvas draws it at one turn of a replay (clamped to the recorded turns). */
export function replayState(replay: Replay, index: number): RaceState {
  const turn = replay.turns[Math.max(0, Math.min(index, replay.turns.length - 1))];
  const pods: Pod[] = turn.pods.map((p, id) => ({
    id,
    team: Math.floor(id / 2),
    x: p.x,
    y: p.y,
    vx: p.vx,
    vy: p.vy,
    angle: p.angle ?? 0,
    ...parseCommand(turn.commands?.[id]),
    shield: (p.shield ?? 0) > 0,
    role: "",
    next_checkpoint: p.next ?? 1,
    checkpoints_passed: p.passed ?? 0,
  }));
  return {
    turn: index + 1,
    checkpoints: replay.checkpoints,
    collisions: (turn.collisions ?? []).map((c) => (Array.isArray(c) ? c : [c.x, c.y])),
    pods,
  };
}
