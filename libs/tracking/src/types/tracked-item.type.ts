import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TrackedItemEntity } from '../entities/tracked-item.entity';
import { TrackedItemSource } from './tracked-item-source.enum';
import { TrackedItemStatus } from './tracked-item-status.enum';

@ObjectType('TrackedItem', { description: 'A winning budget project or an accepted proposal, followed to completion.' })
export class TrackedItemType {
  @Field(() => ID) id: string;
  @Field(() => TrackedItemSource, { description: 'Its first origin.' }) sourceType: TrackedItemSource;
  @Field(() => ID, {
    nullable: true,
    description: 'The winning budget project (also set on a PROPOSAL item whose proposal became a winning project).',
  })
  budgetProjectId: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The accepted proposal (also set on a BUDGET_PROJECT item whose project came from it); null for residents and visitors once that proposal is no longer public (hidden by moderation, withdrawn).',
  })
  proposalId: string | null;
  @Field(() => ID, { nullable: true }) budgetId: string | null;
  @Field(() => ID, { nullable: true }) districtId: string | null;
  @Field(() => Int, { description: 'Year of the decision.' }) year: number;
  @Field() title: string;
  @Field(() => TrackedItemStatus) status: TrackedItemStatus;
  @Field(() => String, { nullable: true, description: 'Why it was abandoned (public).' })
  abandonReason: string | null;
  @Field(() => Int) progressPercent: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) plannedStartOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) plannedEndOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) actualStartOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) actualEndOn: string | null;
  @Field(() => Number, { description: 'Integer cents.' }) committedCents: number;
  @Field(() => Number, { description: 'Integer cents.' }) spentCents: number;
  @Field(() => String, { nullable: true, description: 'The department in charge.' }) department: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Where it is done, WGS84 (with longitude): as staff set it, or the proposal's place, which residents and visitors read only while that proposal is public; null when unknown.",
  })
  latitude: number | null;
  @Field(() => Float, { nullable: true, description: 'WGS84 (with latitude); null when unknown.' })
  longitude: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: TrackedItemEntity): TrackedItemType {
    return Object.assign(new TrackedItemType(), {
      id: e.id,
      sourceType: e.sourceType,
      budgetProjectId: e.budgetProjectId,
      proposalId: e.proposalId,
      budgetId: e.budgetId,
      districtId: e.districtId,
      year: e.year,
      title: e.title,
      status: e.status,
      abandonReason: e.abandonReason,
      progressPercent: e.progressPercent,
      plannedStartOn: e.plannedStartOn,
      plannedEndOn: e.plannedEndOn,
      actualStartOn: e.actualStartOn,
      actualEndOn: e.actualEndOn,
      committedCents: Number(e.committedCents),
      spentCents: Number(e.spentCents),
      department: e.department,
      latitude: e.latitude,
      longitude: e.longitude,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}
