import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, EligiblePopulation } from '@quorum/common';
import { ConsultationEntity } from '../entities/consultation.entity';
import { renderMarkdown } from '../markdown/render-markdown';
import { CategoryType } from './category.type';
import { PhaseKind } from './phase-kind.enum';
import { PhaseType } from './phase.type';

@ObjectType('Consultation')
export class ConsultationType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown source, for editing.' })
  description: string;

  /** Rendered only when asked for: lists of consultations do not show the description. */
  @Field({ description: 'The description rendered to sanitised HTML.' })
  get descriptionHtml(): string {
    return renderMarkdown(this.description);
  }

  @Field(() => String, { nullable: true })
  imageUrl: string | null;

  @Field(() => ID, { nullable: true, description: 'District the consultation is about; null for the whole commune.' })
  districtId: string | null;

  @Field()
  published: boolean;

  @Field(() => Int, { description: 'Supports per resident; 0 = unlimited.' })
  supportLimit: number;

  @Field(() => Int, { description: 'Supports a proposal needs; 0 = no threshold.' })
  supportThreshold: number;

  @Field(() => Int, { nullable: true, description: 'Proposals per resident; null = platform default.' })
  proposalLimit: number | null;

  /** For the staff-only field `hideThreshold` (ConsultationResolver). */
  hideThresholdSetting: number | null;
  @Field(() => EligiblePopulation, { description: 'Who may support proposals beyond the age limits.' })
  population: EligiblePopulation;

  @Field(() => Int, { nullable: true, description: 'Youngest age allowed to support, reached during the year.' })
  minAge: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age allowed to support, reached during the year.' })
  maxAge: number | null;

  /** Resolved by ConsultationResolver from the phases, with the server clock. */
  @Field(() => PhaseKind, {
    nullable: true,
    description: 'The phase open now by the server clock; null between phases.',
  })
  currentPhase?: PhaseKind | null;

  @Field(() => [PhaseType])
  phases?: PhaseType[];

  @Field(() => [CategoryType])
  categories?: CategoryType[];

  static from(entity: ConsultationEntity): ConsultationType {
    return Object.assign(new ConsultationType(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      imageUrl: entity.imageUrl,
      districtId: entity.districtId,
      published: entity.publishedAt !== null,
      supportLimit: entity.supportLimit,
      supportThreshold: entity.supportThreshold,
      proposalLimit: entity.proposalLimit,
      hideThresholdSetting: entity.hideThreshold,
      population: entity.population,
      minAge: entity.minAge,
      maxAge: entity.maxAge,
    });
  }
}

@ObjectType()
export class ConsultationConnection extends ConnectionType(ConsultationType) {}
