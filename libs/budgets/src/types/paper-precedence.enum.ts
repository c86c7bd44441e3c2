import { registerEnumType } from '@nestjs/graphql';

/** Which ballot counts when one person voted both online and on paper. */
export enum PaperPrecedence {
  ONLINE_WINS = 'ONLINE_WINS',
  PAPER_WINS = 'PAPER_WINS',
}

registerEnumType(PaperPrecedence, {
  name: 'PaperPrecedence',
  description:
    'When a person marked as having voted in person already holds an online ballot: ONLINE_WINS keeps the online ballot and sets the paper vote aside (no sheet is to be handed out); PAPER_WINS sets the online ballot aside (Lot-et-Garonne). Either way the vote kept out is recorded and counted in Budget.turnout.setAside.',
});
