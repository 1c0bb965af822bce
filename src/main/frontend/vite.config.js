import { defineConfig } from 'vite';

// Built by Maven (build.mjs) into the application's static resources; OUT_DIR is set by the build.
export default defineConfig({
  base: '/',
  build: {
    outDir: process.env.OUT_DIR || 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    sourcemap: false,
    // two pages: the app (index.html) and the sign-in page (login.html, served at /login)
    rollupOptions: { input: { main: 'index.html', login: 'login.html' } },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080', '/logout': 'http://localhost:8080' },
  },
});
