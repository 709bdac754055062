import { commands, events, unwrap, asApiError, type ApiError, type PartnershipInfo } from '$lib/ipc/client';

/** The open partnership as the whole page sees it; refreshed after every change. */
export const session = $state<{
  info: PartnershipInfo | null;
  problem: ApiError | null;
  /** Bumped whenever the partnership or its records change, so lists reload. */
  revision: number;
  notice: string | null;
  loaded: boolean;
}>({ info: null, problem: null, revision: 0, notice: null, loaded: false });

export async function refresh(): Promise<void> {
  try {
    session.info = await unwrap(commands.partnershipInfo());
    session.problem = null;
  } catch (thrown) {
    session.info = null;
    session.problem = (await commands.startupProblem()) ?? asApiError(thrown);
  }
  session.revision += 1;
  session.loaded = true;
}

/** Shows a short message in the status area. */
export function notify(message: string): void {
  session.notice = message;
  setTimeout(() => {
    if (session.notice === message) session.notice = null;
  }, 6000);
}

/** Listens to the app's events for the page's lifetime; returns the unsubscriber. */
export async function listen(onMenu: (action: string) => void): Promise<() => void> {
  const stops = await Promise.all([
    events.partnershipChanged.listen(() => void refresh()),
    events.menuRequest.listen((event) => onMenu(event.payload.action)),
    events.appError.listen((event) => {
      session.problem = event.payload.error;
    })
  ]);
  return () => stops.forEach((stop) => stop());
}
