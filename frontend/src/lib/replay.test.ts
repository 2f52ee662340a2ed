import { describe, expect, it } from "vitest";
import { parseCommand, type Replay, replayState } from "./replay";

const replay: Replay = {
  name: "r",
  checkpoints: [
    [1000, 1000],
    [9000, 5000],
  ],
  turns: [
    {
      pods: [
        { x: 1, y: 2, vx: 3, vy: 4, angle: 90, next: 1, passed: 0, shield: 0 },
        { x: 5, y: 6, vx: 0, vy: 0, angle: null, next: 1, passed: 0, shield: 3 },
      ],
      commands: ["9000 5000 100", "9000 5000 SHIELD"],
      collisions: [{ x: 10, y: 20 }],
    },
    { pods: [{ x: 7, y: 8, vx: 0, vy: 0, angle: 0 }], commands: ["0 0 BOOST"], collisions: [[30, 40]] },
  ],
};

describe("replays", () => {
  it("reads thrust, boost and shield from the commands", () => {
    expect(parseCommand("1 2 100")).toEqual({ thrust: 100, boost: false });
    expect(parseCommand("1 2 BOOST")).toEqual({ thrust: 650, boost: true });
    expect(parseCommand("1 2 SHIELD")).toEqual({ thrust: 0, boost: false });
    expect(parseCommand(undefined)).toEqual({ thrust: 0, boost: false });
  });

  it("turns a recorded turn into the canvas's race state", () => {
    const state = replayState(replay, 0);
    expect(state.pods[0]).toMatchObject({ team: 0, x: 1, angle: 90, thrust: 100, shield: false });
    expect(state.pods[1]).toMatchObject({ angle: 0, thrust: 0, shield: true });
    expect(state.collisions).toEqual([[10, 20]]);
  });

  it("clamps the turn index to the recording", () => {
    expect(replayState(replay, 99).collisions).toEqual([[30, 40]]);
    expect(replayState(replay, 99).pods[0].boost).toBe(true);
    expect(replayState(replay, -5).pods[0].x).toBe(1);
  });
});
