/** The schemas of the three datasets (API.md, "Datasets"). Every dataset has `version: 1`. */

export type DocumentId = 'aalborg-charter' | 'aalborg-commitments' | 'basque-declaration';

export const DOCUMENT_IDS: readonly DocumentId[] = ['aalborg-charter', 'aalborg-commitments', 'basque-declaration'];

/** What every dataset says about itself. */
export interface DatasetMeta {
  title: string;
  /** What the dataset covers, and what it does not. */
  description: string;
  /** Where the facts come from (URLs). */
  sources: string[];
  /** When the dataset content last changed: an ISO date. */
  generated: string;
  /** Licence and credits of the data, as a sentence. */
  license?: string;
}

/** A date of any precision: `1994`, `2013-04` or `1994-05-24`. */
export type IsoDate = string;

export interface SignatoryDocument {
  id: DocumentId;
  name: string;
  year: number;
  url: string;
}

export interface Signature {
  document: DocumentId;
  /** When it was signed, at the precision the source gives; missing when no source says. */
  date?: IsoDate;
  source: string;
}

export type SignatoryType = 'municipality' | 'province' | 'region' | 'association';

export interface Signatory {
  /** Stable slug, unique in the dataset: `aalborg-dk`. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 (`XK` for Kosovo, `AX` for Åland). */
  country: string;
  type: SignatoryType;
  lon: number;
  lat: number;
  signed: Signature[];
}

export interface OfficialTotal {
  document: DocumentId;
  /** Missing where no source gives a count. */
  count?: number;
  qualifier?: 'more than' | 'about' | 'exactly';
  /** `current`, or the ISO date the count refers to. */
  asOf: string;
  source: string;
  note?: string;
}

export interface SignatoriesDataset {
  version: 1;
  meta: DatasetMeta & { officialTotals: OfficialTotal[] };
  documents: SignatoryDocument[];
  signatories: Signatory[];
}

export interface Commitment {
  /** `"3.2"`: theme number, then the commitment's number in it. */
  id: string;
  title: string;
  source: string;
}

export interface Theme {
  /** `"3"` */
  id: string;
  number: number;
  title: string;
  summary: string;
  source: string;
  commitments: Commitment[];
}

export interface CommitmentsDataset {
  version: 1;
  meta: DatasetMeta;
  themes: Theme[];
}

export type EventKind = 'conference' | 'milestone';

export interface EventDocument {
  /** A signatory document id where it is one of them, else a slug. */
  id: string;
  name: string;
  url?: string;
}

export interface TimelineEvent {
  id: string;
  kind: EventKind;
  /** The conference's number in the series (1 to 10); conferences only. */
  number?: number;
  title: string;
  start: IsoDate;
  end?: IsoDate;
  place?: { city: string; country: string };
  documents: EventDocument[];
  summary: string;
  sources: string[];
}

export interface TimelineDataset {
  version: 1;
  meta: DatasetMeta;
  events: TimelineEvent[];
}

export type Dataset = SignatoriesDataset | CommitmentsDataset | TimelineDataset;
