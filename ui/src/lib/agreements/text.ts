/**
 * Pure helpers for the agreement editor: the checklist's sections and their numbering, clause
 * operations that keep ids stable (and keep a translation lined up clause by clause), where a
 * finding is fixed, and the side-by-side model of a comparison between two versions.
 */
import type {
  AgreementStatus,
  AgreementText,
  ClauseChange,
  Finding,
  Language,
  Section,
  SectionText,
  Translation,
  WordChange
} from '$lib/ipc/client';

/** The checklist's twelve sections in printed order (as `Section::ALL` in Rust). */
export const SECTIONS: readonly Section[] = [
  'purpose_and_scope',
  'parties',
  'annual_planning',
  'collaboration',
  'responsibilities',
  'reporting',
  'complaints',
  'funding',
  'confidentiality',
  'media',
  'duration',
  'signatures'
];

/** Parties and signatures are drawn from the parties list, not written as clauses. */
export function holdsClauses(section: Section): boolean {
  return section !== 'parties' && section !== 'signatures';
}

/** The ten sections written as clauses, in order. */
export const CLAUSE_SECTIONS: readonly Section[] = SECTIONS.filter(holdsClauses);

/** The section's printed number, 1 to 12 (as `Section::number` in Rust and on paper). */
export function sectionNumber(section: Section): number {
  return SECTIONS.indexOf(section) + 1;
}

/** "5.2": the second clause of section 5, as printed. */
export function clauseNumber(section: Section, index: number): string {
  return `${sectionNumber(section)}.${index + 1}`;
}

/** The element id of a clause's textarea, by its printed number: `clause-5-2`. */
export function clauseElementId(section: Section, index: number): string {
  return `clause-${sectionNumber(section)}-${index + 1}`;
}

/** Statuses whose text can no longer change (signatures recorded): later changes are amendments. */
export function isFrozenStatus(status: AgreementStatus): boolean {
  return status !== 'draft' && status !== 'negotiation';
}

/** Every clause-bearing section in order, with the clauses `sections` has for it (copied). */
export function allSections(sections: SectionText[]): SectionText[] {
  return CLAUSE_SECTIONS.map((section) => ({
    section,
    clauses: (sections.find((s) => s.section === section)?.clauses ?? []).map((c) => ({ ...c }))
  }));
}

/** A copy of the text with all ten sections present, in the main text and the translation. */
export function normalise(text: AgreementText): AgreementText {
  return {
    ...text,
    language: languageOf(text),
    parties: text.parties.map((p) => ({ ...p })),
    sections: allSections(text.sections),
    translation: text.translation
      ? { ...text.translation, sections: allSections(text.translation.sections) }
      : null,
    annexes: (text.annexes ?? []).map((a) => ({ ...a, columns: [...a.columns], rows: a.rows.map((r) => [...r]) }))
  };
}

/** The language of the text's own title and sections (English when the file does not say). */
export function languageOf(text: AgreementText): Language {
  return text.language ?? 'en';
}

/** The text as it is stored: sections without any clause are left out. */
export function forSaving(text: AgreementText): AgreementText {
  const keep = (sections: SectionText[]) => sections.filter((s) => s.clauses.length > 0);
  return {
    ...text,
    sections: keep(text.sections),
    translation: text.translation ? { ...text.translation, sections: keep(text.translation.sections) } : null
  };
}

/** The id a new clause takes: one more than any id used in the text or its translation. */
export function nextClauseId(text: AgreementText): number {
  const ids = [text.sections, text.translation?.sections ?? []]
    .flat()
    .flatMap((s) => s.clauses.map((c) => c.id));
  return ids.length ? Math.max(...ids) + 1 : 1;
}

function sectionOf(sections: SectionText[], section: Section): SectionText {
  let found = sections.find((s) => s.section === section);
  if (!found) {
    found = { section, clauses: [] };
    sections.push(found);
    sections.sort((a, b) => sectionNumber(a.section) - sectionNumber(b.section));
  }
  return found;
}

/** Every set of sections the text has (the main text, and the translation when present). */
function everyLanguage(text: AgreementText): SectionText[][] {
  return text.translation ? [text.sections, text.translation.sections] : [text.sections];
}

/**
 * Adds a clause to `section` at `at` (the end by default) in the text and its translation,
 * with a fresh id; `wording` goes into the language being edited. Returns the new id.
 * Changes `text` in place (it is the editor's own copy).
 */
export function addClause(
  text: AgreementText,
  section: Section,
  options: { at?: number; wording?: string; inTranslation?: boolean } = {}
): number {
  const id = nextClauseId(text);
  everyLanguage(text).forEach((sections, language) => {
    const clauses = sectionOf(sections, section).clauses;
    const at = Math.min(options.at ?? clauses.length, clauses.length);
    const mine = (language === 1) === !!options.inTranslation;
    clauses.splice(at, 0, { id, text: mine ? (options.wording ?? '') : '' });
  });
  return id;
}

