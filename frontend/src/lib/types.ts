// The server's frames (sebulba/web/schemas.py).
export interface Pod {
  id: number;
  team: number;
  x: number;
  y: number;
  angle: number;
  vx: number;
  vy: number;
  thrust: number;
  boost: boolean;
  shield: boolean;
  role: string;
  next_checkpoint: number;
  checkpoints_passed: number;
}

export interface RaceState {
  turn: number;
  pods: Pod[];
  checkpoints: [number, number][];
  collisions: [number, number][];
}

export interface Stats {
  fps_physics: number;
  fps_training: number;
  reward_mean: number;
  win_rate: number;
  eval_win_rate: number | null;
  eval_win_rate_vs_search?: number | null;
  league_win_rate_vs_search?: number | null;
  active_model: string;
  iteration: number;
  total_steps: number;
  episode_length_mean: number;
  stage: string;
  opponent: string;
  learning_rate: number;
  entropy: number;
  value_loss: number;
  policy_loss: number;
  approx_kl: number;
  clip_fraction: number;
  explained_variance: number;
  running: boolean;
  cpu_memory_mb: number;
  gpu_memory_mb: number;
}

export interface LeagueEntry {
  id: string;
  elo: number;
  created: string;
  parent: string;
  games: number;
}

export interface TelemetryFrame {
  type: "telemetry";
  step: number;
  match_id: number;
  stats: Stats;
  race_state: RaceState | null;
  league: LeagueEntry[];
}

export interface LogFrame {
  type: "log";
  seq: number;
  time: number;
  kind: string;
  message: string;
}

export interface ConfigResultFrame {
  type: "config_result";
  accepted: boolean;
  config?: Record<string, unknown>;
  error?: string;
}

export interface CommandResultFrame {
  type: "command_result";
  action: string;
  ok: boolean;
  message: string;
}

export interface ErrorFrame {
  type: "error";
  message: string;
}

export type ServerFrame = TelemetryFrame | LogFrame | ConfigResultFrame | CommandResultFrame | ErrorFrame;
