import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '$lib/ipc/client';
import { withMatrix } from './agendaLink';

const item: AgendaItem = {
  id: 5,
  meeting_id: 2,
  position: 3,
  title: 'Shelter matrix review',
  kind: 'decision',
  presenter: 'IOM',
  duration_minutes: 20,
  agreement_id: 9,
  standard: null,
  summary: 'Discussed.',
  outcome: '',
  matrix_id: null
};

describe('withMatrix', () => {
  it('keeps every other field of the item as stored', () => {
    expect(withMatrix(item, 4)).toEqual({
      title: 'Shelter matrix review',
      kind: 'decision',
      presenter: 'IOM',
      duration_minutes: '20',
      agreement_id: 9,
      standard: null,
      matrix_id: 4
    });
  });

  it('unlinks, and sends no duration as blank', () => {
    const draft = withMatrix({ ...item, duration_minutes: null, matrix_id: 4 }, null);
    expect(draft.matrix_id).toBeNull();
    expect(draft.duration_minutes).toBe('');
  });
});
