import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Connection,
  EligiblePopulation,
  groupByKeys,
  isUniqueViolation,
  isUuid,
  NotFoundException,
  ValidationFailedException,
} from '@quorum/common';
import { AuditActor, AuditLog } from '@quorum/audit';
import { ConsultationService, PhaseKind } from '@quorum/consultations';
import { AnswerStatus, ProposalReader } from '@quorum/proposals';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AddBudgetProjectInput } from '../dto/add-budget-project.input';
import { CreateBudgetInput } from '../dto/create-budget.input';
import { SetProjectFeasibilityInput } from '../dto/set-project-feasibility.input';
import { UpdateBudgetProjectInput } from '../dto/update-budget-project.input';
import { BudgetProjectEntity } from '../entities/budget-project.entity';
import { BudgetResultEntity } from '../entities/budget-result.entity';
import { BudgetEntity } from '../entities/budget.entity';
import { budgetErrors } from '../errors/budget.exception';
import { type BudgetListQuery, BudgetRepository } from '../repositories/budget.repository';
import { BallotType } from '../types/ballot-type.enum';
import { BudgetStatus } from '../types/budget-status.enum';
import { Feasibility } from '../types/feasibility.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { VoteGroupService } from './vote-group.service';

export type { BudgetListQuery } from '../repositories/budget.repository';

