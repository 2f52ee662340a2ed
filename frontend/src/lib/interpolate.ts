import type { Pod } from "./types";

// Telemetry arrives at the trainer's pace; the canvas draws at 60 fps between the last two frames.
export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Shortest-way interpolation of headings in degrees. */
export function lerpAngle(a: number, b: number, t: number): number {
  const delta = ((((b - a) % 360) + 540) % 360) - 180;
  return a + delta * t;
}

/** Pods between two frames (t in [0, 1]); a pod that jumped (new race) is not smeared across the map. */
export function interpolatePods(previous: Pod[] | null, next: Pod[], t: number, jump = 3000): Pod[] {
  if (!previous || previous.length !== next.length) return next;
  const clamped = Math.min(1, Math.max(0, t));
  return next.map((pod, i) => {
    const old = previous[i];
    if (Math.hypot(pod.x - old.x, pod.y - old.y) > jump) return pod;
    return {
      ...pod,
      x: lerp(old.x, pod.x, clamped),
      y: lerp(old.y, pod.y, clamped),
      angle: lerpAngle(old.angle, pod.angle, clamped),
    };
  });
}

/** Where a pod drifts if it stops thrusting: the referee's friction (0.85) applied turn after turn. */
export function predictTrajectory(pod: Pod, turns: number, friction = 0.85): [number, number][] {
  const points: [number, number][] = [];
  let { x, y, vx, vy } = pod;
  for (let i = 0; i < turns; i++) {
    x += vx;
    y += vy;
    vx = Math.trunc(vx * friction);
    vy = Math.trunc(vy * friction);
    points.push([x, y]);
  }
  return points;
}
