import { describe as group, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/index.svelte';
import { describeBackupFailure } from './describe';

group('describeBackupFailure', () => {
  it('says that a refused copy failed its checks, and leaves other failures to their code', () => {
    setLocale('en');
    const refused = describeBackupFailure({ code: 'corrupted', message: 'x.partial is damaged: its seals do not verify', details: [] });
    expect(refused).toContain('did not pass its checks');
    const io = describeBackupFailure({ code: 'io', message: '/backups: Permission denied', details: [] });
    expect(io).toBe('/backups: Permission denied');
    setLocale('fr');
    expect(describeBackupFailure({ code: 'corrupted', message: '', details: [] })).toContain('contrôles');
  });
});
