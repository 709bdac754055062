import { commands, events, type ApiError } from '$lib/ipc/client';

/** Automatic backups as the page sees them: bumped when one was written, or why one failed. */
export const automaticBackups = $state<{ revision: number; failure: ApiError | null }>({
  revision: 0,
  failure: null
});

/** Follows the automatic backups taken in the background; returns the unsubscriber. The one
 *  taken at start-up may finish before the page listens, so its outcome is also asked for. */
export async function listenToAutomaticBackups(): Promise<() => void> {
  const stop = await events.automaticBackupDone.listen((event) => {
    automaticBackups.failure = event.payload.error;
    automaticBackups.revision += 1;
  });
  const now = await commands.backupSettings();
  if (now.status === 'ok' && now.data.automatic_failure && automaticBackups.revision === 0) {
    automaticBackups.failure = now.data.automatic_failure;
  }
  return stop;
}
