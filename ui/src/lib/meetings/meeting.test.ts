import { describe, expect, it } from 'vitest';
import {
  attendanceRows,
  handsGroups,
  isClockTime,
  machineTimeZone,
  meetingFileName,
  movementsOf,
  nowOrStart,
  parseRecipients,
  presentAt,
  rowProblems,
  splitByDate,
  stepPosition,
  dropPosition,
  dropSlot,
  toAttendance,
  type AttendanceRow
} from './meeting';

describe('times of day', () => {
  it('accepts HH:MM within a day only, as the file does', () => {
    for (const good of ['00:00', '09:30', '23:59', ' 14:05 ']) expect(isClockTime(good), good).toBe(true);
    for (const bad of ['24:00', '9:00', '09:60', '0900', '', 'ab:cd']) expect(isClockTime(bad), bad).toBe(false);
  });

  it('defaults to now while the meeting is under way today, else to its start', () => {
    const meeting = { date: '2026-03-12', starts_at: '09:00', ends_at: '17:30' };
    expect(nowOrStart(meeting, new Date(2026, 2, 12, 10, 42))).toBe('10:42');
    expect(nowOrStart(meeting, new Date(2026, 2, 12, 7, 5))).toBe('09:00');
    expect(nowOrStart(meeting, new Date(2026, 2, 12, 18, 0))).toBe('09:00');
    expect(nowOrStart(meeting, new Date(2026, 2, 11, 10, 42))).toBe('09:00');
  });

  it('names the machine time zone', () => {
    expect(machineTimeZone()).toMatch(/\w/);
  });
});

describe('meetings by date', () => {
  it('lists upcoming meetings soonest first and past ones latest first', () => {
    const meetings = [
      { id: 1, date: '2026-01-10', starts_at: '09:00' },
      { id: 2, date: '2026-06-01', starts_at: '14:00' },
      { id: 3, date: '2026-03-12', starts_at: '09:00' },
      { id: 4, date: '2026-06-01', starts_at: '09:00' },
      { id: 5, date: '2025-11-30', starts_at: '09:00' }
    ];
    const { upcoming, past } = splitByDate(meetings, '2026-03-12');
    expect(upcoming.map((m) => m.id)).toEqual([3, 4, 2]);
    expect(past.map((m) => m.id)).toEqual([1, 5]);
  });
});

describe('attendance', () => {
  it('follows arrivals and departures as Rust does', () => {
    const late = { status: 'present' as const, movements: [{ at: '10:30', arrived: true }, { at: '15:00', arrived: false }] };
    expect(presentAt(late, '09:00')).toBe(false);
    expect(presentAt(late, '10:30')).toBe(true);
    expect(presentAt(late, '15:00')).toBe(false);
    const leaver = { status: 'present' as const, movements: [{ at: '12:00', arrived: false }] };
    expect(presentAt(leaver, '09:00')).toBe(true);
    expect(presentAt(leaver, '12:01')).toBe(false);
    expect(presentAt({ status: 'apologies', movements: [] }, '11:00')).toBe(false);
    expect(presentAt(undefined, '11:00')).toBe(false);
  });

  it('makes one row per seat, absent unless recorded, with arrival and departure', () => {
    const rows = attendanceRows(
      [7, 8],
      [{ organisation_id: 8, status: 'present', representative: 'Nguyễn Thị Hương', proxy_holder_id: null, movements: [{ at: '10:30', arrived: true }, { at: '15:00', arrived: false }] }]
    );
    expect(rows).toEqual([
      { organisation_id: 7, status: 'absent', representative: '', proxy_holder_id: null, arrived: '', left: '' },
      { organisation_id: 8, status: 'present', representative: 'Nguyễn Thị Hương', proxy_holder_id: null, arrived: '10:30', left: '15:00' }
    ]);
  });

  it('stores movements in time order and drops what does not apply to the status', () => {
    expect(movementsOf({ arrived: '11:00', left: '10:00' })).toEqual([
      { at: '10:00', arrived: false },
      { at: '11:00', arrived: true }
    ]);
    expect(movementsOf({ arrived: '', left: '9:5' })).toEqual([]);
    const rows: AttendanceRow[] = [
      { organisation_id: 1, status: 'present', representative: ' Joaquín Muñoz Ibáñez ', proxy_holder_id: 3, arrived: '09:15', left: '' },
      { organisation_id: 2, status: 'proxy', representative: 'Someone', proxy_holder_id: 1, arrived: '10:00', left: '' }
    ];
    expect(toAttendance(rows)).toEqual([
      { organisation_id: 1, status: 'present', representative: 'Joaquín Muñoz Ibáñez', proxy_holder_id: null, movements: [{ at: '09:15', arrived: true }] },
      { organisation_id: 2, status: 'proxy', representative: '', proxy_holder_id: 1, movements: [] }
    ]);
  });

  it('finds a proxy without a present holder and malformed times before saving', () => {
    const row = (organisation_id: number, status: AttendanceRow['status'], extra: Partial<AttendanceRow> = {}): AttendanceRow => ({
      organisation_id, status, representative: '', proxy_holder_id: null, arrived: '', left: '', ...extra
    });
    expect(
      rowProblems([row(1, 'absent'), row(2, 'proxy', { proxy_holder_id: 1 }), row(3, 'proxy'), row(4, 'present', { arrived: '9h30' })])
    ).toEqual([
      { organisation_id: 2, problem: 'holder_absent' },
      { organisation_id: 3, problem: 'no_holder' },
      { organisation_id: 4, problem: 'bad_time' }
    ]);
    expect(rowProblems([row(1, 'present'), row(2, 'proxy', { proxy_holder_id: 1 })])).toEqual([]);
  });
});

