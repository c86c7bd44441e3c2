import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { ValidationFailedException } from '../errors/validation-failed.exception';
import { toFieldErrors } from './to-field-errors';

/**
 * Validates every resolver argument with class-validator and reports each
 * offending field by its path from the argument name (`input.title`).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidUnknownValues: false, validationError: { target: false } });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationFailedException && metadata.data) {
        throw new ValidationFailedException(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
      }
      throw error;
    }
  }

  override createExceptionFactory() {
    return (errors: ValidationError[] = []) => new ValidationFailedException(toFieldErrors(errors));
  }
}
