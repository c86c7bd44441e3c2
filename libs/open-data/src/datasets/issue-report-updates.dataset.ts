import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { PRODUCER_FIELDS, producerColumns, utcColumns } from './sql-fragments';

/** The public history of each report: status changes and their public notes, without the staff member. */
export const ISSUE_REPORT_UPDATES: DatasetDefinition = {
  name: 'issue-report-updates',
  title: { fr: 'Suivi des signalements', en: 'Issue report updates' },
  description: {
    fr: 'Chaque changement de statut d’un signalement, avec la note publique de la commune.',
    en: "Every status change of a report, with the commune's public note.",
  },
  formats: ['csv', 'json'],
  fields: [
    idField('Identifiant de la mise à jour', 'Update id'),
    field('report_id', 'string', 'Signalement (identifiant)', 'Report id', true),
    field('status', 'string', 'Nouveau statut', 'New status', true),
    field('previous_status', 'string', 'Statut précédent', 'Previous status'),
    field('note', 'string', 'Note publique (peut être vide)', 'Public note (may be empty)'),
    field('created_at', 'datetime', 'Date (UTC)', 'Date (UTC)', true),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT u.id, u.report_id, u.status::text, u.previous_status::text, u.note, ${utcColumns('u.created_at')},
           ${producerColumns(context)}
      FROM issue_report_updates u
     ORDER BY u.report_id, u.created_at, u.id`,
};
