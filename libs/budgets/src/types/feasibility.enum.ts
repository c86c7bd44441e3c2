import { registerEnumType } from '@nestjs/graphql';

/** Staff's technical valuation of a project (as CONSUL's); only feasible projects are on the ballot. */
export enum Feasibility {
  FEASIBLE = 'FEASIBLE',
  UNFEASIBLE = 'UNFEASIBLE',
}

registerEnumType(Feasibility, { name: 'Feasibility' });
