import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { ConsultationEntity } from '@quorum/consultations';
import { ProposalRow } from '../repositories/proposal-row';
import { ProposalState } from './proposal-state.enum';
import { ProposalStatus } from './proposal-status.enum';

@ObjectType('Proposal')
export class ProposalType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  consultationId: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown source.' })
  body: string;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => Int)
  supportCount: number;

  @Field(() => Int, { description: "Supports needed (the consultation's threshold); 0 = none." })
  supportThreshold: number;

  @Field({ description: 'True once supportCount reaches a non-zero threshold.' })
  thresholdReached: boolean;

  @Field({ description: 'Hidden by moderation; only staff and the author still see it.' })
  hidden: boolean;

  @Field({ description: 'The author may still edit: no support and no official answer yet.' })
  editable: boolean;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field(() => ID, { nullable: true })
  districtId: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  /** For field resolvers (author, category), not exposed. */
  authorId: string;
  categoryId: string | null;

  static from(row: ProposalRow, consultation: Pick<ConsultationEntity, 'supportThreshold'>): ProposalType {
    const threshold = consultation.supportThreshold;
    return Object.assign(new ProposalType(), {
      id: row.id,
      consultationId: row.consultationId,
      title: row.title,
      body: row.body,
      status: statusOf(row),
      supportCount: row.supportCount,
      supportThreshold: threshold,
      thresholdReached: threshold > 0 && row.supportCount >= threshold,
      hidden: row.hiddenAt !== null,
      editable: row.state !== ProposalState.WITHDRAWN && row.supportCount === 0 && row.answerStatus === null,
      withdrawalReason: row.withdrawalReason,
      districtId: row.districtId,
      latitude: row.latitude,
      longitude: row.longitude,
      address: row.address,
      publishedAt: row.publishedAt,
      createdAt: row.createdAt,
      authorId: row.authorId,
      categoryId: row.categoryId,
    });
  }
}

export function statusOf(row: Pick<ProposalRow, 'state' | 'answerStatus'>): ProposalStatus {
  if (row.state !== ProposalState.PUBLISHED) return row.state as unknown as ProposalStatus;
  return (row.answerStatus as unknown as ProposalStatus | null) ?? ProposalStatus.PUBLISHED;
}

@ObjectType()
export class ProposalConnection extends ConnectionType(ProposalType) {}
