import { describe, expect, it } from 'vitest';
import type { MatrixFinding } from '$lib/ipc/client';
import { translate, type MessageKey } from '$lib/i18n/index.svelte';
import { matrixFindingText } from './findingText';

const english = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const french = (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params);

const every: MatrixFinding[] = [
  { kind: 'no_accountable', activity_id: 1, activity: 'Screening' },
  { kind: 'several_accountable', activity_id: 2, activity: 'Referral', organisation_ids: [4, 5], names: ['IOM', 'UNODC'] },
  { kind: 'no_responsible', activity_id: 3, activity: 'Shelter' },
  { kind: 'several_responsible', activity_id: 4, activity: 'Transport', organisation_ids: [4, 6], names: ['IOM', 'Caritas'] },
  { kind: 'no_funder', activity_id: 5, activity: 'Legal aid' },
  { kind: 'idle_party', organisation_id: 7, name: 'ILO' },
  { kind: 'overloaded_party', organisation_id: 4, name: 'IOM', rows: 14, threshold: 10 }
];

describe('matrixFindingText', () => {
  it('says what is wrong with the activity', () => {
    expect(matrixFindingText(every[0], english)).toBe('“Screening” has no one accountable (A).');
    expect(matrixFindingText(every[2], french)).toBe('« Shelter » n’a aucun responsable (R).');
    expect(matrixFindingText(every[4], english)).toBe('“Legal aid” needs funding and has no funder.');
  });

  it('names every party when there are several', () => {
    expect(matrixFindingText(every[1], english)).toBe(
      '“Referral” has 2 accountable (A): IOM, UNODC; there must be exactly one.'
    );
    expect(matrixFindingText(every[3], french)).toContain('2 responsables (R) : IOM, Caritas');
  });

  it('names the party and its load', () => {
    expect(matrixFindingText(every[5], english)).toBe('ILO is responsible or accountable for nothing.');
    expect(matrixFindingText(every[6], french)).toBe('IOM est responsable de 14 activités (plus de 10).');
  });

  it('leaves no placeholder unfilled, in either language', () => {
    for (const finding of every) {
      expect(matrixFindingText(finding, english), finding.kind).not.toMatch(/\{\$?\w+\}/);
      expect(matrixFindingText(finding, french), finding.kind).not.toMatch(/\{\$?\w+\}/);
    }
  });
});
