import { describe, expect, it } from 'vitest';
import type { Activity, ApiError, MatrixContent, MatrixFinding, MatrixParty } from '$lib/ipc/client';
import { setLocale, t } from '$lib/i18n/index.svelte';
import {
  LABEL,
  addColumn,
  addRow,
  clipFromTsv,
  copyRow,
  cycleLetter,
  describeFinding,
  findingMarks,
  findingTarget,
  gridLines,
  labelIn,
  letterOf,
  lettersOnly,
  marksKey,
  matrixFileName,
  moveColumn,
  moveCursor,
  moveOf,
  moveRow,
  parseAmount,
  parseLetter,
  pasteRow,
  refusedActivities,
  removeColumn,
  removeRow,
  rowToTsv,
  setLetter,
  shortName,
  uniqueLabel
} from './grid';

const ministry: MatrixParty = { organisation_id: 11, name: 'Bộ Lao động – Thương binh và Xã hội', short_name: 'MOLISA' };
const ngo: MatrixParty = { organisation_id: 12, name: 'Fishers’ Rights Network', short_name: '' };
const ilo: MatrixParty = { organisation_id: 13, name: 'International Labour Organization', short_name: 'ILO' };

function row(id: number, heading: string, label: string, cells: [number, 'R' | 'A' | 'C' | 'I'][] = []): Activity {
  return {
    id,
    heading,
    label,
    label_fr: '',
    cells: cells.map(([organisation_id, raci]) => ({ organisation_id, raci })),
    needs_funding: false,
    funder: '',
    duration: null,
    note: ''
  };
}

function sample(): MatrixContent {
  return {
    title: 'Shelter',
    title_fr: '',
    parties: [ministry, ngo, ilo],
    activities: [
      row(1, 'Protection', 'Accommodation', [[11, 'A'], [12, 'R']]),
      row(2, 'Protection', 'Food', [[12, 'A'], [13, 'A']]),
      row(3, 'Prevention', 'Awareness', [[13, 'R']]),
      row(4, 'Prevention', 'Hotline')
    ],
    overload_threshold: 8
  };
}

const labels = (activities: Activity[]) => activities.map((a) => a.label);

describe('letters', () => {
  it('reads R, A, C, I typed in either case and nothing else', () => {
    expect(['r', 'R', 'a', 'A', 'c', 'C', 'i', 'I'].map(parseLetter)).toEqual(['R', 'R', 'A', 'A', 'C', 'C', 'I', 'I']);
    for (const other of ['x', 'RA', ' ', 'Enter', 'ArrowUp', '1', '']) expect(parseLetter(other), other).toBeNull();
  });

  it('cycles R → A → C → I → empty for Space', () => {
    expect(cycleLetter(null)).toBe('R');
    expect(cycleLetter('R')).toBe('A');
    expect(cycleLetter('C')).toBe('I');
    expect(cycleLetter('I')).toBeNull();
  });

  it('sets, replaces and clears a cell, keeping one letter per organisation', () => {
    const activity = row(1, '', 'Food');
    delete activity.cells;
    expect(setLetter(activity, 11, 'R')).toBe(true);
    expect(setLetter(activity, 11, 'R')).toBe(false);
    expect(setLetter(activity, 11, 'A')).toBe(true);
    expect(activity.cells).toEqual([{ organisation_id: 11, raci: 'A' }]);
    expect(letterOf(activity, 11)).toBe('A');
    expect(setLetter(activity, 11, null)).toBe(true);
    expect(setLetter(activity, 11, null)).toBe(false);
    expect(letterOf(activity, 11)).toBeNull();
  });
});

