import { describe, expect, it } from 'vitest';
import type { AgreementText, ClauseChange } from '$lib/ipc/client';
import {
  CLAUSE_SECTIONS,
  addClause,
  blankTranslation,
  clauseElementId,
  clauseNumber,
  comparisonRows,
  fileSize,
  findingLink,
  findingTarget,
  fold,
  forSaving,
  isIsoDate,
  moveClause,
  nextClauseId,
  normalise,
  removeClause,
  sectionNumber,
  suggestedFileName
} from './text';

function sample(): AgreementText {
  return {
    language: 'en',
    title: 'MoU',
    kind: 'mou',
    parties: [],
    sections: [
      { section: 'funding', clauses: [{ id: 3, text: 'Each party bears its own costs.' }, { id: 7, text: 'Funding is reviewed yearly.' }] },
      { section: 'purpose_and_scope', clauses: [{ id: 1, text: 'Referral of fishers.' }] }
    ],
    effective_on: null,
    expires_on: null,
    translation: {
      language: 'fr',
      title: 'Protocole',
      sections: [
        { section: 'funding', clauses: [{ id: 3, text: 'Chaque partie supporte ses coûts.' }, { id: 7, text: 'Revu chaque année.' }] },
        { section: 'purpose_and_scope', clauses: [{ id: 1, text: 'Orientation des pêcheurs.' }] }
      ]
    },
    annexes: []
  };
}

const ids = (text: AgreementText, section: string, translation = false) =>
  (translation ? text.translation!.sections : text.sections).find((s) => s.section === section)!.clauses.map((c) => c.id);

describe('sections and numbering', () => {
  it('numbers sections as printed, parties being section 2', () => {
    expect(CLAUSE_SECTIONS).toHaveLength(10);
    expect(sectionNumber('purpose_and_scope')).toBe(1);
    expect(sectionNumber('annual_planning')).toBe(3);
    expect(clauseNumber('funding', 1)).toBe('8.2');
    expect(clauseElementId('purpose_and_scope', 0)).toBe('clause-1-1');
  });

  it('normalises to every clause-bearing section in order, and saves only those with clauses', () => {
    const text = normalise(sample());
    expect(text.sections.map((s) => s.section)).toEqual(CLAUSE_SECTIONS);
    expect(text.translation!.sections).toHaveLength(10);
    expect(forSaving(text).sections.map((s) => s.section)).toEqual(['purpose_and_scope', 'funding']);
  });
});

describe('clause operations', () => {
  it('gives a new clause the next id and adds it to the translation too', () => {
    const text = normalise(sample());
    expect(nextClauseId(text)).toBe(8);
    const id = addClause(text, 'funding', { at: 1, wording: 'New wording' });
    expect(id).toBe(8);
    expect(ids(text, 'funding')).toEqual([3, 8, 7]);
    expect(ids(text, 'funding', true)).toEqual([3, 8, 7]);
    expect(text.sections.find((s) => s.section === 'funding')!.clauses[1].text).toBe('New wording');
    expect(text.translation!.sections.find((s) => s.section === 'funding')!.clauses[1].text).toBe('');
    expect(nextClauseId(text)).toBe(9);
  });

  it('writes the wording into the translation when that is the language edited', () => {
    const text = normalise(sample());
    addClause(text, 'media', { wording: 'Aucune couverture', inTranslation: true });
    expect(text.translation!.sections.find((s) => s.section === 'media')!.clauses[0]).toEqual({ id: 8, text: 'Aucune couverture' });
    expect(text.sections.find((s) => s.section === 'media')!.clauses[0]).toEqual({ id: 8, text: '' });
  });

  it('moves clauses within their section keeping ids, and stops at the ends', () => {
    const text = normalise(sample());
    expect(moveClause(text, 'funding', 7, -1)).toBe(0);
    expect(ids(text, 'funding')).toEqual([7, 3]);
    expect(ids(text, 'funding', true)).toEqual([7, 3]);
    expect(moveClause(text, 'funding', 7, -1)).toBe(0);
    expect(ids(text, 'funding')).toEqual([7, 3]);
  });

  it('removes a clause in both languages; its id is not reused while a higher one exists', () => {
    const text = normalise(sample());
    removeClause(text, 'funding', 3);
    expect(ids(text, 'funding')).toEqual([7]);
    expect(ids(text, 'funding', true)).toEqual([7]);
    expect(nextClauseId(text)).toBe(8);
  });

  it('starts a blank translation with the same clause ids', () => {
    const text = normalise({ ...sample(), translation: null });
    const fr = blankTranslation(text, 'fr');
    expect(fr.sections.find((s) => s.section === 'funding')!.clauses).toEqual([{ id: 3, text: '' }, { id: 7, text: '' }]);
  });
});

