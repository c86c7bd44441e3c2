import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { FollowerRepository } from '../repositories/follower.repository';

/** The tracked items the resident follows. */
@Injectable()
export class TrackingPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'tracking';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly followers: FollowerRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    return [
      {
        name: 'followed-tracked-items',
        description: {
          fr: 'Les projets et propositions dont vous suivez la réalisation, et depuis quand.',
          en: 'The projects and proposals whose completion you follow, and since when.',
        },
        rows: await this.followers.archive(manager, userId),
      },
    ];
  }
}
