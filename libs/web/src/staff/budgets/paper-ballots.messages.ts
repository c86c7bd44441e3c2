import { defineMessages } from '../../i18n/define-messages';

export const paperBallotsMessages = defineMessages(
  {
    'paperBallots.title': 'Bulletins papier : {budget}',
    'paperBallots.link': 'Saisir les bulletins papier et l’émargement',
    'paperBallots.rule':
      '{rule, select, ONLINE_WINS {Si une personne a voté en ligne puis se présente au bureau de vote, son vote en ligne compte : ne lui remettez pas de bulletin.} PAPER_WINS {Si une personne a voté en ligne puis vote au bureau de vote, son vote papier compte et son vote en ligne est mis de côté.} other {{rule}}}',
    'paperBallots.notTaken': 'Ce budget se vote en ligne uniquement : il ne prend pas de bulletins papier.',
    'paperBallots.figures': 'Participation par canal',
    'paperBallots.figures.online': 'En ligne',
    'paperBallots.figures.paper': 'Papier',
    'paperBallots.figures.setAside': 'Votes mis de côté (personnes ayant voté des deux façons)',
    'paperBallots.figures.total': 'Bulletins comptés',
    'paperBallots.mark.title': 'Émargement',
    'paperBallots.mark.hint':
      'Saisissez le code de recensement de la personne avant de lui remettre un bulletin : une personne ne vote qu’une fois, en ligne ou au bureau.',
    'paperBallots.mark.submit': 'Émarger',
    'paperBallots.field.censusCode': 'Code de recensement',
    'paperBallots.field.censusCode.required': 'Saisissez le code de recensement de la personne',
    'paperBallots.field.censusCode.invalid': 'Ce code n’est pas valable',
    'paperBallots.refused.censusCodeUnknown': 'Personne n’a ce code dans le recensement : vérifiez la carte',
    'paperBallots.refused.alreadyMarked':
      'Cette personne a déjà émargé pour ce budget : ne lui remettez pas de bulletin',
    'paperBallots.refused.wrongDistrict': 'Cette personne n’habite pas le quartier de ce budget',
    'paperBallots.refused.notEligible':
      '{reason, select, TOO_YOUNG {Ce vote est ouvert à partir de {min} ans dans l’année, et cette personne est plus jeune} TOO_OLD {Ce vote est réservé aux personnes de {max} ans au plus dans l’année, et cette personne est plus âgée} AGE_UNKNOWN {Ce vote a une limite d’âge et le recensement ne donne pas l’année de naissance de cette personne} NOT_REGISTERED_VOTER {Ce vote est réservé aux personnes inscrites sur les listes électorales, et le recensement ne compte pas cette personne parmi elles} other {Ce vote est réservé aux habitants, et cette personne a été vérifiée pour son lien avec la commune}} : ne lui remettez pas de bulletin',
    'paperBallots.refused.voteGroup':
      'Cette personne a déjà voté, en ligne ou au bureau, pour {max, plural, one {un autre budget} other {# budgets}} de « {group} », autant que sa règle le permet : ne lui remettez pas de bulletin',
    'paperBallots.refused.closed': 'Le vote n’est pas ouvert : rien n’a été enregistré',
    'paperBallots.refused.notTaken': 'Ce budget ne prend pas de bulletins papier',
    'paperBallots.sheet.title': 'Saisir un bulletin',
    'paperBallots.sheet.hint':
      'Un bulletin à la fois, tel qu’il est écrit. Un bulletin qui enfreint une règle est signalé ici sans être enregistré ; s’il est vraiment ainsi, cochez « bulletin nul » pour l’enregistrer comme nul.',
    'paperBallots.field.pollingPlace': 'Bureau de vote ou urne',
    'paperBallots.field.pollingPlace.required': 'Saisissez le bureau de vote ou l’urne d’où vient le bulletin',
    'paperBallots.field.pollingPlace.invalid': 'Le bureau de vote doit faire 200 caractères au plus',
    'paperBallots.field.spoiled': 'Bulletin nul : l’enregistrer tel quel, compté comme nul',
    'paperBallots.sheet.submit': 'Enregistrer le bulletin',
    'paperBallots.flash.accepted': 'Le bulletin est enregistré et compté. Saisissez le suivant.',
    'paperBallots.flash.refused':
      'Le bulletin est enregistré comme nul (il enfreint une règle du budget). Saisissez le suivant.',
    'paperBallots.flash.marked': 'Émargement enregistré : remettez un bulletin à la personne.',
    'paperBallots.flash.markedSetAside':
      'Cette personne a déjà voté en ligne, et son vote en ligne compte : ne lui remettez pas de bulletin. Son passage est enregistré.',
    'paperBallots.batches': 'Lots saisis',
    'paperBallots.batches.none': 'Aucun bulletin papier saisi pour l’instant.',
    'paperBallots.batches.caption': 'Lots de bulletins papier, du plus ancien au plus récent',
    'paperBallots.column.pollingPlace': 'Bureau',
    'paperBallots.column.status': 'État',
    'paperBallots.column.sheets': 'Bulletins saisis',
    'paperBallots.column.accepted': 'Bulletins valables',
    'paperBallots.column.refused': 'Bulletins nuls',
    'paperBallots.afterSecondEntry': 'Connus après la seconde saisie',
    'paperBallots.status':
      '{status, select, COUNTED {Compté} AWAITING_SECOND_ENTRY {En attente de la seconde saisie} DIFFERENT {Saisies différentes, à résoudre} other {{status}}}',
  },
  {
    'paperBallots.title': 'Paper ballots: {budget}',
    'paperBallots.link': 'Enter paper ballots and the polling register',
    'paperBallots.rule':
      '{rule, select, ONLINE_WINS {If a person voted online and then comes to the polling place, their online vote counts: hand them no sheet.} PAPER_WINS {If a person voted online and then votes at the polling place, their paper vote counts and their online vote is set aside.} other {{rule}}}',
    'paperBallots.notTaken': 'This budget is voted online only: it takes no paper ballots.',
    'paperBallots.figures': 'Turnout by channel',
    'paperBallots.figures.online': 'Online',
    'paperBallots.figures.paper': 'Paper',
    'paperBallots.figures.setAside': 'Votes set aside (people who voted both ways)',
    'paperBallots.figures.total': 'Ballots counted',
    'paperBallots.mark.title': 'Polling register',
    'paperBallots.mark.hint':
      "Enter the person's census code before handing them a sheet: a person votes once, online or at the polling place.",
    'paperBallots.mark.submit': 'Mark as voted',
    'paperBallots.field.censusCode': 'Census code',
    'paperBallots.field.censusCode.required': "Enter the person's census code",
    'paperBallots.field.censusCode.invalid': 'This code is not valid',
    'paperBallots.refused.censusCodeUnknown': 'No one in the census has this code: check the card',
    'paperBallots.refused.alreadyMarked': 'This person already voted in person in this budget: hand them no sheet',
    'paperBallots.refused.wrongDistrict': "This person does not live in this budget's district",
    'paperBallots.refused.notEligible':
      '{reason, select, TOO_YOUNG {This vote is open from {min} years old this year, and this person is younger} TOO_OLD {This vote is for people aged {max} at most this year, and this person is older} AGE_UNKNOWN {This vote has an age limit and the census gives no birth year for this person} NOT_REGISTERED_VOTER {This vote is for people registered on the electoral roll, and the census does not list this person as one} other {This vote is for residents, and this person was verified for their link to the commune}}: hand them no sheet',
    'paperBallots.refused.voteGroup':
      'This person already voted, online or in person, in {max, plural, one {another budget} other {# budgets}} of “{group}”, as many as its rule allows: hand them no sheet',
    'paperBallots.refused.closed': 'Voting is not open: nothing was recorded',
    'paperBallots.refused.notTaken': 'This budget takes no paper ballots',
    'paperBallots.sheet.title': 'Enter a sheet',
    'paperBallots.sheet.hint':
      'One sheet at a time, as it is written. A sheet breaking a rule is pointed out here and not recorded; if it really is so, tick "spoiled sheet" to record it as spoiled.',
    'paperBallots.field.pollingPlace': 'Polling place or ballot box',
    'paperBallots.field.pollingPlace.required': 'Enter the polling place or ballot box the sheet comes from',
    'paperBallots.field.pollingPlace.invalid': 'The polling place must be at most 200 characters',
    'paperBallots.field.spoiled': 'Spoiled sheet: record it as it is, counted as spoiled',
    'paperBallots.sheet.submit': 'Record the sheet',
    'paperBallots.flash.accepted': 'The sheet is recorded and counted. Enter the next one.',
    'paperBallots.flash.refused':
      "The sheet is recorded as spoiled (it breaks one of the budget's rules). Enter the next one.",
    'paperBallots.flash.marked': 'Marked as voted: hand the person a sheet.',
    'paperBallots.flash.markedSetAside':
      'This person already voted online, and their online vote counts: hand them no sheet. Their visit is recorded.',
    'paperBallots.batches': 'Batches entered',
    'paperBallots.batches.none': 'No paper ballot entered yet.',
    'paperBallots.batches.caption': 'Batches of paper ballots, oldest first',
    'paperBallots.column.pollingPlace': 'Polling place',
    'paperBallots.column.status': 'Status',
    'paperBallots.column.sheets': 'Sheets entered',
    'paperBallots.column.accepted': 'Valid sheets',
    'paperBallots.column.refused': 'Spoiled sheets',
    'paperBallots.afterSecondEntry': 'Known after the second entry',
    'paperBallots.status':
      '{status, select, COUNTED {Counted} AWAITING_SECOND_ENTRY {Awaiting the second entry} DIFFERENT {Entries differ, to resolve} other {{status}}}',
  },
);
