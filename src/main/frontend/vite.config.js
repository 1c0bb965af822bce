import { defineConfig } from 'vite';

// Built by Maven (build.mjs) into the application's static resources; OUT_DIR is set by the build.
export default defineConfig({
  base: '/',
  build: {
    outDir: process.env.OUT_DIR || 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080', '/logout': 'http://localhost:8080' },
  },
});
