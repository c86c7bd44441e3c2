import { applyDecorators } from '@nestjs/common';
import { IsPrintableText, Trimmed } from '@quorum/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * The name shown next to a person's contributions: 2 to 80 printable characters, trimmed. Given at sign-up and
 * changed in the account's settings, with one rule for both. Listed in the order a field's own decorators run
 * (bottom up), so that its messages come in the order they did when each input wrote them.
 */
export const IsDisplayName = (): PropertyDecorator =>
  applyDecorators(Trimmed(), IsPrintableText(), MaxLength(80), MinLength(2), IsString());
