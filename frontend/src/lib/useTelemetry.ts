import { useCallback, useEffect, useRef, useState } from "react";
import { RingBuffer } from "./ringBuffer";
import type { LogFrame, RaceState, ServerFrame, TelemetryFrame } from "./types";

export const CHART_POINTS = 600;
export const LOG_LINES = 200;
/** The race canvas reads every frame from a ref at 60 fps; the rest of the page (figures, charts, league)
 * re-renders at most this often: React re-rendering the whole page per frame cost more CPU than drawing. */
export const STATS_INTERVAL_MS = 250;

export interface Series {
  x: RingBuffer<number>;
  reward: RingBuffer<number>;
  entropy: RingBuffer<number>;
  valueLoss: RingBuffer<number>;
  winRate: RingBuffer<number>;
  /** The last deterministic evaluation vs the heuristic team (null before the first: a gap in the chart). */
  evalWinRate: RingBuffer<number | null>;
  /** The last deterministic evaluation vs the search bot's team (null before the first). */
  evalSearchWinRate: RingBuffer<number | null>;
  /** The last league iteration against the search bot's team (null before the first). */
  leagueSearchWinRate: RingBuffer<number | null>;
  stepsPerSecond: RingBuffer<number>;
}

export interface RaceBuffer {
  previous: RaceState | null;
  current: RaceState | null;
  receivedAt: number;
  interval: number;
}

function makeSeries(): Series {
  return {
    x: new RingBuffer(CHART_POINTS),
    reward: new RingBuffer(CHART_POINTS),
    entropy: new RingBuffer(CHART_POINTS),
    valueLoss: new RingBuffer(CHART_POINTS),
    winRate: new RingBuffer(CHART_POINTS),
    evalWinRate: new RingBuffer(CHART_POINTS),
    evalSearchWinRate: new RingBuffer(CHART_POINTS),
    leagueSearchWinRate: new RingBuffer(CHART_POINTS),
    stepsPerSecond: new RingBuffer(CHART_POINTS),
  };
}

/** The telemetry WebSocket: reconnects with backoff, keeps bounded histories, exposes `send`. */
export function useTelemetry() {
  const [connected, setConnected] = useState(false);
  const [latest, setLatest] = useState<TelemetryFrame | null>(null);
  const [logs, setLogs] = useState<LogFrame[]>([]);
  const [reply, setReply] = useState<ServerFrame | null>(null);
  const [fps, setFps] = useState(0);
  const series = useRef<Series>(makeSeries());
  const race = useRef<RaceBuffer>({ previous: null, current: null, receivedAt: 0, interval: 100 });
  const logBuffer = useRef(new RingBuffer<LogFrame>(LOG_LINES));
  const socket = useRef<WebSocket | null>(null);
  const lastIteration = useRef(-1);

  useEffect(() => {
    let stopped = false;
    let retry = 500;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frames = 0;
    let pending: TelemetryFrame | null = null;
    let publishTimer: ReturnType<typeof setTimeout> | undefined;
    let publishedAt = 0;
    const publish = () => {
      publishTimer = undefined;
      if (pending) setLatest(pending);
      pending = null;
      publishedAt = performance.now();
    };
    const counter = setInterval(() => {
      setFps(frames);
      frames = 0;
    }, 1000);

    const connect = () => {
      const protocol = window.location.protocol === "https:" ? "wss" : "ws";
      const ws = new WebSocket(`${protocol}://${window.location.host}/ws/telemetry`);
      socket.current = ws;
      ws.onopen = () => {
        retry = 500;
        setConnected(true);
      };
      ws.onclose = () => {
        setConnected(false);
        if (!stopped) timer = setTimeout(connect, (retry = Math.min(retry * 2, 8000)));
      };
      ws.onmessage = (event: MessageEvent<string>) => {
        const frame = JSON.parse(event.data) as ServerFrame;
        if (frame.type === "telemetry") {
          frames += 1;
          if (frame.race_state) {
            const now = performance.now();
            const buffer = race.current;
            buffer.interval = buffer.receivedAt ? Math.min(1000, now - buffer.receivedAt) : 100;
            buffer.previous = buffer.current;
            buffer.current = frame.race_state;
            buffer.receivedAt = now;
          }
          if (frame.stats.iteration !== lastIteration.current) {
            lastIteration.current = frame.stats.iteration;
            const s = series.current;
            s.x.push(frame.step);
            s.reward.push(frame.stats.reward_mean);
            s.entropy.push(frame.stats.entropy);
            s.valueLoss.push(frame.stats.value_loss);
            s.winRate.push(frame.stats.win_rate);
            s.evalWinRate.push(frame.stats.eval_win_rate);
            s.evalSearchWinRate.push(frame.stats.eval_win_rate_vs_search ?? null);
            s.leagueSearchWinRate.push(frame.stats.league_win_rate_vs_search ?? null);
            s.stepsPerSecond.push(frame.stats.fps_training);
          }
          pending = frame;
          publishTimer ??= setTimeout(publish, Math.max(0, STATS_INTERVAL_MS - (performance.now() - publishedAt)));
        } else if (frame.type === "log") {
          logBuffer.current.push(frame);
          setLogs(logBuffer.current.toArray());
        } else {
          setReply(frame);
        }
      };
    };
    connect();
    return () => {
      stopped = true;
      clearInterval(counter);
      if (timer) clearTimeout(timer);
      if (publishTimer) clearTimeout(publishTimer);
      socket.current?.close();
    };
  }, []);

  const send = useCallback((message: object) => {
    if (socket.current?.readyState === WebSocket.OPEN) socket.current.send(JSON.stringify(message));
  }, []);

  return { connected, latest, logs, reply, fps, series, race, send };
}
