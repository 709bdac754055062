import { describe, expect, it } from 'vitest';
import type { Duty } from '$lib/ipc/client';
import { groupDuties } from './duties';

function duty(matrix_id: number, activity_id: number, raci: Duty['raci']): Duty {
  return {
    matrix_id,
    matrix_reference: `RM-2025-00${matrix_id}`,
    matrix_title: `Matrix ${matrix_id}`,
    activity_id,
    heading: 'Identification',
    activity: `Activity ${activity_id}`,
    raci
  };
}

describe('groupDuties', () => {
  it('groups by matrix in the order the matrices first appear, activities in their order', () => {
    const groups = groupDuties([duty(2, 1, 'R'), duty(1, 4, 'A'), duty(2, 3, 'A')]);
    expect(groups.map((g) => g.reference)).toEqual(['RM-2025-002', 'RM-2025-001']);
    expect(groups[0].duties.map((d) => [d.activity_id, d.raci])).toEqual([[1, 'R'], [3, 'A']]);
    expect(groups[1]).toMatchObject({ matrixId: 1, title: 'Matrix 1' });
  });

  it('gives nothing for a member with no duties', () => {
    expect(groupDuties([])).toEqual([]);
  });
});
