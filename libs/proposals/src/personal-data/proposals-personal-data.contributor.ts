import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * The resident's proposals, comments, supports, participation counters and
 * the moderation reports they filed. Other residents' content is referred to
 * by id only, never copied (a support names the proposal, not its text).
 */
@Injectable()
export class ProposalsPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'proposals';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    // One after the other: the queries share the snapshot transaction's one connection.
    const proposals = await manager.query(
      `SELECT id, consultation_id AS "consultationId", title, body, category_id AS "categoryId",
                district_id AS "districtId", latitude, longitude, address, state,
                withdrawal_reason AS "withdrawalReason", answer_status AS "answerStatus",
                support_count AS "supportCount", hidden_at AS "hiddenAt", published_at AS "publishedAt",
                created_at AS "createdAt", updated_at AS "updatedAt"
           FROM proposals WHERE author_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const comments = await manager.query(
      `SELECT id, proposal_id AS "proposalId", parent_id AS "parentId", body, hidden_at AS "hiddenAt",
                created_at AS "createdAt"
           FROM proposal_comments WHERE author_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const supports = await manager.query(
      `SELECT proposal_id AS "proposalId", created_at AS "createdAt"
           FROM proposal_supports WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const participation = await manager.query(
      `SELECT consultation_id AS "consultationId", supports_used AS "supportsUsed"
           FROM consultation_participants WHERE user_id = $1 ORDER BY consultation_id`,
      [userId],
    );
    const reports = await manager.query(
      `SELECT m.target_type AS "targetType", m.target_id AS "targetId", r.reason, r.details,
                r.dismissed_at AS "dismissedAt", r.created_at AS "createdAt"
           FROM content_reports r JOIN moderations m ON m.id = r.moderation_id
          WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      [userId],
    );
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
