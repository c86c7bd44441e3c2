import { defineMessages } from '../i18n/define-messages';

export const errorsMessages = defineMessages(
  {
    'errors.notFound.title': 'Page introuvable',
    'errors.notFound.typed': 'Si vous avez saisi l’adresse, vérifiez qu’elle est correcte.',
    'errors.notFound.followed': 'Si vous avez suivi un lien, la page a peut-être été déplacée ou supprimée.',
    'errors.home': 'Revenir à l’accueil',
    'errors.forbidden.title': 'Accès refusé',
    'errors.forbidden.staff': 'Cette page est réservée aux agents de la mairie.',
    'errors.forbidden.admin': 'Cette page est réservée aux administrateurs et administratrices de la plateforme.',
    'errors.forbidden.other': 'Votre compte ne donne pas accès à cette page.',
    'errors.forbidden.signedInAs': 'Vous êtes connecté·e avec le compte de {name}.',
    'errors.forbidden.askRole':
      'Si vous travaillez à la mairie, demandez à un administrateur ou une administratrice de la plateforme de donner le rôle d’agent à votre compte.',
    'errors.forbidden.staffHome': 'Revenir à l’accueil de la gestion',
    'errors.notVerified.title': 'Vérifiez d’abord votre résidence',
    'errors.notVerified.body':
      'Pour soutenir une proposition ou voter, la mairie doit savoir que vous habitez la commune. Cela prend une minute avec le code de votre carte électorale ou de l’avis que la mairie vous a envoyé.',
    'errors.notVerified.action': 'Vérifier ma résidence',
    'errors.csrf.title': 'Le formulaire a expiré',
    'errors.csrf.body':
      'Pour votre sécurité, chaque formulaire n’est valable que dans la page où il a été affiché. Revenez à la page précédente, rechargez-la, puis envoyez le formulaire de nouveau.',
    'errors.rateLimited.title': 'Trop de demandes',
    'errors.rateLimited.body':
      'Vous avez fait beaucoup de demandes en peu de temps. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
    'errors.server.title': 'Désolé, un problème est survenu',
    'errors.server.body': 'La page n’a pas pu s’afficher. Réessayez dans quelques minutes.',
    'errors.server.reference': 'Si le problème continue, contactez la mairie en donnant cette référence : {reference}.',
    'errors.maintenance.title': 'Service momentanément indisponible',
    'errors.maintenance.body': 'La plateforme ne peut pas répondre pour le moment. Réessayez dans quelques minutes.',
    'errors.maintenance.kept': 'Vos contributions et vos votes déjà enregistrés sont conservés.',
  },
  {
    'errors.notFound.title': 'Page not found',
    'errors.notFound.typed': 'If you typed the address, check it is correct.',
    'errors.notFound.followed': 'If you followed a link, the page may have been moved or deleted.',
    'errors.home': 'Back to the home page',
    'errors.forbidden.title': 'Access denied',
    'errors.forbidden.staff': 'This page is for the town hall’s staff only.',
    'errors.forbidden.admin': 'This page is for the platform’s administrators only.',
    'errors.forbidden.other': 'Your account does not give access to this page.',
    'errors.forbidden.signedInAs': 'You are signed in as {name}.',
    'errors.forbidden.askRole':
      'If you work at the town hall, ask one of the platform’s administrators to give your account the staff role.',
    'errors.forbidden.staffHome': 'Back to the back office’s home',
    'errors.notVerified.title': 'Verify your residency first',
    'errors.notVerified.body':
      'To support a proposal or vote, the town hall needs to know you live in the commune. It takes a minute with the code on your voter card or on the letter the town hall sent you.',
    'errors.notVerified.action': 'Verify my residency',
    'errors.csrf.title': 'The form has expired',
    'errors.csrf.body':
      'For your security, each form is only valid in the page where it was shown. Go back to the previous page, reload it, then send the form again.',
    'errors.rateLimited.title': 'Too many requests',
    'errors.rateLimited.body':
      'You made many requests in a short time. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'errors.server.title': 'Sorry, something went wrong',
    'errors.server.body': 'The page could not be shown. Try again in a few minutes.',
    'errors.server.reference': 'If the problem continues, contact the town hall with this reference: {reference}.',
    'errors.maintenance.title': 'Service temporarily unavailable',
    'errors.maintenance.body': 'The platform cannot answer right now. Try again in a few minutes.',
    'errors.maintenance.kept': 'Your contributions and votes already recorded are kept.',
  },
);
