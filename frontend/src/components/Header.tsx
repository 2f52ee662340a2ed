import { compactNumber } from "../lib/format";

interface Props {
  connected: boolean;
  fps: number;
  stepsPerSecond: number;
  model: string;
  stage: string;
  running: boolean;
}

export function Header({ connected, fps, stepsPerSecond, model, stage, running }: Props) {
  return (
    <header className="flex items-center gap-6 border-b border-slate-800 px-4 py-2">
      <h1 className="text-lg font-semibold tracking-wide">Sebulba control room</h1>
      <span data-testid="connection" className="flex items-center gap-2 text-sm">
        <span className={`inline-block h-3 w-3 rounded-full ${connected ? "bg-green-500" : "bg-red-500"}`} />
        {connected ? "connected" : "reconnecting"}
      </span>
      <span className="text-sm text-slate-400" data-testid="steps-per-second">
        {compactNumber(Math.round(stepsPerSecond))} steps/s
      </span>
      <span className="text-sm text-slate-400">telemetry {fps} fps</span>
      <span className="text-sm text-slate-400">model {model || "-"}</span>
      <span className="text-sm text-slate-400">stage {stage}</span>
      <span className={`text-sm ${running ? "text-green-400" : "text-amber-400"}`}>
        {running ? "training" : "paused"}
      </span>
    </header>
  );
}
