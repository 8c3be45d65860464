/** A problem's topics as a labelled list of tags. */
export function TopicList({ topics, label = 'Topics' }: { topics: readonly string[]; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {topics.map((topic) => (
        <li key={topic} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          {topic}
        </li>
      ))}
    </ul>
  );
}