describe('the cursor', () => {
  const at = (row: number, col: number) => ({ row, col });

  it('maps keys to moves, leaving Alt (row moves) and other keys alone', () => {
    expect(moveOf({ key: 'ArrowDown' })).toBe('down');
    expect(moveOf({ key: 'ArrowDown', ctrlKey: true })).toBe('bottom');
    expect(moveOf({ key: 'Home' })).toBe('home');
    expect(moveOf({ key: 'End', ctrlKey: true })).toBe('last');
    expect(moveOf({ key: 'Tab', shiftKey: true })).toBe('previous');
    expect(moveOf({ key: 'ArrowUp', altKey: true })).toBeNull();
    expect(moveOf({ key: 'r' })).toBeNull();
  });

  it('moves with the arrows and stops at the edges, the label being column -1', () => {
    expect(moveCursor(at(0, 0), 'up', 4, 3)).toEqual(at(0, 0));
    expect(moveCursor(at(0, 0), 'left', 4, 3)).toEqual(at(0, LABEL));
    expect(moveCursor(at(0, LABEL), 'left', 4, 3)).toEqual(at(0, LABEL));
    expect(moveCursor(at(0, 2), 'right', 4, 3)).toEqual(at(0, 2));
    expect(moveCursor(at(3, 1), 'down', 4, 3)).toEqual(at(3, 1));
    expect(moveCursor(at(1, 1), 'down', 4, 3)).toEqual(at(2, 1));
  });

  it('goes to the label with Home and the last column with End; Ctrl to the corners', () => {
    expect(moveCursor(at(2, 1), 'home', 4, 3)).toEqual(at(2, LABEL));
    expect(moveCursor(at(2, 1), 'end', 4, 3)).toEqual(at(2, 2));
    expect(moveCursor(at(2, 1), 'first', 4, 3)).toEqual(at(0, LABEL));
    expect(moveCursor(at(2, 1), 'last', 4, 3)).toEqual(at(3, 2));
    expect(moveCursor(at(2, 1), 'top', 4, 3)).toEqual(at(0, 1));
    expect(moveCursor(at(1, 0), 'page-down', 40, 3)).toEqual(at(11, 0));
    expect(moveCursor(at(5, 0), 'page-up', 40, 3)).toEqual(at(0, 0));
  });

  it('runs Tab along the row and on to the next, and lets it leave the grid at the end', () => {
    expect(moveCursor(at(0, LABEL), 'next', 2, 2)).toEqual(at(0, 0));
    expect(moveCursor(at(0, 1), 'next', 2, 2)).toEqual(at(1, LABEL));
    expect(moveCursor(at(1, 1), 'next', 2, 2)).toBeNull();
    expect(moveCursor(at(1, LABEL), 'previous', 2, 2)).toEqual(at(0, 1));
    expect(moveCursor(at(0, LABEL), 'previous', 2, 2)).toBeNull();
  });

  it('keeps to the label column in a grid without parties, and goes nowhere without rows', () => {
    expect(moveCursor(at(0, LABEL), 'right', 3, 0)).toEqual(at(0, LABEL));
    expect(moveCursor(at(0, LABEL), 'end', 3, 0)).toEqual(at(0, LABEL));
    expect(moveCursor(at(0, 0), 'down', 0, 3)).toBeNull();
    expect(moveCursor(at(9, 9), 'up', 3, 2)).toEqual(at(1, 1));
  });
});

describe('copying and pasting a row', () => {
  it('copies the letters and funding, and pastes them over the row’s own in every column', () => {
    const content = sample();
    const [first, second] = content.activities;
    first.needs_funding = true;
    first.funder = 'ILO';
    first.duration = { amount: 6, unit: 'months' };
    const clip = copyRow(first);
    expect(clip).toEqual({ letters: { 11: 'A', 12: 'R' }, needs_funding: true, funder: 'ILO', duration: { amount: 6, unit: 'months' } });
    expect(pasteRow(second, clip, content.parties)).toBe(true);
    expect(content.parties.map((p) => letterOf(second, p.organisation_id))).toEqual(['A', 'R', null]);
    expect([second.needs_funding, second.funder, second.duration]).toEqual([true, 'ILO', { amount: 6, unit: 'months' }]);
    expect(second.label).toBe('Food');
    expect(pasteRow(second, clip, content.parties)).toBe(false);
    // The pasted duration is a copy, not the source's object.
    second.duration!.amount = 2;
    expect(first.duration!.amount).toBe(6);
  });

  it('writes a row as tab-separated text and reads such a line back, with or without the label', () => {
    const content = sample();
    const tsv = rowToTsv(content.activities[0], content.parties);
    expect(tsv).toBe('Accommodation\tA\tR\t');
    expect(clipFromTsv(tsv, content.parties)?.letters).toEqual({ 11: 'A', 12: 'R' });
    expect(clipFromTsv('r\t\ti\n', content.parties)?.letters).toEqual({ 11: 'R', 13: 'I' });
    expect(clipFromTsv('R\tX\t', content.parties)).toBeNull();
    expect(clipFromTsv('R\tA', content.parties)).toBeNull();
    expect(clipFromTsv('R\tA\tC\nI\tI\tI', content.parties)).toBeNull();
  });

  it('pastes only letters from a spreadsheet line, keeping the row’s funding', () => {
    const content = sample();
    const target = content.activities[3];
    target.needs_funding = true;
    target.funder = 'EU';
    const clip = lettersOnly(clipFromTsv('A\tR\tR', content.parties)!, target);
    pasteRow(target, clip, content.parties);
    expect(content.parties.map((p) => letterOf(target, p.organisation_id))).toEqual(['A', 'R', 'R']);
    expect([target.needs_funding, target.funder]).toEqual([true, 'EU']);
  });
});

