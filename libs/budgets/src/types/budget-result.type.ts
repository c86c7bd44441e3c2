import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuditHeadType } from '@quorum/audit';
import { BudgetResultEntity } from '../entities/budget-result.entity';
import { BudgetProjectType } from './budget-project.type';
import { RuleExplanationType } from './result-explanation.type';
import { TallyRule } from './tally-rule.enum';
import { EqualSharesComparison } from './equal-shares-comparison.enum';

@ObjectType('TallyComparison', {
  description: 'The same ballots under another rule, to show what the budget rule changed.',
})
export class TallyComparisonType {
  @Field(() => TallyRule)
  rule: TallyRule;

  @Field(() => [BudgetProjectType])
  winners: BudgetProjectType[];

  @Field(() => Int)
  totalCost: number;

  @Field(() => RuleExplanationType, { nullable: true, description: 'Null for results tallied before explanations.' })
  explanation: RuleExplanationType | null;
}

@ObjectType('EqualSharesComparisonCount', {
  description: "The comparison step: voters preferring each outcome; greedy's is kept only if strictly more prefer it.",
})
export class EqualSharesComparisonCountType {
  @Field(() => EqualSharesComparison)
  criterion: EqualSharesComparison;

  @Field(() => Int)
  prefersEqualShares: number;

  @Field(() => Int)
  prefersGreedy: number;

  @Field({ description: "True when greedy's outcome was kept (the winners are greedy's)." })
  switched: boolean;
}

@ObjectType('BudgetResult')
export class BudgetResultType {
  @Field(() => TallyRule)
  rule: TallyRule;

  @Field()
  add1Completion: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'GREEDY only: the score threshold the tally applied (projects scoring less were not eligible).',
  })
  minProjectScore: number | null;

  @Field(() => EqualSharesComparisonCountType, {
    nullable: true,
    description: 'EQUAL_SHARES with a comparison step: how it went.',
  })
  equalSharesComparison: EqualSharesComparisonCountType | null;

  @Field(() => String, { nullable: true, description: 'EQUAL_SHARES: the published tie-break seed the tally used.' })
  tieBreakSeed: string | null;

  @Field(() => [BudgetProjectType], { description: 'In selection order.' })
  winners: BudgetProjectType[];

  @Field(() => Int)
  totalCost: number;

  @Field(() => Int)
  ballotCount: number;

  @Field({ description: 'Hex SHA-256 of the canonical ballots file (Pabulib .pb, ballots ordered by receipt).' })
  ballotsDigest: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Hex root of the RFC 6962 Merkle tree over the ballot lines of the canonical file (by receipt); ballotReceipt proves a ballot against it.',
  })
  ballotsMerkleRoot: string | null;

  @Field(() => AuditHeadType, { nullable: true, description: 'The audit chain head when the result was published.' })
  auditHead: AuditHeadType | null;

  @Field(() => Int)
  computationMs: number;

  @Field()
  computedAt: Date;

  @Field(() => TallyComparisonType)
  comparison: TallyComparisonType;

  @Field(() => RuleExplanationType, {
    nullable: true,
    description: 'Why each project won or lost under the rule; null for results tallied before explanations.',
  })
  explanation: RuleExplanationType | null;

  static from(result: BudgetResultEntity, projects: readonly BudgetProjectType[]): BudgetResultType {
    const byId = new Map(projects.map((p) => [p.id, p]));
    const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((p): p is BudgetProjectType => !!p);
    return Object.assign(new BudgetResultType(), {
      rule: result.rule,
      add1Completion: result.add1Completion,
      minProjectScore: result.minProjectScore,
      equalSharesComparison: result.equalSharesComparison,
      tieBreakSeed: result.tieBreakSeed,
      winners: pick(result.winners),
      totalCost: result.totalCost,
      ballotCount: result.ballotCount,
      ballotsDigest: result.ballotsDigest,
      ballotsMerkleRoot: result.ballotsMerkleRoot,
      auditHead:
        result.auditHeadSequence && result.auditHeadHash
          ? { sequence: Number(result.auditHeadSequence), hash: result.auditHeadHash }
          : null,
      computationMs: result.computationMs,
      computedAt: result.computedAt,
      comparison: {
        rule: result.comparisonRule,
        winners: pick(result.comparisonWinners),
        totalCost: result.comparisonTotalCost,
        explanation: result.explanation ? RuleExplanationType.from(result.explanation.comparison, byId) : null,
      },
      explanation: result.explanation ? RuleExplanationType.from(result.explanation.main, byId) : null,
    });
  }
}
