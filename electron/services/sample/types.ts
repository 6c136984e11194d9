import type { LinkStatus, NeedKind, PartyKind } from '../../../shared/model/kinds.js';

/** A party of the sample, referred to by `key` inside the sample data only. */
export interface SampleParty {
  key: string;
  name: string;
  kind: PartyKind;
  country: string;
  /** English name first: the sample is read by people of either language. */
  notes: string;
}

/** `[key]` or `[key, quantity, unit]`: what a need node needs. */
export type SampleNeed = string | [key: string, quantity: number, unit: string];

export interface SampleNode {
  key: string;
  kind: NeedKind;
  name: string;
  /** The English name, as the code column of the sample. */
  code: string;
  spec?: string;
  keyItem?: boolean;
  needs?: SampleNeed[];
}

export interface SampleLink {
  node: string;
  /** A SampleParty key, or 'maker' for in-house supply. */
  party: string;
  stage: number;
  status?: LinkStatus;
  reason?: string;
  target?: string;
  reported?: number;
}
