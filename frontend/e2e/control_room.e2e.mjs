// End to end: `sebulba serve` (real training, tiny config) + Debian Chromium driven by playwright-core.
// Checks telemetry arrives, pods are drawn on the canvas, a slider changes the server's config; saves a
// screenshot. Exits 0 with a clear message (a skip) only when Chromium is not installed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ROOT = resolve(import.meta.dirname, "../..");
const SEBULBA = join(ROOT, ".venv/bin/sebulba");
const SHOTS = join(ROOT, "data/e2e");

if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: no Chromium at ${CHROMIUM} (apt-get install -y chromium); end-to-end test not run`);
  process.exit(0);
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), "sebulba-e2e-"));
const server = spawn(SEBULBA, ["serve", "--port", String(port), "--preset", "cpu", "--data-dir", dataDir, "--fresh"], {
  cwd: ROOT,
  stdio: ["ignore", "inherit", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
let browser;
let failed = false;
try {
  await waitFor(async () => (await fetch(`${base}/api/health`)).ok, "the server");
  // A small batch keeps the iterations short on CI's two cores.
  await fetch(`${base}/api/config`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ppo: { num_steps: 16 } }),
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(base);
  await waitFor(async () => (await page.textContent("[data-testid=connection]")) === "connected", "the WebSocket");
  await waitFor(async () => Number(await page.getAttribute("[data-testid=race-canvas]", "data-frames")) > 30,
    "canvas frames");
  // Pods are drawn in team colours (#f97316 orange, #38bdf8 blue): find their pixels on the canvas.
  const coloured = await waitFor(async () => {
    const counts = await page.evaluate(() => {
      const canvas = document.querySelector("[data-testid=race-canvas]");
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let orange = 0;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === 0xf9 && data[i + 1] === 0x73 && data[i + 2] === 0x16) orange++;
        if (data[i] === 0x38 && data[i + 1] === 0xbd && data[i + 2] === 0xf8) blue++;
      }
      return { orange, blue };
    });
    return counts.orange + counts.blue > 50 ? counts : null;
  }, "pods on the canvas");
  const step = await waitFor(async () => {
    const text = await page.textContent("[data-testid=step]");
    const match = /step ([\d,]+)/.exec(text ?? "");
    return match && Number(match[1].replace(/,/g, "")) > 0 ? match[1] : null;
  }, "training steps in the telemetry", 120_000);
  // Move the team-spirit slider: the server's config must follow.
  const slider = page.locator("[data-testid='rewards.team_spirit']");
  await slider.waitFor();
  await slider.fill("0.8");
  const accepted = await waitFor(async () => {
    const config = await (await fetch(`${base}/api/config`)).json();
    return Math.abs(config.rewards.team_spirit - 0.8) < 1e-9 ? config : null;
  }, "the config change on the server");
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, "control_room.png") });
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  console.log(`e2e ok: pods drawn (${coloured.orange} orange, ${coloured.blue} blue px), step ${step}, ` +
    `team_spirit ${accepted.rewards.team_spirit}; screenshot ${join(SHOTS, "control_room.png")}`);
} catch (error) {
  failed = true;
  console.error(`e2e FAILED: ${error.message}`);
} finally {
  await browser?.close();
  server.kill("SIGTERM");
}
process.exit(failed ? 1 : 0);
