import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/fixtures/chromium';

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
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
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
