import { describe, expect, it } from "vitest";
import { interpolatePods, lerpAngle, predictTrajectory } from "./interpolate";
import type { Pod } from "./types";

const pod = (x: number, y: number, angle = 0): Pod => ({
  id: 0, team: 0, x, y, angle, vx: 100, vy: 0, thrust: 100, boost: false, shield: false, role: "runner",
  next_checkpoint: 1, checkpoints_passed: 0,
});

describe("interpolation", () => {
  it("moves pods part of the way between frames", () => {
    const [mid] = interpolatePods([pod(0, 0)], [pod(100, 200)], 0.5);
    expect(mid.x).toBe(50);
    expect(mid.y).toBe(100);
  });

  it("turns the short way round", () => {
    expect(lerpAngle(350, 10, 0.5)).toBeCloseTo(360);
  });

  it("does not smear a pod that jumped to a new race", () => {
    const [next] = interpolatePods([pod(0, 0)], [pod(9000, 5000)], 0.5);
    expect(next.x).toBe(9000);
  });

  it("predicts drift with the referee's friction and truncation", () => {
    const points = predictTrajectory(pod(0, 0), 3);
    expect(points.map(([x]) => x)).toEqual([100, 185, 257]);
  });
});
