import type { BodyKind, MemberSort, MemberStatus, Office, OrganisationKind, Pillar, Role } from '$lib/ipc/client';

/** Lists every value of a generated union; the type fails to check when one is missing. */
function all<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)) => list;
}

export const kinds = all<OrganisationKind>()([
  'government', 'law_enforcement', 'judiciary', 'civil_society', 'survivor_led', 'employers',
  'trade_union', 'international', 'academic', 'private_company', 'other'
] as const);
export const pillars = all<Pillar>()(['prevention', 'protection', 'prosecution', 'partnership'] as const);
export const statuses = all<MemberStatus>()(['active', 'suspended', 'withdrawn'] as const);
export const roles = all<Role>()(['voting_member', 'observer', 'technical_adviser', 'secretariat'] as const);
export const offices = all<Office>()(['chair', 'vice_chair'] as const);
export const bodyKinds = all<BodyKind>()(['plenary', 'committee', 'working_group'] as const);
export const sorts = all<MemberSort>()(['name', 'acronym', 'kind', 'country', 'chamber', 'status', 'joined_on'] as const);
