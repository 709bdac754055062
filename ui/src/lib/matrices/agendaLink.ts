import { commands, unwrap, type AgendaItem, type AgendaItemDraft, type MatrixSummary } from '$lib/ipc/client';

/**
 * The draft that saves `item` unchanged except for the matrix it links to. The api replaces
 * every field of an item at once, so the rest must be sent back exactly as stored.
 */
export function withMatrix(item: AgendaItem, matrixId: number | null): AgendaItemDraft {
  return {
    title: item.title,
    kind: item.kind,
    presenter: item.presenter,
    duration_minutes: item.duration_minutes === null ? '' : String(item.duration_minutes),
    agreement_id: item.agreement_id,
    standard: item.standard,
    matrix_id: matrixId
  };
}

let cached: { revision: number; list: Promise<MatrixSummary[]> } | null = null;

/**
 * The matrices an agenda item may link to. An agenda shows one link per item, so the list is
 * fetched once per change of the file (`revision`) rather than once per item.
 */
export function matrixChoices(revision: number): Promise<MatrixSummary[]> {
  if (cached?.revision !== revision) {
    const list = unwrap(commands.listMatrices());
    cached = { revision, list };
    // A failed fetch must not stick: the next caller tries again.
    list.catch(() => {
      if (cached?.list === list) cached = null;
    });
  }
  return cached.list;
}
