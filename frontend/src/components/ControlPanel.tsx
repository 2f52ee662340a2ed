import { memo } from "react";
interface Props {
  send: (message: object) => void;
  reply: string;
}

const ACTIONS = ["START", "STOP", "RESET", "SAVE_CHECKPOINT"] as const;

function ControlPanelView({ send, reply }: Props) {
  return (
    <section className="space-y-2 rounded border border-slate-800 p-3">
      <h2 className="text-sm font-semibold uppercase text-slate-400">Control</h2>
      <div className="grid grid-cols-2 gap-2">
        {ACTIONS.map((action) => (
          <button
            key={action}
            className="rounded bg-slate-800 px-2 py-1 text-sm hover:bg-slate-700"
            onClick={() => send({ type: "command", action })}
          >
            {action.replace("_", " ").toLowerCase()}
          </button>
        ))}
      </div>
      <p className="min-h-[1.25rem] text-xs text-slate-400" data-testid="command-reply">
        {reply}
      </p>
    </section>
  );
}

/** Memoised: re-renders only when its props change, not on every telemetry frame. */
export const ControlPanel = memo(ControlPanelView);
