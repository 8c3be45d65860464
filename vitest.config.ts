import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@': root,
  // `server-only` throws outside the react-server condition; tests run plain Node.
  'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
};

// next-auth imports `next/server` without an extension, which Node's ESM loader refuses; let Vite resolve it.
const server = { deps: { inline: ['next-auth'] } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          server,
          environment: 'node',
          include: ['lib/**/*.test.ts', 'problems/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          server,
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          // One database per file; files share nothing but still run one at a time to stay light on 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
