import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { ProposalFollowRepository } from '../repositories/proposal-follow.repository';
import { ResidentDataRepository } from '../repositories/resident-data.repository';

/**
 * The resident's proposals, comments, supports, follows, participation counters and
 * the moderation reports they filed. Other residents' content is referred to
 * by id only, never copied (a support names the proposal, not its text).
 */
@Injectable()
export class ProposalsPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'proposals';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly data: ResidentDataRepository,
    private readonly follows: ProposalFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const { proposals, comments, supports, participation, reports } = await this.data.archive(manager, userId);
    return [
      {
        name: 'proposals',
        description: { fr: 'Les propositions que vous avez déposées.', en: 'The proposals you submitted.' },
        rows: proposals,
      },
      {
        name: 'comments',
        description: { fr: 'Vos commentaires et réponses.', en: 'Your comments and replies.' },
        rows: comments,
      },
      {
        name: 'supports',
        description: {
          fr: 'Les propositions que vous soutenez (leur identifiant).',
          en: 'The proposals you support (their id).',
        },
        rows: supports,
      },
      {
        name: 'follows',
        description: {
          fr: 'Les propositions que vous suivez (leur identifiant) : vous recevez un message à leur réponse officielle ou à leur retrait.',
          en: 'The proposals you follow (their id): you receive a message when they are answered officially or withdrawn.',
        },
        rows: await this.follows.ofUser(manager, userId),
      },
      {
        name: 'participation',
        description: {
          fr: 'Par concertation, le nombre de soutiens que vous avez donnés.',
          en: 'Per consultation, how many supports you gave.',
        },
        rows: participation,
      },
      {
        name: 'moderation-reports',
        description: {
          fr: 'Les contenus que vous avez signalés à la modération, avec votre motif.',
          en: 'The content you reported to moderation, with your reason.',
        },
        rows: reports,
      },
    ];
  }
}
