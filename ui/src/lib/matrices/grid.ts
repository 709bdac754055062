/**
 * Pure helpers for the responsibility-matrix (RACI) screens: the grid's cursor and the keys
 * that move it, letters typed in either case, cells set and cleared, a row copied and pasted
 * (its letters and funding), rows and columns added, removed and moved, where a finding
 * points and how it is marked, the finding's sentence in the reader's language, and the
 * refusals of a save placed by row. No IPC and no DOM: the screens call these.
 */
import type {
  Activity,
  ApiError,
  DurationUnit,
  MatrixContent,
  MatrixFinding,
  MatrixParty,
  ProblemDetail,
  Raci,
  WorkDuration
} from '$lib/ipc/client';
import { fold } from '$lib/agreements/text';
import { matrixFindingText, type Translate } from './findingText';

export const LETTERS: readonly Raci[] = ['R', 'A', 'C', 'I'];
export const DURATION_UNITS: readonly DurationUnit[] = ['days', 'weeks', 'months'];

/** The column index of the activity label; party columns count from 0. */
export const LABEL = -1;

/** Where the keyboard is in the grid: a row of `activities`, and a column (`LABEL` or a party). */
export type Cursor = { row: number; col: number };

// ---- letters -----------------------------------------------------------------------------

/** The letter a key types, in either case; null for any other key. */
export function parseLetter(key: string): Raci | null {
  if (key.length !== 1) return null;
  const upper = key.toUpperCase();
  return (LETTERS as readonly string[]).includes(upper) ? (upper as Raci) : null;
}

/** The next letter for Space: R → A → C → I → empty → R. */
export function cycleLetter(letter: Raci | null): Raci | null {
  if (letter === null) return 'R';
  const index = LETTERS.indexOf(letter);
  return index === LETTERS.length - 1 ? null : LETTERS[index + 1];
}

export function letterOf(activity: Activity, organisationId: number): Raci | null {
  const cells = activity.cells;
  if (!cells) return null;
  for (const cell of cells) if (cell.organisation_id === organisationId) return cell.raci;
  return null;
}

/** Sets or clears one cell (as `Activity::set` in Rust); true when something changed. */
export function setLetter(activity: Activity, organisationId: number, raci: Raci | null): boolean {
  if (!activity.cells) activity.cells = [];
  const cells = activity.cells;
  const index = cells.findIndex((cell) => cell.organisation_id === organisationId);
  if (index < 0) {
    if (raci === null) return false;
    cells.push({ organisation_id: organisationId, raci });
    return true;
  }
  if (raci === null) {
    cells.splice(index, 1);
    return true;
  }
  if (cells[index].raci === raci) return false;
  cells[index].raci = raci;
  return true;
}

/** The organisations holding `raci` on the row, in column order. */
export function holders(activity: Activity, parties: MatrixParty[], raci: Raci): MatrixParty[] {
  return parties.filter((party) => letterOf(activity, party.organisation_id) === raci);
}

// ---- the cursor ---------------------------------------------------------------------------

export type Move =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'first'
  | 'last'
  | 'top'
  | 'bottom'
  | 'next'
  | 'previous'
  | 'page-up'
  | 'page-down';

type KeyLike = { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean };

/** The move a key asks for; null when the key does not move the cursor. */
export function moveOf(event: KeyLike): Move | null {
  if (event.altKey) return null;
  const ctrl = !!(event.ctrlKey || event.metaKey);
  switch (event.key) {
    case 'ArrowUp':
      return ctrl ? 'top' : 'up';
    case 'ArrowDown':
      return ctrl ? 'bottom' : 'down';
    case 'ArrowLeft':
      return ctrl ? 'home' : 'left';
    case 'ArrowRight':
      return ctrl ? 'end' : 'right';
    case 'Home':
      return ctrl ? 'first' : 'home';
    case 'End':
      return ctrl ? 'last' : 'end';
    case 'Tab':
      return event.shiftKey ? 'previous' : 'next';
    case 'PageUp':
      return 'page-up';
    case 'PageDown':
      return 'page-down';
    default:
      return null;
  }
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * Where the cursor goes in a grid of `rows` activities and `cols` party columns (plus the
 * label column). Tab runs along the row and on to the next one; null when it leaves the grid
 * (Tab past the last cell, Shift+Tab before the first), so the page's focus order goes on.
 */
export function moveCursor(cursor: Cursor, move: Move, rows: number, cols: number, page = 10): Cursor | null {
  if (rows === 0) return null;
  const lastCol = cols - 1;
  const lastRow = rows - 1;
  const row = clamp(cursor.row, 0, lastRow);
  const col = clamp(cursor.col, LABEL, lastCol);
  switch (move) {
    case 'up':
      return { row: Math.max(0, row - 1), col };
    case 'down':
      return { row: Math.min(lastRow, row + 1), col };
    case 'left':
      return { row, col: Math.max(LABEL, col - 1) };
    case 'right':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'home':
      return { row, col: LABEL };
    case 'end':
      return { row, col: Math.max(LABEL, lastCol) };
    case 'first':
      return { row: 0, col: LABEL };
    case 'last':
      return { row: lastRow, col: Math.max(LABEL, lastCol) };
    case 'top':
      return { row: 0, col };
    case 'bottom':
      return { row: lastRow, col };
    case 'page-up':
      return { row: Math.max(0, row - page), col };
    case 'page-down':
      return { row: Math.min(lastRow, row + page), col };
    case 'next':
      if (col < lastCol) return { row, col: col + 1 };
      return row < lastRow ? { row: row + 1, col: LABEL } : null;
    case 'previous':
      if (col > LABEL) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: Math.max(LABEL, lastCol) } : null;
  }
}

