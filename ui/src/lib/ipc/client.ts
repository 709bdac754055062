import type { ApiError, ErrorCode, Field, ProblemDetail } from './bindings';
import { t, type MessageKey } from '$lib/i18n/index.svelte';

export { commands, events, MEMBER_COLUMNS } from './bindings';
export type * from './bindings';

type Outcome<T> = { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/** A failed command, carrying the typed error for the page to show. */
export class Failure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** The command's data, or a thrown `Failure` with its typed error. */
export async function unwrap<T>(outcome: Promise<Outcome<T>>): Promise<T> {
  const result = await outcome;
  if (result.status === 'error') throw new Failure(result.error);
  return result.data;
}

/** Any thrown value as an ApiError, so that pages have one thing to show. */
export function asApiError(thrown: unknown): ApiError {
  if (thrown instanceof Failure) return thrown.error;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: 'internal', message, details: [] };
}

/** A problem in the reader's language, falling back to the English text from Rust. */
export function describeProblem(problem: { code: ErrorCode; message: string; value: string | null }): string {
  const key = `error.${problem.code}` as MessageKey;
  const localised = t(key, { value: problem.value ?? '' });
  // Codes whose message needs the Rust side's particulars (which file, which row, which
  // party or clause) keep them. The agreement codes lifecycle_refused, not_ready_to_sign (its
  // findings are in `details`), not_a_party and missing_translation read in the UI language.
  // invalid_meeting names the member, vote or reference at fault (a proxy held by someone
  // absent, a decision approving its own minutes), like invalid_vote; invalid_matrix names
  // the row, the column or the activity. invalid is a refusal of its own (a passphrase too short,
  // a file already protected) that only its message explains.
  const specific: ErrorCode[] = ['missing_column', 'bad_encoding', 'unreadable_spreadsheet', 'import_has_errors', 'mapping_mismatch', 'unsupported_format', 'unreadable_document', 'io', 'internal', 'not_found', 'invalid_vote', 'immutable', 'invalid_agreement', 'invalid_meeting', 'invalid_matrix', 'invalid', 'invalid_bundle'];
  if (specific.includes(problem.code)) return problem.message;
  return localised;
}

/** The whole error in one sentence for a banner. */
export function describe(error: ApiError): string {
  if (error.code === 'validation_failed') return t('error.validation_failed');
  return describeProblem({ code: error.code, message: error.message, value: error.details[0]?.value ?? null });
}

/** Messages per form field, for showing each next to its input. */
export function fieldErrors(error: ApiError | null): Partial<Record<Field, string>> {
  const byField: Partial<Record<Field, string>> = {};
  if (!error) return byField;
  const details: ProblemDetail[] = error.details.length
    ? error.details
    : [];
  for (const detail of details) {
    if (detail.field && !byField[detail.field]) byField[detail.field] = describeProblem(detail);
  }
  return byField;
}