describe('rows', () => {
  it('adds a row below the current one under its heading, with a label unique there', () => {
    const content = sample();
    expect(addRow(content.activities, 0, 'New activity')).toBe(1);
    expect(addRow(content.activities, 1, 'New activity')).toBe(2);
    expect(labels(content.activities).slice(0, 4)).toEqual(['Accommodation', 'New activity', 'New activity 2', 'Food']);
    expect(content.activities[1]).toMatchObject({ id: 5, heading: 'Protection', cells: [] });
    expect(content.activities[2].id).toBe(6);
    expect(uniqueLabel(content.activities, 'Prevention', 'New activity')).toBe('New activity');
    expect(uniqueLabel(content.activities, ' protection ', 'new  ACTIVITY')).toBe('new  ACTIVITY 3');
  });

  it('adds the first row of an empty matrix', () => {
    const activities: Activity[] = [];
    expect(addRow(activities, 0, 'New activity')).toBe(0);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ id: 1, heading: '', label: 'New activity' });
  });

  it('removes a row and says where the cursor goes', () => {
    const content = sample();
    expect(removeRow(content.activities, 3)).toBe(2);
    expect(removeRow(content.activities, 0)).toBe(0);
    expect(labels(content.activities)).toEqual(['Food', 'Awareness']);
    const one = [row(1, '', 'Only')];
    expect(removeRow(one, 0)).toBeNull();
  });

  it('moves a row within its group, and across the edge of a group into the next one', () => {
    const content = sample();
    const activities = content.activities;
    expect(moveRow(activities, 1, -1)).toBe(0);
    expect(labels(activities)).toEqual(['Food', 'Accommodation', 'Awareness', 'Hotline']);
    // Awareness is first under Prevention: going up, it joins Protection at its end.
    expect(moveRow(activities, 2, -1)).toBe(2);
    expect(activities[2].heading).toBe('Protection');
    expect(labels(activities)).toEqual(['Food', 'Accommodation', 'Awareness', 'Hotline']);
    expect(moveRow(activities, 2, -1)).toBe(1);
    expect(labels(activities)).toEqual(['Food', 'Awareness', 'Accommodation', 'Hotline']);
    expect(moveRow(activities, 0, -1)).toBe(0);
    expect(moveRow(activities, 3, 1)).toBe(3);
  });

  it('lays out a heading line where each group starts, and files unheaded rows after a group as “other”', () => {
    const activities = [row(1, '', 'Intro'), row(2, 'A', 'One'), row(3, 'A', 'Two'), row(4, '', 'Loose'), row(5, 'B', 'Three')];
    const lines = gridLines(activities, 'Other activities');
    expect(lines.map((l) => (l.kind === 'heading' ? `# ${l.heading}` : l.activity.label))).toEqual([
      'Intro',
      '# A',
      'One',
      'Two',
      '# Other activities',
      'Loose',
      '# B',
      'Three'
    ]);
    const keys = lines.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(lines.find((l) => l.kind === 'activity' && l.activity.id === 4)).toMatchObject({ index: 3 });
  });
});

describe('columns', () => {
  it('adds a member once, at the position asked', () => {
    const content = sample();
    const other: MatrixParty = { organisation_id: 14, name: 'Plan International', short_name: '' };
    expect(addColumn(content, other, 1)).toBe(true);
    expect(addColumn(content, other, 3)).toBe(false);
    expect(content.parties.map((p) => p.organisation_id)).toEqual([11, 14, 12, 13]);
    expect(addColumn(content, { ...other, organisation_id: 15 }, 99)).toBe(true);
    expect(content.parties.at(-1)?.organisation_id).toBe(15);
  });

  it('removes a column with its letters in every row', () => {
    const content = sample();
    removeColumn(content, 12);
    expect(content.parties.map((p) => p.organisation_id)).toEqual([11, 13]);
    expect(content.activities.flatMap((a) => a.cells ?? []).some((c) => c.organisation_id === 12)).toBe(false);
    expect(letterOf(content.activities[0], 11)).toBe('A');
  });

  it('moves a column left and right, not past the edges', () => {
    const content = sample();
    expect(moveColumn(content.parties, 0, 1)).toBe(1);
    expect(content.parties.map((p) => p.organisation_id)).toEqual([12, 11, 13]);
    expect(moveColumn(content.parties, 0, -1)).toBe(0);
    expect(moveColumn(content.parties, 2, 1)).toBe(2);
  });

  it('heads a column with the acronym when there is one', () => {
    expect(shortName(ministry)).toBe('MOLISA');
    expect(shortName(ngo)).toBe('Fishers’ Rights Network');
  });
});

