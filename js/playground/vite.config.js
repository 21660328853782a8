import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative URLs: the built site works from any folder of any static host.
  base: './',
  resolve: {
    // The engine's web build (wasm-pack --target web), made by `make playground-build`.
    alias: { engine: here('wasm/kinesisstreams_gluejob.js') },
  },
  server: {
    host: '127.0.0.1',
    // Presets are read from the conformance fixtures.
    fs: { allow: [here('../..')] },
  },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
