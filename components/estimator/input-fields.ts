import type { EstimateInputField } from '@/lib/estimator/schema';

/** How each structured input is presented. Defaults mirror `estimateInputSchema`'s. */
export interface InputFieldSpec {
  field: EstimateInputField;
  label: string;
  hint: string;
  placeholder: string;
  /** Large counts accept suffixes such as 100M, so they keep a full keyboard on phones. */
  inputMode: 'decimal' | 'text';
}

export const INPUT_FIELDS: readonly InputFieldSpec[] = [
  { field: 'dailyActiveUsers', label: 'Daily active users', hint: 'e.g. 100M or 1e8', placeholder: '100M', inputMode: 'text' },
  { field: 'writesPerUserPerDay', label: 'Writes per user per day', hint: 'Posts, uploads or events each user creates', placeholder: '1', inputMode: 'decimal' },
  { field: 'readsPerWrite', label: 'Reads per write', hint: 'Read-to-write ratio, e.g. 10', placeholder: '10', inputMode: 'decimal' },
  { field: 'bytesPerWrite', label: 'Bytes per write', hint: 'Size of one record, e.g. 500 or 2K', placeholder: '500', inputMode: 'text' },
  { field: 'retentionYears', label: 'Retention in years', hint: 'How long data is kept', placeholder: '5', inputMode: 'decimal' },
  { field: 'replicationFactor', label: 'Replication factor', hint: 'Default 1; at least 1', placeholder: '1 (default)', inputMode: 'decimal' },
  { field: 'peakToAverage', label: 'Peak-to-average factor', hint: 'Default 1; at least 1', placeholder: '1 (default)', inputMode: 'decimal' },
  { field: 'cacheHotFraction', label: 'Hot share of daily reads cached', hint: 'Between 0 and 1; default 0.2', placeholder: '0.2 (default)', inputMode: 'decimal' },
  { field: 'capacityPerServer', label: 'Requests per second per server', hint: 'Optional: sizes the fleet', placeholder: 'optional', inputMode: 'text' },
];

/** Turns a schema message ("cacheHotFraction must be between 0 and 1") into one for beside the field. */
export function fieldMessage(field: EstimateInputField, message: string): string {
  const trimmed = message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
