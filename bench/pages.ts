import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/fixtures/chromium';

export interface PageWeight {
  path: string;
  /** Scripts the server-rendered HTML references, gzipped: what must load before the page is interactive. */
  firstLoadJsKiB: number;
  /** Every script the browser fetched until the network went idle, lazy chunks included. */
  allJsKiB: number;
  domContentLoadedMs: number;
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Gzipped size of the scripts the page's initial HTML references (Next's "first load JS"). */
async function initialScriptBytes(baseUrl: string, path: string): Promise<number> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string))];
  const sizes = await Promise.all(
    sources.map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).byteLength),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * First-load JavaScript, all JavaScript fetched, and DOMContentLoaded of public pages, measured in
 * Chromium. The canvas and the calculator are code-split, so first loads must stay light.
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
      results.push({ path, firstLoadJsKiB: kib(await initialScriptBytes(baseUrl, path)), allJsKiB: kib(jsBytes), domContentLoadedMs: Math.round(dcl) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
