import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, Public, Role, Roles } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { ConnectionArgs, IdArg, mapConnection, requestLoader } from '@quorum/common';
import { CreateConsultationInput } from '../dto/create-consultation.input';
import { UpdateConsultationInput } from '../dto/update-consultation.input';
import { ConsultationOutline, ConsultationOutlineRepository } from '../repositories/consultation-outline.repository';
import { ConsultationService, isStaff } from '../services/consultation.service';
import { currentPhase } from '../domain/current-phase';
import { CategoryType } from '../types/category.type';
import { ConsultationConnection, ConsultationType } from '../types/consultation.type';
import { PhaseKind } from '../types/phase-kind.enum';
import { PhaseType } from '../types/phase.type';

@Resolver(() => ConsultationType)
export class ConsultationResolver {
  constructor(
    private readonly service: ConsultationService,
    private readonly outlines: ConsultationOutlineRepository,
  ) {}

  @Public()
  @Query(() => ConsultationConnection, {
    description: 'Published consultations, newest first (staff also see unpublished ones).',
  })
  async consultations(
    @Args() args: ConnectionArgs,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<ConsultationConnection> {
    const page = await this.service.list(viewer, args.first, args.after);
    return mapConnection(page, ConsultationType.from);
  }

  @Public()
  @Query(() => ConsultationType)
  async consultation(
    @IdArg('id') id: string,
    @CurrentUser() viewer: AuthenticatedUser | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ConsultationType> {
    const { consultation, outline } = await this.service.frameVisible(id, viewer);
    // Its phases and categories came with it: the fields below need no query of their own.
    this.outlineLoader(ctx).prime(consultation.id, outline);
    return ConsultationType.from(consultation);
  }

  @Roles(Role.STAFF)
  @Mutation(() => ConsultationType, { description: 'Staff: create an unpublished consultation.' })
  async createConsultation(
    @Args('input') input: CreateConsultationInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ConsultationType> {
    return ConsultationType.from(await this.service.create(input, staffActor(staff.id)));
  }

  @Roles(Role.STAFF)
  @Mutation(() => ConsultationType, {
    description: 'Staff: edit a consultation; given lists (phases, categories) replace the old ones.',
  })
  async updateConsultation(
    @Args('input') input: UpdateConsultationInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ConsultationType> {
    return ConsultationType.from(await this.service.update(input, staffActor(staff.id)));
  }

  @Roles(Role.STAFF)
  @Mutation(() => ConsultationType)
  async publishConsultation(
    @IdArg('id') id: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ConsultationType> {
    return ConsultationType.from(await this.service.setPublished(id, true, staffActor(staff.id)));
  }

  @Roles(Role.STAFF)
  @Mutation(() => ConsultationType)
  async unpublishConsultation(
    @IdArg('id') id: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ConsultationType> {
    return ConsultationType.from(await this.service.setPublished(id, false, staffActor(staff.id)));
  }

  @ResolveField(() => [PhaseType])
  phases(@Parent() consultation: ConsultationType, @Context() ctx: GraphqlContext): Promise<PhaseType[]> {
    return this.phasesOf(consultation.id, ctx);
  }

  @ResolveField(() => PhaseKind, { nullable: true })
  async currentPhase(
    @Parent() consultation: ConsultationType,
    @Context() ctx: GraphqlContext,
  ): Promise<PhaseKind | null> {
    return currentPhase(await this.phasesOf(consultation.id, ctx), new Date());
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Staff only (null for everyone else, so that nobody learns how many reports hide content): reports that hide content; null = platform default.',
  })
  hideThreshold(
    @Parent() consultation: ConsultationType,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): number | null {
    return isStaff(viewer) ? consultation.hideThresholdSetting : null;
  }

  @ResolveField(() => [CategoryType])
  async categories(@Parent() consultation: ConsultationType, @Context() ctx: GraphqlContext): Promise<CategoryType[]> {
    return (await this.outlineLoader(ctx).load(consultation.id)).categories;
  }

  private async phasesOf(consultationId: string, ctx: GraphqlContext): Promise<PhaseType[]> {
    return (await this.outlineLoader(ctx).load(consultationId)).phases;
  }

  /** Phases and categories together: pages that show a consultation ask for both. */
  private outlineLoader(ctx: GraphqlContext) {
    return requestLoader<string, ConsultationOutline>(ctx, 'consultation.outline', (ids) =>
      this.outlines.outlinesOf(ids),
    );
  }
}