// ---- copying a row ------------------------------------------------------------------------

/** What Ctrl+C keeps of a row: its letters by organisation, and its funding and duration. */
export type RowClip = {
  letters: Record<number, Raci>;
  needs_funding: boolean;
  funder: string;
  duration: WorkDuration | null;
};

export function copyRow(activity: Activity): RowClip {
  const letters: Record<number, Raci> = {};
  for (const cell of activity.cells ?? []) letters[cell.organisation_id] = cell.raci;
  return {
    letters,
    needs_funding: !!activity.needs_funding,
    funder: activity.funder ?? '',
    duration: activity.duration ? { ...activity.duration } : null
  };
}

/**
 * Gives the row the clip's letters in every column of `parties` (columns the clip has no
 * letter for are cleared) and its funding and duration; label, heading and note stay.
 * True when something changed.
 */
export function pasteRow(activity: Activity, clip: RowClip, parties: MatrixParty[]): boolean {
  let changed = false;
  for (const party of parties) {
    changed = setLetter(activity, party.organisation_id, clip.letters[party.organisation_id] ?? null) || changed;
  }
  if (!!activity.needs_funding !== clip.needs_funding) {
    activity.needs_funding = clip.needs_funding;
    changed = true;
  }
  if ((activity.funder ?? '') !== clip.funder) {
    activity.funder = clip.funder;
    changed = true;
  }
  const before = activity.duration ?? null;
  const after = clip.duration;
  if (before?.amount !== after?.amount || before?.unit !== after?.unit) {
    activity.duration = after ? { ...after } : null;
    changed = true;
  }
  return changed;
}

/** The row as one line of tab-separated text (label, then a letter or blank per column). */
export function rowToTsv(activity: Activity, parties: MatrixParty[]): string {
  const cells = parties.map((party) => letterOf(activity, party.organisation_id) ?? '');
  return [activity.label.replace(/[\t\r\n]+/g, ' '), ...cells].join('\t');
}

/**
 * A line pasted from a spreadsheet, read as a row's letters: either one field per column or
 * a label first, every letter field R/A/C/I or blank. Null when the text is not such a row.
 */
export function clipFromTsv(text: string, parties: MatrixParty[]): RowClip | null {
  const line = text.replace(/\r?\n$/, '');
  if (line.includes('\n') || parties.length === 0) return null;
  let fields = line.split('\t');
  if (fields.length === parties.length + 1) fields = fields.slice(1);
  if (fields.length !== parties.length) return null;
  const letters: Record<number, Raci> = {};
  for (let index = 0; index < fields.length; index += 1) {
    const field = fields[index].trim();
    if (field === '') continue;
    const letter = field.length === 1 ? parseLetter(field) : null;
    if (!letter) return null;
    letters[parties[index].organisation_id] = letter;
  }
  return { letters, needs_funding: false, funder: '', duration: null };
}

/** A pasted spreadsheet row only brings letters: the target row keeps its funding. */
export function lettersOnly(clip: RowClip, activity: Activity): RowClip {
  return {
    letters: clip.letters,
    needs_funding: !!activity.needs_funding,
    funder: activity.funder ?? '',
    duration: activity.duration ?? null
  };
}

// ---- rows ---------------------------------------------------------------------------------

export function headingOf(activity: Activity | undefined): string {
  return (activity?.heading ?? '').trim();
}

export function nextActivityId(activities: Activity[]): number {
  let max = 0;
  for (const activity of activities) if (activity.id > max) max = activity.id;
  return max + 1;
}

/** `base`, or `base 2`, `base 3`… so that no row under `heading` has the same label. */
export function uniqueLabel(activities: Activity[], heading: string, base: string): string {
  const key = (text: string) => fold(text).replace(/\s+/g, ' ').trim();
  const taken = new Set(activities.filter((a) => key(a.heading ?? '') === key(heading)).map((a) => key(a.label)));
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} ${n}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/**
 * Adds a row below `after` (or first when there is none), under the same heading, labelled
 * with `base` made unique there. Returns the new row's index.
 */
