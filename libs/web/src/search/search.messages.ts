import { defineMessages } from '../i18n/define-messages';

export const searchMessages = defineMessages(
  {
    'search.title': 'Rechercher',
    'search.titleFor': 'Recherche : {query}',
    'search.intro':
      'Cherchez parmi les propositions des habitants, par exemple « piste cyclable » ou « jardin partagé ».',
    'search.field.label': 'Rechercher des propositions',
    'search.field.placeholder': 'Rechercher des propositions',
    'search.field.submit': 'Rechercher',
    'search.query.invalid': 'Saisissez des mots à rechercher (200 caractères au plus)',
    'search.count':
      '{count, plural, =0 {Aucune proposition ne correspond à « {query} ».} one {# proposition correspond à « {query} ».} other {# propositions correspondent à « {query} ».}}',
    'search.result.meta':
      'Par {author}, publiée le {date} · {supports, plural, =0 {aucun soutien} one {# soutien} other {# soutiens}}',
    'search.pagination': 'Pages de résultats',
    'search.nextPage': 'Résultats suivants',
    'search.firstPage': 'Revenir aux premiers résultats',
  },
  {
    'search.title': 'Search',
    'search.titleFor': 'Search: {query}',
    'search.intro': 'Search the residents’ proposals, for example “cycle lane” or “community garden”.',
    'search.field.label': 'Search proposals',
    'search.field.placeholder': 'Search proposals',
    'search.field.submit': 'Search',
    'search.query.invalid': 'Enter words to search for (200 characters at most)',
    'search.count':
      '{count, plural, =0 {No proposal matches “{query}”.} one {# proposal matches “{query}”.} other {# proposals match “{query}”.}}',
    'search.result.meta':
      'By {author}, published on {date} · {supports, plural, =0 {no support} one {# support} other {# supports}}',
    'search.pagination': 'Result pages',
    'search.nextPage': 'Next results',
    'search.firstPage': 'Back to the first results',
  },
);
