import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataContributor, PersonalDataSection } from './personal-data-contributor';
import { PersonalDataRegistry } from './personal-data.registry';

/** The account and its verification status; never the census identifier (only its keyed hash is stored). */
@Injectable()
export class IdentityPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'identity';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const account = await manager.query(
      `SELECT id, email, display_name AS "displayName", role, created_at AS "createdAt", blocked_at AS "blockedAt"
         FROM users WHERE id = $1`,
      [userId],
    );
    const verification = await manager.query(
      `SELECT v.method, v.reason AS "inPersonReason", v.created_at AS "verifiedAt", d.name AS district
         FROM residency_verifications v
         LEFT JOIN census_entries c ON c.id = v.census_entry_id
         LEFT JOIN districts d ON d.id = coalesce(c.district_id, v.district_id)
        WHERE v.user_id = $1`,
      [userId],
    );
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
          fr: 'Votre vérification de résidence (méthode, date, motif noté par l’agent en cas de vérification au guichet, votre quartier de résidence s’il est connu). Votre identifiant du recensement n’y figure pas : la plateforme n’en garde qu’une empreinte chiffrée.',
          en: 'Your residency verification (method, date, the reason staff noted for an in-person check, your district of residence when known). Your census identifier is not included: the platform keeps only a keyed hash of it.',
        },
        rows: verification,
      },
    ];
  }
}
