/**
 * Pure helpers for the meeting screens: upcoming and past meetings, times of day on the
 * meeting's clock, the attendance form's rows (arrival and departure as movements), who is in
 * the room at a moment (as `Attendance::present_at` in Rust), show-of-hands groups, the
 * distribution list, file names and where a dragged agenda item lands.
 */
import type {
  ActionStatus,
  Attendance,
  AttendanceStatus,
  GuestCapacity,
  ItemKind,
  Meeting,
  MeetingKind,
  MinutesStatus,
  Movement,
  RollMember
} from '$lib/ipc/client';
import { today } from '$lib/agreements/text';

export { today };

/** Every value of a generated union; the type fails to check when one is missing. */
function all<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)) => list;
}

export const meetingKinds = all<MeetingKind>()(['ordinary', 'extraordinary', 'working_session'] as const);
export const itemKinds = all<ItemKind>()(['information', 'discussion', 'decision'] as const);
export const attendanceStatuses = all<AttendanceStatus>()(['present', 'apologies', 'absent', 'proxy'] as const);
export const actionStatuses = all<ActionStatus>()(['open', 'in_progress', 'done', 'dropped'] as const);
export const capacities = all<GuestCapacity>()(['observer', 'guest'] as const);
export const minutesStatuses = all<MinutesStatus>()(['draft', 'circulated', 'approved'] as const);

/** The machine's IANA time zone (`Asia/Bangkok`), or UTC when the system does not say. */
export function machineTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Whether `text` is a time of day written HH:MM (00:00 to 23:59), as the file accepts. */
export function isClockTime(text: string): boolean {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  return !!match && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/** Minutes since midnight of an HH:MM time (NaN when it is not one). */
export function minutesOf(time: string): number {
  if (!isClockTime(time)) return Number.NaN;
  const [hours, minutes] = time.trim().split(':').map(Number);
  return hours * 60 + minutes;
}

/** The time of day of `now` as HH:MM. */
export function clockOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * The moment a vote or a quorum check is taken by default: now, while the meeting is under way
 * today; otherwise its start.
 */
export function nowOrStart(meeting: Pick<Meeting, 'date' | 'starts_at' | 'ends_at'>, now: Date = new Date()): string {
  if (meeting.date !== today(now)) return meeting.starts_at;
  const clock = clockOf(now);
  const at = minutesOf(clock);
  return at >= minutesOf(meeting.starts_at) && at <= minutesOf(meeting.ends_at) ? clock : meeting.starts_at;
}

/** Meetings from `on` onwards (soonest first), and before it (latest first). */
export function splitByDate<M extends Pick<Meeting, 'date' | 'starts_at'>>(meetings: M[], on: string): { upcoming: M[]; past: M[] } {
  const key = (m: M) => `${m.date} ${m.starts_at}`;
  const upcoming = meetings.filter((m) => m.date >= on).sort((a, b) => key(a).localeCompare(key(b)));
  const past = meetings.filter((m) => m.date < on).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

/** Whether the member is in the room at `at` (as `Attendance::present_at` in Rust). */
export function presentAt(entry: Pick<Attendance, 'status' | 'movements'> | undefined, at: string): boolean {
  if (!entry || entry.status !== 'present') return false;
  const movements = entry.movements ?? [];
  let present = !(movements[0]?.arrived ?? false);
  const moment = minutesOf(at);
  for (const movement of movements) {
    if (minutesOf(movement.at) <= moment) present = movement.arrived;
  }
  return present;
}

/** One line of the attendance form: the stored entry, with arrival and departure as typed. */
export type AttendanceRow = {
  organisation_id: number;
  status: AttendanceStatus;
  representative: string;
  proxy_holder_id: number | null;
  /** HH:MM of a late arrival, or blank. */
  arrived: string;
  /** HH:MM of an early departure, or blank. */
  left: string;
};

/** The form's rows, one per seat, from what is stored (an unrecorded seat is absent). */
export function attendanceRows(seatIds: number[], stored: Attendance[]): AttendanceRow[] {
  return seatIds.map((organisation_id) => {
    const entry = stored.find((a) => a.organisation_id === organisation_id);
    const movements = entry?.movements ?? [];
    return {
      organisation_id,
      status: entry?.status ?? 'absent',
      representative: entry?.representative ?? '',
      proxy_holder_id: entry?.proxy_holder_id ?? null,
      arrived: movements.find((m) => m.arrived)?.at ?? '',
      left: [...movements].reverse().find((m) => !m.arrived)?.at ?? ''
    };
  });
}

/** Arrival and departure as movements in time order (blank or malformed times left out). */
export function movementsOf(row: Pick<AttendanceRow, 'arrived' | 'left'>): Movement[] {
  const movements: Movement[] = [];
  if (isClockTime(row.arrived)) movements.push({ at: row.arrived.trim(), arrived: true });
  if (isClockTime(row.left)) movements.push({ at: row.left.trim(), arrived: false });
  return movements.sort((a, b) => minutesOf(a.at) - minutesOf(b.at));
}

/** The rows as the file stores them: only present members keep a representative and times. */
export function toAttendance(rows: AttendanceRow[]): Attendance[] {
  return rows.map((row) => ({
    organisation_id: row.organisation_id,
    status: row.status,
    representative: row.status === 'present' ? row.representative.trim() : '',
    proxy_holder_id: row.status === 'proxy' ? row.proxy_holder_id : null,
    movements: row.status === 'present' ? movementsOf(row) : []
  }));
}

/** What stops the rows from being saved, found before asking the file: which row, and why. */
export type RowProblem = { organisation_id: number; problem: 'bad_time' | 'no_holder' | 'holder_absent' };

export function rowProblems(rows: AttendanceRow[]): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    if (row.status === 'present') {
      for (const time of [row.arrived, row.left]) {
        if (time.trim() && !isClockTime(time)) {
          problems.push({ organisation_id: row.organisation_id, problem: 'bad_time' });
          break;
        }
      }
    }
    if (row.status === 'proxy') {
      if (row.proxy_holder_id === null) problems.push({ organisation_id: row.organisation_id, problem: 'no_holder' });
      else if (rows.find((r) => r.organisation_id === row.proxy_holder_id)?.status !== 'present') {
        problems.push({ organisation_id: row.organisation_id, problem: 'holder_absent' });
      }
    }
  }
  return problems;
}

