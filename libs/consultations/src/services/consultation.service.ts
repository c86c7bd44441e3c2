import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser, Role } from '@quorum/access';
import { AuditActor, AuditLog } from '@quorum/audit';
import {
  Connection,
  EligiblePopulation,
  FieldError,
  NotFoundException,
  ValidationFailedException,
} from '@quorum/common';
import { MunicipalityService } from '@quorum/municipality';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { CreateConsultationInput } from '../dto/create-consultation.input';
import { UpdateConsultationInput } from '../dto/update-consultation.input';
import { ConsultationCategoryEntity } from '../entities/consultation-category.entity';
import { ConsultationPhaseEntity } from '../entities/consultation-phase.entity';
import { ConsultationEntity } from '../entities/consultation.entity';
import { consultationErrors } from '../errors/consultation.exception';
import { ConsultationRepository } from '../repositories/consultation.repository';
import { PhaseKind } from '../types/phase-kind.enum';
import { currentPhase, phaseProblems, PhaseWindow } from '../domain/current-phase';
import { ConsultationFrame, ConsultationFrames } from './consultation-frames.service';

export function isStaff(user: AuthenticatedUser | null): boolean {
  return user?.role === Role.STAFF || user?.role === Role.ADMIN;
}

/** Residents and visitors see published consultations only. */
export function visibleTo(
  consultation: Pick<ConsultationEntity, 'publishedAt'> | null | undefined,
  viewer: AuthenticatedUser | null,
): consultation is Pick<ConsultationEntity, 'publishedAt'> {
  return !!consultation && (consultation.publishedAt !== null || isStaff(viewer));
}

