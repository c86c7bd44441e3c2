/** RGAA 4.1's three levels of conformity, as the accessibility statement must state one. */
export enum AccessibilityConformity {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

/**
 * What a French municipality must publish about its website: the legal
 * notice (LCEN art. 6: publisher, publication director, host), the personal
 * data contact (RGPD art. 13: the DPO), and the accessibility statement
 * (RGAA 4.1, décret 2019-768).
 */
export interface MunicipalityLegal {
  publisherName: string;
  publisherAddress: string;
  publisherPhone: string | null;
  publisherEmail: string;
  publicationDirector: string;
  hostName: string;
  hostAddress: string;
  hostPhone: string | null;
  dpoName: string | null;
  dpoEmail: string;
  dpoAddress: string | null;
  accessibilityConformity: AccessibilityConformity;
  /** Share of RGAA criteria met at the audit, 0 to 100; null without an audit. */
  accessibilityScore: number | null;
  /** ISO date (YYYY-MM-DD) of the last audit; null if none yet. */
  accessibilityAuditDate: string | null;
  accessibilityAuditor: string | null;
  accessibilityNonCompliances: string[];
  accessibilityDerogations: string[];
  accessibilityContactEmail: string;
  /** ISO date the statement was written or last updated. */
  accessibilityStatementDate: string;
}

type OptionalKey =
  | 'publisherPhone'
  | 'hostPhone'
  | 'dpoName'
  | 'dpoAddress'
  | 'accessibilityScore'
  | 'accessibilityAuditDate'
  | 'accessibilityAuditor';

/** The legal texts as given: the optional ones may be left out. */
export type MunicipalityLegalUpdate = Omit<MunicipalityLegal, OptionalKey> & {
  [K in OptionalKey]?: MunicipalityLegal[K];
};
