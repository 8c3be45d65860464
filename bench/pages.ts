import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export interface PageWeight {
  path: string;
  firstLoadJsKiB: number;
  domContentLoadedMs: number;
}

/**
 * First-load JavaScript (bytes on the wire, compressed as served) and DOMContentLoaded of public pages,
 * measured in Chromium. The canvas is code-split, so pages without it must stay light.
 */
export async function runPageWeightBench(baseUrl: string, paths: string[]): Promise<PageWeight[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath: existsSync(executablePath) ? executablePath : undefined, args: FLAGS });
  const results: PageWeight[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let jsBytes = 0;
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        const sizes = await response.request().sizes().catch(() => null);
        jsBytes += sizes?.responseBodySize ?? 0;
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      const dcl = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return nav ? nav.domContentLoadedEventEnd : Number.NaN;
      });
      results.push({ path, firstLoadJsKiB: Math.round(jsBytes / 102.4) / 10, domContentLoadedMs: Math.round(dcl) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
