import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid, NotFoundException } from '@quorum/common';
import { AuditLog, staffActor } from '@quorum/audit';
import { DataSource, EntityManager } from 'typeorm';
import { BallotChoice } from '../domain/ballot-content';
import { ballotSpecOf } from '../domain/ballot-spec';
import { paperEntrySalt, paperFirstEntryCommitment } from '../domain/paper-entry-commitment';
import { firstEntryHiddenFrom } from '../domain/paper-first-entry';
import { keptSheets, PaperEntry, PaperSheet, paperSheetDifferences, readPaperSheets } from '../domain/paper-sheet';
import { budgetErrors } from '../errors/budget.exception';
import { BudgetRepository } from '../repositories/budget.repository';
import { InPersonVoteRepository } from '../repositories/in-person-vote.repository';
import { LockedPaperBatch, PaperBallotRepository, PaperBatchRecord } from '../repositories/paper-ballot.repository';
import { PaperBallotBatchStatus } from '../types/paper-ballot-batch-status.enum';
import { BallotProjects } from './ballot-projects';
import { knownBudgetId } from './known-budget-id';
import { assertVotingOpen } from './voting-window';

export interface RecordPaperBallotsCommand {
  budgetId: string;
  pollingPlace: string;
  ballots: BallotChoice[];
  /** Leave the batch uncounted until a second agent enters it identically. */
  doubleEntry?: boolean | null;
  staffId: string;
}

export interface PaperEntryCommand {
  batchId: string;
  ballots: BallotChoice[];
  staffId: string;
}

const { FIRST, SECOND, RESOLUTION } = PaperEntry;

/**
 * Paper sheets entered by staff, batch by batch (a ballot box or a polling
 * place). Each sheet is read exactly as an online ballot (same rules, same
 * codes); a sheet breaking a rule stays in the batch, refused with its code.
 * Accepted sheets of a counted batch are ballots like online ones (same
 * table, same file, same tally), with channel PAPER and no voter at all.
 *
 * Entering runs as a cast does: the budget's voting lock shared and its row
 * share-locked, so a close waits for a batch in flight and no batch counts
 * after it. Each entry appends a public `ballot.paper-batch` entry with the
 * counts only (nothing derived from a sheet's content), in its transaction;
 * the first entry of a double-entry batch records only its sheet count and a
 * salted commitment to its split, which the second entry's opens (the second
 * agent reads the log too, and must enter blind).
 */
