/**
 * Irregularities real published files contain and pabutools reads anyway:
 * a META limit a ballot breaks (named by its META key), a project listed twice
 * in one vote, a choose-1 ballot that does not list exactly one project, and
 * text after a closing quote (Python's csv module appends it to the field).
 */
export type PabulibWarningRule =
  | 'min_length'
  | 'max_length'
  | 'min_sum_cost'
  | 'max_sum_cost'
  | 'min_points'
  | 'max_points'
  | 'min_sum_points'
  | 'max_sum_points'
  | 'duplicate_project'
  | 'choose_1'
  | 'text_after_quote';

/** One irregularity the lenient parser accepted: `voter` is set for ballot rules. */
export interface PabulibWarning {
  readonly line: number;
  readonly voter?: string;
  readonly rule: PabulibWarningRule;
  readonly message: string;
}

export interface PabulibParseOptions {
  /** Refuse every irregularity (PabulibParseError) instead of reporting it as a warning. */
  readonly strict?: boolean;
}
