import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { ValidationFailedException } from '../errors/validation-failed.exception';
import { toFieldErrors } from './to-field-errors';
import { unsafeTextPaths } from './unsafe-text';

/** Nest's param type of GraphQL `@Args()` (`GqlParamtype.ARGS`, which @nestjs/graphql does not export). */
const GRAPHQL_ARGS = 3;
/**
 * What clients send: GraphQL arguments and REST bodies, queries and params.
 * A field resolver's parent is our own object; validating it would copy it
 * through class-transformer for every field of every row.
 */
const CLIENT_INPUT: ReadonlySet<ArgumentMetadata['type'] | number> = new Set(['body', 'query', 'param', GRAPHQL_ARGS]);

/**
 * Validates every resolver argument with class-validator and reports each
 * offending field by its path from the argument name (`input.title`).
 * Before that, refuses control characters, noncharacters and broken Unicode in any string
 * of any argument, JSON scalars included.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidUnknownValues: false, validationError: { target: false } });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.has(metadata.type)) {
      const unsafe = unsafeTextPaths(value, metadata.data ?? '');
      if (unsafe.length > 0)
        throw new ValidationFailedException(
          unsafe.map((field) => ({
            field,
            messages: ['must not contain control characters, noncharacters or broken Unicode'],
          })),
        );
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationFailedException && metadata.data) {
        throw new ValidationFailedException(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
      }
      throw error;
    }
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(metadata.type) && super.toValidate(metadata);
  }

  override createExceptionFactory() {
    return (errors: ValidationError[] = []) => new ValidationFailedException(toFieldErrors(errors));
  }
}
