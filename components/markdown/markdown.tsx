import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADINGS: readonly HeadingTag[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function SafeLink({ href, children, node: _node, ...rest }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) {
  const isExternal = href !== undefined && /^https?:/i.test(href);
  // External content never gets a handle on this window, nor our referrer.
  return (
    <a href={href || undefined} {...rest} {...(isExternal ? { rel: 'noopener noreferrer nofollow' } : {})}>
      {children}
    </a>
  );
}

/** Code blocks scroll sideways; keyboard users need to be able to focus them to scroll. */
function ScrollablePre({ children, node: _node, ...rest }: ComponentPropsWithoutRef<'pre'> & { node?: unknown }) {
  return (
    <pre tabIndex={0} {...rest}>
      {children}
    </pre>
  );
}

/** The highest-ranking heading level a Markdown source uses (1 for `#`), or 1 when it has none. */
function topHeadingLevel(source: string): number {
  const levels = [...source.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1]?.length ?? 1);
  return levels.length > 0 ? Math.min(...levels) : 1;
}

/**
 * Maps Markdown heading levels so a fragment's top heading sits at `minHeadingLevel` and the rest keep
 * their order: a guide written with `##` sections renders them as h2 under the page's h1, never skipping.
 */
function headingComponents(minHeadingLevel: number, source: string): Components {
  const shift = minHeadingLevel - topHeadingLevel(source);
  const components: Components = {};
  HEADINGS.forEach((tag, index) => {
    const Target = HEADINGS[Math.min(Math.max(index + shift, 0), HEADINGS.length - 1)] as HeadingTag;
    components[tag] = ({ children, id }: { children?: ReactNode; id?: string }) => <Target id={id}>{children}</Target>;
  });
  return components;
}

interface MarkdownProps {
  children: string;
  /** Lowest heading level the content may use (2 under a page's h1; 3 or 4 inside sections). */
  minHeadingLevel?: number;
  className?: string;
}

/**
 * Renders trusted-but-unreviewed Markdown (problem and concept content) on the server. There is no
 * rehype-raw: raw HTML in the source comes out as visible text, never as markup. Link URLs go through
 * react-markdown's default transform (relative, http(s), mailto: never javascript: or data:); images are
 * dropped.
 */
export function Markdown({ children, minHeadingLevel = 2, className }: MarkdownProps) {
  return (
    <div className={`prose prose-slate max-w-none prose-a:text-indigo-700 prose-code:before:content-none prose-code:after:content-none ${className ?? ''}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{ ...headingComponents(minHeadingLevel, children), a: SafeLink, pre: ScrollablePre }}
        // Content is text; figures are drawn from reference-design.json. No remote images, no tracking pixels.
        disallowedElements={['img']}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

const INLINE_ELEMENTS = ['code', 'em', 'strong', 'del', 'a'];

/**
 * One short Markdown string inside running text or a table cell (rubric levels): inline formatting only,
 * paragraphs unwrapped, the same safety as `Markdown`.
 */
export function InlineMarkdown({ children }: { children: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      components={{ a: SafeLink, code: ({ children: code }) => <code className="rounded bg-slate-100 px-1 text-[0.9em]">{code}</code> }}
      allowedElements={INLINE_ELEMENTS}
      unwrapDisallowed
    >
      {children}
    </ReactMarkdown>
  );
}
