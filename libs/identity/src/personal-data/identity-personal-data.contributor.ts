import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { AccountRepository } from '../repositories/account.repository';
import { ResidencyRepository } from '../repositories/residency.repository';
import { SessionRepository } from '../repositories/session.repository';

/** The account and its verification status; never the census identifier (only its keyed hash is stored). */
@Injectable()
export class IdentityPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'identity';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly accounts: AccountRepository,
    private readonly residencies: ResidencyRepository,
    private readonly sessions: SessionRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const account = await this.accounts.accountForArchive(manager, userId);
    const verification = await this.residencies.verificationForArchive(manager, userId);
    const sessions = await this.sessions.sessionsForArchive(manager, userId);
    return [
      {
        name: 'account',
        description: {
          fr: 'Votre compte : adresse électronique, nom affiché, rôle, dates.',
          en: 'Your account: email address, display name, role, dates.',
        },
        rows: account,
      },
      {
        name: 'verification',
        description: {
          fr: 'Votre vérification de résidence (méthode, date, motif noté par l’agent en cas de vérification au guichet, votre quartier de résidence s’il est connu, votre année de naissance et votre inscription sur les listes électorales si le recensement les donne, votre lien avec le territoire si vous avez été vérifié à ce titre). Votre identifiant du recensement n’y figure pas : la plateforme n’en garde qu’une empreinte chiffrée.',
          en: 'Your residency verification (method, date, the reason staff noted for an in-person check, your district of residence when known, your birth year and whether you are a registered voter when the census gives them, your link to the area if you were verified for it). Your census identifier is not included: the platform keeps only a keyed hash of it.',
        },
        rows: verification,
      },
      {
        name: 'sessions',
        description: {
          fr: 'Les navigateurs connectés à votre compte sur le site : date de connexion, dernière visite, fin prévue. Rien d’autre (ni adresse IP, ni appareil) n’est gardé.',
          en: 'The browsers signed in to your account on the website: sign-in date, last visit, planned end. Nothing else (no IP address, no device) is kept.',
        },
        rows: sessions,
      },
    ];
  }
}
