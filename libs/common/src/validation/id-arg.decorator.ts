import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { ValidationFailedException } from '../errors/validation-failed.exception';

/** Refuses an id that is not a UUID before it reaches PostgreSQL, which would fail on it (a 500, not an answer). */
@Injectable()
export class UuidArgPipe implements PipeTransform<unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined || (typeof value === 'string' && isUUID(value))) return value;
    throw ValidationFailedException.forField(metadata.data ?? 'id', 'must be a UUID');
  }
}

/**
 * A top-level `ID!` argument holding a row's UUID, e.g. `@IdArg('proposalId') proposalId: string`.
 * Input types check theirs with `@IsUUID()`; plain arguments have no class to carry a decorator.
 */
export const IdArg = (name: string): ParameterDecorator => Args(name, { type: () => ID }, UuidArgPipe);
