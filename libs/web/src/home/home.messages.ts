import { defineMessages } from '../i18n/define-messages';

export const homeMessages = defineMessages(
  {
    'home.title': 'Participer à la vie de {municipality}',
    'home.intro':
      'Proposez des idées, soutenez celles des autres, votez pour les projets du budget participatif et signalez les problèmes dans l’espace public.',
    'home.join.title': 'Pour participer',
    'home.join.body': 'Créez un compte, puis vérifiez votre résidence avec le code que la mairie vous a remis.',
    'home.join.signUp': 'Créer un compte',
    'home.join.signIn': 'J’ai déjà un compte',
    'home.verify.title': 'Une dernière étape',
    'home.verify.body': 'Vérifiez votre résidence pour soutenir des propositions et voter.',
    'home.verify.action': 'Vérifier ma résidence',
    'home.consultations.title': 'Consultations en cours',
    'home.consultations.empty': 'Aucune consultation n’est ouverte en ce moment.',
    'home.consultations.phase':
      '{phase, select, PROPOSALS {Dépôt des propositions} SUPPORTS {Soutien aux propositions} REVIEW {Étude des propositions par la mairie} VOTING {Vote} other {Résultats}} jusqu’au {date}',
    'home.budgets.title': 'Budgets participatifs',
    'home.budgets.open': 'Votes ouverts',
    'home.budgets.openEmpty': 'Aucun vote n’est ouvert en ce moment.',
    'home.budgets.openItem': '{amount} à répartir, vote ouvert jusqu’au {date}',
    'home.budgets.results': 'Résultats publiés',
    'home.budgets.resultsEmpty': 'Aucun résultat n’a encore été publié.',
    'home.budgets.resultItem':
      '{amount}, {ballots, plural, =0 {aucun bulletin} one {# bulletin} other {# bulletins}}, résultats publiés le {date}',
    'home.reports.title': 'Derniers signalements',
    'home.reports.empty': 'Aucun problème n’a encore été signalé.',
    'home.reports.item': '{category}, {place}',
    'home.reports.meta': '{status}, signalé le {date}',
    'home.reports.noPlace': 'lieu non précisé',
    'home.reports.status':
      '{status, select, OPEN {ouvert} ACKNOWLEDGED {pris en compte} ACTION_SCHEDULED {intervention prévue} IN_PROGRESS {en cours} FIXED {réparé} CLOSED {clos} DUPLICATE {doublon} NOT_RESPONSIBLE {hors compétence de la mairie} other {impossible à réparer}}',
    'home.figures.title': 'En chiffres',
    'home.figures.participants':
      '{count, plural, =0 {aucun participant} one {participant} other {participants}} (propositions, soutiens, commentaires)',
    'home.figures.proposals': '{count, plural, =0 {aucune proposition} one {proposition} other {propositions}}',
    'home.figures.supports': '{count, plural, =0 {aucun soutien} one {soutien} other {soutiens}}',
    'home.figures.ballots': '{count, plural, =0 {aucun bulletin} one {bulletin de vote} other {bulletins de vote}}',
    'home.figures.reports':
      '{count, plural, =0 {aucun signalement} one {signalement} other {signalements}}, dont {fixed, plural, =0 {aucun réparé} one {# réparé} other {# réparés}}',
  },
  {
    'home.title': 'Take part in the life of {municipality}',
    'home.intro':
      'Propose ideas, support other people’s, vote for the projects of the participatory budget and report problems in public space.',
    'home.join.title': 'To take part',
    'home.join.body': 'Create an account, then verify your residency with the code the town hall gave you.',
    'home.join.signUp': 'Create an account',
    'home.join.signIn': 'I already have an account',
    'home.verify.title': 'One last step',
    'home.verify.body': 'Verify your residency to support proposals and vote.',
    'home.verify.action': 'Verify my residency',
    'home.consultations.title': 'Consultations in progress',
    'home.consultations.empty': 'No consultation is open at the moment.',
    'home.consultations.phase':
      '{phase, select, PROPOSALS {Submitting proposals} SUPPORTS {Supporting proposals} REVIEW {Review by the town hall} VOTING {Voting} other {Results}} until {date}',
    'home.budgets.title': 'Participatory budgets',
    'home.budgets.open': 'Open votes',
    'home.budgets.openEmpty': 'No vote is open at the moment.',
    'home.budgets.openItem': '{amount} to allocate, voting open until {date}',
    'home.budgets.results': 'Published results',
    'home.budgets.resultsEmpty': 'No result has been published yet.',
    'home.budgets.resultItem':
      '{amount}, {ballots, plural, =0 {no ballot} one {# ballot} other {# ballots}}, results published on {date}',
    'home.reports.title': 'Latest issue reports',
    'home.reports.empty': 'No problem has been reported yet.',
    'home.reports.item': '{category}, {place}',
    'home.reports.meta': '{status}, reported on {date}',
    'home.reports.noPlace': 'place not given',
    'home.reports.status':
      '{status, select, OPEN {open} ACKNOWLEDGED {acknowledged} ACTION_SCHEDULED {action scheduled} IN_PROGRESS {in progress} FIXED {fixed} CLOSED {closed} DUPLICATE {duplicate} NOT_RESPONSIBLE {not the town hall’s responsibility} other {unable to fix}}',
    'home.figures.title': 'In figures',
    'home.figures.participants':
      '{count, plural, =0 {no participant} one {participant} other {participants}} (proposals, supports, comments)',
    'home.figures.proposals': '{count, plural, =0 {no proposal} one {proposal} other {proposals}}',
    'home.figures.supports': '{count, plural, =0 {no support} one {support} other {supports}}',
    'home.figures.ballots': '{count, plural, =0 {no ballot} one {ballot} other {ballots}}',
    'home.figures.reports':
      '{count, plural, =0 {no issue report} one {issue report} other {issue reports}}, {fixed, plural, =0 {none fixed} one {# fixed} other {# fixed}}',
  },
);
