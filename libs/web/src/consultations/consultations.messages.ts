import { defineMessages } from '../i18n/define-messages';

const PHASE_FR =
  '{kind, select, PROPOSALS {Dépôt des propositions} SUPPORTS {Soutiens} REVIEW {Étude par la mairie} VOTING {Vote} other {Résultats}}';
const PHASE_EN =
  '{kind, select, PROPOSALS {Submitting proposals} SUPPORTS {Supports} REVIEW {Review by the town hall} VOTING {Vote} other {Results}}';

export const consultationsMessages = defineMessages(
  {
    'consultations.list.title': 'Consultations',
    'consultations.list.intro':
      'La mairie consulte les habitants : déposez vos idées, soutenez celles des autres, suivez les réponses.',
    'consultations.list.inProgress': 'En cours',
    'consultations.list.inProgressEmpty': 'Aucune consultation en cours.',
    'consultations.list.upcoming': 'À venir',
    'consultations.list.upcomingEmpty': 'Aucune consultation à venir.',
    'consultations.list.closed': 'Terminées',
    'consultations.list.closedEmpty': 'Aucune consultation terminée.',
    'consultations.list.district': 'Quartier',
    'consultations.list.allDistricts': 'Tous les quartiers',
    'consultations.list.apply': 'Afficher',
    'consultations.list.opensOn': 'Ouvre le {date}',
    'consultations.list.closedOn': 'Terminée le {date}',
    'consultations.district': 'Quartier : {name}',
    'consultations.wholeCommune': 'Toute la commune',
    'consultations.figures':
      '{proposals, plural, =0 {aucune proposition} one {# proposition} other {# propositions}} · {supports, plural, =0 {aucun soutien} one {# soutien} other {# soutiens}} · {participants, plural, =0 {aucun participant} one {# participant} other {# participants}}',
    'consultations.phase': PHASE_FR,
    'consultations.phase.openUntil': '{phase} : ouvert jusqu’au {date}',
    'consultations.phase.from': '{phase} : du {start} au {end}',
    'consultations.phase.current': 'étape en cours',
    'consultations.phase.done': 'terminée',
    'consultations.phase.next': 'à venir',
    'consultations.page.timeline': 'Calendrier',
    'consultations.page.now': 'Ce que vous pouvez faire maintenant',
    'consultations.page.now.PROPOSALS': 'Déposez vos propositions jusqu’au {date}, et découvrez celles des autres.',
    'consultations.page.now.SUPPORTS':
      'Soutenez les propositions qui vous tiennent à cœur, jusqu’au {date}{limit, plural, =0 {} one { (# soutien par personne)} other { (# soutiens par personne)}}.',
    'consultations.page.now.REVIEW': 'La mairie étudie les propositions jusqu’au {date} ; suivez ses réponses.',
    'consultations.page.now.VOTING': 'Le vote est ouvert jusqu’au {date}.',
    'consultations.page.now.RESULTS': 'Les résultats sont publiés : découvrez les propositions retenues.',
    'consultations.page.now.before': 'La consultation s’ouvre le {date}.',
    'consultations.page.now.between': 'La prochaine étape s’ouvre le {date}.',
    'consultations.page.now.after':
      'La consultation est terminée : découvrez les propositions et les réponses de la mairie.',
    'consultations.page.seeProposals': 'Voir les propositions',
    'consultations.page.newProposal': 'Déposer une proposition',
    'consultations.page.about': 'Présentation',
    'consultations.page.categories': 'Thèmes',
    'consultations.page.figures': 'Chiffres',
    'consultations.page.figure.proposals': '{count, plural, one {proposition} other {propositions}}',
    'consultations.page.figure.supports': '{count, plural, one {soutien} other {soutiens}}',
    'consultations.page.figure.participants': '{count, plural, one {participant} other {participants}}',
    'consultations.support.population':
      '{population, select, REGISTERED_VOTERS {Seules les personnes inscrites sur les listes électorales de la commune peuvent soutenir les propositions.} ALSO_LINKED {Les personnes qui ont un lien avec la commune sans y habiter (elles y travaillent, y étudient…), vérifié au guichet de la mairie, peuvent aussi soutenir les propositions.} other {}}',
    'consultations.support.ages':
      '{kind, select, range {Pour soutenir les propositions, il faut avoir entre {min} et {max} ans dans l’année.} min {Pour soutenir les propositions, il faut avoir au moins {min} ans dans l’année.} other {Pour soutenir les propositions, il faut avoir au plus {max} ans dans l’année.}}',
    'consultations.page.threshold':
      'Une proposition a besoin de {threshold, plural, one {# soutien} other {# soutiens}} pour être étudiée.',
    'consultations.preview.title': 'Aperçu pour les agents',
    'consultations.preview.unpublished':
      'Cette consultation n’est pas publiée : les habitants ne la voient pas encore. Voici la page telle qu’ils la verront.',
    'consultations.preview.published': 'Cette consultation est publiée : voici la page que les habitants voient.',
    'consultations.preview.back': 'Revenir à la gestion de la consultation',
  },
  {
    'consultations.list.title': 'Consultations',
    'consultations.list.intro':
      'The town hall consults residents: submit your ideas, support others’ ideas, follow the answers.',
    'consultations.list.inProgress': 'In progress',
    'consultations.list.inProgressEmpty': 'No consultation in progress.',
    'consultations.list.upcoming': 'Upcoming',
    'consultations.list.upcomingEmpty': 'No upcoming consultation.',
    'consultations.list.closed': 'Closed',
    'consultations.list.closedEmpty': 'No closed consultation.',
    'consultations.list.district': 'District',
    'consultations.list.allDistricts': 'All districts',
    'consultations.list.apply': 'Show',
    'consultations.list.opensOn': 'Opens on {date}',
    'consultations.list.closedOn': 'Closed on {date}',
    'consultations.district': 'District: {name}',
    'consultations.wholeCommune': 'The whole commune',
    'consultations.figures':
      '{proposals, plural, =0 {no proposal} one {# proposal} other {# proposals}} · {supports, plural, =0 {no support} one {# support} other {# supports}} · {participants, plural, =0 {no participant} one {# participant} other {# participants}}',
    'consultations.phase': PHASE_EN,
    'consultations.phase.openUntil': '{phase}: open until {date}',
    'consultations.phase.from': '{phase}: from {start} to {end}',
    'consultations.phase.current': 'current step',
    'consultations.phase.done': 'over',
    'consultations.phase.next': 'to come',
    'consultations.page.timeline': 'Timeline',
    'consultations.page.now': 'What you can do now',
    'consultations.page.now.PROPOSALS': 'Submit your proposals until {date}, and discover the others’.',
    'consultations.page.now.SUPPORTS':
      'Support the proposals you care about, until {date}{limit, plural, =0 {} one { (# support per person)} other { (# supports per person)}}.',
    'consultations.page.now.REVIEW': 'The town hall reviews the proposals until {date}; follow its answers.',
    'consultations.page.now.VOTING': 'The vote is open until {date}.',
    'consultations.page.now.RESULTS': 'The results are published: discover the accepted proposals.',
    'consultations.page.now.before': 'The consultation opens on {date}.',
    'consultations.page.now.between': 'The next step opens on {date}.',
    'consultations.page.now.after': 'The consultation is over: discover the proposals and the town hall’s answers.',
    'consultations.page.seeProposals': 'See the proposals',
    'consultations.page.newProposal': 'Submit a proposal',
    'consultations.page.about': 'About',
    'consultations.page.categories': 'Topics',
    'consultations.page.figures': 'Figures',
    'consultations.page.figure.proposals': '{count, plural, one {proposal} other {proposals}}',
    'consultations.page.figure.supports': '{count, plural, one {support} other {supports}}',
    'consultations.page.figure.participants': '{count, plural, one {participant} other {participants}}',
    'consultations.support.population':
      '{population, select, REGISTERED_VOTERS {Only people registered on the commune’s electoral roll can support proposals.} ALSO_LINKED {People with a link to the commune who do not live in it (they work or study there…), checked at the town hall desk, can support proposals too.} other {}}',
    'consultations.support.ages':
      '{kind, select, range {To support proposals, you must be between {min} and {max} years old this year.} min {To support proposals, you must be at least {min} years old this year.} other {To support proposals, you must be {max} years old at most this year.}}',
    'consultations.page.threshold':
      'A proposal needs {threshold, plural, one {# support} other {# supports}} to be reviewed.',
    'consultations.preview.title': 'Staff preview',
    'consultations.preview.unpublished':
      'This consultation is not published: residents do not see it yet. This is the page as they will see it.',
    'consultations.preview.published': 'This consultation is published: this is the page residents see.',
    'consultations.preview.back': 'Back to managing the consultation',
  },
);
