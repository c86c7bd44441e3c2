import { DomainException } from '@quorum/common';
import { PhaseKind } from '../types/phase-kind.enum';
import { ConsultationErrorCode } from './consultation-error-code';

export class ConsultationException extends DomainException<ConsultationErrorCode> {}

export const consultationErrors = {
  phaseClosed: (required: PhaseKind, current: PhaseKind | null) =>
    new ConsultationException(ConsultationErrorCode.PHASE_CLOSED, `Only possible during the ${required} phase`, {
      requiredPhase: required,
      currentPhase: current,
    }),
};
