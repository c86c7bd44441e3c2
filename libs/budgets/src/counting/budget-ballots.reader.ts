import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import type { ClientBase } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { forEachBallot } from './ballots-cursor';
import {
  ballotRows,
  countedBallotCount,
  countedBallotsAfter,
  feasibleProjects,
} from '../repositories/counted-ballots.repository';
import { canonicalBallotLine } from '../domain/ballot-line';
import { canonicalLinesTransform } from './canonical-lines.transform';
import { BallotsProofs, CanonicalFileProofs } from './canonical-file-proofs';
import {
  CanonicalBallot,
  CanonicalProject,
  canonicalBallotsFile,
  canonicalBallotsHead,
  hasVotingMethod,
} from './canonical-ballots-file';

const PAGE_SIZE = 10000;

/** A budget's ballots to be read once, by receipt, with what the canonical file's head needs. */
export interface BudgetBallotStream {
  budget: BudgetEntity;
  /** On the ballot (feasible), ordered by id. */
  projects: CanonicalProject[];
  /** How many ballots `forEachBallot` visits. */
  count: number;
  /** Visits every ballot once, by receipt; call it once. */
  forEachBallot(visit: (ballot: CanonicalBallot) => void): Promise<void>;
}

export interface BudgetBallots {
  budget: BudgetEntity;
  /** On the ballot (feasible), ordered by id. */
  projects: CanonicalProject[];
  /** Ordered by receipt. */
  ballots: CanonicalBallot[];
}

/** What was voted in a budget, as the tally reads it and open data publishes it. */
@Injectable()
export class BudgetBallotsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(budgetId: string): Promise<BudgetBallots> {
    const budget = await this.budget(budgetId);
    return { budget, projects: await this.projects(budgetId), ballots: await this.ballots(budgetId) };
  }

  /**
   * Runs `work` over the budget's ballots, streamed once through a cursor in
   * one REPEATABLE READ snapshot on a connection of its own, so that `count`
   * and the ballots agree. Memory is whatever `work` keeps (the tally: the
   * distinct ballots).
   */
  async withBallotStream<T>(budgetId: string, work: (stream: BudgetBallotStream) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      await runner.startTransaction('REPEATABLE READ');
      const budget = await this.budget(budgetId, runner.manager);
      const projects = await this.projects(budgetId, runner.manager);
      const count = await countedBallotCount(client, budgetId);
      const forEach = (visit: (ballot: CanonicalBallot) => void) => forEachBallot(client, budgetId, visit);
      const result = await work({ budget, projects, count, forEachBallot: forEach });
      await runner.commitTransaction();
      return result;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /**
   * The count, digest and Merkle root of the canonical file as the ballots
   * stand in `manager`'s transaction (the close's, which holds the voting
   * lock: no ballot can change meanwhile), streamed through a cursor on its
   * connection with O(log n) hashes kept.
   */
  async proofsWithin(manager: EntityManager, budgetId: string): Promise<BallotsProofs> {
    if (!manager.queryRunner) throw new Error('proofsWithin needs a transaction');
    const client = (await manager.queryRunner.connect()) as ClientBase;
    const budget = await this.budget(budgetId, manager);
    const projects = await this.projects(budgetId, manager);
    const count = await countedBallotCount(client, budgetId);
    const file = CanonicalFileProofs.rootOnly(canonicalBallotsHead(budget, projects, count));
    await forEachBallot(client, budgetId, (ballot) =>
      file.addLine(canonicalBallotLine(budget.ballotType, ballot, hasVotingMethod(budget))),
    );
    const { levels: _none, ...proofs } = file.finish();
    return proofs;
  }

  /** The exact bytes whose SHA-256 the tally stores as `ballotsDigest` (see canonical-ballots-file.ts). */
  async canonicalFile(budgetId: string): Promise<string> {
    const { budget, projects, ballots } = await this.read(budgetId);
    return canonicalBallotsFile(budget, projects, ballots);
  }

  /**
   * The same bytes as `canonicalFile`, streamed through a cursor on `client`
   * (held by the caller until the stream ends) and pulled only as fast as the
   * consumer reads: memory does not grow with the budget (open data's `.pb`
   * export). For a closed budget: ballots no longer change between the count
   * and the cursor.
   */
  canonicalFileStream(budgetId: string, client: ClientBase): Readable {
    const out = new PassThrough();
    this.writeCanonicalFile(budgetId, client, out).catch((error: Error) => out.destroy(error));
    return out;
  }

  /** How many ballots `canonicalFileStream` writes on `client` (the file's line count). */
  countedBallots(budgetId: string, client: ClientBase): Promise<number> {
    return countedBallotCount(client, budgetId);
  }

  private async writeCanonicalFile(budgetId: string, client: ClientBase, out: PassThrough): Promise<void> {
    const budget = await this.budget(budgetId);
    const count = await countedBallotCount(client, budgetId);
    out.write(canonicalBallotsHead(budget, await this.projects(budgetId), count));
    await pipeline(
      ballotRows(client, budgetId),
      canonicalLinesTransform(budget.ballotType, hasVotingMethod(budget)),
      out,
    );
  }

  private async budget(budgetId: string, manager: EntityManager = this.dataSource.manager): Promise<BudgetEntity> {
    const budget = await manager.getRepository(BudgetEntity).findOneBy({ id: budgetId });
    if (!budget) throw new NotFoundException('Budget', budgetId);
    return budget;
  }

  private projects(budgetId: string, manager: EntityManager = this.dataSource.manager): Promise<CanonicalProject[]> {
    return feasibleProjects(manager, budgetId);
  }

  private async ballots(budgetId: string): Promise<CanonicalBallot[]> {
    const all: CanonicalBallot[] = [];
    for await (const page of this.pages(budgetId)) all.push(...page);
    return all;
  }

  /** Keyset pages by receipt: bounded queries, in the order the canonical file needs. */
  private async *pages(budgetId: string): AsyncGenerator<CanonicalBallot[]> {
    let after = '';
    for (;;) {
      const page = await countedBallotsAfter(this.dataSource.manager, budgetId, after, PAGE_SIZE);
      yield page;
      if (page.length < PAGE_SIZE) return;
      after = page[page.length - 1].receipt;
    }
  }
}