/** A show of hands is counted per chamber and weight among those who may vote. */
export type HandsGroup = { key: string; chamber: string | null; weight: number; eligible: number };

export function handsGroups(voters: Pick<RollMember, 'chamber' | 'weight'>[]): HandsGroup[] {
  const found = new Map<string, HandsGroup>();
  for (const member of voters) {
    const key = `${member.chamber ?? ''}|${member.weight ?? 1}`;
    const group = found.get(key) ?? { key, chamber: member.chamber ?? null, weight: member.weight ?? 1, eligible: 0 };
    group.eligible += 1;
    found.set(key, group);
  }
  return [...found.values()];
}

/** The distribution list as typed, one recipient a line (blank lines dropped). */
export function parseRecipients(text: string): string[] {
  return text
    .split(/\r?\n|;/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A file name for the minutes or the invitation: `GA-3 2026-03-12 minutes.pdf`. */
export function meetingFileName(meeting: Pick<Meeting, 'body_code' | 'number' | 'date'>, what: string, extension: 'pdf' | 'ics'): string {
  const safe = `${meeting.body_code}-${meeting.number} ${meeting.date} ${what}`.replace(/[\\/:*?"<>|]+/g, '-');
  return `${safe}.${extension}`;
}

/** The new position (1-based) of the item at `position` moved one step `up` or down, or null at an end. */
export function stepPosition(position: number, count: number, up: boolean): number | null {
  const target = up ? position - 1 : position + 1;
  return target < 1 || target > count ? null : target;
}

/**
 * Where a dragged agenda item would land: the number of items whose middle lies above the
 * pointer (0 to the number of items), given each item's box from top to bottom.
 */
export function dropSlot(y: number, boxes: Pick<DOMRect, 'top' | 'bottom'>[]): number {
  return boxes.filter((box) => (box.top + box.bottom) / 2 < y).length;
}

/**
 * The new position (1-based, as `move_agenda_item` takes it) of the item dragged from index
 * `from` (0-based) and dropped at `slot` (see `dropSlot`); null when it would not move.
 */
export function dropPosition(from: number, slot: number): number | null {
  const position = slot > from ? slot : slot + 1;
  return position === from + 1 ? null : position;
}
