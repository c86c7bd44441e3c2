import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@quorum/access';
import { byKeys, requestLoader } from '@quorum/common';
import { ConsultationType } from '@quorum/consultations';
import { ConsultationFiguresType } from './consultation-figures.type';
import { ParticipationFiguresRepository } from './participation-figures.repository';

/** Adds the participation figures to a consultation: proposals are this domain's, so are their counts. */
@Resolver(() => ConsultationType)
export class ConsultationFiguresResolver {
  constructor(private readonly repository: ParticipationFiguresRepository) {}

  @ResolveField(() => ConsultationFiguresType, { description: 'Proposals, supports and participants, public.' })
  figures(@Parent() consultation: ConsultationType, @Context() ctx: GraphqlContext): Promise<ConsultationFiguresType> {
    return requestLoader<string, ConsultationFiguresType>(ctx, 'consultation.figures', async (ids) =>
      byKeys<string, ConsultationFiguresType>(
        ids,
        await this.repository.byConsultation(ids),
        (row) => row.consultationId,
        (consultationId) => ({ consultationId, proposals: 0, supports: 0, participants: 0 }),
      ),
    ).load(consultation.id);
  }
}
