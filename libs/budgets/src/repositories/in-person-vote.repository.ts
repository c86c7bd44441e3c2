import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PaperPrecedence } from '../types/paper-precedence.enum';

/** A budget's votes by channel, as `Budget.turnout` shows them. */
export interface ChannelCounts {
  /** Online ballots that count. */
  online: number;
  /** Paper ballots of counted batches. */
  paper: number;
  /** Votes kept out of the tally for a person who voted both ways: online ballots (PAPER_WINS) and paper votes (ONLINE_WINS). */
  setAside: number;
}

/** The polling places' register and the channel figures. */
@Injectable()
export class InPersonVoteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async paperPrecedence(manager: EntityManager, budgetId: string): Promise<PaperPrecedence | null> {
    const [row]: { precedence: PaperPrecedence | null }[] = await manager.query(
      `SELECT paper_precedence AS precedence FROM budgets WHERE id = $1`,
      [budgetId],
    );
    return row?.precedence ?? null;
  }

  /**
   * Serialises everything that decides how one person voted in one budget
   * (a cast, a mark at the polling place) until the transaction ends. In
   * memory only: it records nothing.
   */
  async lockPerson(manager: EntityManager, personKey: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('quorum.budget-person:' || $1, 0))`, [
      personKey,
    ]);
  }

  /** The person's mark in this budget: null if never marked, else whether their paper vote was set aside. */
  async mark(manager: EntityManager, budgetId: string, personKey: string): Promise<{ setAside: boolean } | null> {
    const [row]: { setAside: boolean }[] = await manager.query(
      `SELECT set_aside AS "setAside" FROM budget_in_person_votes WHERE budget_id = $1 AND person_key = $2`,
      [budgetId, personKey],
    );
    return row ?? null;
  }

  /** Whether any of these person keys is marked in its budget (set aside or not: the person took part there). */
  async anyMark(manager: EntityManager, keys: readonly { budgetId: string; personKey: string }[]): Promise<boolean> {
    if (keys.length === 0) return false;
    const found: unknown[] = await manager.query(
      `SELECT 1 FROM budget_in_person_votes m JOIN unnest($1::uuid[], $2::text[]) AS k(budget_id, person_key)
          ON m.budget_id = k.budget_id AND m.person_key = k.person_key LIMIT 1`,
      [keys.map((k) => k.budgetId), keys.map((k) => k.personKey)],
    );
    return found.length > 0;
  }

  /** Inserts the mark; false if the person was already marked (the primary key decides, whatever the race). */
  async insertMark(manager: EntityManager, budgetId: string, personKey: string, setAside: boolean): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO budget_in_person_votes (budget_id, person_key, set_aside) VALUES ($1, $2, $3)
       ON CONFLICT (budget_id, person_key) DO NOTHING RETURNING 1`,
      [budgetId, personKey, setAside],
    );
    return rows.length === 1;
  }

  /** Sets aside the voter's counted online ballot; false if they hold none (or it is already set aside). */
  async setAsideOnlineBallot(manager: EntityManager, budgetId: string, voterKey: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `UPDATE ballots b SET set_aside = true FROM budget_participations p
        WHERE p.budget_id = $1 AND p.voter_key = $2 AND b.id = p.ballot_id AND NOT b.set_aside RETURNING 1`,
      [budgetId, voterKey],
    );
    return rows.length === 1;
  }

  /** Whether the voter holds an online ballot that counts. */
  async holdsCountedOnlineBallot(manager: EntityManager, budgetId: string, voterKey: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM budget_participations p JOIN ballots b ON b.id = p.ballot_id
        WHERE p.budget_id = $1 AND p.voter_key = $2 AND NOT b.set_aside`,
      [budgetId, voterKey],
    );
    return rows.length === 1;
  }

  async channelCounts(budgetId: string): Promise<ChannelCounts> {
    const [row]: ChannelCounts[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE channel = 'ONLINE' AND NOT set_aside)::int AS online,
              count(*) FILTER (WHERE channel = 'PAPER')::int AS paper,
              (count(*) FILTER (WHERE set_aside)
                + (SELECT count(*) FROM budget_in_person_votes WHERE budget_id = $1 AND set_aside))::int AS "setAside"
         FROM ballots WHERE budget_id = $1`,
      [budgetId],
    );
    return row;
  }

  /**
   * For the public `budget.close` entry of a budget taking paper ballots:
   * `casts + paperBallots - onlineSetAside - ballotCount` is the number of
   * re-votes (docs/VERIFYING.md). Empty for online-only budgets, whose entry
   * keeps its former shape.
   */
  async closingFigures(
    manager: EntityManager,
    budgetId: string,
  ): Promise<{ paperBallots?: number; onlineSetAside?: number; paperSetAside?: number }> {
    if ((await this.paperPrecedence(manager, budgetId)) === null) return {};
    const [row]: { paperBallots: number; onlineSetAside: number; paperSetAside: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE channel = 'PAPER')::int AS "paperBallots",
              count(*) FILTER (WHERE set_aside)::int AS "onlineSetAside",
              (SELECT count(*)::int FROM budget_in_person_votes WHERE budget_id = $1 AND set_aside) AS "paperSetAside"
         FROM ballots WHERE budget_id = $1`,
      [budgetId],
    );
    return row;
  }

  /** The budgets in which one of these person keys is marked, by title (the right of access). */
  async marksOf(
    manager: EntityManager,
    keys: readonly { budgetId: string; personKey: string }[],
  ): Promise<{ budgetId: string; title: string; paperVoteCounts: boolean }[]> {
    if (keys.length === 0) return [];
    return manager.query(
      `SELECT b.id AS "budgetId", b.title, NOT m.set_aside AS "paperVoteCounts"
         FROM budget_in_person_votes m JOIN unnest($1::uuid[], $2::text[]) AS k(budget_id, person_key)
           ON m.budget_id = k.budget_id AND m.person_key = k.person_key
         JOIN budgets b ON b.id = m.budget_id ORDER BY b.title, b.id`,
      [keys.map((k) => k.budgetId), keys.map((k) => k.personKey)],
    );
  }
}
