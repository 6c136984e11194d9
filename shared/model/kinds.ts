/** The kinds of need node: the four foundations plus the systems that pull them. */
export const NEED_KINDS = [
  'system',
  'subsystem',
  'component',
  'material',
  'process',
  'tech_foundation',
] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const PARTY_KINDS = [
  'maker',
  'component_supplier',
  'material_supplier',
  'process_supplier',
  'test_platform',
  'research_institute',
  'other',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const LINK_STATUSES = ['on_track', 'at_risk', 'blocked'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** A supplier's role on a need: the main source, or a second source kept qualified. */
export const LINK_ROLES = ['primary', 'alternate'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** A supplier's stage claim, or the maker's approval that moves the official stage. */
export const TRANSITION_KINDS = ['reported', 'approved'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];
