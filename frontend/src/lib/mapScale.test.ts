import { describe, expect, it } from "vitest";
import { fitMap, toMap, toScreen } from "./mapScale";

describe("map scaling", () => {
  it("fits the whole 16000 x 9000 map with its margin", () => {
    const t = fitMap(1280, 720);
    const [left, top] = toScreen(t, -400, -400);
    const [right, bottom] = toScreen(t, 16400, 9400);
    expect(left).toBeGreaterThanOrEqual(-1e-9);
    expect(top).toBeGreaterThanOrEqual(-1e-9);
    expect(right).toBeLessThanOrEqual(1280 + 1e-9);
    expect(bottom).toBeLessThanOrEqual(720 + 1e-9);
  });

  it("round-trips screen and map coordinates", () => {
    const t = fitMap(1000, 600);
    const [sx, sy] = toScreen(t, 12345, 6789);
    expect(toMap(t, sx, sy)).toEqual([12345, 6789]);
  });
});
