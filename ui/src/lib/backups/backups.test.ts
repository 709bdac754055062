import { describe, expect, it } from 'vitest';
import { backupDay, menuIntent, suggestedBackupName, takenOn } from './backups';

describe('backups', () => {
  it('offers the file name with the day in the save dialog', () => {
    const day = new Date(2026, 10, 5, 23, 30);
    expect(suggestedBackupName('/home/ana/Mekong Forum.pacta', day)).toBe('Mekong Forum (backup 2026-11-05).pacta');
    expect(suggestedBackupName('C:\\Users\\ana\\Forum.PACTA', day)).toBe('Forum (backup 2026-11-05).pacta');
    expect(suggestedBackupName('', day)).toBe('partnership (backup 2026-11-05).pacta');
  });

  it('shows dates in the reader’s language and leaves what it cannot read as it is', () => {
    expect(takenOn('2026-11-25T10:00:00Z', 'en')).toContain('2026');
    expect(takenOn('not a date', 'fr')).toBe('not a date');
    expect(backupDay('2026-11-25', 'fr')).toContain('novembre');
    expect(backupDay('someday', 'en')).toBe('someday');
  });

  it('reads only the two menu requests from the address', () => {
    expect(menuIntent(new URLSearchParams('do=backup'))).toBe('backup');
    expect(menuIntent(new URLSearchParams('do=restore'))).toBe('restore');
    expect(menuIntent(new URLSearchParams('do=delete'))).toBeNull();
    expect(menuIntent(new URLSearchParams(''))).toBeNull();
  });
});
