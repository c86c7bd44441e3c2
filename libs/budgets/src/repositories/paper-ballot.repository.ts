import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PaperSheet } from '../domain/paper-sheet';
import { PaperBallotBatchStatus } from '../types/paper-ballot-batch-status.enum';

export interface PaperBatchRow {
  id: string;
  budgetId: string;
  pollingPlace: string;
  status: PaperBallotBatchStatus;
  firstEntryBy: string;
  secondEntryBy: string | null;
}

/** The salt is null for a single entry, or a batch entered before first entries were committed to. */
export interface LockedPaperBatch extends PaperBatchRow {
  firstEntrySalt: string | null;
}

/** A batch with its sheets, entry by entry (1, 2, 3), each in entry order. */
export interface PaperBatchRecord extends PaperBatchRow {
  entries: Map<number, PaperSheet[]>;
}

/** A JSON array as a SQL array, in its order. */
function elements(json: string, type = 'text'): string {
  return `ARRAY(SELECT e::${type} FROM jsonb_array_elements_text(${json}) WITH ORDINALITY AS a(e, i) ORDER BY i)`;
}

const BATCH_COLUMNS = `id, budget_id AS "budgetId", polling_place AS "pollingPlace", status,
  first_entry_by AS "firstEntryBy", second_entry_by AS "secondEntryBy"`;

/** Paper batches, their sheets, and the ballots counted batches add (no participation: a paper ballot has no voter). */
@Injectable()
export class PaperBallotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertBatch(
    manager: EntityManager,
    batch: {
      budgetId: string;
      pollingPlace: string;
      status: PaperBallotBatchStatus;
      firstEntryBy: string;
      firstEntrySalt: string | null;
    },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO paper_ballot_batches (budget_id, polling_place, status, first_entry_by, first_entry_salt)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [batch.budgetId, batch.pollingPlace, batch.status, batch.firstEntryBy, batch.firstEntrySalt],
    );
    return id;
  }

  async insertSheets(
    manager: EntityManager,
    batchId: string,
    entry: number,
    sheets: readonly PaperSheet[],
  ): Promise<void> {
    if (sheets.length === 0) return;
    await manager.query(
      `INSERT INTO paper_ballot_sheets (batch_id, entry, sheet_index, project_ids, points, refusal_code)
       SELECT $1, $2, (s.i - 1)::int, ${elements("s.sheet->'p'")},
              CASE WHEN jsonb_typeof(s.sheet->'n') = 'array' THEN ${elements("s.sheet->'n'", 'int')} END,
              s.sheet->>'r'
         FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS s(sheet, i)`,
      [batchId, entry, JSON.stringify(sheets.map((s) => ({ p: s.projectIds, n: s.points, r: s.refusalCode })))],
    );
  }

  /** The batch row locked until the transaction ends (a second entry or a resolution waits for another). */
  /** The batch, row-locked, with the salt of its first entry's audit commitment (read only by the entry that opens it). */
  async lockBatch(manager: EntityManager, batchId: string): Promise<LockedPaperBatch | null> {
    const [row]: LockedPaperBatch[] = await manager.query(
      `SELECT ${BATCH_COLUMNS}, first_entry_salt AS "firstEntrySalt" FROM paper_ballot_batches WHERE id = $1 FOR UPDATE`,
      [batchId],
    );
    return row ?? null;
  }

  async budgetOf(batchId: string): Promise<string | null> {
    const [row]: { budgetId: string }[] = await this.dataSource.query(
      `SELECT budget_id AS "budgetId" FROM paper_ballot_batches WHERE id = $1`,
      [batchId],
    );
    return row?.budgetId ?? null;
  }

  async setStatus(
    manager: EntityManager,
    batchId: string,
    status: PaperBallotBatchStatus,
    secondEntryBy?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE paper_ballot_batches SET status = $2, second_entry_by = coalesce($3, second_entry_by) WHERE id = $1`,
      [batchId, status, secondEntryBy ?? null],
    );
  }

  /**
   * The accepted sheets become ballots of the budget: channel PAPER, a random
   * receipt each (never handed out; it orders the ballots file as online
   * ones do), no participation. Returns how many.
   */
  async insertBallots(manager: EntityManager, budgetId: string, sheets: readonly PaperSheet[]): Promise<number> {
    const accepted = sheets.filter((s) => s.refusalCode === null);
    if (accepted.length === 0) return 0;
    await manager.query(
      `INSERT INTO ballots (budget_id, receipt, project_ids, points, channel)
       SELECT $1, s.b->>'r', ${elements("s.b->'p'", 'uuid')},
              CASE WHEN jsonb_typeof(s.b->'n') = 'array' THEN ${elements("s.b->'n'", 'int')} END,
              'PAPER'
         FROM jsonb_array_elements($2::jsonb) AS s(b)`,
      [
        budgetId,
        JSON.stringify(
          accepted.map((s) => ({ r: randomBytes(16).toString('base64url'), p: s.projectIds, n: s.points })),
        ),
      ],
    );
    return accepted.length;
  }

  async find(
    batchIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PaperBatchRecord[]> {
    if (batchIds.length === 0) return [];
    const batches: PaperBatchRow[] = await manager.query(
      `SELECT ${BATCH_COLUMNS} FROM paper_ballot_batches WHERE id = ANY($1::uuid[])`,
      [batchIds],
    );
    return this.withSheets(manager, batches);
  }

  /** A budget's batches, oldest first. */
  async ofBudget(budgetId: string): Promise<PaperBatchRecord[]> {
    const batches: PaperBatchRow[] = await this.dataSource.query(
      `SELECT ${BATCH_COLUMNS} FROM paper_ballot_batches WHERE budget_id = $1 ORDER BY created_at, id`,
      [budgetId],
    );
    return this.withSheets(this.dataSource.manager, batches);
  }

  private async withSheets(manager: EntityManager, batches: PaperBatchRow[]): Promise<PaperBatchRecord[]> {
    if (batches.length === 0) return [];
    const sheets: {
      batchId: string;
      entry: number;
      projectIds: string[];
      points: number[] | null;
      refusalCode: string | null;
    }[] = await manager.query(
      `SELECT batch_id AS "batchId", entry, project_ids AS "projectIds", points, refusal_code AS "refusalCode"
         FROM paper_ballot_sheets WHERE batch_id = ANY($1::uuid[]) ORDER BY batch_id, entry, sheet_index`,
      [batches.map((b) => b.id)],
    );
    const records = new Map(batches.map((b) => [b.id, { ...b, entries: new Map<number, PaperSheet[]>() }]));
    for (const { batchId, entry, ...sheet } of sheets) {
      const entries = records.get(batchId)!.entries;
      if (!entries.has(entry)) entries.set(entry, []);
      entries.get(entry)!.push(sheet);
    }
    return batches.map((b) => records.get(b.id)!);
  }
}
