import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '@/lib/estimator/model';
import { CONTENT_DIR, readLibrary } from '@/lib/problems/read-library';
import type { Problem } from '@/lib/problems/schema';
import { analyzeDesign } from './analyze-design';

/**
 * The gold standard must pass its own checks: every problem's reference design, analysed with the
 * problem's own scale figures and targets, has no errors. Warnings are printed, not failed.
 */
const { problems } = readLibrary();
const problemFolders = readdirSync(CONTENT_DIR, { withFileTypes: true }).filter(
  (entry) => entry.isDirectory() && entry.name !== 'concepts' && !entry.name.startsWith('_'),
);

function analyse(problem: Problem) {
  const estimate = computeEstimate(problem.scale.estimate);
  return analyzeDesign({
    diagram: problem.referenceDesign,
    estimate: {
      peakReadsPerSecond: estimate.peakReadsPerSecond,
      peakWritesPerSecond: estimate.peakWritesPerSecond,
      readsPerWrite: problem.scale.estimate.readsPerWrite,
    },
    targets: problem.targets,
  });
}

describe('reference designs', () => {
  it('loads the problems that exist', () => {
    if (problemFolders.length > 0) expect(problems.length).toBeGreaterThanOrEqual(1);
  });

  for (const problem of problems) {
    it(`${problem.slug}: the reference design has no errors`, () => {
      const result = analyse(problem);
      const errors = result.findings.filter((f) => f.severity === 'error');
      const report = result.findings.map((f) => `  [${f.severity}] ${f.rule} (${f.nodeIds.join(', ')}): ${f.message}`).join('\n');
      expect(errors, `problems/${problem.slug}/reference-design.json fails its own analysis:\n${report}`).toEqual([]);
    });
  }
});
