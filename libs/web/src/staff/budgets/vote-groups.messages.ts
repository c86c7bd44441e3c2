import { defineMessages } from '../../i18n/define-messages';

/** Vote groups in the back office: budgets voted together and their rule. */
export const voteGroupsMessages = defineMessages(
  {
    'voteGroups.title': 'Groupes de vote',
    'voteGroups.link': 'Groupes de vote',
    'voteGroups.intro':
      'Un groupe réunit des budgets votés ensemble (le budget de la ville et ceux des quartiers, par exemple) et dit dans combien d’entre eux une même personne peut voter, en ligne ou au bureau de vote. Créez le groupe, puis choisissez-le en créant chacun de ses budgets ; un groupe ne change plus une fois créé.',
    'voteGroups.list': 'Groupes existants',
    'voteGroups.none': 'Aucun groupe de vote pour l’instant.',
    'voteGroups.noBudget': 'Aucun budget dans ce groupe pour l’instant.',
    'voteGroups.rule':
      '{rule, select, EXACTLY_ONE {Chaque personne vote dans un seul de ses budgets.} UP_TO_N {Chaque personne vote dans {max, plural, one {un seul de ses budgets} other {# de ses budgets au plus}}.} other {Chaque personne peut voter dans chacun de ses budgets.}}',
    'voteGroups.new': 'Créer un groupe',
    'voteGroups.field.title': 'Nom du groupe',
    'voteGroups.field.title.hint': 'Par exemple « Budget participatif 2027 : ville et quartiers ».',
    'voteGroups.field.title.required': 'Saisissez le nom du groupe',
    'voteGroups.field.title.invalid': 'Le nom doit faire de 3 à 200 caractères',
    'voteGroups.field.rule': 'Dans combien de ses budgets une personne peut-elle voter ?',
    'voteGroups.field.rule.required': 'Choisissez la règle du groupe',
    'voteGroups.ruleOption':
      '{rule, select, EXACTLY_ONE {Un seul (comme un arrondissement parmi d’autres)} UP_TO_N {Un nombre maximum, à préciser ci-dessous} other {Tous : le groupe les présente ensemble, sans limite}}',
    'voteGroups.field.maxBudgets': 'Nombre maximum de budgets',
    'voteGroups.field.maxBudgets.hint': 'Seulement pour « un nombre maximum » : de 1 à 100.',
    'voteGroups.field.maxBudgets.invalid':
      'Indiquez un nombre de 1 à 100 pour « un nombre maximum », et laissez ce champ vide pour les autres règles',
    'voteGroups.submit': 'Créer le groupe',
    'voteGroups.flash.created': 'Le groupe est créé. Choisissez-le en créant ses budgets.',
  },
  {
    'voteGroups.title': 'Vote groups',
    'voteGroups.link': 'Vote groups',
    'voteGroups.intro':
      'A group brings together budgets voted at the same time (the city-wide budget and the district ones, for instance) and says in how many of them one person may vote, online or at a polling place. Create the group, then choose it when you create each of its budgets; a group does not change once created.',
    'voteGroups.list': 'Existing groups',
    'voteGroups.none': 'No vote group yet.',
    'voteGroups.noBudget': 'No budget in this group yet.',
    'voteGroups.rule':
      '{rule, select, EXACTLY_ONE {Each person votes in one of its budgets only.} UP_TO_N {Each person votes in {max, plural, one {one of its budgets only} other {# of its budgets at most}}.} other {Each person may vote in each of its budgets.}}',
    'voteGroups.new': 'Create a group',
    'voteGroups.field.title': 'Group name',
    'voteGroups.field.title.hint': 'For instance “Participatory budget 2027: city and districts”.',
    'voteGroups.field.title.required': 'Enter the name of the group',
    'voteGroups.field.title.invalid': 'The name must be 3 to 200 characters long',
    'voteGroups.field.rule': 'In how many of its budgets may one person vote?',
    'voteGroups.field.rule.required': 'Choose the rule of the group',
    'voteGroups.ruleOption':
      '{rule, select, EXACTLY_ONE {One only (like one district among others)} UP_TO_N {A maximum number, given below} other {All of them: the group presents them together, without limit}}',
    'voteGroups.field.maxBudgets': 'Maximum number of budgets',
    'voteGroups.field.maxBudgets.hint': 'Only for “a maximum number”: from 1 to 100.',
    'voteGroups.field.maxBudgets.invalid':
      'Give a number from 1 to 100 for “a maximum number”, and leave this field empty for the other rules',
    'voteGroups.submit': 'Create the group',
    'voteGroups.flash.created': 'The group is created. Choose it when you create its budgets.',
  },
);
