import { CommonErrorCode } from './common-error-code';
import { DomainException } from './domain.exception';

export interface FieldError {
  /** Dotted path from the argument, e.g. `input.title` or `input.phases.0.endsAt`. */
  field: string;
  messages: string[];
}

export class ValidationFailedException extends DomainException<'VALIDATION_FAILED'> {
  constructor(readonly fields: FieldError[]) {
    super(
      CommonErrorCode.VALIDATION_FAILED,
      `Invalid input: ${fields.map((f) => `${f.field} (${f.messages.join('; ')})`).join(', ')}`,
      { fields },
    );
  }

  static forField(field: string, message: string): ValidationFailedException {
    return new ValidationFailedException([{ field, messages: [message] }]);
  }
}
