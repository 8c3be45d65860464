import { z } from 'zod';
import { mergeDiagrams } from './merge';
import { diagramSchema, EMPTY_DIAGRAM, type Diagram } from './schema';

/**
 * The browser's copy of unsaved work (localStorage `scaleboard:diagram:<sessionId>`). It exists only
 * while there are changes the server has not acknowledged, so its presence alone means "unsaved".
 * `base` is the diagram at `baseVersion`, kept so a later conflict can be merged three-way.
 */
export const draftSchema = z.object({
  baseVersion: z.number().int().min(0),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
  savedAt: z.number(),
  base: z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }).optional(),
});

export interface Draft {
  baseVersion: number;
  diagram: Diagram;
  savedAt: number;
  base?: Diagram;
}

export function draftKey(sessionId: string): string {
  return `scaleboard:diagram:${sessionId}`;
}

/** Reads stored text; anything unreadable or invalid counts as no draft rather than breaking the page. */
export function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const shell = draftSchema.safeParse(raw);
  if (!shell.success) return null;
  const diagram = diagramSchema.safeParse({ nodes: shell.data.nodes, edges: shell.data.edges });
  if (!diagram.success) return null;
  const base = shell.data.base ? diagramSchema.safeParse(shell.data.base) : undefined;
  return { baseVersion: shell.data.baseVersion, diagram: diagram.data, savedAt: shell.data.savedAt, base: base?.success ? base.data : undefined };
}

export function serializeDraft(draft: Draft, includeBase = true): string {
  const { diagram, ...rest } = draft;
  return JSON.stringify({ ...rest, nodes: diagram.nodes, edges: diagram.edges, base: includeBase ? draft.base : undefined });
}

export interface ServerDiagram {
  version: number;
  diagram: Diagram;
}

export interface InitialState {
  diagram: Diagram;
  /** Version the next save is based on. */
  baseVersion: number;
  /** The diagram at baseVersion, as the server has it. */
  base: Diagram;
  /** True when the diagram holds work the server does not have yet. */
  hasUnsavedChanges: boolean;
}

/**
 * What the canvas opens with. A draft always wins over the server (it is newer work): as is when
 * based on the server's current version (or a version the server no longer has, e.g. after a restart
 * that lost data), merged three-way when the server moved on since.
 */
export function chooseInitialState(server: ServerDiagram, draft: Draft | null): InitialState {
  const fromServer = { diagram: server.diagram, baseVersion: server.version, base: server.diagram };
  if (!draft) return { ...fromServer, hasUnsavedChanges: false };
  if (draft.baseVersion >= server.version) return { ...fromServer, diagram: draft.diagram, hasUnsavedChanges: true };
  const merged = mergeDiagrams(draft.base ?? EMPTY_DIAGRAM, draft.diagram, server.diagram);
  return { ...fromServer, diagram: merged.diagram, hasUnsavedChanges: true };
}

/** Local storage of one session's draft; storage that is full or unavailable never breaks editing. */
export class DraftStore {
  private readonly key: string;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
    sessionId: string,
  ) {
    this.key = draftKey(sessionId);
  }

  read(): Draft | null {
    try {
      return parseDraft(this.storage?.getItem(this.key) ?? null);
    } catch {
      return null;
    }
  }

  write(draft: Draft): void {
    try {
      this.storage?.setItem(this.key, serializeDraft(draft));
    } catch {
      // Storage full: keep at least the work itself, without the merge base.
      try {
        this.storage?.setItem(this.key, serializeDraft(draft, false));
      } catch {
        // Storage unavailable (private mode, quota): the server copy is all we have.
      }
    }
  }

  remove(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clean up if storage is unavailable.
    }
  }
}
