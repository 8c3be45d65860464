import type { ReactNode } from 'react';
import { formatBytes, formatDuration, formatNumber } from '@/lib/estimator/format';
import { LATENCY_NUMBERS, POWERS_OF_TWO, SECONDS_PER_PERIOD } from '@/lib/estimator/reference-data';

interface ReferenceTablesProps {
  /** Puts calculator text into the focused (or last) line; absent when read-only. */
  onInsert?: (text: string, what: string) => void;
}

const CELL = 'px-3 py-1.5';

/** A collapsible table with a caption and column headers. */
function ReferenceTable({ title, columns, children, open }: { title: string; columns: string[]; children: ReactNode; open?: boolean }) {
  return (
    <details open={open} className="rounded border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">{title}</summary>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className={CELL}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">{children}</tbody>
        </table>
      </div>
    </details>
  );
}

/** A button inserting `text`; its accessible name says what goes in and what it stands for. */
function InsertCell({ text, what, onInsert }: { text: string; what: string; onInsert?: ReferenceTablesProps['onInsert'] }) {
  return (
    <td className={CELL}>
      {onInsert ? (
        <button
          type="button"
          onClick={() => onInsert(text, what)}
          aria-label={`Insert ${text} (${what})`}
          className="whitespace-nowrap rounded border border-indigo-200 bg-indigo-50 px-2 py-0.5 font-mono text-xs text-indigo-800 hover:bg-indigo-100"
        >
          {text}
        </button>
      ) : (
        <code className="whitespace-nowrap font-mono text-xs text-slate-700">{text}</code>
      )}
    </td>
  );
}

/** Latency numbers, powers of two and seconds per period, each row insertable into a line. */
export function ReferenceTables({ onInsert }: ReferenceTablesProps) {
  const insertColumn = onInsert ? 'Insert' : 'As typed';
  return (
    <section aria-labelledby="reference-tables-heading" className="flex flex-col gap-2">
      <h2 id="reference-tables-heading" className="text-base font-semibold text-slate-900">Reference numbers</h2>
      <ReferenceTable title="Latency numbers every engineer should know" columns={['Operation', 'Latency', insertColumn]} open>
        {LATENCY_NUMBERS.map((row) => (
          <tr key={row.operation}>
            <th scope="row" className={`${CELL} font-normal text-slate-800`}>{row.operation}</th>
            <td className={`${CELL} tabular-nums`}>{formatDuration(row.seconds)}</td>
            <InsertCell text={row.insert} what={row.operation} onInsert={onInsert} />
          </tr>
        ))}
      </ReferenceTable>
      <ReferenceTable title="Powers of two" columns={['Power', 'Exact', 'Roughly', 'Bytes', insertColumn]}>
        {POWERS_OF_TWO.map((row) => (
          <tr key={row.power}>
            <th scope="row" className={`${CELL} font-normal text-slate-800`}>2<sup>{row.power}</sup></th>
            <td className={`${CELL} tabular-nums`}>{formatNumber(row.exact)}</td>
            <td className={CELL}>{row.approximate}</td>
            <td className={CELL}>{formatBytes(row.exact, { binary: true })}</td>
            <InsertCell text={row.insert} what={`2 to the ${row.power} bytes`} onInsert={onInsert} />
          </tr>
        ))}
      </ReferenceTable>
      <ReferenceTable title="Seconds per day, month and year" columns={['Period', 'Seconds', 'Roughly', insertColumn]}>
        {SECONDS_PER_PERIOD.map((row) => (
          <tr key={row.period}>
            <th scope="row" className={`${CELL} font-normal text-slate-800`}>{row.period}</th>
            <td className={`${CELL} tabular-nums`}>{formatNumber(row.seconds)}</td>
            <td className={CELL}>{row.rounded}</td>
            <InsertCell text={row.insert} what={`${row.period}, ${formatNumber(row.seconds)} seconds`} onInsert={onInsert} />
          </tr>
        ))}
      </ReferenceTable>
    </section>
  );
}
