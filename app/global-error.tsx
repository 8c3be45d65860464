'use client';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main style={{ fontFamily: 'system-ui', maxWidth: 480, margin: '4rem auto', textAlign: 'center' }}>
          <h1>Something went wrong</h1>
          <button type="button" onClick={reset}>Try again</button>
        </main>
      </body>
    </html>
  );
}
