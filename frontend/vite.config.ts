import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/engine-rest': backend,
    },
  },
  build: {
    // Spring Boot serves classpath:/static, so the bundle goes straight into the module's jar.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // The shared chunk (React, the router and Ant Design's core) is about 600 kB, 200 kB gzipped;
    // bpmn-js and each workspace load on demand.
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Ant Design's first render in jsdom takes seconds on a busy two-core machine.
    testTimeout: 20_000,
  },
});
