import { DatasetDefinition } from './dataset-definition';
import { field } from './field';
import { parisDay, PRODUCER_FIELDS, producerColumns, VISIBLE_PROPOSAL } from './sql-fragments';

/** New supports per proposal and day (Paris time): counts only, never who or at what time. */
export const PROPOSAL_DAILY_SUPPORTS: DatasetDefinition = {
  name: 'proposal-daily-supports',
  title: { fr: 'Soutiens quotidiens par proposition', en: 'Daily supports per proposal' },
  description: {
    fr: 'Nombre de nouveaux soutiens reçus chaque jour (heure de Paris) par chaque proposition publiée.',
    en: 'New supports each published proposal received per day (Paris time).',
  },
  formats: ['csv', 'json'],
  fields: [
    field('proposal_id', 'string', 'Proposition (identifiant)', 'Proposal id', true),
    field('day', 'date', 'Jour (heure de Paris)', 'Day (Paris time)', true),
    field('supports', 'integer', 'Nouveaux soutiens ce jour', 'New supports that day', true),
    field(
      'cumulative_supports',
      'integer',
      'Soutiens cumulés à la fin du jour',
      'Cumulative supports at the end of the day',
      true,
    ),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT proposal_id, day, supports, (sum(supports) OVER (PARTITION BY proposal_id ORDER BY day))::int AS cumulative_supports,
           ${producerColumns(context)}
      FROM (SELECT s.proposal_id, ${parisDay('s.created_at')} AS day, count(*)::int AS supports
              FROM proposal_supports s JOIN proposals p ON p.id = s.proposal_id
             WHERE ${VISIBLE_PROPOSAL}
             GROUP BY 1, 2) daily
     ORDER BY proposal_id, day`,
};
