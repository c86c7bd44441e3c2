import { Injectable } from '@nestjs/common';
import { FollowTableRepository } from '@quorum/common';
import { EntityManager } from 'typeorm';

export interface OpenedPhaseRow {
  phaseId: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  consultationId: string;
  consultationTitle: string;
  userIds: string[];
}

/** The SQL of `proposal_follows`: who follows which proposal. */
@Injectable()
export class ProposalFollowRepository extends FollowTableRepository<'proposalId'> {
  constructor() {
    super('proposal_follows', 'proposal_id', 'proposalId');
  }

  /**
   * The phases of published consultations that opened in `(since, until]`
   * and are still open, each with the accounts following at least one of its
   * public proposals (published, not hidden): the phase-opening messages.
   */
  phasesOpenedBetween(manager: EntityManager, since: Date, until: Date): Promise<OpenedPhaseRow[]> {
    return manager.query(
      `SELECT ph.id AS "phaseId", ph.kind, ph.starts_at AS "startsAt", ph.ends_at AS "endsAt",
              c.id AS "consultationId", c.title AS "consultationTitle",
              array_agg(DISTINCT f.user_id ORDER BY f.user_id)::text[] AS "userIds"
         FROM consultation_phases ph
         JOIN consultations c ON c.id = ph.consultation_id AND c.published_at IS NOT NULL
         JOIN proposals p ON p.consultation_id = c.id AND p.state = 'PUBLISHED' AND p.hidden_at IS NULL
         JOIN proposal_follows f ON f.proposal_id = p.id
        WHERE ph.starts_at > $1 AND ph.starts_at <= $2 AND ph.ends_at > $2
        GROUP BY ph.id, c.id
        ORDER BY ph.starts_at, ph.id`,
      [since, until],
    );
  }
}
