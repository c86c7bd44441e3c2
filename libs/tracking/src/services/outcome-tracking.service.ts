import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { BudgetService, BudgetStatus } from '@quorum/budgets';
import { NotFoundException } from '@quorum/common';
import { AnswerStatus, ProposalReader, ProposalState } from '@quorum/proposals';
import { DataSource, EntityManager } from 'typeorm';
import { NewTrackedItem, ProposalPlace, TrackedItemRepository } from '../repositories/tracked-item.repository';
import { TrackedItemSource } from '../types/tracked-item-source.enum';

type Place = Pick<NewTrackedItem, 'latitude' | 'longitude'>;

const NO_PLACE: Place = { latitude: null, longitude: null };

/** A proposal's place as copied onto its item, or none (not placed, or no longer public). */
const placeOf = (places: Map<string, ProposalPlace>, proposalId: string | null | undefined): Place =>
  (proposalId ? places.get(proposalId) : undefined) ?? NO_PLACE;

/**
 * Starts tracking what residents decided: the winners of a published budget
 * result and a proposal whose ACCEPTED answer was published. Budgets and
 * proposals only write a TRACK_OUTCOME job to their outbox in the publishing
 * transaction; this service, run by the worker, reads them through their
 * public services and writes its own table. Idempotent (one item per source),
 * so a retried or duplicated job adds nothing.
 */
@Injectable()
export class OutcomeTrackingService {
  private readonly logger = new Logger(OutcomeTrackingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetService,
    private readonly proposals: ProposalReader,
    private readonly items: TrackedItemRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The items created (none when already tracked or not published). */
  async trackBudgetWinners(budgetId: string): Promise<number> {
    const budget = await this.budgets.get(budgetId);
    if (budget.status !== BudgetStatus.PUBLISHED) {
      this.logger.warn({ budgetId, status: budget.status }, 'budget result not published: nothing to track');
      return 0;
    }
    const [[result], [projects]] = await Promise.all([
      this.budgets.resultsOf([budgetId]),
      this.budgets.projectsOf([budgetId]),
    ]);
    const byId = new Map(projects.map((p) => [p.id, p]));
    const year = budget.votingClosesAt.getUTCFullYear();
    const won = (result?.winners ?? []).flatMap((id) => byId.get(id) ?? []);
    // A project has no place of its own: its proposal's, when it came from one (all read at once).
    const places = await this.items.placesOf(won.flatMap((project) => project.proposalId ?? []));
    const winners: NewTrackedItem[] = won.map((project) => ({
      sourceType: TrackedItemSource.BUDGET_PROJECT,
      budgetProjectId: project.id,
      // A project that came from an accepted proposal: one item for both (see insertAll).
      proposalId: project.proposalId ?? null,
      budgetId,
      districtId: project.districtId ?? budget.districtId,
      year,
      title: project.title,
      ...placeOf(places, project.proposalId),
    }));
    return this.dataSource.transaction((manager) => this.insertAll(manager, winners));
  }

  async trackAcceptedProposal(proposalId: string): Promise<number> {
    let row;
    try {
      ({ row } = await this.proposals.findVisible(proposalId, null));
    } catch (error) {
      // Hidden or withdrawn since: nothing public to follow.
      if (error instanceof NotFoundException) return 0;
      throw error;
    }
    // Withdrawn by its author since (still readable, marked withdrawn): no longer an outcome to follow.
    if (row.answerStatus !== AnswerStatus.ACCEPTED || row.state !== ProposalState.PUBLISHED) return 0;
    const item: NewTrackedItem = {
      sourceType: TrackedItemSource.PROPOSAL,
      budgetProjectId: null,
      proposalId: row.id,
      budgetId: null,
      districtId: row.districtId,
      year: new Date().getUTCFullYear(),
      title: row.title,
      ...placeOf(await this.items.placesOf([row.id]), row.id),
    };
    return this.dataSource.transaction((manager) => this.insertAll(manager, [item]));
  }

  /**
   * One item per source, and one item for a winning project that came from
   * an accepted proposal: the proposal's item (tracked when its answer was
   * published) gets the project and its budget as a second origin, with a
   * public `tracking.item.link` entry, rather than a second item. A project
   * whose proposal already has an item with another project (the proposal
   * funded twice) gets an item of its own. The proposal's advisory lock makes
   * the proposal's job and the budget's, run side by side, see each other.
   */
  private async insertAll(manager: EntityManager, items: NewTrackedItem[]): Promise<number> {
    let created = 0;
    for (const item of items) {
      let row = item;
      if (item.proposalId) {
        await this.items.lockProposal(manager, item.proposalId);
        const existing = await this.items.byProposal(manager, item.proposalId);
        if (existing && item.budgetProjectId && existing.budgetProjectId === null) {
          await this.items.linkBudgetProject(manager, existing.id, item.budgetProjectId, item.budgetId);
          await this.audit.append(manager, {
            actor: SYSTEM_ACTOR,
            action: 'tracking.item.link',
            subjectType: 'tracked_item',
            subjectId: existing.id,
            isPublic: true,
            payload: { budgetProjectId: item.budgetProjectId, budgetId: item.budgetId },
          });
          continue;
        }
        // The proposal's own job, the proposal tracked already (alone or with its project): nothing to add.
        if (existing && !item.budgetProjectId) continue;
        if (existing && existing.budgetProjectId !== item.budgetProjectId) row = { ...item, proposalId: null };
      }
      const id = await this.items.insertIfUntracked(manager, row);
      if (!id) continue;
      created++;
      // Not the place itself: this public entry stays when the proposal is hidden, and its place must not.
      const { latitude, longitude: _longitude, ...origin } = row;
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'tracking.item.create',
        subjectType: 'tracked_item',
        subjectId: id,
        isPublic: true,
        payload: { ...origin, placeFromProposal: latitude !== null },
      });
    }
    return created;
  }
}
