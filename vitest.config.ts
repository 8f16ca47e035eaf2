import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Speed lives in `npm run bench`, not in unit tests: tests that align real articles many
    // times must not fail because a 2-core CI machine is busy (vitest's default is 5 s).
    testTimeout: 30_000,
  },
});
