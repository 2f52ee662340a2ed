import { ConfigPanel } from "./components/ConfigPanel";
import { ControlPanel } from "./components/ControlPanel";
import { Header } from "./components/Header";
import { LeagueTable } from "./components/LeagueTable";
import { LogStream } from "./components/LogStream";
import { RaceCanvas } from "./components/RaceCanvas";
import { StatsPanel } from "./components/StatsPanel";
import { useTelemetry } from "./lib/useTelemetry";

export default function App() {
  const { connected, latest, logs, reply, fps, series, race, send } = useTelemetry();
  const stats = latest?.stats;
  const commandReply = reply?.type === "command_result" ? reply.message : reply?.type === "error" ? reply.message : "";
  return (
    <div className="flex h-screen flex-col">
      <Header
        connected={connected}
        fps={fps}
        stepsPerSecond={stats?.fps_training ?? 0}
        model={stats?.active_model ?? ""}
        stage={stats?.stage ?? "-"}
        running={stats?.running ?? false}
      />
      <main className="flex min-h-0 flex-1 gap-3 p-3">
        <aside className="w-72 shrink-0 space-y-3 overflow-y-auto">
          <ControlPanel send={send} reply={commandReply} />
          <ConfigPanel send={send} reply={reply} />
        </aside>
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <RaceCanvas race={race} />
          <div className="grid grid-cols-4 gap-2 text-xs text-slate-300" data-testid="summary">
            <span data-testid="step">step {latest?.step.toLocaleString() ?? "-"}</span>
            <span>{stats ? `${Math.round(stats.fps_training).toLocaleString()} steps/s` : "-"}</span>
            <span>win rate {stats ? `${(stats.win_rate * 100).toFixed(1)}%` : "-"}</span>
            <span>opponent {stats?.opponent || "-"}</span>
          </div>
          <LogStream logs={logs} />
        </div>
        <aside className="flex w-80 shrink-0 flex-col gap-3 overflow-y-auto">
          <StatsPanel series={series.current} version={stats?.iteration ?? 0} />
          <LeagueTable league={latest?.league ?? []} />
        </aside>
      </main>
    </div>
  );
}
