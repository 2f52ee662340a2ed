import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The build lands where the Python package serves it from (sebulba/web/static).
export default defineConfig({
  plugins: [react()],
  build: { outDir: "../sebulba/web/static", emptyOutDir: true },
  server: { proxy: { "/api": "http://127.0.0.1:8000", "/ws": { target: "ws://127.0.0.1:8000", ws: true } } },
  test: { include: ["src/**/*.test.ts"] },
});
