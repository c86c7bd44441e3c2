import { defineMessages } from '../../i18n/define-messages';

/** Double entry of paper batches: the first entry, the second, their differences and their resolution. */
export const paperBatchMessages = defineMessages(
  {
    'paperBatch.crumb': 'Bulletins papier',
    'paperBatch.start.title': 'Saisie double',
    'paperBatch.start.hint':
      'En saisie double, un agent saisit tous les bulletins d’un lot, puis un autre agent les saisit à nouveau, dans le même ordre. Le lot ne compte que si les deux saisies concordent ; sinon leurs différences sont listées et le lot attend d’être résolu.',
    'paperBatch.start.submit': 'Commencer un lot en saisie double',
    'paperBatch.field.pollingPlace': 'Bureau ou urne d’où vient le lot',
    'paperBatch.new.title': 'Saisie double, première saisie : {budget}',
    'paperBatch.pollingPlace': 'Bureau de vote ou urne : {place}.',
    'paperBatch.pollingPlace.change': 'Changer de bureau',
    'paperBatch.entered':
      '{count, plural, =0 {Aucun bulletin saisi} one {# bulletin saisi} other {# bulletins saisis}}',
    'paperBatch.sheet.number': 'Bulletin n° {number}',
    'paperBatch.sheet.rank': '{rank}. {project}',
    'paperBatch.sheet.blank': 'aucun projet',
    'paperBatch.sheet.valid': '{sheet}',
    'paperBatch.sheet.spoiled': '{sheet} (nul)',
    'paperBatch.add': 'Ajouter ce bulletin au lot',
    'paperBatch.undo': 'Retirer le dernier bulletin saisi',
    'paperBatch.said.added': 'Bulletin n° {number} ajouté au lot. Saisissez le suivant.',
    'paperBatch.said.removed': 'Bulletin n° {number} retiré du lot.',
    'paperBatch.said.updated': 'Total mis à jour.',
    'paperBatch.record.title': 'Enregistrer le lot',
    'paperBatch.record.hint.first':
      'Quand tous les bulletins du lot sont saisis, enregistrez-le : il ne compte qu’une fois saisi à nouveau, à l’identique, par un autre agent.',
    'paperBatch.record.hint.second':
      'Quand tous les bulletins sont saisis, enregistrez cette seconde saisie : si elle concorde avec la première, le lot compte ; sinon les différences sont listées.',
    'paperBatch.record.hint.resolution':
      'Quand tous les bulletins sont saisis tels qu’ils sont écrits, enregistrez cette saisie : elle remplace les deux autres et le lot compte.',
    'paperBatch.record.submit': 'Enregistrer {count, plural, one {le bulletin} other {les # bulletins}} du lot',
    'paperBatch.refused.unreadable':
      'Les bulletins saisis jusqu’ici n’ont pas pu être relus : rien n’a été enregistré, recommencez la saisie du lot.',
    'paperBatch.refused.empty': 'Saisissez au moins un bulletin avant d’enregistrer le lot.',
    'paperBatch.refused.tooMany':
      'Un lot compte au plus {max, number} bulletins : enregistrez celui-ci et commencez-en un autre.',
    'paperBatch.refused.status':
      'Ce lot a changé entre-temps (un autre agent l’a saisi ou résolu) : rien n’a été enregistré, voici son état.',
    'paperBatch.title': 'Lot de bulletins papier : {place}',
    'paperBatch.status':
      '{status, select, COUNTED {Ce lot compte.} AWAITING_SECOND_ENTRY {Ce lot attend sa seconde saisie : il ne compte pas encore.} DIFFERENT {Les deux saisies de ce lot diffèrent : il ne compte pas tant qu’elles ne sont pas résolues.} other {{status}}}',
    'paperBatch.counted': 'Bulletins valables : {accepted}. Bulletins nuls : {refused}.',
    'paperBatch.firstEntry':
      'Première saisie : {sheets, plural, one {# bulletin} other {# bulletins}}. Leur contenu n’est montré qu’à l’agent qui l’a faite jusqu’à la seconde saisie.',
    'paperBatch.second.hint':
      'Saisissez à nouveau les bulletins de ce lot, dans le même ordre, tels qu’ils sont écrits : la première saisie ne vous est pas montrée.',
    'paperBatch.second.yours':
      'Vous avez fait la première saisie de ce lot : la seconde doit être faite par un autre agent.',
    'paperBatch.resolve.yours':
      'Vous avez fait la première saisie de ce lot, celle qui est en cause : un autre agent relit les bulletins sur papier.',
    'paperBatch.differences.title': 'Différences entre les deux saisies',
    'paperBatch.differences.caption':
      '{count, plural, one {# bulletin lu différemment} other {# bulletins lus différemment}}',
    'paperBatch.column.sheet': 'Bulletin',
    'paperBatch.column.first': 'Première saisie',
    'paperBatch.column.second': 'Seconde saisie',
    'paperBatch.missing': 'absent de cette saisie',
    'paperBatch.missing.drop': 'pas de bulletin (il n’est pas dans l’urne)',
    'paperBatch.resolve.title': 'Résoudre avec les bulletins papier',
    'paperBatch.resolve.hint':
      'Relisez chacun de ces bulletins sur papier et gardez la lecture juste ; les bulletins sur lesquels les deux saisies concordent restent tels quels.',
    'paperBatch.resolve.reading': '{reading, select, first {Première saisie} other {Seconde saisie}} : {sheet}',
    'paperBatch.resolve.required': 'Choisissez la lecture juste du bulletin n° {number}',
    'paperBatch.resolve.submit': 'Résoudre le lot avec ces lectures',
    'paperBatch.reenter.title': 'Ou saisir à nouveau tout le lot',
    'paperBatch.reenter.hint':
      'Si aucune des deux lectures n’est juste, saisissez à nouveau tous les bulletins du lot tels qu’ils sont écrits : cette saisie fait foi.',
    'paperBatch.flash.recorded':
      'Première saisie enregistrée. Le lot comptera quand un autre agent l’aura saisi à nouveau à l’identique.',
    'paperBatch.flash.counted': 'Les deux saisies concordent : le lot compte.',
    'paperBatch.flash.different':
      'Les deux saisies diffèrent : le lot ne compte pas tant que les différences ne sont pas résolues.',
    'paperBatch.flash.resolved': 'Le lot est résolu : il compte.',
    'paperBatch.back': 'Retour aux bulletins papier du budget',
    'paperBatch.column.next': 'Suite',
    'paperBatch.open':
      '{status, select, AWAITING_SECOND_ENTRY {Faire la seconde saisie} DIFFERENT {Résoudre les différences} other {Voir le lot}}',
  },
  {
    'paperBatch.crumb': 'Paper ballots',
    'paperBatch.start.title': 'Double entry',
    'paperBatch.start.hint':
      'In double entry, one agent enters every sheet of a batch, then another agent enters them again, in the same order. The batch counts only if both entries agree; otherwise their differences are listed and the batch waits to be resolved.',
    'paperBatch.start.submit': 'Start a double-entry batch',
    'paperBatch.field.pollingPlace': 'Polling place or box the batch comes from',
    'paperBatch.new.title': 'Double entry, first entry: {budget}',
    'paperBatch.pollingPlace': 'Polling place or ballot box: {place}.',
    'paperBatch.pollingPlace.change': 'Change polling place',
    'paperBatch.entered': '{count, plural, =0 {No sheet entered} one {# sheet entered} other {# sheets entered}}',
    'paperBatch.sheet.number': 'Sheet no. {number}',
    'paperBatch.sheet.rank': '{rank}. {project}',
    'paperBatch.sheet.blank': 'no project',
    'paperBatch.sheet.valid': '{sheet}',
    'paperBatch.sheet.spoiled': '{sheet} (spoiled)',
    'paperBatch.add': 'Add this sheet to the batch',
    'paperBatch.undo': 'Remove the last sheet entered',
    'paperBatch.said.added': 'Sheet no. {number} added to the batch. Enter the next one.',
    'paperBatch.said.removed': 'Sheet no. {number} removed from the batch.',
    'paperBatch.said.updated': 'Total updated.',
    'paperBatch.record.title': 'Record the batch',
    'paperBatch.record.hint.first':
      'When every sheet of the batch is entered, record it: it counts only once another agent has entered it again, identically.',
    'paperBatch.record.hint.second':
      'When every sheet is entered, record this second entry: if it agrees with the first, the batch counts; otherwise the differences are listed.',
    'paperBatch.record.hint.resolution':
      'When every sheet is entered as it is written, record this entry: it replaces the other two and the batch counts.',
    'paperBatch.record.submit': 'Record the {count, plural, one {sheet} other {# sheets}} of the batch',
    'paperBatch.refused.unreadable':
      'The sheets entered so far could not be read again: nothing was recorded, enter the batch again.',
    'paperBatch.refused.empty': 'Enter at least one sheet before recording the batch.',
    'paperBatch.refused.tooMany': 'A batch holds at most {max, number} sheets: record this one and start another.',
    'paperBatch.refused.status':
      'This batch changed meanwhile (another agent entered or resolved it): nothing was recorded, here is where it stands.',
    'paperBatch.title': 'Batch of paper ballots: {place}',
    'paperBatch.status':
      '{status, select, COUNTED {This batch counts.} AWAITING_SECOND_ENTRY {This batch awaits its second entry: it does not count yet.} DIFFERENT {The two entries of this batch differ: it does not count until they are resolved.} other {{status}}}',
    'paperBatch.counted': 'Valid sheets: {accepted}. Spoiled sheets: {refused}.',
    'paperBatch.firstEntry':
      'First entry: {sheets, plural, one {# sheet} other {# sheets}}. Until the second entry, what they read is shown only to the agent who made it.',
    'paperBatch.second.hint':
      'Enter the sheets of this batch again, in the same order, as they are written: the first entry is not shown to you.',
    'paperBatch.second.yours': 'You made the first entry of this batch: the second must be made by another agent.',
    'paperBatch.resolve.yours':
      'You made the first entry of this batch, the one in dispute: another agent reads the sheets again on paper.',
    'paperBatch.differences.title': 'Differences between the two entries',
    'paperBatch.differences.caption':
      '{count, plural, one {# sheet read differently} other {# sheets read differently}}',
    'paperBatch.column.sheet': 'Sheet',
    'paperBatch.column.first': 'First entry',
    'paperBatch.column.second': 'Second entry',
    'paperBatch.missing': 'missing from this entry',
    'paperBatch.missing.drop': 'no sheet (it is not in the box)',
    'paperBatch.resolve.title': 'Resolve with the paper sheets',
    'paperBatch.resolve.hint':
      'Read each of these sheets again on paper and keep the right reading; the sheets both entries agree on stay as they are.',
    'paperBatch.resolve.reading': '{reading, select, first {First entry} other {Second entry}}: {sheet}',
    'paperBatch.resolve.required': 'Choose the right reading of sheet no. {number}',
    'paperBatch.resolve.submit': 'Resolve the batch with these readings',
    'paperBatch.reenter.title': 'Or enter the whole batch again',
    'paperBatch.reenter.hint':
      'If neither reading is right, enter every sheet of the batch again as it is written: this entry is authoritative.',
    'paperBatch.flash.recorded':
      'First entry recorded. The batch will count once another agent has entered it again identically.',
    'paperBatch.flash.counted': 'Both entries agree: the batch counts.',
    'paperBatch.flash.different':
      'The two entries differ: the batch does not count until the differences are resolved.',
    'paperBatch.flash.resolved': 'The batch is resolved: it counts.',
    'paperBatch.back': "Back to the budget's paper ballots",
    'paperBatch.column.next': 'Next step',
    'paperBatch.open':
      '{status, select, AWAITING_SECOND_ENTRY {Make the second entry} DIFFERENT {Resolve the differences} other {See the batch}}',
  },
);
