import { describe, expect, it } from 'vitest';
import type { ImportNote } from '$lib/ipc/client';
import { setLocale } from '$lib/i18n/index.svelte';
import { describeNote, needsAttention, runs } from './word';

describe('Word import report', () => {
  it('describes every note in the reader’s language', () => {
    setLocale('fr');
    const section: ImportNote = { code: 'section', heading: 'ARTICLE 8 – FINANCEMENT', section: 'funding', clauses: 3 };
    expect(describeNote(section)).toContain('Financement');
    expect(describeNote(section)).toContain('ARTICLE 8 – FINANCEMENT');
    setLocale('en');
    expect(describeNote(section)).toContain('Funding');
    const kept: ImportNote = { code: 'kept_as_note', text: 'Annex 3 follows', section: null };
    expect(describeNote(kept)).toContain('Annex 3 follows');
    expect(needsAttention(kept)).toBe(true);
    expect(needsAttention(section)).toBe(false);
  });

  it('marks inserted and deleted runs with their author', () => {
    setLocale('en');
    const marked = runs([
      { kind: 'unchanged', text: 'Reports are due every ', author: null, date: null },
      { kind: 'deleted', text: 'quarter', author: 'Nguyễn Thị Hoa', date: null },
      { kind: 'inserted', text: 'month', author: 'Nguyễn Thị Hoa', date: null }
    ]);
    expect(marked.map((r) => r.kind)).toEqual(['unchanged', 'deleted', 'inserted']);
    expect(marked[2].title).toContain('Nguyễn Thị Hoa');
    expect(marked[0].title).toBe('');
  });
});
