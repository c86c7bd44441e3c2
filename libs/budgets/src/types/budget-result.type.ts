import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuditHeadType } from '@quorum/audit';
import { BudgetResultEntity } from '../entities/budget-result.entity';
import { BudgetProjectType } from './budget-project.type';
import { TallyRule } from './tally-rule.enum';

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
}

@ObjectType('BudgetResult')
export class BudgetResultType {
  @Field(() => TallyRule)
  rule: TallyRule;

  @Field()
  add1Completion: boolean;

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

  static from(result: BudgetResultEntity, projects: readonly BudgetProjectType[]): BudgetResultType {
    const byId = new Map(projects.map((p) => [p.id, p]));
    const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((p): p is BudgetProjectType => !!p);
    return Object.assign(new BudgetResultType(), {
      rule: result.rule,
      add1Completion: result.add1Completion,
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
      },
    });
  }
}
