// The import wizard's rules over a member-list mapping, kept out of the page so they are unit
// tested: which targets exist, which are missing or taken twice, and the person's value choices.
import type {
  ColumnTarget, ImportMapping, ImportSuggestion, MemberStatus, OrganisationKind, RowDefaults,
  ValueMaps, ValueSuggestion
} from '$lib/ipc/client';

/** A mapping with its optional parts filled, as the wizard edits it. */
export type CompleteMapping = ImportMapping & { values: Required<ValueMaps>; defaults: Required<RowDefaults> };

/** Fills what the JSON form may leave out (no values placed, no defaults). */
export function complete(mapping: ImportMapping): CompleteMapping {
  return {
    ...mapping,
    sheet: mapping.sheet ?? null,
    values: {
      kind: { ...(mapping.values?.kind ?? {}) },
      country: { ...(mapping.values?.country ?? {}) },
      status: { ...(mapping.values?.status ?? {}) },
      chamber: { ...(mapping.values?.chamber ?? {}) }
    },
    defaults: { kind: mapping.defaults?.kind ?? null, joined_on: mapping.defaults?.joined_on ?? null }
  };
}

export const columnTargets: ColumnTarget[] = [
  'name', 'acronym', 'kind', 'country', 'chamber', 'pillars', 'status', 'joined_on', 'notes',
  'representative_name', 'representative_title', 'representative_email', 'representative_phone',
  'id', 'ignore'
];

/** Targets a single column may fill (notes gather many, ignored columns go nowhere). */
export function takesOneColumn(target: ColumnTarget): boolean {
  return target !== 'notes' && target !== 'ignore';
}

/** Targets two or more columns were sent to. */
export function duplicateTargets(mapping: ImportMapping): ColumnTarget[] {
  const seen = new Map<ColumnTarget, number>();
  for (const column of mapping.columns) seen.set(column.target, (seen.get(column.target) ?? 0) + 1);
  return [...seen].filter(([target, count]) => takesOneColumn(target) && count > 1).map(([target]) => target);
}

/** Targets the import needs that no column fills and no default covers. */
export function missingTargets(mapping: CompleteMapping): ColumnTarget[] {
  const used = new Set(mapping.columns.map((c) => c.target));
  const missing: ColumnTarget[] = [];
  if (!used.has('name')) missing.push('name');
  if (!used.has('kind') && !mapping.defaults.kind) missing.push('kind');
  if (!used.has('joined_on') && !mapping.defaults.joined_on) missing.push('joined_on');
  return missing;
}

type ValueTarget = 'kind' | 'country' | 'status' | 'chamber';

function isValueTarget(target: ColumnTarget): target is ValueTarget {
  return target === 'kind' || target === 'country' || target === 'status' || target === 'chamber';
}

/** The choice the mapping holds for a value, or null when it is still to be made. */
export function choiceOf(mapping: CompleteMapping, value: ValueSuggestion): string | null {
  if (!isValueTarget(value.target)) return null;
  const map = (mapping.values[value.target] ?? {}) as Record<string, string | undefined>;
  return map[value.value] ?? null;
}

/** The mapping with a value's choice set (or cleared with null); the mapping is not changed. */
export function withChoice(mapping: CompleteMapping, value: ValueSuggestion, choice: string | null): CompleteMapping {
  if (!isValueTarget(value.target)) return mapping;
  const current = { ...((mapping.values[value.target] ?? {}) as Record<string, string>) };
  if (choice) current[value.value] = choice;
  else delete current[value.value];
  return { ...mapping, values: { ...mapping.values, [value.target]: current } };
}

/** Values of columns still mapped to their target that have no choice yet. */
export function unplacedValues(mapping: CompleteMapping, values: ValueSuggestion[]): ValueSuggestion[] {
  const mapped = new Set(mapping.columns.map((c) => c.target));
  return values.filter((v) => mapped.has(v.target) && v.target !== 'chamber' && !choiceOf(mapping, v));
}

/** The values worth showing for a column: its first non-empty sample cells. */
export function sampleOf(suggestion: ImportSuggestion, column: number, count = 3): string[] {
  return suggestion.sample
    .map((row) => (row[column] ?? '').trim())
    .filter((cell) => cell !== '')
    .slice(0, count);
}

export const kindChoices: OrganisationKind[] = [
  'government', 'law_enforcement', 'judiciary', 'civil_society', 'survivor_led', 'employers',
  'trade_union', 'international', 'academic', 'private_company', 'other'
];
export const statusChoices: MemberStatus[] = ['active', 'suspended', 'withdrawn'];
