import { describe, expect, it } from "vitest";
import { compactNumber } from "./format";

describe("compactNumber", () => {
  it("picks the unit by size and drops trailing zeros", () => {
    expect(compactNumber(0)).toBe("0");
    expect(compactNumber(950)).toBe("950");
    expect(compactNumber(12_000)).toBe("12k");
    expect(compactNumber(4096)).toBe("4.1k");
    expect(compactNumber(3_400_000)).toBe("3.4M");
    expect(compactNumber(2e9)).toBe("2G");
    expect(compactNumber(0.125)).toBe("0.13");
  });
});
