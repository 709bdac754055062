import { describe, expect, it } from 'vitest';
import { directoryFileName } from './directory';

describe('directoryFileName', () => {
  it('names the file in the language the directory is printed in', () => {
    const day = new Date(2026, 11, 7, 23, 30);
    expect(directoryFileName('en', day)).toBe('Member directory 2026-12-07.pdf');
    expect(directoryFileName('fr', day)).toBe('Annuaire des membres 2026-12-07.pdf');
    expect(directoryFileName('nl', day)).toBe('Ledenlijst 2026-12-07.pdf');
  });

  it('dates it by this computer’s calendar, with two-digit months and days', () => {
    expect(directoryFileName('en', new Date(2027, 0, 3, 0, 5))).toBe('Member directory 2027-01-03.pdf');
  });
});