export function addRow(activities: Activity[], after: number, base: string): number {
  const anchor = activities[after];
  const heading = anchor?.heading ?? activities[activities.length - 1]?.heading ?? '';
  const at = anchor ? after + 1 : activities.length;
  activities.splice(at, 0, {
    id: nextActivityId(activities),
    heading,
    label: uniqueLabel(activities, heading, base),
    label_fr: '',
    cells: [],
    needs_funding: false,
    funder: '',
    duration: null,
    note: ''
  });
  return at;
}

/** Removes the row; returns the index the cursor goes to (null when no row is left). */
export function removeRow(activities: Activity[], index: number): number | null {
  if (index < 0 || index >= activities.length) return activities.length ? Math.min(index, activities.length - 1) : null;
  activities.splice(index, 1);
  if (activities.length === 0) return null;
  return Math.min(index, activities.length - 1);
}

/**
 * Alt+ArrowUp/Down. Within its group the row swaps with its neighbour; at the edge of its
 * group it crosses into the next group (taking that heading) without changing place, so a
 * row can be moved anywhere one step at a time. Returns the row's new index.
 */
export function moveRow(activities: Activity[], index: number, delta: -1 | 1): number {
  const row = activities[index];
  const neighbour = activities[index + delta];
  if (!row || !neighbour) return index;
  if (headingOf(neighbour) !== headingOf(row)) {
    row.heading = neighbour.heading ?? '';
    return index;
  }
  activities[index] = neighbour;
  activities[index + delta] = row;
  return index + delta;
}

/** One line of the grid's body: a heading starting a group, or an activity. */
export type GridLine =
  | { kind: 'heading'; key: string; heading: string; first: number }
  | { kind: 'activity'; key: string; index: number; activity: Activity };

/**
 * The rows in grid order with a heading line where a group starts. Activities with no heading
 * after headed ones get the `other` heading, so they do not read as part of the group above
 * (as the printed matrix does).
 */
export function gridLines(activities: Activity[], other: string): GridLine[] {
  const lines: GridLine[] = [];
  let previous: string | null = null;
  activities.forEach((activity, index) => {
    const own = headingOf(activity);
    const heading = own === '' ? (previous === null ? null : other) : own;
    if (heading !== null && heading !== previous) {
      lines.push({ kind: 'heading', key: `h${activity.id}`, heading, first: index });
    }
    previous = heading;
    lines.push({ kind: 'activity', key: `a${activity.id}`, index, activity });
  });
  return lines;
}

/** The distinct headings in grid order, for suggestions. */
export function headings(activities: Activity[]): string[] {
  const seen = new Set<string>();
  for (const activity of activities) {
    const heading = headingOf(activity);
    if (heading) seen.add(heading);
  }
  return [...seen];
}

// ---- columns ------------------------------------------------------------------------------

/** A column's header: the acronym when there is one. */
export function shortName(party: MatrixParty): string {
  return party.short_name?.trim() ? party.short_name.trim() : party.name;
}

/** Adds a column at `at` (clamped); false when the organisation is a column already. */
export function addColumn(content: MatrixContent, party: MatrixParty, at: number): boolean {
  if (content.parties.some((p) => p.organisation_id === party.organisation_id)) return false;
  content.parties.splice(clamp(at, 0, content.parties.length), 0, party);
  return true;
}

/** Removes a column and its letters in every row (the file refuses letters for non-columns). */
export function removeColumn(content: MatrixContent, organisationId: number): void {
  const index = content.parties.findIndex((p) => p.organisation_id === organisationId);
  if (index >= 0) content.parties.splice(index, 1);
  for (const activity of content.activities) {
    if (activity.cells?.some((cell) => cell.organisation_id === organisationId)) {
      activity.cells = activity.cells.filter((cell) => cell.organisation_id !== organisationId);
    }
  }
}

/** Swaps a column with its neighbour; returns its new index. */
export function moveColumn(parties: MatrixParty[], index: number, delta: -1 | 1): number {
  const to = index + delta;
  if (index < 0 || index >= parties.length || to < 0 || to >= parties.length) return index;
  const party = parties[index];
  parties[index] = parties[to];
  parties[to] = party;
  return to;
}

// ---- funding and duration -----------------------------------------------------------------

/** A duration typed in a box: a whole number of at least 1, or null when blank or not one. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const amount = Number(trimmed);
  return amount >= 1 ? amount : null;
}

// ---- findings -----------------------------------------------------------------------------

/** Where a finding sends the keyboard: a row's label, one cell, or a column header. */
export type GridTarget =
  | { kind: 'row'; activityId: number }
  | { kind: 'cell'; activityId: number; organisationId: number }
  | { kind: 'column'; organisationId: number };

