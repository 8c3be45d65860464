import 'server-only';
import { loadControlState } from '@/lib/db/rooms';
import { getProblem } from '@/lib/problems/library';
import { publishControl } from './bus';

/** Reloads an interview's control state after a change and pushes it to everyone in its room. */
export async function publishControlState(interviewId: string): Promise<void> {
  const state = await loadControlState({ interviewId, hintTexts: (slug) => getProblem(slug)?.hints ?? [] });
  if (state) publishControl(interviewId, state);
}
