import { describe, expect, it } from "vitest";
import { bitmapSize, fitMap, toMap, toScreen } from "./mapScale";

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

  it("sizes the bitmap to the displayed box on both sides, not from an aspect ratio", () => {
    // The control room's canvas at 1600 x 900: a 942 x 529 content box (the border takes the aspect's row).
    expect(bitmapSize(942, 529, 1)).toEqual([942, 529]);
    expect(bitmapSize(942, 529, 2)).toEqual([1884, 1058]);
    expect(bitmapSize(470.6, 264.4, 1.5)).toEqual([706, 397]);
    expect(bitmapSize(0, 0, 1)).toEqual([320, 180]);
  });
});
