import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite and Yjs must be loaded by Node itself: bundling PGlite breaks its WASM paths, and the custom
  // server and the app must share one Yjs instance.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'yjs', '@node-rs/argon2'],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds; doing it again here would
  // only double the build time on 2-core machines.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