/** Removes the clause with `id` from `section`, in the text and its translation. */
export function removeClause(text: AgreementText, section: Section, id: number): void {
  for (const sections of everyLanguage(text)) {
    const found = sections.find((s) => s.section === section);
    if (found) found.clauses = found.clauses.filter((c) => c.id !== id);
  }
}

/**
 * Moves the clause with `id` one place up (-1) or down (+1) within its section, in the text
 * and its translation; ids do not change. Returns the clause's new index in the main text.
 */
export function moveClause(text: AgreementText, section: Section, id: number, delta: -1 | 1): number {
  let placed = -1;
  everyLanguage(text).forEach((sections, language) => {
    const clauses = sections.find((s) => s.section === section)?.clauses;
    if (!clauses) return;
    const from = clauses.findIndex((c) => c.id === id);
    if (from < 0) return;
    const to = Math.max(0, Math.min(clauses.length - 1, from + delta));
    const [clause] = clauses.splice(from, 1);
    clauses.splice(to, 0, clause);
    if (language === 0) placed = to;
  });
  return placed;
}

/** A translation into `language` with the same clauses (by id), left blank to be written. */
export function blankTranslation(text: AgreementText, language: Language): Translation {
  return {
    language,
    title: '',
    sections: allSections(text.sections).map((s) => ({
      section: s.section,
      clauses: s.clauses.map((c) => ({ id: c.id, text: '' }))
    }))
  };
}

/** The element id to focus to fix a finding (the editor lays these out). */
export function findingTarget(finding: Finding): string | null {
  switch (finding.kind) {
    case 'empty_section':
      return `section-${finding.section}`;
    case 'responsibilities_reference_no_matrix':
      return 'section-responsibilities';
    case 'too_few_parties':
      return 'party-add';
    case 'party_without_signatory':
      return `party-${finding.organisation_id}-signatory`;
    case 'no_effective_date':
      return 'agreement-effective-on';
    case 'expiry_before_effective':
      return 'agreement-expires-on';
    case 'annexed_matrix':
      // The gap is in the matrix, which is fixed on its own screen, not in this text.
      return null;
  }
}

/** The screen where a finding is fixed, when that is not the agreement's own editor. */
export function findingLink(finding: Finding): string | null {
  return finding.kind === 'annexed_matrix' ? `/matrices/${finding.matrix_id}` : null;
}

/** A run of words in a compared clause. */
export type Segment = { text: string; mark: 'same' | 'inserted' | 'deleted' };

/** One line of the side-by-side comparison. */
export type ComparisonRow = {
  section: Section;
  clauseId: number;
  kind: ClauseChange['kind'];
  /** Printed number in each version ("5.2"), null where the clause is not there. */
  before: string | null;
  after: string | null;
  left: Segment[];
  right: Segment[];
};

function locate(text: AgreementText, section: Section, id: number): { number: string; wording: string } | null {
  const clauses = text.sections.find((s) => s.section === section)?.clauses ?? [];
  const index = clauses.findIndex((c) => c.id === id);
  return index < 0 ? null : { number: clauseNumber(section, index), wording: clauses[index].text };
}

function whole(text: string | undefined): Segment[] {
  return text ? [{ text, mark: 'same' }] : [];
}

/**
 * The comparison laid out in two columns: the earlier version on the left with deleted words
 * marked, the later on the right with inserted words marked; added and removed clauses show
 * on one side only, moved ones on both with their numbers.
 */
export function comparisonRows(changes: ClauseChange[], before: AgreementText, after: AgreementText): ComparisonRow[] {
  return changes.map((change) => {
    const old = locate(before, change.section, change.clause_id);
    const now = locate(after, change.section, change.clause_id);
    let left = whole(old?.wording);
    let right = whole(now?.wording);
    if (change.kind === 'changed' && change.words.length) {
      const side = (keep: WordChange['kind']): Segment[] =>
        change.words
          .filter((w) => w.kind === 'same' || w.kind === keep)
          .map((w) => ({ text: w.text, mark: w.kind }));
      left = side('deleted');
      right = side('inserted');
    }
    if (change.kind === 'added') left = [];
    if (change.kind === 'removed') right = [];
    return {
      section: change.section,
      clauseId: change.clause_id,
      kind: change.kind,
      before: old?.number ?? null,
      after: now?.number ?? null,
      left,
      right
    };
  });
}

/** "12.3 kB": a file size for people. */
export function fileSize(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** The first twelve hex digits of a SHA-256, enough to recognise a file. */
export function shortSha(sha256: string): string {
  return sha256.slice(0, 12);
}

/** Text folded for a search box: lower case, accents removed ("Nguyễn" finds "nguyen"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** "AGR-2026-001.pdf": the name offered in the save dialog. */
export function suggestedFileName(reference: string, version: number | null, format: 'pdf' | 'docx'): string {
  const safe = reference.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'agreement';
  return version && version > 1 ? `${safe}-v${version}.${format}` : `${safe}.${format}`;
}

/** Today as YYYY-MM-DD in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `text` is a real date written YYYY-MM-DD (the file refuses 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
