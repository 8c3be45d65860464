import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdown, Markdown } from './markdown';

/** Rendered with React's server renderer, as pages do; JSX-free so it runs in the unit project (.test.ts). */
function render(markdown: string, minHeadingLevel?: number): string {
  // eslint-disable-next-line react/no-children-prop -- no JSX in a .test.ts file
  return renderToStaticMarkup(createElement(Markdown, { minHeadingLevel, children: markdown }));
}

describe('Markdown', () => {
  it('renders GitHub-flavoured Markdown: emphasis, code, tables', () => {
    const html = render('Some **bold** and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<table>');
    expect(html).toContain('class="prose');
  });

  it('never turns raw HTML into markup: scripts and event handlers come out as text', () => {
    const html = render('Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<div onclick="x()">hi</div>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<div onclick/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('drops images and dangerous link URLs and isolates external links', () => {
    const html = render('[click](javascript:alert(1)) ![x](data:text/html;base64,PHNjcmlwdD4=) [ext](https://example.com) [in](/concepts/caching)');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text/html');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow">ext</a>');
    expect(html).toContain('<a href="/concepts/caching">in</a>');
  });

  it('puts the fragment’s top heading at the given level and keeps the order below it', () => {
    const topAtThree = render('# Top\n\n## Sub', 3);
    expect(topAtThree).toContain('<h3>Top</h3>');
    expect(topAtThree).toContain('<h4>Sub</h4>');
    // A guide written with `##` sections sits directly under the page's h1, skipping no level.
    const guide = render('## Section\n\n### Detail', 2);
    expect(guide).toContain('<h2>Section</h2>');
    expect(guide).toContain('<h3>Detail</h3>');
    expect(render('###### Deep', 4)).toContain('<h4>Deep</h4>');
  });

  it('renders inline Markdown without block wrappers, and still no raw HTML', () => {
    // eslint-disable-next-line react/no-children-prop -- no JSX in a .test.ts file
    const html = renderToStaticMarkup(createElement(InlineMarkdown, { children: 'Uses `hash mod N` <b onmouseover="x()">bold</b>' }));
    expect(html).toBe('Uses <code class="rounded bg-slate-100 px-1 text-[0.9em]">hash mod N</code> &lt;b onmouseover=&quot;x()&quot;&gt;bold&lt;/b&gt;');
  });
});
