import { describe, expect, it } from "vitest";
import { fieldsFromSchema, partialUpdate, sliderRange, validateField } from "./configForm";

const schema = {
  properties: { ppo: { $ref: "#/$defs/PPOConfig" }, rewards: { $ref: "#/$defs/RewardWeights" }, curriculum: {} },
  $defs: {
    PPOConfig: {
      properties: {
        learning_rate: { type: "number", exclusiveMinimum: 0, maximum: 1, description: "Adam step size" },
        num_envs: { type: "integer", minimum: 1, maximum: 1000000 },
        anneal_lr: { type: "boolean" },
        target_kl: { anyOf: [{ type: "number", exclusiveMinimum: 0 }, { type: "null" }] },
      },
    },
    RewardWeights: { properties: { tau: { type: "number", minimum: 0, maximum: 1 } } },
  },
};

describe("config form", () => {
  const sections = fieldsFromSchema(schema);
  const field = (section: string, name: string) => {
    const found = sections[section].find((f) => f.path[1] === name);
    if (!found) throw new Error(`no field ${section}.${name}`);
    return found;
  };

  it("builds a field per config entry with its bounds", () => {
    const rate = sections.ppo.find((f) => f.path[1] === "learning_rate");
    expect(rate?.kind).toBe("number");
    expect(rate?.exclusiveMinimum).toBe(0);
    expect(sections.ppo.find((f) => f.path[1] === "anneal_lr")?.kind).toBe("boolean");
    expect(sections.ppo.find((f) => f.path[1] === "target_kl")?.exclusiveMinimum).toBe(0);
    expect(sections.rewards.map((f) => f.path.join("."))).toEqual(["rewards.tau"]);
  });

  it("validates like the server", () => {
    const rate = field("ppo", "learning_rate");
    const envs = field("ppo", "num_envs");
    expect(validateField(rate, 0)).toMatch(/> 0/);
    expect(validateField(rate, 3e-4)).toBeNull();
    expect(validateField(envs, 2.5)).toMatch(/whole/);
    expect(validateField(envs, Number.NaN)).toMatch(/number/);
  });

  it("builds the nested partial update", () => {
    expect(partialUpdate(["rewards", "tau"], 0.3)).toEqual({ rewards: { tau: 0.3 } });
  });

  it("offers a slider only for sensible bounded ranges", () => {
    const tau = sections.rewards[0];
    expect(sliderRange(tau, 0.5)).toEqual([0, 1]);
    expect(sliderRange(field("ppo", "num_envs"), 256)).toBeNull();
  });
});
