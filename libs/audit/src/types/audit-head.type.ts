import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditHead', {
  description:
    'A point of the audit hash chain: whoever saved it can later check (npm run cli -- audit:verify, or by recomputing) that the history up to it was not rewritten.',
})
export class AuditHeadType {
  @Field(() => Int)
  sequence: number;

  @Field({ description: 'Hex SHA-256 of that entry (it covers every entry before it).' })
  hash: string;
}
