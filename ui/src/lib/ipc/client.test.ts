import { describe, expect, it } from 'vitest';
import type { ApiError } from './bindings';
import { Failure, asApiError, describe as describeError, fieldErrors, unwrap } from './client';
import { setLocale } from '$lib/i18n/index.svelte';

const invalid: ApiError = {
  code: 'validation_failed',
  message: 'name is required; “2026-02-30” is not a real date',
  details: [
    { code: 'required', message: 'name is required', field: 'name', row: null, column: null, value: null },
    { code: 'impossible_date', message: '…', field: 'joined_on', row: null, column: null, value: '2026-02-30' }
  ]
};

describe('ipc client', () => {
  it('places each problem next to its field, in the reader’s language', () => {
    setLocale('en');
    expect(fieldErrors(invalid)).toEqual({
      name: 'This is required.',
      joined_on: '“2026-02-30” is not a real date in the form YYYY-MM-DD.'
    });
    setLocale('fr');
    expect(fieldErrors(invalid).joined_on).toBe('« 2026-02-30 » n’est pas une date réelle au format AAAA-MM-JJ.');
    setLocale('en');
  });

  it('summarises several problems without repeating them', () => {
    expect(describeError(invalid)).toBe('Some fields need attention.');
  });

  it('keeps the particulars of file errors from Rust', () => {
    const error: ApiError = { code: 'bad_encoding', message: 'row 3 cannot be read', details: [] };
    expect(describeError(error)).toBe('row 3 cannot be read');
  });

  it('explains agreement refusals in the reader’s language, keeping the particulars of an invalid text', () => {
    const refused: ApiError = { code: 'lifecycle_refused', message: 'an agreement cannot go from draft to signed', details: [] };
    setLocale('fr');
    expect(describeError(refused)).toBe('Cette étape n’est pas possible à ce stade de la vie de l’accord.');
    setLocale('en');
    const twice: ApiError = { code: 'invalid_agreement', message: 'MOLISA is named twice as a party', details: [] };
    expect(describeError(twice)).toBe('MOLISA is named twice as a party');
  });

  it('unwrap returns data or throws the typed error', async () => {
    await expect(unwrap(Promise.resolve({ status: 'ok' as const, data: 7 }))).resolves.toBe(7);
    const failing = unwrap(Promise.resolve({ status: 'error' as const, error: invalid }));
    await expect(failing).rejects.toBeInstanceOf(Failure);
    expect(asApiError(new Error('boom')).code).toBe('internal');
  });
});

describe('meeting errors', () => {
  it('places scheduling problems next to their fields, in the reader’s language', () => {
    const error: ApiError = {
      code: 'validation_failed',
      message: 'two problems',
      details: [
        { code: 'end_before_start', message: 'ends before it starts', field: 'ends_at', row: null, column: null, value: '09:15' },
        { code: 'unknown_time_zone', message: 'unknown zone', field: 'time_zone', row: null, column: null, value: 'Mars/Olympus' }
      ]
    };
    const byField = fieldErrors(error);
    expect(byField.ends_at).toContain('09:15');
    expect(byField.time_zone).toContain('Mars/Olympus');
  });

  it('keeps the particulars of a refused meeting record', () => {
    const error: ApiError = { code: 'invalid_meeting', message: 'vote 4 was not taken at this meeting', details: [] };
    expect(describeError(error)).toBe('vote 4 was not taken at this meeting');
  });
});