describe('findings', () => {
  const findings: MatrixFinding[] = [
    { kind: 'no_responsible', activity_id: 2, activity: 'Food' },
    { kind: 'several_accountable', activity_id: 2, activity: 'Food', organisation_ids: [12, 13], names: ['FRN', 'ILO'] },
    { kind: 'no_funder', activity_id: 1, activity: 'Accommodation' },
    { kind: 'idle_party', organisation_id: 11, name: 'MOLISA' },
    { kind: 'overloaded_party', organisation_id: 13, name: 'ILO', rows: 9, threshold: 8 },
    { kind: 'several_responsible', activity_id: 3, activity: 'Awareness', organisation_ids: [], names: [] }
  ];

  it('points row findings at the label, cell findings at the first organisation, party findings at the column', () => {
    expect(findings.map(findingTarget)).toEqual([
      { kind: 'row', activityId: 2 },
      { kind: 'cell', activityId: 2, organisationId: 12 },
      { kind: 'row', activityId: 1 },
      { kind: 'column', organisationId: 11 },
      { kind: 'column', organisationId: 13 },
      { kind: 'row', activityId: 3 }
    ]);
  });

  it('marks labels, cells and column headers, and keys each row’s marks to spot changes', () => {
    const { rows, columns } = findingMarks(findings);
    expect(rows.get(2)).toEqual({ label: true, cells: [12, 13] });
    expect(rows.get(1)).toEqual({ label: true, cells: [] });
    expect([...columns]).toEqual([11, 13]);
    expect(marksKey(rows.get(2))).toBe('L|12,13');
    expect(marksKey({ label: false, cells: [13, 12] })).toBe('|12,13');
    expect(marksKey(undefined)).toBe('');
  });

  it('reads findings with the shared wording, naming activities by the label in the reader’s language', () => {
    setLocale('en');
    expect(describeFinding(findings[0], t)).toBe('“Food” has no one responsible (R).');
    expect(describeFinding(findings[1], t)).toBe('“Food” has 2 accountable (A): FRN, ILO; there must be exactly one.');
    expect(describeFinding(findings[3], t)).toBe('MOLISA is responsible or accountable for nothing.');
    for (const finding of findings) expect(describeFinding(finding, t), finding.kind).not.toMatch(/\{\$?\w+\}/);
    setLocale('fr');
    const french = (id: number, stored: string) => (id === 2 ? 'Alimentation' : stored);
    expect(describeFinding(findings[1], t, french)).toBe('« Alimentation » a 2 approbateurs (A) : FRN, ILO ; il en faut exactement un.');
    expect(describeFinding(findings[0], t, french)).toBe('« Alimentation » n’a aucun responsable (R).');
    expect(describeFinding(findings[2], t, french)).toContain('« Accommodation »');
    expect(findings[0].kind === 'no_responsible' && findings[0].activity).toBe('Food');
    setLocale('en');
  });

  it('shows the French label when asked for and written, the English one otherwise', () => {
    const activity = row(1, '', 'Food');
    expect(labelIn(activity, true)).toBe('Food');
    activity.label_fr = 'Alimentation';
    expect(labelIn(activity, true)).toBe('Alimentation');
    expect(labelIn(activity, false)).toBe('Food');
  });
});

describe('refusals and files', () => {
  it('places a refused save on the rows it names', () => {
    const content = sample();
    const error: ApiError = {
      code: 'invalid_matrix',
      message: 'row 2 has no activity label; the matrix needs a title',
      details: [
        { code: 'invalid_matrix', message: 'row 2 has no activity label', field: null, row: 2, column: null, value: null },
        { code: 'invalid_matrix', message: 'the matrix needs a title', field: null, row: null, column: null, value: null },
        { code: 'invalid_matrix', message: 'row 9', field: null, row: 9, column: null, value: null }
      ]
    };
    expect([...refusedActivities(error, content.activities)]).toEqual([2]);
    expect(refusedActivities({ ...error, code: 'immutable' }, content.activities).size).toBe(0);
    expect(refusedActivities(null, content.activities).size).toBe(0);
  });

  it('reads a duration as a whole number of at least 1', () => {
    expect(parseAmount(' 6 ')).toBe(6);
    for (const bad of ['0', '', '-1', '2.5', 'six', '1234567']) expect(parseAmount(bad), bad).toBeNull();
  });

  it('suggests a file name from the reference and the version', () => {
    expect(matrixFileName('RM-2026-001', 1, 'pdf')).toBe('RM-2026-001.pdf');
    expect(matrixFileName('RM-2026-001', 3, 'xlsx')).toBe('RM-2026-001-v3.xlsx');
    expect(matrixFileName('RM 2026/001', null, 'csv')).toBe('RM-2026-001.csv');
  });
});
