import Link from 'next/link';
import { DIFFICULTIES, TOPICS } from '@/lib/problems/catalogue';
import type { ProblemFilters as Filters } from '@/lib/problems/filter';
import { difficultyLabel } from './difficulty-badge';

const CONTROL = 'rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm';
const LABEL = 'text-sm font-medium text-slate-800';

interface FilterSelectProps {
  name: string;
  label: string;
  /** The blank first option, meaning "no filter". */
  anyLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}

function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className={LABEL}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={CONTROL}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/**
 * The library's filters as a plain GET form: works without JavaScript, and every filtered view has a
 * shareable URL.
 */
export function ProblemFilters({ filters, isFiltered }: { filters: Filters; isFiltered: boolean }) {
  return (
    <form method="get" action="/problems" role="search" aria-label="Filter problems" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="filter-q" className={LABEL}>Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Title, summary or topic" maxLength={100} className={CONTROL} />
      </div>
      <FilterSelect
        name="difficulty"
        label="Difficulty"
        anyLabel="Any difficulty"
        value={filters.difficulty}
        options={DIFFICULTIES.map((d) => ({ value: d, label: difficultyLabel(d) }))}
      />
      <FilterSelect name="topic" label="Topic" anyLabel="Any topic" value={filters.topic} options={TOPICS.map((t) => ({ value: t, label: t }))} />
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
          Apply filters
        </button>
        {isFiltered ? (
          <Link href="/problems" className="text-sm text-indigo-700 underline">Clear filters</Link>
        ) : null}
      </div>
    </form>
  );
}
