import { memo, useEffect, useRef } from "react";
import uPlot from "uplot";
import { compactNumber } from "../lib/format";
import type { Series } from "../lib/useTelemetry";

interface ChartSpec {
  title: string;
  key: keyof Omit<Series, "x">;
  colour: string;
}

const CHARTS: ChartSpec[] = [
  { title: "reward (mean per turn)", key: "reward", colour: "#38bdf8" },
  { title: "win rate", key: "winRate", colour: "#4ade80" },
  { title: "eval: win rate vs heuristic (deterministic)", key: "evalWinRate", colour: "#22c55e" },
  { title: "eval: win rate vs search (deterministic)", key: "evalSearchWinRate", colour: "#14b8a6" },
  { title: "league: win rate vs search", key: "leagueSearchWinRate", colour: "#2dd4bf" },
  { title: "entropy", key: "entropy", colour: "#f472b6" },
  { title: "value loss", key: "valueLoss", colour: "#fbbf24" },
  { title: "steps / s", key: "stepsPerSecond", colour: "#a78bfa" },
];

function Chart({ spec, series, version }: { spec: ChartSpec; series: Series; version: number }) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    if (!holder.current) return;
    plot.current = new uPlot(
      {
        width: 300,
        height: 120,
        legend: { show: false },
        scales: { x: { time: false } },
        axes: [
          { stroke: "#64748b", size: 30, values: (_, ticks) => ticks.map(compactNumber) },
          { stroke: "#64748b", size: 50 },
        ],
        series: [{}, { stroke: spec.colour, width: 1.5 }],
      },
      [[], []],
      holder.current,
    );
    return () => plot.current?.destroy();
  }, [spec]);

  useEffect(() => {
    plot.current?.setData([series.x.toArray(), series[spec.key].toArray()]);
  }, [version, series, spec]);

  return (
    <div>
      <h3 className="text-xs text-slate-400">{spec.title}</h3>
      <div ref={holder} />
    </div>
  );
}

function StatsPanelView({ series, version }: { series: Series; version: number }) {
  return (
    <section className="space-y-2 rounded border border-slate-800 p-3" data-testid="stats">
      <h2 className="text-sm font-semibold uppercase text-slate-400">Training</h2>
      {CHARTS.map((spec) => (
        <Chart key={spec.key} spec={spec} series={series} version={version} />
      ))}
    </section>
  );
}

/** Memoised: re-renders only when its props change, not on every telemetry frame. */
export const StatsPanel = memo(StatsPanelView);
