import { defineMessages } from '../i18n/define-messages';

/** "My proposals" and "My supports", under My account. */
export const myProposalsMessages = defineMessages(
  {
    'myProposals.title': 'Mes propositions',
    'myProposals.intro': 'Les propositions que vous avez déposées, brouillons compris, les plus récentes d’abord.',
    'myProposals.count': '{count, plural, =0 {Aucune proposition} one {# proposition} other {# propositions}}',
    'myProposals.empty':
      'Vous n’avez pas encore déposé de proposition. Les consultations ouvertes aux propositions vous le permettent.',
    'myProposals.status':
      '{status, select, DRAFT {Brouillon, visible par vous seul·e} PUBLISHED {Publiée} EVALUATING {En cours d’étude} ACCEPTED {Retenue} REJECTED {Non retenue} WITHDRAWN {Retirée} other {{status}}}',
    'myProposals.hidden': 'Masquée par la modération',
    'myProposals.supports':
      '{threshold, plural, =0 {{count, plural, =0 {Aucun soutien} one {# soutien} other {# soutiens}}} other {{count, plural, =0 {Aucun soutien} one {# soutien} other {# soutiens}} sur {threshold} nécessaires}}',
    'myProposals.created': 'Créée le {date}',
    'myProposals.edit': 'Modifier',
    'myProposals.editDraft': 'Modifier ou publier',
    'myProposals.withdraw': 'Retirer',
    'myProposals.actionsOf': '« {title} »',
    'myProposals.next': 'Propositions suivantes',
    'myProposals.first': 'Revenir au début de la liste',
    'myProposals.supportsTitle': 'Mes soutiens',
    'myProposals.supportsIntro': 'Les propositions que vous soutenez, le dernier soutien d’abord.',
    'myProposals.supportsEmpty': 'Vous ne soutenez encore aucune proposition.',
    'myProposals.supportsNext': 'Soutiens suivants',
    'myProposals.account.title': 'Mes participations',
  },
  {
    'myProposals.title': 'My proposals',
    'myProposals.intro': 'The proposals you submitted, drafts included, newest first.',
    'myProposals.count': '{count, plural, =0 {No proposal} one {# proposal} other {# proposals}}',
    'myProposals.empty': 'You have not submitted a proposal yet. Consultations open to proposals let you do so.',
    'myProposals.status':
      '{status, select, DRAFT {Draft, only you can see it} PUBLISHED {Published} EVALUATING {Under review} ACCEPTED {Accepted} REJECTED {Not accepted} WITHDRAWN {Withdrawn} other {{status}}}',
    'myProposals.hidden': 'Hidden by moderation',
    'myProposals.supports':
      '{threshold, plural, =0 {{count, plural, =0 {No support} one {# support} other {# supports}}} other {{count, plural, =0 {No support} one {# support} other {# supports}} of {threshold} needed}}',
    'myProposals.created': 'Created on {date}',
    'myProposals.edit': 'Edit',
    'myProposals.editDraft': 'Edit or publish',
    'myProposals.withdraw': 'Withdraw',
    'myProposals.actionsOf': '“{title}”',
    'myProposals.next': 'Next proposals',
    'myProposals.first': 'Back to the start of the list',
    'myProposals.supportsTitle': 'My supports',
    'myProposals.supportsIntro': 'The proposals you support, latest support first.',
    'myProposals.supportsEmpty': 'You do not support any proposal yet.',
    'myProposals.supportsNext': 'Next supports',
    'myProposals.account.title': 'My participation',
  },
);
