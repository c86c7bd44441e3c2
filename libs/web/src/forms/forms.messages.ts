import { defineMessages } from '../i18n/define-messages';

export const formsMessages = defineMessages(
  {
    'forms.errorSummary.title': 'Il y a un problème',
    'forms.fieldError.prefix': 'Erreur :',
    'forms.optional': '(facultatif)',
    'forms.error.rateLimited':
      'Trop de tentatives en peu de temps. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
    'forms.error.notVerified': 'Vérifiez d’abord votre résidence pour faire cela.',
    'forms.error.forbidden': 'Votre compte ne permet pas de faire cela.',
    'forms.error.conflict': 'Cette action n’est plus possible : la situation a changé entre-temps. Rechargez la page.',
    'forms.error.notFound': 'Ce que vous cherchez à modifier n’existe plus.',
    'forms.error.invalid': 'Une des valeurs saisies n’est pas acceptée. Vérifiez le formulaire.',
    'forms.error.refused': 'Votre demande n’a pas pu être enregistrée. Vérifiez le formulaire et réessayez.',
    'forms.password.show': 'Afficher le mot de passe',
    'forms.password.hide': 'Masquer le mot de passe',
    'forms.password.shown': 'Votre mot de passe est affiché.',
    'forms.password.hidden': 'Votre mot de passe est masqué.',
  },
  {
    'forms.errorSummary.title': 'There is a problem',
    'forms.fieldError.prefix': 'Error:',
    'forms.optional': '(optional)',
    'forms.error.rateLimited':
      'Too many attempts in a short time. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'forms.error.notVerified': 'Verify your residency first to do this.',
    'forms.error.forbidden': 'Your account does not allow this.',
    'forms.error.conflict': 'This is no longer possible: things changed in the meantime. Reload the page.',
    'forms.error.notFound': 'What you are trying to change no longer exists.',
    'forms.error.invalid': 'One of the values you entered is not accepted. Check the form.',
    'forms.error.refused': 'Your request could not be saved. Check the form and try again.',
    'forms.password.show': 'Show password',
    'forms.password.hide': 'Hide password',
    'forms.password.shown': 'Your password is shown.',
    'forms.password.hidden': 'Your password is hidden.',
  },
);
