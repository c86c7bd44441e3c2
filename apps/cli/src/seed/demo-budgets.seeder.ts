import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditActor, staffActor } from '@quorum/audit';
import {
  BallotService,
  BallotType,
  BudgetLifecycleService,
  BudgetService,
  BudgetStatus,
  BudgetTallyService,
  Feasibility,
  TallyRule,
} from '@quorum/budgets';
import { DataSource } from 'typeorm';
import { DEMO_OPEN_BUDGET, DEMO_PAST_BUDGET, DemoProject } from './demo-budgets.content';
import { DemoCast } from './demo-residents.seeder';
import { DemoDistricts } from './demo-territory.seeder';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/**
 * Two budgets, through the budget services, acting as the demo agent:
 * - "Budget participatif 2026", voted, closed, tallied and published. Votes
 *   are checked against the server clock, so it is created with a window
 *   around now (opened a month ago, closing in ten minutes), residents cast
 *   their ballots, and the agent closes it early (a staff action). The close
 *   queues the tally in the outbox as always; the seeder runs the tally
 *   service itself so that the result exists before the worker starts, and
 *   the queued job then finds the budget PUBLISHED and is SKIPPED (a no-op,
 *   as for any redelivered tally job).
 * - "Plan fraîcheur 2027", open for three weeks, no ballot yet.
 */
@Injectable()
export class DemoBudgetsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetService,
    private readonly lifecycle: BudgetLifecycleService,
    private readonly ballots: BallotService,
    private readonly tally: BudgetTallyService,
  ) {}

  async seed(cast: DemoCast, districts: DemoDistricts, acceptedProposalId: string): Promise<number> {
    let created = 0;
    if (await this.seedPastBudget(cast, districts)) created += 1;
    if (await this.seedOpenBudget(cast, districts, acceptedProposalId)) created += 1;
    return created;
  }

  private async seedPastBudget(cast: DemoCast, districts: DemoDistricts): Promise<boolean> {
    const staff = staffActor(cast.staffId);
    const existing = await this.find(DEMO_PAST_BUDGET.title);
    if (existing?.status === BudgetStatus.PUBLISHED) return false;
    let id = existing?.id;
    if (!id) {
      const now = Date.now();
      const budget = await this.budgets.create(
        {
          ...presented(DEMO_PAST_BUDGET),
          ballotType: BallotType.APPROVAL,
          maxProjects: DEMO_PAST_BUDGET.maxProjects,
          tallyRule: TallyRule.EQUAL_SHARES,
          add1Completion: true,
          votingOpensAt: new Date(now - 30 * DAY),
          votingClosesAt: new Date(now + 10 * MINUTE),
        },
        staff,
      );
      id = budget.id;
      const projectIds = await this.addProjects(id, DEMO_PAST_BUDGET.projects, districts, staff);
      await this.lifecycle.open(id, staff);
      for (let r = 0; r < DEMO_PAST_BUDGET.voters; r++) {
        const choice = DEMO_PAST_BUDGET.ballots[r % DEMO_PAST_BUDGET.ballots.length];
        await this.ballots.cast({
          budgetId: id,
          userId: cast.residents[r].id,
          projectIds: choice.map((j) => projectIds[j]),
          confirmByMail: false,
        });
      }
    }
    // Each transition resumes a run interrupted half-way.
    let status = (await this.lifecycle.get(id)).status;
    if (status === BudgetStatus.OPEN) status = (await this.lifecycle.close(id, staff)).status;
    if (status === BudgetStatus.CLOSED) await this.tally.run(id);
    await this.lifecycle.publish(id, staff);
    return true;
  }

  private async seedOpenBudget(cast: DemoCast, districts: DemoDistricts, acceptedProposalId: string): Promise<boolean> {
    if (await this.find(DEMO_OPEN_BUDGET.title)) return false;
    const staff = staffActor(cast.staffId);
    const now = Date.now();
    const budget = await this.budgets.create(
      {
        ...presented(DEMO_OPEN_BUDGET),
        ballotType: BallotType.KNAPSACK,
        tallyRule: TallyRule.EQUAL_SHARES,
        votingOpensAt: new Date(now - MINUTE),
        votingClosesAt: new Date(now + DEMO_OPEN_BUDGET.votingDays * DAY),
      },
      staff,
    );
    await this.addProjects(budget.id, DEMO_OPEN_BUDGET.projects, districts, staff, acceptedProposalId);
    await this.lifecycle.open(budget.id, staff);
    return true;
  }

  /** Adds the projects, assessed feasible; the first may stem from an accepted proposal. Returns their ids in order. */
  private async addProjects(
    budgetId: string,
    projects: DemoProject[],
    districts: DemoDistricts,
    staff: AuditActor,
    firstProposalId?: string,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, p] of projects.entries()) {
      const project = await this.budgets.addProject(
        {
          budgetId,
          title: p.title,
          description: p.description,
          cost: p.cost,
          category: p.category,
          ...(p.district ? { districtId: districts.get(p.district)! } : {}),
          ...(i === 0 && firstProposalId ? { proposalId: firstProposalId } : {}),
        },
        staff,
      );
      await this.budgets.setFeasibility({ projectId: project.id, feasibility: Feasibility.FEASIBLE }, staff);
      ids.push(project.id);
    }
    return ids;
  }

  private async find(title: string): Promise<{ id: string; status: BudgetStatus } | undefined> {
    const [row]: { id: string; status: BudgetStatus }[] = await this.dataSource.query(
      `SELECT id, status FROM budgets WHERE title = $1`,
      [title],
    );
    return row;
  }
}

/** What residents read of a demo budget, as its content file gives it. */
function presented(budget: { title: string; description: string; totalAmount: number }) {
  return { title: budget.title, description: budget.description, totalAmount: budget.totalAmount };
}
