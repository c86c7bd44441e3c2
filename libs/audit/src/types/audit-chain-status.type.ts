import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ChainReport } from '../services/audit-chain-verifier';

@ObjectType('AuditChainStatus', {
  description:
    'The whole audit chain recomputed now from the stored entries (as npm run cli -- audit:verify does): intact, or the first entry where it breaks.',
})
export class AuditChainStatusType {
  @Field({ description: 'Every entry matches its hash and the one before it.' })
  intact: boolean;

  @Field(() => Int, { description: 'Entries checked before the first mismatch (all of them when intact).' })
  checkedEntries: number;

  @Field(() => Int, { nullable: true, description: 'The first entry that does not match; null when intact.' })
  brokenAtSequence: number | null;

  @Field(() => String, { nullable: true, description: 'What is wrong with that entry; null when intact.' })
  reason: string | null;

  @Field({ description: 'When the check ran.' })
  checkedAt: Date;

  static from(report: ChainReport, checkedAt: Date): AuditChainStatusType {
    return Object.assign(new AuditChainStatusType(), {
      intact: report.ok,
      checkedEntries: report.count,
      brokenAtSequence: report.ok ? null : report.mismatch.sequence,
      reason: report.ok ? null : report.mismatch.reason,
      checkedAt,
    });
  }
}
