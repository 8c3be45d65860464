import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Only lib/db may reach the database: one client, authorization in every query.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lib/db/generated/*', '@/lib/db/generated/*', '@prisma/client', '@prisma/client/*'], message: 'Use the data functions in lib/db.' },
            { group: ['@/lib/db/client', '**/lib/db/client'], message: 'Only lib/db builds and uses the Prisma client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/db/**', 'scripts/**', 'server.ts', 'tests/**', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Test and e2e helpers named use* (useTestDatabase) are Vitest/Playwright setup, not React hooks.
    files: ['tests/**', 'e2e/**', '**/*.test.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;
