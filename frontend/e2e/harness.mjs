// Shared by the end-to-end test and the benchmark: `sebulba serve` on a free port and Debian's Chromium
// driven by playwright-core, each browser with a fresh profile.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ROOT = resolve(import.meta.dirname, "../..");
const SEBULBA = join(ROOT, ".venv/bin/sebulba");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Exit 0 with a clear message when there is no Chromium to drive (the only allowed skip). */
export function skipWithoutChromium(what) {
  if (!existsSync(CHROMIUM)) {
    console.log(`SKIP: no Chromium at ${CHROMIUM} (apt-get install -y chromium); ${what} not run`);
    process.exit(0);
  }
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function api(base, path, method = "GET", body = undefined) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** `sebulba serve --no-train` in a fresh data folder; resolves once /api/health answers. */
export async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "sebulba-e2e-"));
  const process_ = spawn(
    SEBULBA,
    ["serve", "--port", String(port), "--preset", "cpu", "--data-dir", dataDir, "--fresh", "--no-train"],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/api/health`)).ok, "the server");
  return {
    base,
    async stop() {
      const exited = new Promise((done) => process_.once("exit", done));
      process_.kill("SIGTERM");
      await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A headless Chromium with a fresh --user-data-dir (a persistent context is how playwright takes one). */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "sebulba-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page showing the control room, once its WebSocket is connected. */
export async function openControlRoom(context, base) {
  const page = await context.newPage();
  await page.goto(base);
  await waitFor(async () => (await page.textContent("[data-testid=connection]")) === "connected", "the WebSocket");
  return page;
}
