/** "44:59", or "1:02:03" past an hour; the timer's visible text. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "12 min" or "45 s", for durations in tables. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${Math.round(totalSeconds)} s`;
  const minutes = Math.round(totalSeconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The warning to announce at this remaining time: once under 5 minutes, again under 1. */
export function timeWarning(remainingSeconds: number | null): string {
  if (remainingSeconds === null || remainingSeconds <= 0) return '';
  if (remainingSeconds <= 60) return '1 minute left';
  if (remainingSeconds <= 300) return '5 minutes left';
  return '';
}