describe('findings', () => {
  it('point at the field that fixes them', () => {
    expect(findingTarget({ kind: 'empty_section', section: 'media' })).toBe('section-media');
    expect(findingTarget({ kind: 'party_without_signatory', organisation_id: 4, name: 'X' })).toBe('party-4-signatory');
    expect(findingTarget({ kind: 'no_effective_date' })).toBe('agreement-effective-on');
    expect(findingTarget({ kind: 'responsibilities_reference_no_matrix', annexed: ['RM-2025-001'] })).toBe('section-responsibilities');
  });

  it('send a gap in an annexed matrix to the matrix, not to a field of the text', () => {
    const gap = {
      kind: 'annexed_matrix',
      matrix_id: 12,
      reference: 'RM-2025-001',
      finding: { kind: 'no_accountable', activity_id: 3, activity: 'Screening' }
    } as const;
    expect(findingTarget(gap)).toBeNull();
    expect(findingLink(gap)).toBe('/matrices/12');
    expect(findingLink({ kind: 'no_effective_date' })).toBeNull();
  });
});

describe('comparison', () => {
  it('lays changed words out side by side, and added or removed clauses on one side', () => {
    const before = sample();
    const after: AgreementText = {
      ...sample(),
      sections: [
        { section: 'funding', clauses: [{ id: 7, text: 'Funding is reviewed every two years.' }, { id: 9, text: 'A fund is set up.' }] },
        { section: 'purpose_and_scope', clauses: [{ id: 1, text: 'Referral of fishers.' }] }
      ]
    };
    const changes: ClauseChange[] = [
      {
        section: 'funding',
        clause_id: 7,
        kind: 'changed',
        words: [
          { kind: 'same', text: 'Funding is reviewed ' },
          { kind: 'deleted', text: 'yearly.' },
          { kind: 'inserted', text: 'every two years.' }
        ]
      },
      { section: 'funding', clause_id: 9, kind: 'added', words: [] },
      { section: 'funding', clause_id: 3, kind: 'removed', words: [] }
    ];
    const [changed, added, removed] = comparisonRows(changes, before, after);
    expect(changed.before).toBe('8.2');
    expect(changed.after).toBe('8.1');
    expect(changed.left).toEqual([
      { text: 'Funding is reviewed ', mark: 'same' },
      { text: 'yearly.', mark: 'deleted' }
    ]);
    expect(changed.right.map((s) => s.mark)).toEqual(['same', 'inserted']);
    expect(added.left).toEqual([]);
    expect(added.right).toEqual([{ text: 'A fund is set up.', mark: 'same' }]);
    expect(added.before).toBeNull();
    expect(removed.left[0].text).toBe('Each party bears its own costs.');
    expect(removed.right).toEqual([]);
  });
});

describe('small formats', () => {
  it('folds accents for searching', () => {
    expect(fold('Nguyễn Thị Hương')).toBe('nguyen thi huong');
    expect(fold('Trần Văn Đức')).toBe('tran van duc');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
  });

  it('sizes files and names exports', () => {
    expect(fileSize(532, 'en')).toBe('532 B');
    expect(fileSize(12_345, 'en')).toBe('12.3 kB');
    expect(suggestedFileName('AGR-2026-001', null, 'pdf')).toBe('AGR-2026-001.pdf');
    expect(suggestedFileName('AGR-2026-001', 2, 'docx')).toBe('AGR-2026-001-v2.docx');
  });
});
