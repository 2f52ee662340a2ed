import { describe, expect, it } from "vitest";
import { RingBuffer } from "./ringBuffer";

describe("RingBuffer", () => {
  it("keeps the last `capacity` items in order", () => {
    const buffer = new RingBuffer<number>(3);
    for (let i = 1; i <= 5; i++) buffer.push(i);
    expect(buffer.toArray()).toEqual([3, 4, 5]);
    expect(buffer.length).toBe(3);
  });

  it("does not grow past its capacity over a long run", () => {
    const buffer = new RingBuffer<number>(600);
    for (let i = 0; i < 100_000; i++) buffer.push(i);
    expect(buffer.length).toBe(600);
    expect(buffer.toArray()[0]).toBe(99_400);
  });

  it("rejects a useless capacity", () => {
    expect(() => new RingBuffer(0)).toThrow();
  });
});
