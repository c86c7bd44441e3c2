import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser, Role } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { ConsultationService, PhaseKind, PhaseWindow } from '@quorum/consultations';
import { AnswerService, AnswerStatus, CommentService, ProposalService, SupportService } from '@quorum/proposals';
import { DataSource } from 'typeorm';
import { DEMO_CONSULTATION, DEMO_PROPOSALS } from './demo-consultation.content';
import { DemoCast } from './demo-residents.seeder';
import { DemoDistricts } from './demo-territory.seeder';

const DAY = 24 * 3600 * 1000;

/** The phases once seeded: proposals are over, supports are open now, review, vote and results ahead. */
function phasesAround(now: number, proposalsEnd: number): PhaseWindow[] {
  const at = (ms: number) => new Date(ms);
  return [
    { kind: PhaseKind.PROPOSALS, startsAt: at(now - 45 * DAY), endsAt: at(proposalsEnd) },
    { kind: PhaseKind.SUPPORTS, startsAt: at(proposalsEnd), endsAt: at(now + 30 * DAY) },
    { kind: PhaseKind.REVIEW, startsAt: at(now + 30 * DAY), endsAt: at(now + 60 * DAY) },
    { kind: PhaseKind.VOTING, startsAt: at(now + 60 * DAY), endsAt: at(now + 90 * DAY) },
    { kind: PhaseKind.RESULTS, startsAt: at(now + 90 * DAY), endsAt: at(now + 180 * DAY) },
  ];
}

/**
 * "Budget participatif 2027" as residents and staff would have made it,
 * through the domain services: created and published by the demo agent with
 * the proposals phase open, proposals submitted by residents, then the agent
 * ends the proposals phase (a phase edit, as staff do) so that supports open;
 * supports, comments and official answers follow.
 */
@Injectable()
export class DemoConsultationSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationService,
    private readonly proposals: ProposalService,
    private readonly supports: SupportService,
    private readonly comments: CommentService,
    private readonly answers: AnswerService,
  ) {}

  /** Returns whether it seeded, and the accepted proposal (a project of the open budget). */
  async seed(cast: DemoCast, districts: DemoDistricts): Promise<{ created: boolean; acceptedProposalId: string }> {
    if (!(await this.exists())) {
      await this.create(cast, districts);
      return { created: true, acceptedProposalId: await this.acceptedProposalId() };
    }
    return { created: false, acceptedProposalId: await this.acceptedProposalId() };
  }

  private async create(cast: DemoCast, districts: DemoDistricts): Promise<void> {
    const staff = staffActor(cast.staffId);
    const resident = (i: number): AuthenticatedUser => ({
      id: cast.residents[i % cast.residents.length].id,
      role: Role.RESIDENT,
      verified: true,
    });
    const now = Date.now();
    const consultation = await this.consultations.create(
      { ...DEMO_CONSULTATION, phases: phasesAround(now, now + 3600 * 1000) },
      staff,
    );
    await this.consultations.setPublished(consultation.id, true, staff);
    const categories = await this.consultations.categoriesOf([consultation.id]);
    const categoryId = (name: string) => categories.find((c) => c.name === name)!.id;

    const ids: string[] = [];
    for (const [i, p] of DEMO_PROPOSALS.entries()) {
      const proposal = await this.proposals.submit(
        {
          consultationId: consultation.id,
          title: p.title,
          body: p.body,
          categoryId: categoryId(p.category),
          districtId: p.district ? districts.get(p.district)! : null,
          latitude: p.location?.latitude ?? null,
          longitude: p.location?.longitude ?? null,
          address: p.location?.address ?? null,
        },
        resident(i * 2),
      );
      ids.push(proposal.id);
    }

    // The agent closes the proposals phase now and opens supports (the same edit as in the back office).
    await this.consultations.update({ id: consultation.id, phases: phasesAround(now, Date.now()) }, staff);

    for (const [i, p] of DEMO_PROPOSALS.entries()) {
      // Never the author (resident i*2): supporters start right after them.
      for (let s = 0; s < p.supports; s++) await this.supports.support(ids[i], resident(i * 2 + 1 + s));
      for (const [c, comment] of (p.comments ?? []).entries()) {
        const top = await this.comments.add({ proposalId: ids[i], body: comment.body }, resident(i + 7 + c));
        if (comment.reply)
          await this.comments.add({ proposalId: ids[i], parentId: top.id, body: comment.reply }, resident(i * 2));
      }
      if (p.answer)
        await this.answers.answer(
          { proposalId: ids[i], status: AnswerStatus[p.answer.status], answer: p.answer.text },
          cast.staffId,
        );
    }
  }

  private async exists(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM consultations WHERE title = $1`, [
      DEMO_CONSULTATION.title,
    ]);
    return rows.length > 0;
  }

  private async acceptedProposalId(): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM proposals p JOIN consultations c ON c.id = p.consultation_id
        WHERE c.title = $1 AND p.answer_status = 'ACCEPTED' ORDER BY p.created_at LIMIT 1`,
      [DEMO_CONSULTATION.title],
    );
    return row.id;
  }
}
