import { Injectable } from '@nestjs/common';
import { FieldError, ValidationFailedException } from '@quorum/common';
import { ConsultationService } from '@quorum/consultations';

export interface ProposalReferences {
  categoryId?: string | null;
  districtId?: string | null;
}

/** Checks that a proposal's category belongs to its consultation and its district exists, naming the field otherwise. */
@Injectable()
export class ProposalReferencesValidator {
  constructor(private readonly consultations: ConsultationService) {}

  async assertValid(consultationId: string, refs: ProposalReferences): Promise<void> {
    const problems: FieldError[] = [];
    if (refs.categoryId && !(await this.consultations.findCategory(consultationId, refs.categoryId))) {
      problems.push({ field: 'input.categoryId', messages: ['is not a category of this consultation'] });
    }
    if (refs.districtId && !(await this.consultations.districtExists(refs.districtId))) {
      problems.push({ field: 'input.districtId', messages: ['is not a district of the commune'] });
    }
    if (problems.length) throw new ValidationFailedException(problems);
  }
}
