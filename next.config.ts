import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite and Yjs must be loaded by Node itself: bundling PGlite breaks its WASM paths, and the custom
  // server and the app must share one Yjs instance.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'yjs', '@node-rs/argon2'],
  poweredByHeader: false,
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
