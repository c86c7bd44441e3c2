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
  BallotType,
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

export type { Add1Stop, GreedyTiebreak, MesUtility, RuleName, TallyRule } from './rules/tally-rule';
export { RULE_NAMES } from './rules/tally-rule';
export type { ProjectTally, TallyResult } from './rules/tally-result';
export { tally, tallyCompiled, type TallyOptions } from './rules/tally';

export type { PabulibFile, PabulibProject, PabulibVote } from './pabulib/pabulib.types';
export { parsePabulib } from './pabulib/pabulib.parser';
export { writePabulib } from './pabulib/pabulib.writer';
export { pabulibToProfile } from './pabulib/pabulib-profile';
export { PabulibParseError } from './pabulib/pabulib-parse.error';

export {
  formatTallyOutput,
  parseTallyArgs,
  ruleKey,
  runTally,
  TallyUsageError,
  toTallyRule,
  type TallyCommandOptions,
  type TallyOutput,
} from './cli/tally-command';