describe('show of hands', () => {
  it('groups voters by chamber and weight', () => {
    expect(
      handsGroups([
        { chamber: 'Governments', weight: 2 },
        { chamber: 'Workers', weight: 1 },
        { chamber: 'Governments', weight: 2 },
        { chamber: null }
      ])
    ).toEqual([
      { key: 'Governments|2', chamber: 'Governments', weight: 2, eligible: 2 },
      { key: 'Workers|1', chamber: 'Workers', weight: 1, eligible: 1 },
      { key: '|1', chamber: null, weight: 1, eligible: 1 }
    ]);
  });
});

describe('distribution, files and moves', () => {
  it('reads one recipient a line or separated by semicolons', () => {
    expect(parseRecipients('Nguyễn Thị Hương <huong@molisa.gov.vn>\n\n  Joaquín Muñoz ; ops@example.org\r\n')).toEqual([
      'Nguyễn Thị Hương <huong@molisa.gov.vn>',
      'Joaquín Muñoz',
      'ops@example.org'
    ]);
  });

  it('names files after the body, the meeting number and the date', () => {
    expect(meetingFileName({ body_code: 'GA', number: 3, date: '2026-03-12' }, 'minutes', 'pdf')).toBe('GA-3 2026-03-12 minutes.pdf');
    expect(meetingFileName({ body_code: 'A/B', number: 1, date: '2026-03-12' }, 'invitation', 'ics')).toBe('A-B-1 2026-03-12 invitation.ics');
  });

  it('moves an item one step within the agenda', () => {
    expect(stepPosition(1, 3, true)).toBeNull();
    expect(stepPosition(1, 3, false)).toBe(2);
    expect(stepPosition(3, 3, false)).toBeNull();
    expect(stepPosition(3, 3, true)).toBe(2);
  });

  it('drops a dragged item where the pointer is, as the move api numbers positions', () => {
    // Four rows of 20 px from y = 100.
    const boxes = [0, 1, 2, 3].map((n) => ({ top: 100 + 20 * n, bottom: 120 + 20 * n }));
    expect(dropSlot(90, boxes)).toBe(0);
    expect(dropSlot(125, boxes)).toBe(1);
    expect(dropSlot(155, boxes)).toBe(3);
    expect(dropSlot(500, boxes)).toBe(4);
    // The first item dragged below the third goes to position 3; the last one to the top, 1.
    expect(dropPosition(0, 3)).toBe(3);
    expect(dropPosition(3, 0)).toBe(1);
    expect(dropPosition(3, 1)).toBe(2);
    expect(dropPosition(0, 4)).toBe(4);
    // Dropped on either side of itself, an item stays.
    expect(dropPosition(2, 2)).toBeNull();
    expect(dropPosition(2, 3)).toBeNull();
  });
});
