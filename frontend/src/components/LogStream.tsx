import { memo } from "react";
import type { LogFrame } from "../lib/types";

const COLOURS: Record<string, string> = { error: "text-red-400", stage: "text-cyan-300", checkpoint: "text-slate-400" };

function LogStreamView({ logs }: { logs: LogFrame[] }) {
  return (
    <section className="flex min-h-0 flex-1 flex-col rounded border border-slate-800 p-3">
      <h2 className="mb-2 text-sm font-semibold uppercase text-slate-400">Log</h2>
      <ol className="min-h-0 flex-1 space-y-1 overflow-y-auto text-xs" data-testid="log">
        {logs
          .slice()
          .reverse()
          .map((log) => (
            <li key={log.seq} className={COLOURS[log.kind] ?? "text-slate-200"}>
              <span className="text-slate-500">{new Date(log.time * 1000).toLocaleTimeString()} </span>
              {log.message}
            </li>
          ))}
      </ol>
    </section>
  );
}

/** Memoised: re-renders only when its props change, not on every telemetry frame. */
export const LogStream = memo(LogStreamView);
