import { defineMessages } from '../../i18n/define-messages';

export const auditMessages = defineMessages(
  {
    'audit.title': 'Journal d’audit',
    'audit.intro':
      'Chaque action enregistrée, la plus récente d’abord. Chaque entrée est chaînée à la précédente par son empreinte SHA-256 : réécrire l’histoire changerait toutes les empreintes suivantes.',
    'audit.head': 'Dernière entrée : n° {sequence}, empreinte {hash}',
    'audit.filter.legend': 'Filtrer le journal',
    'audit.filter.action': 'Action',
    'audit.filter.actionHint': 'Le nom exact, par exemple moderation.hide ou budget.publish.',
    'audit.filter.submit': 'Filtrer',
    'audit.count': '{count, plural, =0 {Aucune entrée.} one {# entrée} other {# entrées}}',
    'audit.caption': 'Entrées du journal d’audit',
    'audit.column.sequence': 'N°',
    'audit.column.occurredAt': 'Date',
    'audit.column.action': 'Action',
    'audit.column.actor': 'Auteur',
    'audit.column.subject': 'Objet',
    'audit.column.visibility': 'Visibilité',
    'audit.actor': '{kind, select, STAFF {Agent} RESIDENT {Habitant·e} SYSTEM {Système} other {{kind}}}',
    'audit.public': 'Public',
    'audit.staffOnly': 'Agents seulement',
    'audit.chain.title': 'Vérification de la chaîne',
    'audit.chain.hint':
      'Recalcule l’empreinte de chaque entrée depuis la première, comme la commande audit:verify : cela peut prendre quelques secondes.',
    'audit.chain.verify': 'Vérifier la chaîne',
    'audit.chain.again': 'Vérifier à nouveau',
    'audit.chain.intact':
      '{count, plural, =0 {Chaîne intacte : aucune entrée à vérifier} one {Chaîne intacte : # entrée vérifiée} other {Chaîne intacte : # entrées vérifiées}} ({date}).',
    'audit.chain.broken':
      'Chaîne rompue à l’entrée n° {sequence} ({count, plural, =0 {aucune entrée correcte avant elle} one {# entrée correcte avant elle} other {# entrées correctes avant elle}}, vérifié le {date}).',
    'audit.chain.brokenHint':
      'Les entrées à partir de celle-ci ne sont plus garanties : prévenez l’administrateur, qui compare avec les empreintes publiées.',
  },
  {
    'audit.title': 'Audit log',
    'audit.intro':
      'Every recorded action, newest first. Each entry is chained to the previous one by its SHA-256 hash: rewriting history would change every later hash.',
    'audit.head': 'Latest entry: no. {sequence}, hash {hash}',
    'audit.filter.legend': 'Filter the log',
    'audit.filter.action': 'Action',
    'audit.filter.actionHint': 'The exact name, for instance moderation.hide or budget.publish.',
    'audit.filter.submit': 'Filter',
    'audit.count': '{count, plural, =0 {No entry.} one {# entry} other {# entries}}',
    'audit.caption': 'Audit log entries',
    'audit.column.sequence': 'No.',
    'audit.column.occurredAt': 'Date',
    'audit.column.action': 'Action',
    'audit.column.actor': 'Actor',
    'audit.column.subject': 'Subject',
    'audit.column.visibility': 'Visibility',
    'audit.actor': '{kind, select, STAFF {Staff} RESIDENT {Resident} SYSTEM {System} other {{kind}}}',
    'audit.public': 'Public',
    'audit.staffOnly': 'Staff only',
    'audit.chain.title': 'Chain verification',
    'audit.chain.hint':
      'Recomputes the hash of every entry from the first, as the audit:verify command does: it may take a few seconds.',
    'audit.chain.verify': 'Verify the chain',
    'audit.chain.again': 'Verify again',
    'audit.chain.intact':
      '{count, plural, =0 {Chain intact: no entry to check} one {Chain intact: # entry checked} other {Chain intact: # entries checked}} ({date}).',
    'audit.chain.broken':
      'Chain broken at entry no. {sequence} ({count, plural, =0 {no correct entry before it} one {# correct entry before it} other {# correct entries before it}}, checked on {date}).',
    'audit.chain.brokenHint':
      'Entries from this one on are no longer guaranteed: tell the administrator, who compares with the published hashes.',
  },
);
