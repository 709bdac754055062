/**
 * The agreement editor's draft: the page's copy of the latest version's text, when it may be
 * edited, whether it holds unsaved changes, what a reload does with it, the dates checked
 * before a save, and the save itself (its command passed in, so none of this needs Tauri).
 */
import type { AgreementStatus, AgreementText, AgreementVersion, ApiError } from '$lib/ipc/client';
import type { Translate } from '$lib/matrices/findingText';
import { forSaving, isFrozenStatus, isIsoDate, normalise } from './text';

export type DateField = 'effective_on' | 'expires_on';
export const DATE_FIELDS: readonly DateField[] = ['effective_on', 'expires_on'];

/** Messages per field of the draft's header, shown next to each input. */
export type DraftFieldErrors = Partial<Record<'title' | DateField, string>>;

/** The text as the file would store it, in one string: two drafts are the same when their keys are. */
export function draftKey(text: AgreementText): string {
  return JSON.stringify(forSaving(normalise(text)));
}

/**
 * The latest version's text may change: not frozen, no signature recorded yet, and either an
 * amendment or an agreement still in draft or negotiation.
 */
export function isEditable(latest: AgreementVersion | null, status: AgreementStatus | null): boolean {
  return (
    !!latest && !!status && !latest.frozen && latest.signatures.length === 0 &&
    (latest.amendment > 0 || !isFrozenStatus(status))
  );
}

/** The parties may sign the latest version: the agreement in negotiation, or an amendment of a signed one. */
export function isSignable(latest: AgreementVersion | null, status: AgreementStatus | null): boolean {
  return (
    !!latest && !!status && !latest.frozen &&
    (latest.amendment === 0 ? status === 'negotiation' : status === 'signed' || status === 'in_force')
  );
}

/** The draft differs from what the file holds (`savedKey`). */
export function isDirty(draft: AgreementText | null, savedKey: string): boolean {
  return !!draft && draftKey(draft) !== savedKey;
}

/** The editor as a reload finds it. */
export type DraftState = {
  draft: AgreementText | null;
  /** The id of the version the draft was taken from. */
  version: number | null;
  dirty: boolean;
  savedKey: string;
};

/**
 * What a reload does with the draft: `text` is the stored text to edit from now on, or null
 * when the draft stays (unsaved edits of this version survive reloads caused elsewhere);
 * `savedKey` is what the file holds either way.
 */
export function reloadDraft(editor: DraftState, latest: AgreementVersion): { text: AgreementText | null; savedKey: string } {
  const savedKey = draftKey(latest.text);
  const take = editor.version !== latest.id || !editor.draft || (!editor.dirty && savedKey !== editor.savedKey);
  return { text: take ? normalise(latest.text) : null, savedKey };
}

/** The dates the draft gives that are not real days, each with its message. */
export function draftDateErrors(draft: AgreementText, t: Translate): Partial<Record<DateField, string>> {
  const errors: Partial<Record<DateField, string>> = {};
  for (const field of DATE_FIELDS) {
    const value = draft[field];
    if (value && !isIsoDate(value)) errors[field] = t('error.impossible_date', { value });
  }
  return errors;
}

/** The messages next to the header's inputs: the dates checked here, then the title's refusal. */
export function draftFieldErrors(
  dates: Partial<Record<DateField, string>>,
  saveError: ApiError | null,
  t: Translate
): DraftFieldErrors {
  const byField: DraftFieldErrors = { ...dates };
  for (const detail of saveError?.details ?? []) {
    if (detail.field === 'title' && !byField.title) byField.title = t(`error.${detail.code}` as 'error.required', { value: detail.value ?? '' });
  }
  return byField;
}

/**
 * Saves the draft to its version as the file stores it (sections without a clause left out),
 * through `write` (the `saveAgreementText` command); the key of what the file now holds.
 */
export async function saveDraft(
  versionId: number,
  draft: AgreementText,
  write: (versionId: number, text: AgreementText) => Promise<unknown>
): Promise<string> {
  const text = forSaving(draft);
  await write(versionId, text);
  return draftKey(text);
}
