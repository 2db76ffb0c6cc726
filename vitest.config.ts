import { defineConfig } from 'vitest/config';
import { kernelsPlugin } from './scripts/vite-plugin-kernels.ts';

export default defineConfig({
  plugins: [kernelsPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
