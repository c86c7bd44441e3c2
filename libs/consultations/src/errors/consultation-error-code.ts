export const ConsultationErrorCode = {
  PHASE_CLOSED: 'PHASE_CLOSED',
} as const;
export type ConsultationErrorCode = (typeof ConsultationErrorCode)[keyof typeof ConsultationErrorCode];
