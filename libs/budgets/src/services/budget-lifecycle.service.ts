import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException, ValidationFailedException } from '@quorum/common';
import { JobName, JobQueue, Outbox, QueueName, withTimeout } from '@quorum/queue';
import { AuditActor, AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { budgetErrors } from '../errors/budget.exception';
import { closeVotingJobId, publishedResultExportJobId, tallyJobId, trackWinnersJobId } from '../jobs/budget-job-ids';
import { BudgetResultRepository } from '../repositories/budget-result.repository';
import { BudgetRepository } from '../repositories/budget.repository';
import { BudgetStatus } from '../types/budget-status.enum';
import { BudgetBallotsReader } from '../counting/budget-ballots.reader';
import { commitmentOf } from '../counting/closing-commitment';
import { BudgetFollowService } from './budget-follow.service';
import { knownBudgetId } from './known-budget-id';
import { InPersonVoteRepository } from '../repositories/in-person-vote.repository';

/** Bound on the best-effort removal of a stale job, so a Redis outage cannot hang a staff request. */
const REDIS_TIDY_TIMEOUT_MS = 1000;

/**
 * Status transitions, each a conditional UPDATE so that concurrent calls
 * cannot both succeed. Jobs that follow a transition go through the outbox,
 * in the transition's transaction: none is lost to a Redis outage or a crash
 * right after the commit, and none exists for a change that rolled back.
 */
@Injectable()
export class BudgetLifecycleService {
  private readonly logger = new Logger(BudgetLifecycleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
    private readonly results: BudgetResultRepository,
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly ballots: BudgetBallotsReader,
    private readonly followers: BudgetFollowService,
    private readonly inPerson: InPersonVoteRepository,
  ) {}

  /** DRAFT → OPEN, with the delayed close written to the outbox in the same transaction. */
  async open(budgetId: string, actor: AuditActor): Promise<BudgetEntity> {
    return this.dataSource.transaction(async (manager) => {
      const budget = await this.lock(manager, budgetId);
      if (budget.status !== BudgetStatus.DRAFT)
        throw budgetErrors.invalidStatus(budget.status, [BudgetStatus.DRAFT], 'open voting');
      if (budget.votingClosesAt.getTime() <= Date.now())
        throw budgetErrors.ballotClosed('the voting window has already ended');
      const count = await this.budgets.countFeasibleProjects(manager, budgetId);
      if (count === 0) throw budgetErrors.noFeasibleProjects();
      await manager.update(BudgetEntity, { id: budgetId }, { status: BudgetStatus.OPEN });
      await this.scheduleClose(manager, budgetId, budget.votingClosesAt);
      await this.record(manager, actor, 'budget.open', budgetId, {
        votingOpensAt: budget.votingOpensAt,
        votingClosesAt: budget.votingClosesAt,
        feasibleProjects: count,
      });
      return { ...budget, status: BudgetStatus.OPEN };
    });
  }

  /**
   * OPEN → CLOSED (staff, early); the tally job is in the closing transaction's outbox.
   * Success is this call's own transition, never a status read after the commit: the
   * worker may have tallied the budget by then, and a close that
   * committed must not be answered as refused.
   */
  async close(budgetId: string, actor: AuditActor): Promise<BudgetEntity> {
    const closed = await this.closeIfOpen(budgetId, actor);
    if (closed) return closed;
    const budget = await this.get(budgetId);
    throw budgetErrors.invalidStatus(budget.status, [BudgetStatus.OPEN], 'close voting');
  }

  /**
   * Staff move the voting window of a draft or open budget. An open budget
   * gets a close job for the new time (versioned id); the old job is removed,
   * and would do nothing anyway since it no longer matches `votingClosesAt`.
   */
  async reschedule(
    budgetId: string,
    window: { votingOpensAt?: Date; votingClosesAt: Date },
    actor: AuditActor,
  ): Promise<BudgetEntity> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const budget = await this.lock(manager, budgetId);
      const allowed = [BudgetStatus.DRAFT, BudgetStatus.OPEN];
      if (!allowed.includes(budget.status))
        throw budgetErrors.invalidStatus(budget.status, allowed, 'move the voting window');
      const opensAt =
        budget.status === BudgetStatus.DRAFT ? (window.votingOpensAt ?? budget.votingOpensAt) : budget.votingOpensAt;
      if (
        window.votingOpensAt &&
        budget.status === BudgetStatus.OPEN &&
        window.votingOpensAt.getTime() !== budget.votingOpensAt.getTime()
      ) {
        throw ValidationFailedException.forField('input.votingOpensAt', 'cannot change once voting is open');
      }
      if (window.votingClosesAt <= opensAt)
        throw ValidationFailedException.forField('input.votingClosesAt', 'must be after votingOpensAt');
      if (budget.status === BudgetStatus.OPEN && window.votingClosesAt.getTime() <= Date.now()) {
        throw ValidationFailedException.forField(
          'input.votingClosesAt',
          'must be in the future; use closeVoting to close now',
        );
      }
      await manager.update(
        BudgetEntity,
        { id: budgetId },
        { votingOpensAt: opensAt, votingClosesAt: window.votingClosesAt },
      );
      if (budget.status === BudgetStatus.OPEN) await this.scheduleClose(manager, budgetId, window.votingClosesAt);
      const change = {
        from: { votingOpensAt: budget.votingOpensAt, votingClosesAt: budget.votingClosesAt },
        to: { votingOpensAt: opensAt, votingClosesAt: window.votingClosesAt },
      };
      await this.record(manager, actor, 'budget.reschedule', budgetId, change, budget.status !== BudgetStatus.DRAFT);
      return {
        ...budget,
        previousClosesAt: budget.votingClosesAt,
        votingOpensAt: opensAt,
        votingClosesAt: window.votingClosesAt,
      };
    });
    const { previousClosesAt, ...budget } = updated;
    if (budget.status === BudgetStatus.OPEN && previousClosesAt.getTime() !== budget.votingClosesAt.getTime()) {
      // Tidying only (the stale job does nothing), so neither a Redis outage nor a not-yet-relayed job fails the move.
      await withTimeout(
        this.jobs.queue(QueueName.BUDGETS).remove(closeVotingJobId(budgetId, previousClosesAt)),
        REDIS_TIDY_TIMEOUT_MS,
        'Redis',
      ).catch((error: Error) => this.logger.warn({ budgetId, err: error.message }, 'Stale close job not removed'));
    }
    return budget;
  }

  /**
   * The delayed job's entry: closes at `votingClosesAt` if still open (the
   * tally follows through the outbox). A budget found already closed, with no
   * tally error, gets its tally job again (same id, so at most one job): a
   * safety net for budgets closed before the outbox existed. A job scheduled
   * for a closing time that staff have since moved does nothing. Returns false
   * if it is too early (clocks differ), for the job to be retried.
   */
  async closeOnSchedule(budgetId: string, scheduledFor: Date, now = new Date()): Promise<boolean> {
    const budget = await this.dataSource.getRepository(BudgetEntity).findOneBy({ id: budgetId });
    if (!budget || budget.votingClosesAt.getTime() !== scheduledFor.getTime()) return true;
    if (budget.status === BudgetStatus.OPEN && now < budget.votingClosesAt) return false;
    if (budget.status === BudgetStatus.OPEN) await this.closeIfOpen(budgetId, SYSTEM_ACTOR);
    else if (budget.status === BudgetStatus.CLOSED && !budget.tallyError)
      await this.dataSource.transaction((manager) => this.enqueueTally(manager, budgetId, tallyJobId(budgetId)));
    return true;
  }

  /**
   * Staff retry a tally that failed for good (after the cause is fixed). The
   * failed job keeps its id in BullMQ, so the retry is a new job whose id is
   * the retry's audit sequence: deterministic, and one job per retry.
   */
  async retryTally(budgetId: string, actor: AuditActor): Promise<BudgetEntity> {
    const budget = await this.get(budgetId);
    if (budget.status !== BudgetStatus.CLOSED || !budget.tallyError) {
      throw budgetErrors.invalidStatus(budget.status, [BudgetStatus.CLOSED], 'retry a tally that has not failed');
    }
    const retried = await this.dataSource.transaction(async (manager) => {
      if (!(await this.budgets.clearTallyError(manager, budgetId))) return false;
      const entry = await this.audit.append(manager, {
        actor,
        action: 'budget.tally.retry',
        subjectType: 'budget',
        subjectId: budgetId,
        isPublic: true,
        payload: { failedWith: budget.tallyError },
      });
      await this.enqueueTally(manager, budgetId, tallyJobId(budgetId, entry.sequence));
      return true;
    });
    if (!retried) {
      const current = await this.get(budgetId);
      throw budgetErrors.invalidStatus(current.status, [BudgetStatus.CLOSED], 'retry a tally that has not failed');
    }
    return { ...budget, tallyError: null };
  }

  /** TALLIED → PUBLISHED: residents see the result from now on. */
  async publish(budgetId: string, actor: AuditActor): Promise<BudgetEntity> {
    const published = await this.dataSource.transaction(async (manager) => {
      if (!(await this.budgets.publishIfTallied(manager, knownBudgetId(budgetId)))) return false;
      const result = await this.results.publishedSummary(manager, budgetId);
      const entry = await this.audit.append(manager, {
        actor,
        action: 'budget.publish',
        subjectType: 'budget',
        subjectId: budgetId,
        isPublic: true,
        payload: result,
      });
      // The head right after publishing is shown with the result, so that whoever saves it can check the history later.
      await this.results.setAuditHead(manager, budgetId, entry.sequence, entry.hash);
      const { title } = await manager.getRepository(BudgetEntity).findOneByOrFail({ id: budgetId });
      await this.followers.resultsPublished(manager, { id: budgetId, title });
      // Open data publishes the ballots and the result now rather than at night.
      await this.outbox.add(
        manager,
        JobName.EXPORT_OPEN_DATA,
        { reason: 'tally' },
        { jobId: publishedResultExportJobId(budgetId) },
      );
      // The winners are followed to completion (libs/tracking, which reads the result through this library).
      await this.outbox.add(manager, JobName.TRACK_OUTCOME, { budgetId }, { jobId: trackWinnersJobId(budgetId) });
      return true;
    });
    const budget = await this.get(budgetId);
    if (!published) throw budgetErrors.invalidStatus(budget.status, [BudgetStatus.TALLIED], 'publish the result');
    return budget;
  }

  async get(budgetId: string): Promise<BudgetEntity> {
    const budget = await this.dataSource.getRepository(BudgetEntity).findOneBy({ id: knownBudgetId(budgetId) });
    if (!budget) throw new NotFoundException('Budget', budgetId);
    return budget;
  }

  /**
   * A clean cut (BudgetRepository.lockVoting): waits for in-flight casts,
   * holds later ones back, and takes `closed_at` once they are out, so every
   * counted ballot committed before it. In the same transaction, the public
   * `budget.close` entry commits to the ballots as they stand (count, digest
   * and Merkle root of the canonical file) and to the number of casts the
   * chain holds, before anyone has seen a result: the tally must count
   * exactly these ballots (docs/VERIFYING.md). A budget taking paper ballots
   * adds how many of them count and how many online ballots were set aside.
   * Returns the budget as this call closed it, or null if it was not open.
   */
  private async closeIfOpen(budgetId: string, actor: AuditActor): Promise<BudgetEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      await this.budgets.lockVoting(manager, knownBudgetId(budgetId), 'close');
      if (!(await this.budgets.closeIfOpen(manager, budgetId))) return null;
      const casts = await this.audit.count(manager, 'ballot.cast', 'budget', budgetId);
      const commitment = commitmentOf(casts, await this.ballots.proofsWithin(manager, budgetId));
      await this.enqueueTally(manager, budgetId, tallyJobId(budgetId));
      const paper = await this.inPerson.closingFigures(manager, budgetId);
      await this.record(manager, actor, 'budget.close', budgetId, { ...commitment, ...paper });
      return manager.getRepository(BudgetEntity).findOneByOrFail({ id: budgetId });
    });
  }

  /** A budget's status changes are public: residents see the budget from its opening on. */
  private async record(
    manager: EntityManager,
    actor: AuditActor,
    action: string,
    budgetId: string,
    payload: Record<string, unknown>,
    isPublic = true,
  ): Promise<void> {
    await this.audit.append(manager, { actor, action, subjectType: 'budget', subjectId: budgetId, isPublic, payload });
  }

  private async scheduleClose(manager: EntityManager, budgetId: string, closesAt: Date): Promise<void> {
    await this.outbox.add(
      manager,
      JobName.CLOSE_VOTING,
      { budgetId, closesAt: closesAt.toISOString() },
      { jobId: closeVotingJobId(budgetId, closesAt), delayMs: Math.max(0, closesAt.getTime() - Date.now()) },
    );
  }

  private async enqueueTally(manager: EntityManager, budgetId: string, jobId: string): Promise<void> {
    await this.outbox.add(manager, JobName.TALLY_BUDGET, { budgetId }, { jobId });
  }

  private async lock(manager: EntityManager, budgetId: string): Promise<BudgetEntity> {
    const budget = await manager
      .getRepository(BudgetEntity)
      .findOne({ where: { id: knownBudgetId(budgetId) }, lock: { mode: 'pessimistic_write' } });
    if (!budget) throw new NotFoundException('Budget', budgetId);
    return budget;
  }
}
