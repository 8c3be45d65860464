import Link from 'next/link';

/** Links to the concept guides a problem leans on. */
export function ConceptLinks({ concepts }: { concepts: readonly { slug: string; title: string }[] }) {
  return (
    <ul className="flex flex-col gap-1.5">
      {concepts.map((concept) => (
        <li key={concept.slug}>
          <Link href={`/concepts/${concept.slug}`} className="text-indigo-700 underline hover:text-indigo-900">
            {concept.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
