/**
 * Said aloud, "5 years × 365 days × 2 TB a day" means 365 days *per year*; typed literally it multiplies
 * two durations. These rewrites read the common idioms the way a candidate means them: a count of a
 * coarse unit times the number of finer units in one of it.
 */
const IDIOMS: { coarse: string; perCoarse: string; fine: string }[] = [
  { coarse: 'years?|yrs?', perCoarse: '365', fine: 'days?' },
  { coarse: 'years?|yrs?', perCoarse: '12', fine: 'months?' },
  { coarse: 'years?|yrs?', perCoarse: '52', fine: 'weeks?' },
  { coarse: 'months?', perCoarse: '30', fine: 'days?' },
  { coarse: 'weeks?', perCoarse: '7', fine: 'days?' },
  { coarse: 'days?', perCoarse: '24', fine: 'hours?|h' },
  { coarse: 'days?', perCoarse: '86400', fine: 's|seconds?' },
  { coarse: 'hours?|h', perCoarse: '60', fine: 'minutes?' },
  { coarse: 'minutes?', perCoarse: '60', fine: 's|seconds?' },
];

/** Rewrites "<n> years * 365 days" to "<n> * 365 days" (and the like); leaves everything else alone. */
export function readSpokenConversions(expression: string): string {
  let result = expression;
  for (const { coarse, perCoarse, fine } of IDIOMS) {
    const pattern = new RegExp(`(\\d[\\d.]*(?:e\\d+)?\\s*[KMB]?)\\s*(?:${coarse})\\s*\\*\\s*(${perCoarse}\\s*(?:${fine}))\\b`, 'g');
    result = result.replace(pattern, (_match, count: string, fine: string) => `${count.trim()} * ${fine}`);
  }
  return result;
}
