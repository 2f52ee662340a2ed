// End to end: `sebulba serve` (real training, tiny config) + Debian Chromium driven by playwright-core.
// Checks telemetry arrives, pods are drawn on the canvas, a slider changes the server's config, the
// scenario builder plays a placed situation; saves a screenshot. Skips (exit 0) only without Chromium.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { api, launchBrowser, openControlRoom, ROOT, skipWithoutChromium, startServer, waitFor } from "./harness.mjs";

skipWithoutChromium("end-to-end test");
const SHOTS = join(ROOT, "data/e2e");
const TEAM_COLOURS = { orange: [0xf9, 0x73, 0x16], blue: [0x38, 0xbd, 0xf8] };

/** Pixels of each team colour on the race canvas (pods are filled with exactly these). */
function teamPixels(page) {
  return page.evaluate((colours) => {
    const canvas = document.querySelector("[data-testid=race-canvas]");
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = Object.fromEntries(Object.keys(colours).map((name) => [name, 0]));
    for (let i = 0; i < data.length; i += 4) {
      for (const [name, [r, g, b]] of Object.entries(colours)) {
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) counts[name]++;
      }
    }
    return counts;
  }, TEAM_COLOURS);
}

const server = await startServer();
let browser;
let failed = false;
try {
  // A small batch keeps the iterations short on CI's two cores.
  await api(server.base, "/api/config", "PUT", { ppo: { num_envs: 64, num_steps: 16, num_minibatches: 2 } });
  await api(server.base, "/api/control/start", "POST");
  browser = await launchBrowser();
  const page = await openControlRoom(browser.context, server.base);
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await waitFor(async () => Number(await page.getAttribute("[data-testid=race-canvas]", "data-frames")) > 10,
    "canvas frames");
  const live = await waitFor(async () => {
    const counts = await teamPixels(page);
    return counts.orange + counts.blue > 50 ? counts : null;
  }, "pods on the canvas");
  // Opaque, so the software compositor copies the race view each frame instead of blending it (a third of
  // the compositor's work per page; `npm run page-cost` shows it).
  const alpha = await page.evaluate(
    () => document.querySelector("[data-testid=race-canvas]").getContext("2d").getContextAttributes().alpha);
  if (alpha !== false) throw new Error(`the race canvas should be opaque (alpha false), got alpha ${alpha}`);
  const step = await waitFor(async () => {
    const match = /step ([\d,]+)/.exec((await page.textContent("[data-testid=step]")) ?? "");
    return match && Number(match[1].replace(/,/g, "")) > 0 ? match[1] : null;
  }, "training steps in the telemetry");

  // Move the team-spirit slider: the server's config must follow.
  const slider = page.locator("[data-testid='rewards.team_spirit']");
  await slider.fill("0.8");
  const accepted = await waitFor(async () => {
    const config = await api(server.base, "/api/config");
    return Math.abs(config.rewards.team_spirit - 0.8) < 1e-9 ? config : null;
  }, "the config change on the server");
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, "control_room.png") });

  // Scenario builder: 3 checkpoints by click, 4 pods by shift-click, then play it on the server.
  await page.getByRole("button", { name: "scenario builder" }).click();
  const canvas = page.locator("[data-testid=race-canvas]");
  const box = await canvas.boundingBox();
  const at = (fx, fy) => ({ position: { x: box.width * fx, y: box.height * fy } });
  for (const [fx, fy] of [[0.2, 0.3], [0.8, 0.4], [0.5, 0.8]]) await canvas.click(at(fx, fy));
  for (const [fx, fy] of [[0.15, 0.2], [0.15, 0.4], [0.25, 0.2], [0.25, 0.4]]) {
    await canvas.click({ ...at(fx, fy), modifiers: ["Shift"] });
  }
  await page.getByRole("button", { name: "run policy from here" }).click();
  await page.locator("[data-testid=scrubber]").waitFor({ timeout: 30_000 });
  const scenario = await waitFor(async () => {
    const counts = await teamPixels(page);
    return counts.orange > 20 && counts.blue > 20 ? counts : null;
  }, "both teams in the scenario playback");
  const message = await page.textContent("[data-testid=canvas-message]");
  await page.screenshot({ path: join(SHOTS, "scenario.png") });
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  console.log(`e2e ok: live pods drawn (${live.orange} orange, ${live.blue} blue px), step ${step}, ` +
    `team_spirit ${accepted.rewards.team_spirit}; scenario "${message}" (${scenario.orange} orange, ` +
    `${scenario.blue} blue px); screenshots in ${SHOTS}`);
} catch (error) {
  failed = true;
  console.error(`e2e FAILED: ${error.message}`);
} finally {
  await browser?.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
