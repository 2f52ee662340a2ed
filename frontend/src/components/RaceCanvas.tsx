import { memo, type MutableRefObject, useEffect, useRef, useState } from "react";
import { interpolatePods, predictTrajectory } from "../lib/interpolate";
import { bitmapSize, fitMap, type MapTransform, toMap, toScreen } from "../lib/mapScale";
import type { Pod, RaceState } from "../lib/types";
import { type Replay, replayState } from "../lib/replay";
import type { RaceBuffer } from "../lib/useTelemetry";

const TEAM_COLOURS = ["#f97316", "#38bdf8"];
const CHECKPOINT_RADIUS = 600;
const POD_RADIUS = 400;
const TRAIL_POINTS = 40;

interface Toggles {
  velocity: boolean;
  thrust: boolean;
  trails: boolean;
  prediction: boolean;
  observation: boolean;
}

/** What does not move during a race: the map, its border and the numbered checkpoints. Drawn once per map
 * (and canvas size) into an off-screen layer that each frame copies, instead of re-rasterising text and
 * anti-aliased circles 60 times a second. */
function drawBackground(ctx: CanvasRenderingContext2D, t: MapTransform, checkpoints: [number, number][]) {
  const { width, height } = ctx.canvas;
  ctx.fillStyle = "#020617";
  ctx.fillRect(0, 0, width, height);
  const [x0, y0] = toScreen(t, 0, 0);
  ctx.strokeStyle = "#1e293b";
  ctx.strokeRect(x0, y0, 16000 * t.scale, 9000 * t.scale);
  checkpoints.forEach(([cx, cy], i) => {
    const [sx, sy] = toScreen(t, cx, cy);
    ctx.beginPath();
    ctx.arc(sx, sy, CHECKPOINT_RADIUS * t.scale, 0, 2 * Math.PI);
    ctx.fillStyle = "#0f172a";
    ctx.fill();
    ctx.strokeStyle = "#475569";
    ctx.stroke();
    ctx.fillStyle = "#cbd5e1";
    ctx.font = `${Math.max(10, 500 * t.scale)}px sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(String(i), sx, sy);
  });
}

function draw(
  ctx: CanvasRenderingContext2D,
  t: MapTransform,
  background: HTMLCanvasElement,
  race: RaceState,
  pods: Pod[],
  toggles: Toggles,
  trails: [number, number][][],
  selected: number,
) {
  ctx.drawImage(background, 0, 0);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  if (toggles.trails) {
    trails.forEach((trail, i) => {
      ctx.strokeStyle = `${TEAM_COLOURS[Math.floor(i / 2) % 2]}66`;
      ctx.beginPath();
      trail.forEach(([x, y], k) => {
        const [sx, sy] = toScreen(t, x, y);
        if (k === 0) ctx.moveTo(sx, sy);
        else ctx.lineTo(sx, sy);
      });
      ctx.stroke();
    });
  }
  for (const pod of pods) {
    const colour = TEAM_COLOURS[pod.team % 2];
    const [sx, sy] = toScreen(t, pod.x, pod.y);
    if (toggles.prediction) {
      ctx.setLineDash([4, 4]);
      ctx.strokeStyle = `${colour}99`;
      ctx.beginPath();
      ctx.moveTo(sx, sy);
      for (const [px, py] of predictTrajectory(pod, 10)) ctx.lineTo(...toScreen(t, px, py));
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (toggles.observation && pod.id === selected) {
      ctx.strokeStyle = "#a3e635";
      for (const other of pods) {
        if (other.id === pod.id) continue;
        ctx.beginPath();
        ctx.moveTo(sx, sy);
        ctx.lineTo(...toScreen(t, other.x, other.y));
        ctx.stroke();
      }
      const next = race.checkpoints[pod.next_checkpoint % race.checkpoints.length];
      const after = race.checkpoints[(pod.next_checkpoint + 1) % race.checkpoints.length];
      ctx.strokeStyle = "#facc15";
      ctx.beginPath();
      ctx.moveTo(sx, sy);
      ctx.lineTo(...toScreen(t, next[0], next[1]));
      ctx.lineTo(...toScreen(t, after[0], after[1]));
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(sx, sy, POD_RADIUS * t.scale, 0, 2 * Math.PI);
    ctx.fillStyle = colour;
    ctx.fill();
    if (toggles.observation && pod.id === selected) {
      ctx.strokeStyle = "#a3e635";
      ctx.beginPath();
      ctx.arc(sx, sy, POD_RADIUS * t.scale + 4, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (pod.shield) {
      ctx.strokeStyle = "#e0f2fe";
      ctx.lineWidth = 3;
      ctx.stroke();
      ctx.lineWidth = 1;
    }
    const heading = (pod.angle * Math.PI) / 180;
    ctx.strokeStyle = "#f8fafc";
    ctx.beginPath();
    ctx.moveTo(sx, sy);
    ctx.lineTo(sx + Math.cos(heading) * 700 * t.scale, sy + Math.sin(heading) * 700 * t.scale);
    ctx.stroke();
    if (toggles.velocity) {
      ctx.strokeStyle = "#22d3ee";
      ctx.beginPath();
      ctx.moveTo(sx, sy);
      ctx.lineTo(...toScreen(t, pod.x + pod.vx * 3, pod.y + pod.vy * 3));
      ctx.stroke();
    }
    if (toggles.thrust && pod.thrust > 0) {
      ctx.strokeStyle = pod.boost ? "#ef4444" : "#fb923c";
      ctx.beginPath();
      ctx.moveTo(sx, sy);
      const length = (pod.boost ? 650 : pod.thrust) * 6 * t.scale;
      ctx.lineTo(sx - Math.cos(heading) * length, sy - Math.sin(heading) * length);
      ctx.stroke();
    }
    if (pod.role) {
      ctx.fillStyle = "#e2e8f0";
      ctx.font = "10px sans-serif";
      ctx.fillText(pod.role === "runner" ? "R" : pod.role === "blocker" ? "B" : "", sx, sy - POD_RADIUS * t.scale - 6);
    }
  }
  ctx.strokeStyle = "#f43f5e";
  for (const [cx, cy] of race.collisions) {
    const [sx, sy] = toScreen(t, cx, cy);
    ctx.beginPath();
    ctx.moveTo(sx - 6, sy - 6);
    ctx.lineTo(sx + 6, sy + 6);
    ctx.moveTo(sx + 6, sy - 6);
    ctx.lineTo(sx - 6, sy + 6);
    ctx.stroke();
  }
}

function RaceCanvasView({ race }: { race: MutableRefObject<RaceBuffer> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [toggles, setToggles] = useState<Toggles>({
    velocity: true,
    thrust: true,
    trails: true,
    prediction: false,
    observation: false,
  });
  const [playback, setPlayback] = useState<Replay | null>(null);
  const [turn, setTurn] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [replays, setReplays] = useState<string[]>([]);
  const [builder, setBuilder] = useState<{ checkpoints: [number, number][]; pods: [number, number][] } | null>(null);
  const [message, setMessage] = useState("");
  const [selected, setSelected] = useState(0);
  const trails = useRef<[number, number][][]>([]);
  const shown = useRef<Pod[]>([]);
  const lastTurn = useRef(-1);
  const drawn = useRef(0);
  const background = useRef<{ layer: HTMLCanvasElement; key: string } | null>(null);

  useEffect(() => {
    fetch("/api/replays")
      .then((r) => r.json())
      .then(setReplays)
      .catch(() => setReplays([]));
  }, []);

  useEffect(() => {
    if (!playback || !playing) return;
    const timer = setInterval(() => setTurn((t) => (t + 1 < playback.turns.length ? t + 1 : t)), 50);
    return () => clearInterval(timer);
  }, [playback, playing]);

  useEffect(() => {
    let frame = 0;
    // The scene last drawn at rest (a placed scenario, a replay turn, a live frame fully interpolated):
    // redrawing a picture that cannot change would only burn the CPU the trainer shares.
    let settledOn: object | null = null;
    const render = () => {
      frame = requestAnimationFrame(render);
      const element = canvas.current;
      // Opaque: the software compositor then copies the canvas each frame instead of blending it.
      const ctx = element?.getContext("2d", { alpha: false });
      const buffer = race.current;
      const scene = builder ?? playback ?? buffer.current;
      if (!element || !ctx || !scene) return;
      // The backing store is the displayed content box (times the pixel ratio), both sides measured: a
      // bitmap one row off (a height derived from the width, against a border-box aspect ratio) made the
      // software compositor resample the whole canvas every frame, twice the cost of copying it.
      const [width, height] = bitmapSize(element.clientWidth, element.clientHeight, window.devicePixelRatio);
      if (width !== element.width || height !== element.height) {
        element.width = width;
        element.height = height;
        settledOn = null;
      }
      const t = builder || playback ? 1 : (performance.now() - buffer.receivedAt) / Math.max(16, buffer.interval);
      if (t >= 1 && scene === settledOn) return;
      settledOn = t >= 1 ? scene : null;
      const transform = fitMap(element.width, element.height);
      let state: RaceState;
      let pods: Pod[];
      if (builder) {
        state = { turn: 0, checkpoints: builder.checkpoints, collisions: [], pods: [] };
        pods = builder.pods.map(([x, y], id) => ({
          id, team: Math.floor(id / 2), x, y, vx: 0, vy: 0, angle: 0, thrust: 0, boost: false, shield: false,
          role: "", next_checkpoint: 1, checkpoints_passed: 0,
        }));
      } else if (playback) {
        state = replayState(playback, turn);
        pods = state.pods;
      } else {
        state = buffer.current as RaceState;
        pods = interpolatePods(buffer.previous?.pods ?? null, state.pods, t);
      }
      if (state.turn !== lastTurn.current) {
        if (state.turn < lastTurn.current) trails.current = [];
        lastTurn.current = state.turn;
        state.pods.forEach((pod, i) => {
          const trail = (trails.current[i] ??= []);
          trail.push([pod.x, pod.y]);
          if (trail.length > TRAIL_POINTS) trail.shift();
        });
      }
      shown.current = pods;
      const key = `${element.width}x${element.height}:${state.checkpoints.join(";")}`;
      if (background.current?.key !== key) {
        const layer = background.current?.layer ?? document.createElement("canvas");
        layer.width = element.width;
        layer.height = element.height;
        const layerCtx = layer.getContext("2d");
        if (!layerCtx) return;
        drawBackground(layerCtx, transform, state.checkpoints);
        background.current = { layer, key };
      }
      draw(ctx, transform, background.current.layer, state, pods, toggles, trails.current, selected);
      drawn.current += 1;
      element.dataset.frames = String(drawn.current);
    };
    frame = requestAnimationFrame(render);
    return () => cancelAnimationFrame(frame);
  }, [race, toggles, playback, turn, builder, selected]);

  const openReplay = (name: string) => {
    if (!name) {
      setPlayback(null);
      return;
    }
    fetch(`/api/replays/${encodeURIComponent(name)}`)
      .then((r) => r.json())
      .then((replay) => {
        setBuilder(null);
        setPlayback({ name, checkpoints: replay.checkpoints, turns: replay.turns });
        setTurn(0);
        trails.current = [];
      });
  };

  const click = (event: React.MouseEvent<HTMLCanvasElement>) => {
    if (!canvas.current) return;
    const rect = canvas.current.getBoundingClientRect();
    // The bitmap covers the content box, inside the border (clientLeft / clientTop).
    const scale = canvas.current.width / canvas.current.clientWidth;
    const point = toMap(fitMap(canvas.current.width, canvas.current.height),
      (event.clientX - rect.left - canvas.current.clientLeft) * scale,
      (event.clientY - rect.top - canvas.current.clientTop) * scale);
    if (!builder) {
      // Outside the builder a click picks the pod whose observation the overlay shows.
      const nearest = shown.current.reduce<Pod | null>(
        (best, pod) =>
          !best || Math.hypot(pod.x - point[0], pod.y - point[1]) < Math.hypot(best.x - point[0], best.y - point[1])
            ? pod
            : best,
        null,
      );
      if (nearest) setSelected(nearest.id);
      return;
    }
    if (builder.checkpoints.length < 2 || (builder.pods.length === 0 && !event.shiftKey && builder.checkpoints.length < 8)) {
      setBuilder({ ...builder, checkpoints: [...builder.checkpoints, point] });
    } else if (builder.pods.length < 4) {
      setBuilder({ ...builder, pods: [...builder.pods, point] });
    }
  };

  const runScenario = () => {
    if (!builder || builder.pods.length < 4 || builder.checkpoints.length < 2) {
      setMessage("place 2-8 checkpoints, then 4 pods (shift-click)");
      return;
    }
    fetch("/api/scenario", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        checkpoints: builder.checkpoints,
        pods: builder.pods.map(([x, y]) => ({ x, y })),
        turns: 200,
      }),
    })
      .then(async (r) => {
        if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
        return r.json();
      })
      .then((result) => {
        setMessage(`${result.bot}: ${result.turns.length} turns, ${result.result.reason || "not finished"}`);
        setPlayback({ name: "scenario", checkpoints: result.checkpoints, turns: result.turns });
        setBuilder(null);
        setTurn(0);
      })
      .catch((error: unknown) => setMessage(`scenario failed: ${String(error)}`));
  };

  return (
    <section className="flex shrink-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-xs">
        {(Object.keys(toggles) as (keyof Toggles)[]).map((key) => (
          <label key={key} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={toggles[key]}
              onChange={(e) => setToggles({ ...toggles, [key]: e.target.checked })}
            />
            {key}
          </label>
        ))}
        <select
          className="rounded bg-slate-800 px-1"
          value={playback?.name ?? ""}
          onChange={(e) => openReplay(e.target.value)}
          data-testid="replay-select"
        >
          <option value="">live training race</option>
          {replays.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <button
          className="rounded bg-slate-800 px-2"
          onClick={() => {
            setPlayback(null);
            setBuilder(builder ? null : { checkpoints: [], pods: [] });
            setMessage("click: checkpoints; shift-click: pods");
          }}
        >
          {builder ? "cancel scenario" : "scenario builder"}
        </button>
        {builder && (
          <button className="rounded bg-emerald-800 px-2" onClick={runScenario}>
            run policy from here
          </button>
        )}
        <span className="text-slate-400" data-testid="canvas-message">
          {message}
        </span>
      </div>
      <canvas
        ref={canvas}
        data-testid="race-canvas"
        width={1280}
        height={720}
        onClick={click}
        className="aspect-video w-full rounded border border-slate-800"
      />
      {playback && (
        <div className="flex items-center gap-2 text-xs">
          <button className="rounded bg-slate-800 px-2" onClick={() => setPlaying(!playing)}>
            {playing ? "pause" : "play"}
          </button>
          <input
            type="range"
            className="flex-1"
            min={0}
            max={Math.max(0, playback.turns.length - 1)}
            value={turn}
            onChange={(e) => setTurn(Number(e.target.value))}
            data-testid="scrubber"
          />
          <span>
            turn {turn + 1} / {playback.turns.length}
          </span>
        </div>
      )}
    </section>
  );
}

/** Memoised: re-renders only when its props change, not on every telemetry frame. */
export const RaceCanvas = memo(RaceCanvasView);
