import { describe, type ApiError } from '$lib/ipc/client';
import { t } from '$lib/i18n/index.svelte';

/** Why a backup was not written. A backup refused as damaged is a copy that failed its checks,
 *  not a file that could not be opened, which is what `corrupted` says elsewhere. */
export function describeBackupFailure(error: ApiError): string {
  return error.code === 'corrupted' ? t('backups.copy_refused') : describe(error);
}