/** Budgets and their projects as staff manage them, and the reads the API needs. */
@Injectable()
export class BudgetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
    private readonly proposals: ProposalReader,
    private readonly consultations: ConsultationService,
    private readonly audit: AuditLog,
    private readonly voteGroups: VoteGroupService,
  ) {}

  async create(input: CreateBudgetInput, actor: AuditActor): Promise<BudgetEntity> {
    assertConsistent(input);
    if (input.districtId) await this.assertProjectDistrict(input.districtId, null);
    return this.dataSource.transaction(async (manager) => {
      if (input.consultationId && !(await this.consultations.hasPhase(input.consultationId, PhaseKind.VOTING, manager)))
        // A budget belongs to a consultation's VOTING phase, so that consultation must have one.
        throw ValidationFailedException.forField('input.consultationId', 'must be a consultation with a VOTING phase');
      if (input.voteGroupId) await this.voteGroups.assertExists(manager, input.voteGroupId);
      const budget = await this.insertBudget(manager, input);
      await this.audit.append(manager, {
        actor,
        action: 'budget.create',
        subjectType: 'budget',
        subjectId: budget.id,
        isPublic: false,
        payload: { ...input },
      });
      return budget;
    });
  }

  private async insertBudget(manager: EntityManager, input: CreateBudgetInput): Promise<BudgetEntity> {
    const tallyRule = input.tallyRule ?? TallyRule.EQUAL_SHARES;
    if (input.minProjectScore !== undefined && input.minProjectScore !== null && tallyRule !== TallyRule.GREEDY)
      throw ValidationFailedException.forField('input.minProjectScore', 'applies to the GREEDY rule only');
    for (const field of ['equalSharesComparison', 'tieBreakSeed'] as const)
      if (input[field] !== undefined && input[field] !== null && tallyRule !== TallyRule.EQUAL_SHARES)
        throw ValidationFailedException.forField(`input.${field}`, 'applies to the EQUAL_SHARES rule only');
    const repo = manager.getRepository(BudgetEntity);
    return repo.save(
      repo.create({
        title: input.title,
        description: input.description ?? '',
        totalAmount: input.totalAmount,
        ballotType: input.ballotType,
        minProjects: input.minProjects ?? null,
        maxProjects: input.maxProjects ?? null,
        maxPoints: input.maxPoints ?? null,
        minSpendingShare: input.minSpendingShare ?? null,
        tallyRule,
        minProjectScore: input.minProjectScore ?? null,
        add1Completion: tallyRule === TallyRule.EQUAL_SHARES && (input.add1Completion ?? true),
        equalSharesComparison: input.equalSharesComparison ?? null,
        // One line, single spaces: the seed is written as is in the .pb META.
        tieBreakSeed: input.tieBreakSeed?.replace(/\s+/g, ' ').trim() ?? null,
        votingOpensAt: input.votingOpensAt,
        votingClosesAt: input.votingClosesAt,
        paperPrecedence: input.paperPrecedence ?? null,
        districtId: input.districtId ?? null,
        consultationId: input.consultationId ?? null,
        population: input.population ?? EligiblePopulation.CENSUS_RESIDENTS,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        voteGroupId: input.voteGroupId ?? null,
      }),
    );
  }

  async addProject(input: AddBudgetProjectInput, actor: AuditActor): Promise<BudgetProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const budget = await lockDraft(manager, input.budgetId, 'add a project');
      if (input.cost > budget.totalAmount)
        throw ValidationFailedException.forField('input.cost', 'is more than the whole budget');
      if (input.districtId) await this.assertProjectDistrict(input.districtId, budget.districtId);
      if (input.proposalId) await this.assertAcceptedProposal(manager, input.proposalId);
      const repo = manager.getRepository(BudgetProjectEntity);
      const project = await saveProject(
        repo,
        repo.create({
          budgetId: budget.id,
          title: input.title,
          description: input.description ?? '',
          cost: input.cost,
          districtId: input.districtId ?? budget.districtId,
          category: input.category ?? null,
          imageUrl: input.imageUrl ?? null,
          proposalId: input.proposalId ?? null,
        }),
      );
      await this.audit.append(manager, {
        actor,
        action: 'budget.project.add',
        subjectType: 'budget',
        subjectId: budget.id,
        isPublic: false,
        payload: { ...input, projectId: project.id },
      });
      return project;
    });
  }

  /**
   * Changes a project while its budget is a draft, as adding one is checked: once the vote opens, residents
   * choose among the projects as they read them then, so none changes (the ballot's list is frozen). Only
   * the fields that change are recorded, before and after (the description by name: it is the project's
   * own text); a change to nothing records nothing.
   */
  async updateProject(input: UpdateBudgetProjectInput, actor: AuditActor): Promise<BudgetProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { project, budget } = await lockDraftProject(manager, input.projectId, 'change a project');
      if (input.cost !== undefined && input.cost > budget.totalAmount)
        throw ValidationFailedException.forField('input.cost', 'is more than the whole budget');
      if (input.districtId) await this.assertProjectDistrict(input.districtId, budget.districtId);
      const wanted: Partial<Pick<BudgetProjectEntity, EditableField>> = {
        title: input.title,
        description: input.description,
        cost: input.cost,
        districtId: input.districtId === null ? budget.districtId : input.districtId,
        category: input.category,
        imageUrl: input.imageUrl,
      };
      const changed = EDITABLE_FIELDS.filter((f) => wanted[f] !== undefined && wanted[f] !== project[f]);
      if (changed.length === 0) return project;
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of changed) {
        if (field !== 'description') [before[field], after[field]] = [project[field], wanted[field]];
        Object.assign(project, { [field]: wanted[field] });
      }
      return this.saveProjectChange(manager, actor, project, 'budget.project.update', {
        fields: changed,
        before,
        after,
      });
    });
  }

  async setFeasibility(input: SetProjectFeasibilityInput, actor: AuditActor): Promise<BudgetProjectEntity> {
    if (input.feasibility === Feasibility.UNFEASIBLE && !input.explanation?.trim()) {
      throw ValidationFailedException.forField('input.explanation', 'is required for an unfeasible project');
    }
    return this.dataSource.transaction(async (manager) => {
      const { project } = await lockDraftProject(manager, input.projectId, 'assess a project');
      project.feasibility = input.feasibility;
      project.feasibilityExplanation = input.explanation?.trim() || null;
      return this.saveProjectChange(manager, actor, project, 'budget.project.feasibility', {
        feasibility: project.feasibility,
        explanation: project.feasibilityExplanation,
      });
    });
  }

  /** A district of the commune, and the budget's own when the budget is a district's (the column has no foreign key). */
  private async assertProjectDistrict(districtId: string, budgetDistrictId: string | null): Promise<void> {
    if (!(await this.consultations.districtExists(districtId)))
      throw ValidationFailedException.forField('input.districtId', 'is not a district of the commune');
    if (budgetDistrictId && districtId !== budgetDistrictId)
      throw ValidationFailedException.forField('input.districtId', "must be the budget's district");
  }

  async get(budgetId: string): Promise<BudgetEntity> {
    const budget = isUuid(budgetId)
      ? await this.dataSource.getRepository(BudgetEntity).findOneBy({ id: budgetId })
      : null;
    if (!budget) throw new NotFoundException('Budget', budgetId);
    return budget;
  }

  /** Newest first; the cursor is (createdAt, id). */
  list(query: BudgetListQuery): Promise<Connection<BudgetEntity>> {
    return this.budgets.page(query);
  }

  /** Projects of several budgets at once (DataLoader batch), in creation order. */
  async projectsOf(budgetIds: readonly string[]): Promise<BudgetProjectEntity[][]> {
    const rows = await this.dataSource.getRepository(BudgetProjectEntity).find({
      where: { budgetId: In([...budgetIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(budgetIds, rows, (r) => r.budgetId);
  }

  async resultsOf(budgetIds: readonly string[]): Promise<(BudgetResultEntity | null)[]> {
    const rows = await this.dataSource.getRepository(BudgetResultEntity).findBy({ budgetId: In([...budgetIds]) });
    return budgetIds.map((id) => rows.find((r) => r.budgetId === id) ?? null);
  }

  /** Saves a draft's changed project with its staff-only audit entry, which names the project before the details. */
  private async saveProjectChange(
    manager: EntityManager,
    actor: AuditActor,
    project: BudgetProjectEntity,
    action: string,
    details: Record<string, unknown>,
  ): Promise<BudgetProjectEntity> {
    await manager.getRepository(BudgetProjectEntity).save(project);
    await this.audit.append(manager, {
      actor,
      action,
      subjectType: 'budget',
      subjectId: project.budgetId,
      isPublic: false,
      payload: { projectId: project.id, ...details },
    });
    return project;
  }

  /**
   * Only a proposal the town hall accepted (its published answer) becomes a
   * project. The share lock keeps the answer from changing before this
   * transaction commits.
   */
  private async assertAcceptedProposal(manager: EntityManager, proposalId: string): Promise<void> {
    const status = await this.proposals.lockedAnswerStatus(manager, proposalId);
    if (status !== AnswerStatus.ACCEPTED)
      throw ValidationFailedException.forField(
        'input.proposalId',
        status === undefined ? 'is not a proposal' : 'is not an accepted proposal',
      );
  }
}

/** What staff may change of a project (updateProject), in the audit entry's order. */
const EDITABLE_FIELDS = ['title', 'description', 'cost', 'districtId', 'category', 'imageUrl'] as const;
type EditableField = (typeof EDITABLE_FIELDS)[number];

function assertConsistent(input: CreateBudgetInput): void {
  const fail = (field: string, message: string) => {
    throw ValidationFailedException.forField(`input.${field}`, message);
  };
  if (input.votingClosesAt <= input.votingOpensAt) fail('votingClosesAt', 'must be after votingOpensAt');
  if (input.minProjects !== undefined && input.maxProjects !== undefined && input.minProjects > input.maxProjects)
    fail('minProjects', 'must not exceed maxProjects');
  if (input.minAge !== undefined && input.maxAge !== undefined && input.minAge > input.maxAge)
    fail('minAge', 'must not exceed maxAge');
  if (input.ballotType === BallotType.CUMULATIVE && input.maxPoints === undefined)
    fail('maxPoints', 'is required for CUMULATIVE ballots');
  if (input.ballotType !== BallotType.CUMULATIVE && input.maxPoints !== undefined)
    fail('maxPoints', 'applies to CUMULATIVE ballots only');
  if (input.minSpendingShare !== undefined) {
    if (input.ballotType !== BallotType.KNAPSACK) fail('minSpendingShare', 'applies to KNAPSACK ballots only');
    const share = Number(input.minSpendingShare);
    if (!(share >= 0 && share <= 1) || !/^\d(\.\d{1,3})?$/.test(input.minSpendingShare))
      fail('minSpendingShare', 'must be a decimal between 0 and 1 with at most 3 decimals');
  }
}

/**
 * Projects change only in drafts. The share lock makes a concurrent
 * openVoting (which locks the row for update) wait, so no project is added
 * or re-assessed once the ballot's project list is frozen and cached.
 */
async function lockDraft(manager: EntityManager, budgetId: string, action: string): Promise<BudgetEntity> {
  const budget = isUuid(budgetId)
    ? await manager.getRepository(BudgetEntity).findOne({ where: { id: budgetId }, lock: { mode: 'pessimistic_read' } })
    : null;
  if (!budget) throw new NotFoundException('Budget', budgetId);
  if (budget.status !== BudgetStatus.DRAFT)
    throw budgetErrors.invalidStatus(budget.status, [BudgetStatus.DRAFT], action);
  return budget;
}

/**
 * The project, locked for update, and its budget, which must be a draft. The budget is locked first (as adding
 * a project does), then the project row: two edits of one project queue, and each reads what the previous one
 * saved, instead of writing back the fields it read before the other committed.
 */
async function lockDraftProject(
  manager: EntityManager,
  projectId: string,
  action: string,
): Promise<{ project: BudgetProjectEntity; budget: BudgetEntity }> {
  const projects = manager.getRepository(BudgetProjectEntity);
  const found = isUuid(projectId) ? await projects.findOneBy({ id: projectId }) : null;
  if (!found) throw new NotFoundException('BudgetProject', projectId);
  const budget = await lockDraft(manager, found.budgetId, action);
  const project = await projects.findOne({ where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
  if (!project) throw new NotFoundException('BudgetProject', projectId);
  return { project, budget };
}

/** The unique index (budget, proposal) is what keeps one project per proposal, even under concurrent adds. */
async function saveProject(
  repo: Repository<BudgetProjectEntity>,
  project: BudgetProjectEntity,
): Promise<BudgetProjectEntity> {
  try {
    return await repo.save(project);
  } catch (error) {
    if (isUniqueViolation(error, 'budget_projects_budget_id_proposal_id_key'))
      throw ValidationFailedException.forField('input.proposalId', 'is already a project of this budget');
    throw error;
  }
}
