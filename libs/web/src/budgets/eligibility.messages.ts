import { defineMessages } from '../i18n/define-messages';

/** Who may vote, vote groups and exact project counts, in words: the budget's rules and the ballot's refusals. */
export const eligibilityMessages = defineMessages(
  {
    'eligibility.population':
      '{population, select, REGISTERED_VOTERS {Seules les personnes inscrites sur les listes électorales de la commune peuvent voter.} ALSO_LINKED {Les personnes qui ont un lien avec la commune sans y habiter (elles y travaillent, y étudient…), vérifié au guichet de la mairie, peuvent aussi voter.} other {}}',
    'eligibility.ages':
      '{kind, select, range {Il faut avoir entre {min} et {max} ans dans l’année.} min {Il faut avoir au moins {min} ans dans l’année.} other {Il faut avoir au plus {max} ans dans l’année.}}',
    'eligibility.group':
      '{rule, select, EXACTLY_ONE {Ce budget fait partie de « {group} » : vous pouvez voter pour un seul de ses budgets ({budgets}).} UP_TO_N {Ce budget fait partie de « {group} » : vous pouvez voter pour {max, plural, one {un seul de ses budgets} other {# de ses budgets au plus}} ({budgets}).} other {Ce budget fait partie de « {group} » : vous pouvez voter pour chacun de ses budgets ({budgets}).}}',
    'eligibility.exactProjects': 'Choisissez exactement {count, plural, one {# projet} other {# projets}}.',
    'eligibility.listGroup':
      '{rule, select, EXACTLY_ONE {Voté avec les autres budgets de « {group} » : vous votez pour un seul d’entre eux.} UP_TO_N {Voté avec les autres budgets de « {group} » : vous votez pour {max, plural, one {un seul d’entre eux} other {# d’entre eux au plus}}.} other {Voté avec les autres budgets de « {group} » : vous pouvez voter pour chacun.}}',
    'eligibility.minSpending':
      'Votre choix doit coûter au moins {amount}, soit {percent, number} % du budget : un bulletin qui dépense moins n’est pas accepté.',
    'eligibility.refusal':
      '{code, select, NOT_ELIGIBLE {{reason, select, TOO_YOUNG {Ce vote est ouvert à partir de {min} ans dans l’année.} TOO_OLD {Ce vote est réservé aux personnes de {max} ans au plus dans l’année.} AGE_UNKNOWN {Ce vote a une limite d’âge et la mairie ne connaît pas votre année de naissance : adressez-vous à elle.} NOT_REGISTERED_VOTER {Ce vote est réservé aux personnes inscrites sur les listes électorales de la commune, et le recensement ne vous compte pas parmi elles : adressez-vous à la mairie.} other {Ce vote est réservé aux habitants de la commune ; vous avez été vérifié pour votre lien avec elle.}} Votre bulletin n’a pas été enregistré.} other {Vous avez déjà voté pour {max, plural, one {un autre budget} other {# budgets}} de « {group} », autant que sa règle le permet. Votre bulletin n’a pas été enregistré ; vous pouvez encore changer votre vote dans {max, plural, one {ce budget} other {ces budgets}}.}}',
  },
  {
    'eligibility.population':
      '{population, select, REGISTERED_VOTERS {Only people registered on the commune’s electoral roll can vote.} ALSO_LINKED {People with a link to the commune who do not live in it (they work or study there…), checked at the town hall desk, can vote too.} other {}}',
    'eligibility.ages':
      '{kind, select, range {You must be between {min} and {max} years old this year.} min {You must be at least {min} years old this year.} other {You must be {max} years old at most this year.}}',
    'eligibility.group':
      '{rule, select, EXACTLY_ONE {This budget is part of “{group}”: you can vote in one of its budgets only ({budgets}).} UP_TO_N {This budget is part of “{group}”: you can vote in {max, plural, one {one of its budgets only} other {# of its budgets at most}} ({budgets}).} other {This budget is part of “{group}”: you can vote in each of its budgets ({budgets}).}}',
    'eligibility.exactProjects': 'Choose exactly {count, plural, one {# project} other {# projects}}.',
    'eligibility.listGroup':
      '{rule, select, EXACTLY_ONE {Voted with the other budgets of “{group}”: you vote in one of them only.} UP_TO_N {Voted with the other budgets of “{group}”: you vote in {max, plural, one {one of them only} other {# of them at most}}.} other {Voted with the other budgets of “{group}”: you may vote in each.}}',
    'eligibility.minSpending':
      'Your choice must cost at least {amount}, that is {percent, number}% of the budget: a ballot spending less is not accepted.',
    'eligibility.refusal':
      '{code, select, NOT_ELIGIBLE {{reason, select, TOO_YOUNG {This vote is open from {min} years old this year.} TOO_OLD {This vote is for people aged {max} at most this year.} AGE_UNKNOWN {This vote has an age limit and the town hall does not know your birth year: ask it.} NOT_REGISTERED_VOTER {This vote is for people registered on the commune’s electoral roll, and the census does not list you as one: ask the town hall.} other {This vote is for residents of the commune; you were verified for your link to it.}} Your ballot was not recorded.} other {You have already voted in {max, plural, one {another budget} other {# budgets}} of “{group}”, as many as its rule allows. Your ballot was not recorded; you can still change your vote in {max, plural, one {that budget} other {those budgets}}.}}',
  },
);
