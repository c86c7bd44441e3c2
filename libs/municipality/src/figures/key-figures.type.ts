import { ObjectType } from '@nestjs/graphql';

/**
 * Participation at a glance, for the home page and anyone reporting on the
 * platform. Each domain resolves its own fields (proposals, budgets, reports),
 * so no domain counts another's rows.
 */
@ObjectType('KeyFigures')
export class KeyFiguresType {
  // The fields are declared by each domain's resolver (@ResolveField on this type).
  readonly kind = 'key-figures';
}
