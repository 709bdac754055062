import { describe, expect, it } from 'vitest';
import { IdleClock, checkNewPassphrase, idleMinutesValid, passphraseLength } from './protection';

describe('new passphrase', () => {
  it('refuses one shorter than 8 characters, counted as the Rust side counts them', () => {
    expect(checkNewPassphrase('seven77', 'seven77')).toEqual({ passphrase: 'too_short' });
    expect(checkNewPassphrase('eight888', 'eight888')).toEqual({});
    // Seven characters, but eight UTF-16 units: still too short.
    expect(passphraseLength('ab😀cdef')).toBe(7);
    expect(checkNewPassphrase('ab😀cdef', 'ab😀cdef').passphrase).toBe('too_short');
    expect(checkNewPassphrase('mật khẩu', 'mật khẩu')).toEqual({});
  });

  it('refuses a confirmation that differs, even by a capital letter or a trailing space', () => {
    expect(checkNewPassphrase('correct horse', 'Correct horse')).toEqual({ confirmation: 'mismatch' });
    expect(checkNewPassphrase('correct horse', 'correct horse ')).toEqual({ confirmation: 'mismatch' });
    expect(checkNewPassphrase('short', 'other')).toEqual({ passphrase: 'too_short', confirmation: 'mismatch' });
  });
});

describe('idle minutes', () => {
  it('accepts whole minutes from 0 (never) to 240', () => {
    expect([0, 1, 10, 240].map(idleMinutesValid)).toEqual([true, true, true, true]);
    expect([-1, 241, 2.5, Number.NaN].map(idleMinutesValid)).toEqual([false, false, false, false]);
  });
});

describe('idle clock', () => {
  const minute = 60_000;

  it('is idle once the minutes have passed since the last activity, never at 0', () => {
    const clock = new IdleClock(0);
    expect(clock.idle(10 * minute - 1, 10)).toBe(false);
    expect(clock.idle(10 * minute, 10)).toBe(true);
    expect(clock.idle(10_000 * minute, 0)).toBe(false);
    expect(clock.remaining(3 * minute, 10)).toBe(7 * minute);
    expect(clock.remaining(3 * minute, 0)).toBeNull();
  });

  it('starts again from every key press or pointer movement', () => {
    const clock = new IdleClock(0);
    clock.activity(9 * minute);
    expect(clock.idle(10 * minute, 10)).toBe(false);
    expect(clock.idle(19 * minute, 10)).toBe(true);
  });

  it('locks at once after the computer slept longer than the idle time', () => {
    const clock = new IdleClock(0);
    // No timer ran during the sleep: the wall clock alone decides.
    expect(clock.idle(3 * 60 * minute, 15)).toBe(true);
    expect(clock.remaining(3 * 60 * minute, 15)).toBe(0);
  });
});

describe('protection errors in a banner', () => {
  it('reads a wrong passphrase in the reader’s language and keeps the particulars of a refusal', async () => {
    const { describe: describeError } = await import('$lib/ipc/client');
    const { setLocale } = await import('$lib/i18n/index.svelte');
    setLocale('fr');
    expect(describeError({ code: 'wrong_passphrase', message: 'The passphrase does not open /x.pacta', details: [] })).toContain(
      'n’ouvre pas le fichier'
    );
    setLocale('en');
    const refused = 'a passphrase needs at least 8 characters (this one has 5)';
    expect(describeError({ code: 'invalid', message: refused, details: [] })).toBe(refused);
    expect(describeError({ code: 'passphrase_required', message: '/x.pacta is protected with a passphrase', details: [] })).toBe(
      'This file is protected with a passphrase: type it to open the file.'
    );
  });
});
