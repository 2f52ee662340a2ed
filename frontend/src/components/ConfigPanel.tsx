import { memo, useEffect, useState } from "react";
import { type FieldSpec, fieldsFromSchema, partialUpdate, sliderRange, validateField } from "../lib/configForm";
import type { ServerFrame } from "../lib/types";

interface Props {
  send: (message: object) => void;
  reply: ServerFrame | null;
}

type Config = Record<string, Record<string, unknown>>;

const TITLES: Record<string, string> = {
  ppo: "PPO hyper-parameters",
  rewards: "Reward weights",
  curriculum: "Curriculum",
};

function Field({ field, value, onChange }: { field: FieldSpec; value: unknown; onChange: (v: unknown) => void }) {
  const [draft, setDraft] = useState(String(value ?? ""));
  const [error, setError] = useState<string | null>(null);
  const id = field.path.join(".");
  const commit = (raw: string | boolean) => {
    let parsed: unknown = raw;
    if (field.kind === "number" || field.kind === "integer") parsed = Number(raw);
    if (field.kind === "enum" && raw === "") parsed = null;
    const problem = validateField(field, parsed);
    setError(problem);
    if (!problem) onChange(parsed);
  };
  if (field.kind === "boolean") {
    return (
      <label className="flex items-center justify-between gap-2 text-xs" title={field.description}>
        {field.label}
        <input data-testid={id} type="checkbox" checked={Boolean(value)} onChange={(e) => commit(e.target.checked)} />
      </label>
    );
  }
  if (field.kind === "enum") {
    return (
      <label className="flex items-center justify-between gap-2 text-xs" title={field.description}>
        {field.label}
        <select
          data-testid={id}
          className="rounded bg-slate-800 px-1"
          value={value === null ? "" : String(value)}
          onChange={(e) => commit(e.target.value)}
        >
          <option value="">auto</option>
          {field.options?.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </label>
    );
  }
  const range = typeof value === "number" ? sliderRange(field, value) : null;
  return (
    <div className="space-y-1 text-xs" title={field.description}>
      <div className="flex items-center justify-between gap-2">
        <span>{field.label}</span>
        <input
          data-testid={`${id}-input`}
          className={`w-24 rounded bg-slate-800 px-1 text-right ${error ? "ring-1 ring-red-500" : ""}`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => e.key === "Enter" && commit(draft)}
        />
      </div>
      {range && (
        <input
          data-testid={id}
          type="range"
          className="w-full"
          min={range[0]}
          max={range[1]}
          step={field.kind === "integer" ? 1 : (range[1] - range[0]) / 200}
          value={Number(value)}
          onChange={(e) => commit(e.target.value)}
        />
      )}
      {error && <p className="text-red-400">{error}</p>}
    </div>
  );
}

function ConfigPanelView({ send, reply }: Props) {
  const [sections, setSections] = useState<Record<string, FieldSpec[]>>({});
  const [config, setConfig] = useState<Config | null>(null);
  const [open, setOpen] = useState("rewards");
  const [loadError, setLoadError] = useState("");

  useEffect(() => {
    Promise.all([fetch("/api/config/schema").then((r) => r.json()), fetch("/api/config").then((r) => r.json())])
      .then(([schema, current]) => {
        setSections(fieldsFromSchema(schema));
        setConfig(current);
      })
      .catch((error: unknown) => setLoadError(`cannot load the config: ${String(error)}`));
  }, []);

  const result = reply?.type === "config_result" ? reply : null;
  const shown = result?.accepted && result.config ? (result.config as Config) : config;
  const status = result ? (result.accepted ? "accepted" : `rejected: ${result.error}`) : loadError;

  const change = (field: FieldSpec, value: unknown) => send({ type: "config", payload: partialUpdate(field.path, value) });

  return (
    <section className="space-y-2 rounded border border-slate-800 p-3">
      <h2 className="text-sm font-semibold uppercase text-slate-400">Configuration</h2>
      {Object.entries(sections).map(([section, fields]) => (
        <div key={section} className="rounded bg-slate-900">
          <button
            className="w-full px-2 py-1 text-left text-sm font-medium"
            onClick={() => setOpen(open === section ? "" : section)}
          >
            {open === section ? "▾" : "▸"} {TITLES[section]}
          </button>
          {open === section && shown && (
            <div className="space-y-2 px-2 pb-2">
              {fields.map((field) => (
                <Field
                  key={`${field.path.join(".")}=${String(shown[field.path[0]]?.[field.path[1]])}`}
                  field={field}
                  value={shown[field.path[0]]?.[field.path[1]]}
                  onChange={(v) => change(field, v)}
                />
              ))}
            </div>
          )}
        </div>
      ))}
      <p className="text-xs text-slate-400" data-testid="config-status">
        {status}
      </p>
    </section>
  );
}

/** Memoised: re-renders only when its props change, not on every telemetry frame. */
export const ConfigPanel = memo(ConfigPanelView);
