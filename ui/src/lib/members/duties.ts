import type { Duty } from '$lib/ipc/client';

/** The duties of one member within one matrix. */
export type DutyGroup = { matrixId: number; reference: string; title: string; duties: Duty[] };

/**
 * Groups a member's duties by matrix, keeping the order the api gives (matrices in turn,
 * activities in the matrix's own order), because that order is the one the printed matrix uses.
 */
export function groupDuties(duties: Duty[]): DutyGroup[] {
  const groups: DutyGroup[] = [];
  const byMatrix = new Map<number, DutyGroup>();
  for (const duty of duties) {
    let group = byMatrix.get(duty.matrix_id);
    if (!group) {
      group = { matrixId: duty.matrix_id, reference: duty.matrix_reference, title: duty.matrix_title, duties: [] };
      byMatrix.set(duty.matrix_id, group);
      groups.push(group);
    }
    group.duties.push(duty);
  }
  return groups;
}
