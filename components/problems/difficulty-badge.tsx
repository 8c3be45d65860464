import type { Difficulty } from '@/lib/problems/catalogue';

// Dark text on pale fills: every pair passes WCAG AA contrast at small sizes.
const STYLES: Record<Difficulty, string> = {
  easy: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  medium: 'border-amber-200 bg-amber-50 text-amber-900',
  hard: 'border-rose-200 bg-rose-50 text-rose-800',
};

const LABELS: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** The difficulty as a word, never colour alone. */
export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span className={`inline-flex items-center rounded border px-2 py-0.5 text-xs font-medium ${STYLES[difficulty]}`}>
      <span className="sr-only">Difficulty: </span>
      {LABELS[difficulty]}
    </span>
  );
}

export function difficultyLabel(difficulty: Difficulty): string {
  return LABELS[difficulty];
}
