// Public API of @quorum/tally: pure TypeScript, no framework or database.
export { Rational } from './arithmetic/rational';
export { formatScaled, parseDecimal, toCommonScale } from './arithmetic/decimal';

export type { BallotKind, TallyProfile, TallyProject, WeightedBallot } from './model/tally-profile';
export { mergeBallots, type RawBallot } from './model/merge-ballots';
export { BallotMerger } from './model/ballot-merger';
export { compileProfile, ProfileError, type CompiledProfile } from './model/compiled-profile';

export type {
  ApprovalBallotSpec,
  Ballot,
  BallotSpec,
  BallotSpecType,
  CumulativeBallotSpec,
  KnapsackBallotSpec,
  OrdinalBallotSpec,
} from './ballot/ballot-spec';
export type { BallotViolation, BallotViolationCode } from './ballot/ballot-violation';
export { validateBallot } from './ballot/ballot.validator';
export { validateApprovalBallot } from './ballot/approval.validator';
export { validateKnapsackBallot } from './ballot/knapsack.validator';
export { validateCumulativeBallot } from './ballot/cumulative.validator';
export { validateOrdinalBallot } from './ballot/ordinal.validator';

export type { Add1Stop, GreedyTiebreak, MesComparison, MesUtility, RuleName, RuleSpec } from './rules/tally-rule';
export { MES_COMPARISONS, RULE_NAMES } from './rules/tally-rule';
export { drawOrder } from './rules/mes-tie-order';
export type { ProjectTally, TallyResult } from './rules/tally-result';
export { tally, tallyCompiled, type TallyOptions } from './rules/tally';
export type {
  EqualSharesProjectTrace,
  EqualSharesTrace,
  GreedyProjectTrace,
  GreedyTrace,
  OutcomeFigures,
  PaymentLevel,
  ResultExplanation,
} from './explain/explanation.types';

export type { PabulibFile, PabulibProject, PabulibVote } from './pabulib/pabulib.types';
export { parsePabulib } from './pabulib/pabulib.parser';
export type { PabulibParseOptions, PabulibWarning, PabulibWarningRule } from './pabulib/pabulib-warning';
export { writePabulib } from './pabulib/pabulib.writer';
export { pabulibToProfile } from './pabulib/pabulib-profile';
export { PabulibParseError } from './pabulib/pabulib-parse.error';

export {
  formatTallyOutput,
  formatTallyWarnings,
  parseTallyArgs,
  ruleKey,
  runTally,
  TallyUsageError,
  toRuleSpec,
  type TallyCommandOptions,
  type TallyOutput,
} from './cli/tally-command';