/** As `MatrixFinding::target` in Rust: rows → label, several holders → the first of them. */
export function findingTarget(finding: MatrixFinding): GridTarget {
  switch (finding.kind) {
    case 'no_accountable':
    case 'no_responsible':
    case 'no_funder':
      return { kind: 'row', activityId: finding.activity_id };
    case 'several_accountable':
    case 'several_responsible': {
      const first = finding.organisation_ids[0];
      return first === undefined
        ? { kind: 'row', activityId: finding.activity_id }
        : { kind: 'cell', activityId: finding.activity_id, organisationId: first };
    }
    case 'idle_party':
    case 'overloaded_party':
      return { kind: 'column', organisationId: finding.organisation_id };
  }
}

/** What one row shows of the findings: its label marked, and the cells marked. */
export type RowMarks = { label: boolean; cells: number[] };

/** The marks every finding puts on the grid: rows by activity id, and column headers. */
export function findingMarks(findings: MatrixFinding[]): { rows: Map<number, RowMarks>; columns: Set<number> } {
  const rows = new Map<number, RowMarks>();
  const columns = new Set<number>();
  const row = (id: number) => {
    let marks = rows.get(id);
    if (!marks) rows.set(id, (marks = { label: false, cells: [] }));
    return marks;
  };
  for (const finding of findings) {
    switch (finding.kind) {
      case 'no_accountable':
      case 'no_responsible':
      case 'no_funder':
        row(finding.activity_id).label = true;
        break;
      case 'several_accountable':
      case 'several_responsible': {
        const marks = row(finding.activity_id);
        for (const id of finding.organisation_ids) if (!marks.cells.includes(id)) marks.cells.push(id);
        break;
      }
      case 'idle_party':
      case 'overloaded_party':
        columns.add(finding.organisation_id);
        break;
    }
  }
  return { rows, columns };
}

/** A short text standing for a row's marks, to update only the rows whose marks changed. */
export function marksKey(marks: RowMarks | undefined): string {
  if (!marks) return '';
  return `${marks.label ? 'L' : ''}|${[...marks.cells].sort((a, b) => a - b).join(',')}`;
}

/** Stable key for a finding in a list. */
export function findingKey(finding: MatrixFinding): string {
  const target = findingTarget(finding);
  const where =
    target.kind === 'row' ? `r${target.activityId}` : target.kind === 'cell' ? `c${target.activityId}` : `p${target.organisationId}`;
  return `${finding.kind}:${where}`;
}

/**
 * The finding as a sentence in the reader's language (the wording shared with the agreement
 * checks). `label` names an activity in that language (French uses the French label when
 * there is one); it defaults to the label the finding carries.
 */
export function describeFinding(
  finding: MatrixFinding,
  t: Translate,
  label: (activityId: number, stored: string) => string = (_id, stored) => stored
): string {
  if ('activity_id' in finding) return matrixFindingText({ ...finding, activity: label(finding.activity_id, finding.activity) }, t);
  return matrixFindingText(finding, t);
}

/** The label a reader of `locale` sees for a row: French when asked for and written. */
export function labelIn(activity: Activity, french: boolean): string {
  return french && activity.label_fr?.trim() ? activity.label_fr : activity.label;
}

// ---- refusals -----------------------------------------------------------------------------

/** One refusal of a save or an import, placed by row (1-based, as the grid counts) and column. */
export type PlacedProblem = { row: number | null; column: string | null; message: string };

/**
 * The problems of a refused save or import, each with its row and column. The file's message
 * carries the particulars (which label, which organisation); the screen adds the row in the
 * reader's language.
 */
export function placedProblems(error: ApiError): PlacedProblem[] {
  const details: ProblemDetail[] = error.details.length
    ? error.details
    : [{ code: error.code, message: error.message, field: null, row: null, column: null, value: null }];
  return details.map((detail) => ({ row: detail.row, column: detail.column, message: detail.message }));
}

/** The activity ids of the grid rows a refusal names (rows count activities from 1). */
export function refusedActivities(error: ApiError | null, activities: Activity[]): Set<number> {
  const ids = new Set<number>();
  if (!error || error.code !== 'invalid_matrix') return ids;
  for (const detail of error.details) {
    const activity = detail.row ? activities[detail.row - 1] : undefined;
    if (activity) ids.add(activity.id);
  }
  return ids;
}

// ---- files --------------------------------------------------------------------------------

export type MatrixFormat = 'pdf' | 'xlsx' | 'csv';

/** "RM-2026-001.xlsx": the name offered in the save dialog. */
export function matrixFileName(reference: string, version: number | null, format: MatrixFormat): string {
  const safe = reference.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'matrix';
  return version && version > 1 ? `${safe}-v${version}.${format}` : `${safe}.${format}`;
}