/** Consultations, their phases and categories. Unpublished ones exist only for staff. */
@Injectable()
export class ConsultationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipality: MunicipalityService,
    private readonly audit: AuditLog,
    private readonly frames: ConsultationFrames,
    private readonly consultations: ConsultationRepository,
  ) {}

  async create(input: CreateConsultationInput, actor: AuditActor): Promise<ConsultationEntity> {
    await this.assertValid(input);
    return this.dataSource.transaction(async (manager) => {
      const consultation = await manager.getRepository(ConsultationEntity).save({
        title: input.title,
        description: input.description,
        imageUrl: input.imageUrl ?? null,
        districtId: input.districtId ?? null,
        supportLimit: input.supportLimit ?? 0,
        supportThreshold: input.supportThreshold ?? 0,
        proposalLimit: input.proposalLimit ?? null,
        hideThreshold: input.hideThreshold ?? null,
        population: input.population ?? EligiblePopulation.CENSUS_RESIDENTS,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        publishedAt: null,
        createdById: actor.id,
      });
      await this.replacePhases(manager, consultation.id, input.phases);
      await this.replaceCategories(manager, consultation.id, input.categories ?? []);
      // Not public yet: residents cannot see an unpublished consultation.
      await this.audit.append(manager, {
        actor,
        action: 'consultation.create',
        subjectType: 'consultation',
        subjectId: consultation.id,
        isPublic: false,
        payload: { title: consultation.title, phases: input.phases, categories: input.categories ?? [] },
      });
      return consultation;
    });
  }

  async update(input: UpdateConsultationInput, actor: AuditActor): Promise<ConsultationEntity> {
    await this.assertValid(input);
    const updated = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationEntity);
      const consultation = await repository.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!consultation) throw new NotFoundException('Consultation', input.id);
      // One limit changed alone is checked against the other as stored (the table's CHECK would refuse it with a 500).
      const minAge = input.minAge === undefined ? consultation.minAge : input.minAge;
      const maxAge = input.maxAge === undefined ? consultation.maxAge : input.maxAge;
      if (minAge !== null && maxAge !== null && minAge > maxAge)
        throw ValidationFailedException.forField('input.minAge', 'must not exceed maxAge');
      const { id: _id, phases, categories, ...fields } = input;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      await repository.update(consultation.id, defined);
      if (phases) await this.replacePhases(manager, consultation.id, phases);
      if (categories) await this.replaceCategories(manager, consultation.id, categories);
      // The names of the fields changed, not their text; phases and categories in full (they are short and structural).
      await this.audit.append(manager, {
        actor,
        action: 'consultation.update',
        subjectType: 'consultation',
        subjectId: consultation.id,
        isPublic: consultation.publishedAt !== null,
        payload: {
          fields: Object.keys(defined).sort(),
          ...(phases ? { phases } : {}),
          ...(categories ? { categories } : {}),
        },
      });
      return repository.findOneByOrFail({ id: consultation.id });
    });
    this.frames.forget(updated.id);
    return updated;
  }

  async setPublished(id: string, published: boolean, actor: AuditActor): Promise<ConsultationEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationEntity);
      const consultation = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!consultation) throw new NotFoundException('Consultation', id);
      // Publishing again keeps the first publication date (and changes nothing to record).
      if (published === (consultation.publishedAt !== null)) return consultation;
      consultation.publishedAt = published ? new Date() : null;
      const saved = await repository.save(consultation);
      await this.audit.append(manager, {
        actor,
        action: published ? 'consultation.publish' : 'consultation.unpublish',
        subjectType: 'consultation',
        subjectId: id,
        isPublic: true,
        payload: { title: consultation.title },
      });
      return saved;
    });
    this.frames.forget(id);
    return result;
  }

  /** A consultation the caller may see: residents and visitors only see published ones. */
  async findVisible(id: string, viewer: AuthenticatedUser | null): Promise<ConsultationEntity> {
    const consultation = await this.dataSource.getRepository(ConsultationEntity).findOneBy({ id });
    if (!consultation || !visibleTo(consultation, viewer)) throw new NotFoundException('Consultation', id);
    return consultation;
  }

  /**
   * The same, with its phases and categories, as pages show it: read at most once per
   * `MUNICIPALITY_CACHE_MS` per process (ConsultationFrames), so never to guard a write.
   */
  async frameVisible(id: string, viewer: AuthenticatedUser | null): Promise<ConsultationFrame> {
    const frame = await this.frames.frame(id);
    if (!frame || !visibleTo(frame.consultation, viewer)) throw new NotFoundException('Consultation', id);
    return frame;
  }

  /** Newest first; residents and visitors see published ones only. */
  list(viewer: AuthenticatedUser | null, first: number, after?: string): Promise<Connection<ConsultationEntity>> {
    return this.consultations.page(!isStaff(viewer), first, after);
  }

  categoriesOf(consultationIds: readonly string[]): Promise<ConsultationCategoryEntity[]> {
    return this.dataSource
      .getRepository(ConsultationCategoryEntity)
      .find({ where: { consultationId: In([...consultationIds]) }, order: { name: 'ASC' } });
  }

  async currentPhaseOf(
    consultationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PhaseKind | null> {
    const phases = await manager.getRepository(ConsultationPhaseEntity).findBy({ consultationId });
    return currentPhase(phases, new Date());
  }

  /**
   * The published consultation, provided `kind` is open now by the server
   * clock; PHASE_CLOSED otherwise. Pass the transaction's manager when the
   * check guards a write.
   */
  async assertPhaseOpen(
    consultationId: string,
    kind: PhaseKind,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConsultationEntity> {
    const consultation = await manager
      .getRepository(ConsultationEntity)
      .findOneBy({ id: consultationId, publishedAt: Not(IsNull()) });
    if (!consultation) throw new NotFoundException('Consultation', consultationId);
    const now = await this.currentPhaseOf(consultationId, manager);
    if (now !== kind) throw consultationErrors.phaseClosed(kind, now);
    return consultation;
  }

  /** Whether the consultation has a phase of this kind (skipped phases have no row). */
  async hasPhase(
    consultationId: string,
    kind: PhaseKind,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.getRepository(ConsultationPhaseEntity).existsBy({ consultationId, kind });
  }

  async findCategory(consultationId: string, categoryId: string): Promise<ConsultationCategoryEntity | null> {
    return this.dataSource.getRepository(ConsultationCategoryEntity).findOneBy({ id: categoryId, consultationId });
  }

  async districtExists(districtId: string): Promise<boolean> {
    return (await this.municipality.findDistrict(districtId)) !== null;
  }

  private async assertValid(input: {
    phases?: PhaseWindow[];
    districtId?: string | null;
    categories?: string[];
    minAge?: number | null;
    maxAge?: number | null;
  }): Promise<void> {
    const problems: FieldError[] = input.phases ? phaseProblems(input.phases, 'input.phases') : [];
    if (input.districtId && !(await this.districtExists(input.districtId))) {
      problems.push({ field: 'input.districtId', messages: ['is not a district of the commune'] });
    }
    const names = (input.categories ?? []).map((c) => c.trim().toLowerCase());
    if (new Set(names).size !== names.length)
      problems.push({ field: 'input.categories', messages: ['must be distinct'] });
    if (typeof input.minAge === 'number' && typeof input.maxAge === 'number' && input.minAge > input.maxAge)
      problems.push({ field: 'input.minAge', messages: ['must not exceed maxAge'] });
    if (problems.length) throw new ValidationFailedException(problems);
  }

  private async replacePhases(manager: EntityManager, consultationId: string, phases: PhaseWindow[]): Promise<void> {
    await manager.getRepository(ConsultationPhaseEntity).delete({ consultationId });
    if (phases.length === 0) return;
    await manager
      .getRepository(ConsultationPhaseEntity)
      .insert(phases.map((p) => ({ consultationId, kind: p.kind, startsAt: p.startsAt, endsAt: p.endsAt })));
  }

  /** Keeps the ids of categories whose name stays, so proposals filed under them keep their category. */
  private async replaceCategories(manager: EntityManager, consultationId: string, names: string[]): Promise<void> {
    const repository = manager.getRepository(ConsultationCategoryEntity);
    const wanted = names.map((n) => n.trim());
    const existing = await repository.findBy({ consultationId });
    const gone = existing.filter((c) => !wanted.includes(c.name)).map((c) => c.id);
    if (gone.length) await repository.delete({ id: In(gone) });
    const added = wanted.filter((n) => !existing.some((c) => c.name === n));
    if (added.length) await repository.insert(added.map((name) => ({ consultationId, name })));
  }
}