@Injectable()
export class PaperBallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
    private readonly marks: InPersonVoteRepository,
    private readonly batches: PaperBallotRepository,
    private readonly ballotProjects: BallotProjects,
    private readonly audit: AuditLog,
  ) {}

  async record(command: RecordPaperBallotsCommand): Promise<PaperBatchRecord> {
    knownBudgetId(command.budgetId);
    return this.dataSource.transaction(async (manager) => {
      const sheets = await this.readSheets(manager, command.budgetId, command.ballots);
      const salt = command.doubleEntry ? paperEntrySalt() : null;
      const batchId = await this.batches.insertBatch(manager, {
        budgetId: command.budgetId,
        pollingPlace: command.pollingPlace,
        status: salt ? PaperBallotBatchStatus.AWAITING_SECOND_ENTRY : PaperBallotBatchStatus.COUNTED,
        firstEntryBy: command.staffId,
        firstEntrySalt: salt,
      });
      await this.batches.insertSheets(manager, batchId, FIRST, sheets);
      await this.countFirstEntry(manager, command, batchId, sheets, salt);
      return this.reread(manager, batchId);
    });
  }

  /**
   * A single entry counts at once and records its counts. A first of two
   * records only its sheet count and a commitment to its split: the second
   * agent reads the log too, and the split would tell them how many sheets to
   * find spoiled.
   */
  private async countFirstEntry(
    manager: EntityManager,
    command: RecordPaperBallotsCommand,
    batchId: string,
    sheets: PaperSheet[],
    salt: string | null,
  ): Promise<void> {
    const counts = { batchId, ...sheetCounts(sheets) };
    const { staffId, budgetId } = command;
    if (salt) {
      const commitment = paperFirstEntryCommitment(counts, salt);
      await this.recordEntry(manager, staffId, budgetId, {
        batchId,
        entry: 'FIRST',
        sheets: counts.sheets,
        counted: 0,
        commitment,
      });
      return;
    }
    const counted = await this.batches.insertBallots(manager, budgetId, sheets);
    await this.recordEntry(manager, staffId, budgetId, { ...counts, entry: 'FIRST', counted });
  }

  /** A second agent's entry of the same sheets: identical, the batch counts; otherwise it is DIFFERENT until resolved. */
  async secondEntry(command: PaperEntryCommand): Promise<PaperBatchRecord> {
    return this.onBatch(
      command,
      PaperBallotBatchStatus.AWAITING_SECOND_ENTRY,
      'enter a batch again',
      async (manager, batch, sheets) => {
        if (batch.firstEntryBy === command.staffId) throw budgetErrors.secondEntryBySameAgent();
        await this.batches.insertSheets(manager, batch.id, SECOND, sheets);
        const [first] = (await this.batches.find([batch.id], manager)).map((b) => b.entries.get(FIRST) ?? []);
        const same = paperSheetDifferences(first, sheets).length === 0;
        await this.batches.setStatus(
          manager,
          batch.id,
          same ? PaperBallotBatchStatus.COUNTED : PaperBallotBatchStatus.DIFFERENT,
          command.staffId,
        );
        const counted = same ? await this.batches.insertBallots(manager, batch.budgetId, first) : 0;
        // The second entry ends the blindness (as in the API): it opens the first entry's commitment.
        const salt = batch.firstEntrySalt;
        const { accepted, refused } = sheetCounts(first);
        await this.recordEntry(manager, command.staffId, batch.budgetId, {
          batchId: batch.id,
          entry: 'SECOND',
          ...sheetCounts(sheets),
          counted,
          ...(salt && { firstEntry: { accepted, refused, salt } }),
        });
      },
    );
  }

  /**
   * The sheets as read again on paper, for a batch whose two entries differ: they count. Not by the first
   * agent: otherwise one agent could enter made-up sheets, and after an honest second entry differed,
   * "resolve" the batch with them again.
   */
  async resolve(command: PaperEntryCommand): Promise<PaperBatchRecord> {
    return this.onBatch(
      command,
      PaperBallotBatchStatus.DIFFERENT,
      'resolve a batch',
      async (manager, batch, sheets) => {
        if (batch.firstEntryBy === command.staffId) throw budgetErrors.resolutionByFirstAgent();
        await this.batches.insertSheets(manager, batch.id, RESOLUTION, sheets);
        await this.batches.setStatus(manager, batch.id, PaperBallotBatchStatus.COUNTED);
        const counted = await this.batches.insertBallots(manager, batch.budgetId, sheets);
        await this.recordEntry(manager, command.staffId, batch.budgetId, {
          batchId: batch.id,
          entry: 'RESOLUTION',
          ...sheetCounts(sheets),
          counted,
        });
      },
    );
  }

  async ofBudget(budgetId: string): Promise<PaperBatchRecord[]> {
    return this.batches.ofBudget(knownBudgetId(budgetId));
  }

  async batch(batchId: string): Promise<PaperBatchRecord> {
    const [record] = isUuid(batchId) ? await this.batches.find([batchId]) : [];
    if (!record) throw new NotFoundException('PaperBallotBatch', batchId);
    return record;
  }

  /**
   * The sheets as the batch counts them (the resolution if resolved, else the
   * first entry), for `viewerId`: until the second entry is made, only the
   * first agent may read them (PAPER_BATCH_SHEETS_HIDDEN, firstEntryHiddenFrom).
   */
  sheetsFor(record: PaperBatchRecord, viewerId: string): PaperSheet[] {
    if (firstEntryHiddenFrom(record, viewerId)) throw budgetErrors.batchSheetsHidden();
    return keptSheets(record.entries);
  }

  private async onBatch(
    command: PaperEntryCommand,
    expected: PaperBallotBatchStatus,
    action: string,
    work: (manager: EntityManager, batch: LockedPaperBatch, sheets: PaperSheet[]) => Promise<void>,
  ): Promise<PaperBatchRecord> {
    const budgetId = isUuid(command.batchId) ? await this.batches.budgetOf(command.batchId) : null;
    if (!budgetId) throw new NotFoundException('PaperBallotBatch', command.batchId);
    return this.dataSource.transaction(async (manager) => {
      const sheets = await this.readSheets(manager, budgetId, command.ballots);
      const batch = await this.batches.lockBatch(manager, command.batchId);
      if (!batch) throw new NotFoundException('PaperBallotBatch', command.batchId);
      if (batch.status !== expected) throw budgetErrors.invalidBatchStatus(batch.status, expected, action);
      await work(manager, batch, sheets);
      return this.reread(manager, batch.id);
    });
  }

  /** Takes the budget's locks as a cast does, checks it takes paper and is open, and reads the sheets under its rules. */
  private async readSheets(manager: EntityManager, budgetId: string, ballots: BallotChoice[]): Promise<PaperSheet[]> {
    await this.budgets.lockVoting(manager, budgetId, 'cast');
    const budget = await this.budgets.lockForVoting(manager, budgetId);
    if (!budget) throw new NotFoundException('Budget', budgetId);
    if ((await this.marks.paperPrecedence(manager, budgetId)) === null) throw budgetErrors.paperNotTaken();
    assertVotingOpen(budget, new Date());
    const projects = await this.ballotProjects.of(budget.id, manager);
    return readPaperSheets(budget, ballotSpecOf(budget, projects), ballots);
  }

  private async reread(manager: EntityManager, batchId: string): Promise<PaperBatchRecord> {
    const [record] = await this.batches.find([batchId], manager);
    return record;
  }

  private async recordEntry(
    manager: EntityManager,
    staffId: string,
    budgetId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append(manager, {
      actor: staffActor(staffId),
      action: 'ballot.paper-batch',
      subjectType: 'budget',
      subjectId: budgetId,
      isPublic: true,
      payload,
    });
  }
}

/** How many sheets an entry has, and how many of them are valid or refused. */
function sheetCounts(sheets: readonly PaperSheet[]): { sheets: number; accepted: number; refused: number } {
  const refused = sheets.filter((s) => s.refusalCode !== null).length;
  return { sheets: sheets.length, accepted: sheets.length - refused, refused };
}
