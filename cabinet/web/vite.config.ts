import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// The build goes where CMake asks (PRILAVOK_WEB_OUT) so a source tree stays clean; `npm run dev`
// proxies the owner API to a local `prilavok-cabinet serve --listen 127.0.0.1:8080`.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: process.env.PRILAVOK_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
