import { InputType } from '@nestjs/graphql';
import { BallotChoicesInput } from './ballot-choices.input';

/** One paper sheet, filled as castBallot's input: projectIds (APPROVAL, KNAPSACK), points (CUMULATIVE) or ranking (ORDINAL). */
@InputType()
export class PaperBallotInput extends BallotChoicesInput {}
