import type { MatrixFinding } from '$lib/ipc/client';
import type { MessageKey } from '$lib/i18n/index.svelte';

/** The translator's shape, so tests can pass a catalogue of their choosing. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * One sentence for a matrix finding, in the reader's language. Shared by the matrix screens,
 * the agreement checks panel and anything else that shows matrix findings, so the wording
 * stays the same wherever a gap is reported.
 */
export function matrixFindingText(finding: MatrixFinding, t: Translate): string {
  switch (finding.kind) {
    case 'no_accountable':
      return t('matrix.finding.no_accountable', { activity: finding.activity });
    case 'several_accountable':
      return t('matrix.finding.several_accountable', {
        activity: finding.activity,
        count: finding.names.length,
        names: finding.names.join(', ')
      });
    case 'no_responsible':
      return t('matrix.finding.no_responsible', { activity: finding.activity });
    case 'several_responsible':
      return t('matrix.finding.several_responsible', {
        activity: finding.activity,
        count: finding.names.length,
        names: finding.names.join(', ')
      });
    case 'no_funder':
      return t('matrix.finding.no_funder', { activity: finding.activity });
    case 'idle_party':
      return t('matrix.finding.idle_party', { name: finding.name });
    case 'overloaded_party':
      return t('matrix.finding.overloaded_party', {
        name: finding.name,
        rows: finding.rows,
        threshold: finding.threshold
      });
  }
}
