import { defineMessages } from '../i18n/define-messages';

const RULE_FR =
  '{rule, select, GREEDY {le décompte par nombre de voix} GREEDY_NO_SKIP {le décompte par nombre de voix sans saut} EQUAL_SHARES {la méthode des parts égales} other {la méthode de Phragmén}}';
const RULE_EN =
  '{rule, select, GREEDY {the count by number of votes} GREEDY_NO_SKIP {the count by number of votes without skipping} EQUAL_SHARES {the Method of Equal Shares} other {Phragmén’s method}}';

export const budgetsMessages = defineMessages(
  {
    'budgets.list.title': 'Budgets participatifs',
    'budgets.list.intro':
      'La commune réserve une part de son budget à des projets choisis par les habitants. Voici les votes en cours, à venir, et les résultats.',
    'budgets.list.voting': 'Votes ouverts',
    'budgets.list.votingEmpty': 'Aucun vote n’est ouvert en ce moment.',
    'budgets.list.votingItem': '{amount} à répartir, vote ouvert jusqu’au {date}',
    'budgets.list.upcoming': 'Votes à venir',
    'budgets.list.upcomingEmpty': 'Aucun vote n’est prévu pour le moment.',
    'budgets.list.upcomingItem': '{amount} à répartir, vote à partir du {date}',
    'budgets.list.counting': 'Dépouillement en cours',
    'budgets.list.countingItem': '{amount}, vote clos le {date}, résultats bientôt publiés',
    'budgets.list.results': 'Résultats publiés',
    'budgets.list.resultsEmpty': 'Aucun résultat n’a encore été publié.',
    'budgets.list.resultsItem': '{amount}, résultats publiés le {date}',

    'budgets.rules.title': 'Les règles',
    'budgets.rules.amountTerm': 'Montant à répartir',
    'budgets.rules.datesTerm': 'Dates du vote',
    'budgets.rules.dates': 'Du {opens} au {closes}',
    'budgets.rules.whoTerm': 'Qui peut voter',
    'budgets.rules.district': 'Les habitants du quartier {district} dont la résidence est vérifiée',
    'budgets.rules.city': 'Les habitants de la commune dont la résidence est vérifiée',
    'budgets.rules.ballotTerm': 'Comment voter',
    'budgets.rules.ballot':
      '{type, select, APPROVAL {Cochez tous les projets que vous soutenez.} KNAPSACK {Choisissez des projets dont le coût total ne dépasse pas {amount}.} CUMULATIVE {Répartissez jusqu’à {points} points entre les projets : plus vous donnez de points à un projet, plus vous le soutenez.} other {Classez des projets par ordre de préférence, en commençant par celui que vous préférez.}}',
    'budgets.rules.minSpending': 'Votre choix doit coûter au moins {amount}.',
    'budgets.rules.minProjects': 'Choisissez au moins {min, plural, one {# projet} other {# projets}}.',
    'budgets.rules.maxProjects': 'Choisissez au plus {max, plural, one {# projet} other {# projets}}.',
    'budgets.rules.revote':
      'Vous pouvez changer d’avis tant que le vote est ouvert : votre dernier bulletin remplace le précédent.',
    'budgets.rules.countTerm': 'Comment les voix sont comptées',
    'budgets.rules.count':
      '{rule, select, GREEDY {Les projets les plus soutenus sont retenus un par un, du plus soutenu au moins soutenu, tant que l’argent restant suffit à les payer.} GREEDY_NO_SKIP {Les projets les plus soutenus sont retenus un par un, du plus soutenu au moins soutenu ; le décompte s’arrête au premier projet que l’argent restant ne suffit pas à payer, même si des projets moins soutenus et moins chers tiendraient encore.} EQUAL_SHARES {Méthode des parts égales : le budget est partagé à parts égales entre les votants, et un projet est financé quand ceux qui l’ont choisi ont ensemble de quoi le payer. Chaque groupe d’habitants obtient ainsi des projets à proportion de sa taille, et pas seulement la majorité.} other {Méthode de Phragmén : les projets sont retenus un par un, chacun étant payé par ceux qui l’ont choisi, en répartissant la charge le plus également possible entre eux.}}',
    'budgets.rules.add1':
      'S’il reste de l’argent à la fin, le calcul est refait avec un budget un peu plus grand, tant que le résultat reste dans le montant prévu, pour ne rien laisser de côté inutilement.',

    'budgets.project.cost': 'Coût : {cost}',
    'budgets.project.category': 'Thème : {category}',
    'budgets.project.district': 'Quartier : {district}',
    'budgets.project.whyUnfeasible': 'Pourquoi il n’est pas soumis au vote :',
    'budgets.project.noExplanation': 'la mairie n’a pas encore publié d’explication.',
    'budgets.projects.title':
      '{count, plural, =0 {Aucun projet soumis au vote} one {Le projet soumis au vote} other {Les # projets soumis au vote}}',
    'budgets.projects.unfeasibleTitle':
      '{count, plural, one {Un projet non retenu par la mairie} other {# projets non retenus par la mairie}}',
    'budgets.projects.unfeasibleIntro':
      'Les services de la mairie ont étudié chaque proposition. Celles-ci ne peuvent pas être réalisées ; voici pourquoi.',

    'budgets.next.upcoming': 'Le vote ouvrira le {date}.',
    'budgets.next.counting': 'Le vote est clos. Les résultats seront publiés après le dépouillement.',
    'budgets.next.results': 'Voir les résultats',
    'budgets.next.voting': 'Le vote est ouvert jusqu’au {date}.',
    'budgets.next.alreadyVoted': 'Vous avez déjà voté. Vous pouvez modifier votre vote tant qu’il est ouvert.',
    'budgets.next.signIn': 'Se connecter pour voter',
    'budgets.next.verify': 'Vérifier ma résidence pour voter',
    'budgets.next.vote': 'Voter',
    'budgets.next.revote': 'Modifier mon vote',

    'budgets.ballot.title': 'Voter : {budget}',
    'budgets.ballot.crumb': 'Voter',
    'budgets.ballot.intro':
      'Le vote est ouvert jusqu’au {date}. Vous pourrez vérifier votre choix avant de le valider.',
    'budgets.ballot.previous.title': 'Vous avez déjà voté',
    'budgets.ballot.previous.body':
      'Si vous votez à nouveau, votre nouveau bulletin remplacera celui-ci, qui ne comptera plus. Votre bulletin actuel :',
    'budgets.ballot.notOpen':
      '{phase, select, UPCOMING {Le vote n’est pas encore ouvert.} PUBLISHED {Le vote est terminé et les résultats sont publiés.} other {Le vote est clos : il n’est plus possible de voter ni de modifier son vote.}}',
    'budgets.ballot.backToBudget': 'Retour au budget et à ses projets',
    'budgets.ballot.notVerified':
      'Pour voter, vérifiez d’abord votre résidence avec le code que la mairie vous a remis. Vous reviendrez ensuite ici.',
    'budgets.ballot.totalUpdated': 'Le total est mis à jour.',
    'budgets.ballot.continue': 'Continuer',
    'budgets.ballot.legend':
      '{type, select, APPROVAL {Les projets que vous soutenez} KNAPSACK {Les projets que vous choisissez} CUMULATIVE {Vos points, projet par projet} other {Votre classement}}',
    'budgets.ballot.pointsFor': 'Points pour « {project} »',
    'budgets.ballot.rank': '{rank, selectordinal, one {#er} other {#e}} choix',
    'budgets.ballot.rankNone': 'Aucun projet',
    'budgets.ballot.rankOption': '{project} ({cost})',
    'budgets.ballot.total': 'Total de votre choix : {spent}. Reste à dépenser : {left}.',
    'budgets.ballot.totalOver': 'Total de votre choix : {spent}, soit {over} de plus que le budget.',
    'budgets.ballot.points': 'Points donnés : {given} sur {total}. Points restants : {left}.',
    'budgets.ballot.pointsOver': 'Points donnés : {given} sur {total}, soit {over} de trop.',
    'budgets.ballot.updateTotal': 'Mettre à jour le total',
    'budgets.ballot.refusal':
      '{code, select, EMPTY_BALLOT {Choisissez au moins un projet} RANK_GAP {Classez les projets sans laisser de choix vide entre deux} DUPLICATE_PROJECT {Chaque projet ne peut être classé qu’une fois} UNKNOWN_PROJECT {Un des projets choisis n’est plus soumis au vote : rechargez la page} TOO_FEW_PROJECTS {Choisissez au moins {min, plural, one {# projet} other {# projets}}} TOO_MANY_PROJECTS {Choisissez au plus {max, plural, one {# projet} other {# projets}}} BUDGET_EXCEEDED {Votre choix coûte {spent}, plus que les {amount} du budget : retirez des projets} MIN_SPENDING_NOT_REACHED {Votre choix coûte {spent} : choisissez des projets pour au moins {minSpending}} POINTS_MISMATCH {Saisissez un nombre de points pour chaque projet choisi} INVALID_POINTS {Saisissez les points en nombres entiers, par exemple 3} TOO_MANY_POINTS {Vous avez donné {given} points : vous en avez {points} au plus} TOO_FEW_POINTS {Donnez plus de points : vous en avez donné {given}} PROJECT_POINTS_EXCEEDED {Vous avez donné trop de points à un même projet} BALLOT_CLOSED {Le vote n’est pas ouvert : votre bulletin n’a pas été enregistré} WRONG_DISTRICT {Ce vote est réservé aux habitants d’un autre quartier (ou la mairie ne connaît pas encore votre quartier : adressez-vous à elle). Votre bulletin n’a pas été enregistré} ALREADY_VOTED_ELSEWHERE {Vous avez déjà voté pour un autre budget de ce vote ; on ne peut voter que pour un seul} NOT_VERIFIED {Vérifiez d’abord votre résidence pour voter} other {Trop de tentatives en peu de temps. Réessayez dans quelques minutes}}',

    'budgets.chosen.points': '{project} : {points, plural, one {# point} other {# points}}',
    'budgets.chosen.project': '{project} ({cost})',

    'budgets.review.title': 'Vérifiez votre vote',
    'budgets.review.intro':
      '{type, select, ORDINAL {Vous êtes sur le point de classer {count, plural, one {# projet} other {# projets}}, dans cet ordre :} CUMULATIVE {Vous êtes sur le point de donner vos points à {count, plural, one {# projet} other {# projets}} :} other {Vous êtes sur le point de voter pour {count, plural, one {# projet} other {# projets}} :}}',
    'budgets.review.totalPoints': 'Total : {given} points sur {total}.',
    'budgets.review.total': 'Total : {spent}, pour un budget de {amount}.',
    'budgets.review.replaces': 'Ce vote remplacera votre bulletin précédent, qui ne comptera plus.',
    'budgets.review.cast': 'Valider mon vote',
    'budgets.review.change': 'Modifier mon choix',

    'budgets.receipt.title': 'Votre vote est enregistré',
    'budgets.receipt.codeTitle': 'Votre reçu',
    'budgets.receipt.copied': 'Le reçu est copié.',
    'budgets.receipt.copy': 'Copier le reçu',
    'budgets.receipt.print': 'Imprimer cette page',
    'budgets.receipt.keep': 'Notez ce code ou imprimez cette page, et gardez-les pour vous.',
    'budgets.receipt.whatTitle': 'À quoi sert ce reçu',
    'budgets.receipt.what':
      'Quand les résultats seront publiés, ce code vous permettra de retrouver votre bulletin parmi tous ceux qui ont été comptés, et de vérifier qu’il y figure tel que vous l’avez déposé. Votre nom n’est enregistré nulle part avec votre bulletin.',
    'budgets.receipt.notProof':
      'Il ne prouve à personne d’autre comment vous avez voté : vous pouvez voter à nouveau tant que le vote est ouvert, et seul votre dernier bulletin compte, avec un nouveau reçu.',
    'budgets.receipt.private':
      'Ne le communiquez pas : une fois les résultats publiés, quiconque le connaît peut voir le bulletin qu’il désigne.',
    'budgets.receipt.ballotTitle': 'Votre bulletin',
    'budgets.receipt.revote': 'Vous pouvez le modifier jusqu’au {date}.',
    'budgets.receipt.change': 'Modifier mon vote',
    'budgets.receipt.closed':
      'Le vote a pris fin le {date} : ce bulletin est celui qui compte, il ne peut plus être modifié.',
    'budgets.flash.cast': 'Votre vote est enregistré.',

    'budgets.results.title': 'Résultats : {budget}',
    'budgets.results.crumb': 'Résultats',
    'budgets.results.intro':
      'Résultats publiés le {date} : {count, plural, =0 {aucun projet n’est financé} one {un projet est financé} other {# projets sont financés}}.',
    'budgets.results.spentTerm': 'Budget utilisé',
    'budgets.results.spent': '{spent} sur {amount} (reste {left})',
    'budgets.results.ballotsTerm': 'Bulletins',
    'budgets.results.ballots': '{count, plural, =0 {Aucun bulletin} one {# bulletin} other {# bulletins}}',
    'budgets.results.turnoutTerm': 'Participation',
    'budgets.results.turnoutUnknown': 'Inconnue (la liste des habitants n’est pas chargée)',
    'budgets.results.turnout': '{share} des {census, plural, one {# habitant inscrit} other {# habitants inscrits}}',
    'budgets.results.winnersTitle': 'Les projets financés',
    'budgets.results.winnersCaption': 'Projets financés, dans l’ordre où ' + RULE_FR + ' les a retenus',
    'budgets.results.order': 'Ordre',
    'budgets.results.project': 'Projet',
    'budgets.results.cost': 'Coût',
    'budgets.results.votes': 'Voix',
    'budgets.results.comparisonTitle': 'Avec une autre règle : ' + RULE_FR,
    'budgets.results.comparisonIntro':
      'Les mêmes bulletins, comptés avec une autre règle, pour voir ce que la règle choisie a changé. Le résultat officiel est celui de ' +
      RULE_FR +
      '.',
    'budgets.results.checkTitle': 'Vérifier le résultat',
    'budgets.results.checkBody':
      'Tous les bulletins sont publiés, sans nom, dans un fichier que chacun peut recompter. Ses empreintes permettent de s’assurer qu’il n’a pas été modifié.',
    'budgets.results.digest': 'Empreinte SHA-256 du fichier des bulletins',
    'budgets.results.merkleRoot': 'Racine de l’arbre de Merkle des bulletins',

    'budgets.explain.title': 'Pourquoi ces projets ?',
    'budgets.explain.shares':
      'Avec la méthode des parts égales, les {amount} sont partagés à parts égales entre les {count, plural, one {# votant} other {# votants}} : chacun dispose d’environ {share}, qu’il ne peut dépenser que pour les projets qu’il a choisis.',
    'budgets.explain.add1':
      'Avec ces parts, une partie du budget serait restée inutilisée. Comme le prévoit la méthode, chaque part a donc été augmentée de {increment}, à {share} : la plus grande augmentation avec laquelle les projets retenus tiennent encore dans le budget.',
    'budgets.explain.rounds':
      'Les projets sont ensuite financés un par un. À chaque tour, le projet retenu est celui dont le coût se partage le mieux entre ses soutiens : celui pour lequel chacun paie le moins. Chaque soutien paie une part égale ; celui à qui il reste moins que cette part donne tout ce qui lui reste, et les autres complètent. Un projet ne peut plus être financé quand ses soutiens n’ont plus assez, ensemble, pour payer son coût.',
    'budgets.explain.fundedTitle':
      '{count, plural, =0 {Aucun projet financé par les tours} one {Le projet financé} other {Les # projets financés, tour par tour}}',
    'budgets.explain.round': 'Tour {round} : {title}.',
    'budgets.explain.projectTitle': '{title}.',
    'budgets.explain.cost': 'Coût {cost}, {votes, plural, =0 {aucune voix} one {# voix} other {# voix}}.',
    'budgets.explain.paidShare':
      '{count, plural, one {# soutien a payé {amount}.} other {# soutiens ont payé {amount} chacun.}}',
    'budgets.explain.paidAll':
      '{count, plural, one {# autre soutien a donné tout ce qui lui restait ({min}).} other {# autres soutiens ont donné tout ce qui leur restait (de {min} à {max}).}}',
    'budgets.explain.paidAllSame':
      '{count, plural, one {# autre soutien a donné tout ce qui lui restait, {min}.} other {# autres soutiens ont donné tout ce qui leur restait, {min} chacun.}}',
    'budgets.explain.completionTitle': 'Ajoutés après les tours, avec l’argent qui restait',
    'budgets.explain.unfundedTitle':
      '{count, plural, one {Le projet non financé} other {Les # projets non financés, du plus proche au plus loin du financement}}',
    'budgets.explain.listSummary': '{count, plural, one {Le détail du projet} other {Le détail des # projets}}',
    'budgets.explain.effectiveSupportHelp':
      'Le « soutien effectif » dit à quel point un projet a approché le financement, comme le publie equalshares.net : 100 % aurait suffi ; 60 % veut dire qu’il avait 60 % des voix qu’il lui fallait, compte tenu de ce que ses soutiens avaient déjà payé pour d’autres projets qu’ils avaient aussi choisis.',
    'budgets.explain.noVotes': 'Personne n’a voté pour ce projet.',
    'budgets.explain.shortFromStart':
      'Même en mettant toutes leurs parts en commun, ses soutiens n’avaient que {held}, moins que son coût.',
    'budgets.explain.shortAtRound':
      'Au tour {round}, ses soutiens, qui avaient déjà payé pour d’autres projets qu’ils avaient aussi choisis, n’avaient plus que {held} ensemble, moins que son coût de {cost}.',
    'budgets.explain.shortAtEnd':
      'Après le dernier tour, ses soutiens n’avaient plus que {held} ensemble, moins que son coût de {cost}.',
    'budgets.explain.effectiveSupport': 'Soutien effectif : {share} %.',
    'budgets.explain.greedyIntro':
      'Avec le décompte par nombre de voix, les projets sont pris du plus voté au moins voté, tant qu’il reste assez d’argent pour les payer ; ceux qui ne tiennent plus dans ce qui reste sont passés.',
    'budgets.explain.greedySummary':
      '{count, plural, one {Pourquoi # projet n’est pas financé par le décompte par nombre de voix} other {Pourquoi # projets ne sont pas financés par le décompte par nombre de voix}}',
    'budgets.explain.greedyTaken':
      '({position, selectordinal, one {#er} other {#e}} en voix) : après {taker}, il ne restait que {left}, moins que son coût de {cost}.',
    'budgets.explain.greedyTooExpensive':
      '({position, selectordinal, one {#er} other {#e}} en voix) : il coûte {cost}, plus que tout le budget.',
    'budgets.explain.noStory':
      'Cette règle ne donne pas d’explication projet par projet ; voici ce qu’elle donne aux votants.',
    'budgets.explain.figuresTitle': 'Ce que chaque règle donne aux votants',
    'budgets.explain.figuresIntro':
      'Deux chiffres que publie equalshares.net pour comparer les règles : la part des votants qui ont au moins un projet financé parmi ceux qu’ils ont choisis, et le nombre moyen de projets financés qu’un votant avait choisis.',
    'budgets.explain.figuresCaption': 'Les votants et les projets financés, selon la règle',
    'budgets.explain.figuresShare': 'Votants avec au moins un projet financé',
    'budgets.explain.figuresAverage': 'Projets financés par votant, en moyenne',

    'budgets.check.title': 'Vérifier mon bulletin',
    'budgets.check.intro':
      'Une fois les résultats publiés, entrez le reçu obtenu en votant : vous verrez le bulletin enregistré sous ce reçu, et la preuve qu’il fait partie du fichier des bulletins publié et recompté. Le reçu prouve que votre bulletin est compté ; il ne montre à personne d’autre pour qui vous avez voté, sauf si vous le donnez.',
    'budgets.check.label': 'Votre reçu',
    'budgets.check.hint': 'Le code affiché après votre vote.',
    'budgets.check.submit': 'Vérifier',
    'budgets.check.required': 'Entrez votre reçu.',
    'budgets.check.unknown':
      'Aucun bulletin publié ne correspond à ce reçu. Vérifiez le code ; un bulletin n’est consultable qu’une fois les résultats publiés.',
    'budgets.check.recordedTitle': 'Le bulletin enregistré sous ce reçu',
    'budgets.check.points': '{title} : {points, plural, one {# point} other {# points}}',
    'budgets.check.proofTitle': 'La preuve qu’il est dans le fichier publié',
    'budgets.check.proofIntro':
      'Le fichier des bulletins publié avec les résultats est résumé par une seule empreinte, la racine d’un arbre de Merkle. La preuve ci-dessous relie la ligne de votre bulletin à cette racine : si elle y mène, votre bulletin est dans le fichier recompté.',
    'budgets.check.budgetTerm': 'Budget',
    'budgets.check.lineTerm': 'Ligne du bulletin dans le fichier',
    'budgets.check.positionTerm': 'Position',
    'budgets.check.position': 'Bulletin {index} sur {size, plural, one {#} other {#}}',
    'budgets.check.rootTerm': 'Racine publiée',
    'budgets.check.noRoot': 'Aucune racine publiée pour ce résultat',
    'budgets.check.proofTerm': 'Preuve ({count, plural, =0 {aucune empreinte} one {# empreinte} other {# empreintes}})',
    'budgets.check.checking': 'Vérification de la preuve dans votre navigateur…',
    'budgets.check.ok':
      'Preuve vérifiée dans votre navigateur : elle mène à la racine publiée. Votre bulletin est bien dans le fichier recompté.',
    'budgets.check.failed':
      'Échec : la preuve ne mène pas à la racine publiée, ce bulletin n’est pas prouvé dans le fichier recompté. Signalez-le à la commune.',
    'budgets.check.howTitle': 'La vérifier vous-même',
    'budgets.check.how1': 'Calculez h, l’empreinte SHA-256 de l’octet 00 suivi de la ligne du bulletin en UTF-8.',
    'budgets.check.how2':
      'Pour chaque empreinte p de la preuve, dans l’ordre, remplacez h par l’empreinte SHA-256 de l’octet 01 suivi de p puis h, ou de h puis p : le côté dépend de la position du bulletin, comme le décrit la RFC 9162 (section 2.1.3.2).',
    'budgets.check.how3':
      'Le résultat doit être la racine publiée, qui figure aussi sur la page des résultats et dans le jeu budget-results des données ouvertes.',
    'budgets.check.how4':
      'Ou recomptez tout le fichier des bulletins avec npm run cli -- verify-result, qui recalcule la racine et les projets retenus.',
    'budgets.results.checkReceipt': 'Vérifier mon bulletin avec mon reçu',

    'budgets.chart.title': 'Voix par projet, et projets financés par chaque règle',
    'budgets.chart.both': 'Financé par les deux règles',
    'budgets.chart.onlyRule': 'Financé seulement par ' + RULE_FR,
    'budgets.chart.onlyOther': 'Financé seulement par ' + RULE_FR,
    'budgets.chart.neither':
      '{count, plural, one {# autre projet n’est financé par aucune des deux règles : il n’est pas dans ce graphique.} other {# autres projets ne sont financés par aucune des deux règles : ils ne sont pas dans ce graphique.}}',
    'budgets.chart.ruleColumn':
      '{rule, select, GREEDY {Par nombre de voix} GREEDY_NO_SKIP {Par nombre de voix, sans saut} EQUAL_SHARES {Parts égales} other {Phragmén}}',
    'budgets.chart.funded': 'Financé',
    'budgets.chart.notFunded': 'Non financé',
    'budgets.chart.totals': 'Total dépensé',

    'budgets.results.recountLink':
      'Recompter le résultat : le fichier des bulletins et les commandes (journalistes, chercheurs)',

    'budgets.charts.votesCostTitle': 'Voix et coût par projet',
    'budgets.charts.votesSeries': 'Voix',
    'budgets.charts.costSeries': 'Coût',
    'budgets.charts.fundedLabel': '{title} (financé)',
    'budgets.charts.votes': '{count, plural, =0 {aucune voix} one {# voix} other {# voix}}',
    'budgets.charts.votesCostCaption': 'Voix et coût de chaque projet, du plus voté au moins voté',
    'budgets.charts.votesCostPageTitle': 'Voix et coût par projet, projets {first} à {last} sur {count}',
    'budgets.charts.votesCostPageCaption':
      'Voix et coût des projets {first} à {last} sur {count}, du plus voté au moins voté',
    'budgets.charts.pages': 'Pages des projets',
    'budgets.charts.previousPage': 'Les {count} projets précédents',
    'budgets.charts.nextPage': '{count, plural, one {Le projet suivant} other {Les # projets suivants}}',
    'budgets.charts.fundedColumn': 'Résultat',
    'budgets.charts.districtsTitle': 'Participation par quartier',
    'budgets.charts.districtsIntro':
      'Les bulletins des habitants de chaque quartier, rapportés au nombre d’habitants inscrits sur la liste de la commune dans ce quartier.',
    'budgets.charts.shareSeries': 'Participation',
    'budgets.charts.ballots': '{count, plural, =0 {aucun bulletin} one {# bulletin} other {# bulletins}}',
    'budgets.charts.shareText': '{share} ({count, plural, =0 {aucun bulletin} one {# bulletin} other {# bulletins}})',
    'budgets.charts.districtsCaption': 'Participation par quartier',
    'budgets.charts.district': 'Quartier',
    'budgets.charts.ballotsColumn': 'Bulletins',
    'budgets.charts.censusColumn': 'Habitants inscrits',
    'budgets.charts.shareColumn': 'Participation',
    'budgets.charts.unknownDistrict': 'Quartier inconnu',

    'budgets.filters.title': 'Trier et filtrer les projets',
    'budgets.filters.district': 'Quartier',
    'budgets.filters.allDistricts': 'Tous les quartiers',
    'budgets.filters.category': 'Thème',
    'budgets.filters.allCategories': 'Tous les thèmes',
    'budgets.filters.feasibility': 'Faisabilité',
    'budgets.filters.allFeasibility': 'Tous les projets',
    'budgets.filters.feasibilityOption': '{value, select, soumis {Soumis au vote} other {Non retenus par la mairie}}',
    'budgets.filters.sort': 'Ordre',
    'budgets.filters.sortOption':
      '{value, select, titre {Par titre} cout_croissant {Du moins cher au plus cher} cout_decroissant {Du plus cher au moins cher} other {Ordre de publication}}',
    'budgets.filters.submit': 'Afficher les projets',
    'budgets.filters.reset': 'Tout afficher',
    'budgets.filters.count':
      '{shown, plural, =0 {Aucun projet ne correspond} one {# projet correspond} other {# projets correspondent}} sur {total}.',
    'budgets.filters.ballotTitle':
      '{count, plural, =0 {Aucun des {total} projets soumis au vote} one {# des {total} projets soumis au vote} other {# des {total} projets soumis au vote}}',

    'budgets.recount.title': 'Recompter le résultat : {budget}',
    'budgets.recount.crumb': 'Recompter',
    'budgets.recount.intro':
      'Pour les journalistes, les chercheurs et chacun : tout ce qu’il faut pour recompter ce résultat soi-même, sans faire confiance à la commune ni à cette plateforme.',
    'budgets.recount.fileTitle': 'Le fichier des bulletins',
    'budgets.recount.fileIntro':
      'Les {count, plural, one {# bulletin} other {# bulletins}}, sans nom, au format Pabulib (le format public des budgets participatifs), chacun désigné par son reçu. La commune s’est engagée sur son empreinte SHA-256 à la clôture du vote, avant tout dépouillement.',
    'budgets.recount.fileTerm': 'Fichier',
    'budgets.recount.ballotsTerm': 'Bulletins dans le fichier',
    'budgets.recount.auditTerm': 'Journal d’audit à la publication',
    'budgets.recount.audit': 'Entrée n° {sequence}, empreinte',
    'budgets.recount.openData':
      'Le fichier est aussi dans les données ouvertes de la commune, avec ses versions et leurs empreintes :',
    'budgets.recount.openDataLink': 'le catalogue des données ouvertes',
    'budgets.recount.downloadCommand': 'Le télécharger :',
    'budgets.recount.sha256Command': 'Calculer son empreinte, qui doit être celle publiée ci-dessus :',
    'budgets.recount.ruleTitle': 'La règle et ses options',
    'budgets.recount.ruleTerm': 'Règle',
    'budgets.recount.rule':
      '{rule, select, GREEDY {Décompte par nombre de voix (glouton)} GREEDY_NO_SKIP {Décompte par nombre de voix sans saut (glouton, s’arrête au premier projet qui ne tient pas)} EQUAL_SHARES {Méthode des parts égales} other {Méthode de Phragmén séquentielle}}',
    'budgets.recount.add1Term': 'Complément ADD1',
    'budgets.recount.add1Yes': 'Oui : la part de chaque votant est augmentée tant que le résultat tient dans le budget',
    'budgets.recount.add1No': 'Non',
    'budgets.recount.utilityTerm': 'Utilité',
    'budgets.recount.utilityCost': 'Le coût des projets choisis (bulletins d’approbation)',
    'budgets.recount.utilityPoints': 'Les points donnés (ou les rangs)',
    'budgets.recount.comparisonTerm': 'Comparaison avec le décompte par nombre de voix',
    'budgets.recount.comparison':
      '{criterion, select, SATISFACTION {Oui : chaque votant préfère le résultat qui finance le plus de ses projets} other {Oui : chaque votant préfère le résultat qui finance au moins un de ses projets}}',
    'budgets.recount.seedTerm': 'Graine publiée du tirage en cas d’égalité',
    'budgets.recount.minScoreTerm': 'Voix minimum pour être financé',
    'budgets.recount.ballotTypeTerm': 'Bulletin',
    'budgets.recount.ballotType':
      '{type, select, APPROVAL {Approbation : des projets cochés} KNAPSACK {Sac à dos : des projets cochés dans la limite du budget} CUMULATIVE {Points répartis entre les projets} other {Classement des projets}}',
    'budgets.recount.winnersTerm': 'Projets financés, dans l’ordre, avec leur identifiant dans le fichier',
    'budgets.recount.noWinners': 'Aucun',
    'budgets.recount.commandsTitle': 'Recompter',
    'budgets.recount.commandsIntro':
      'Avec le code source de Quorum (logiciel libre), dans son dossier, après npm ci, et le fichier dans ce même dossier :',
    'budgets.recount.apiCommand':
      'Recompter et comparer au résultat publié, que la commande lit dans l’API publique de la plateforme :',
    'budgets.recount.offlineCommand': 'Ou sans connexion, avec les projets financés et l’empreinte publiés ci-dessus :',
    'budgets.recount.metaCommand': 'Ou avec la règle et les options que le fichier lui-même indique (section META) :',
    'budgets.recount.match':
      'La commande affiche MATCH si le recomptage donne les mêmes projets dans le même ordre, la même empreinte et la même racine de Merkle ; sinon, chaque différence.',
    'budgets.recount.pabutoolsTitle': 'Avec pabutools, la bibliothèque de référence',
    'budgets.recount.pabutoolsIntro':
      'pabutools (Python), écrite par des chercheurs indépendants, lit le même fichier et affiche les identifiants des projets financés :',
    'budgets.recount.pabutoolsAdd1':
      'pabutools arrête le complément ADD1 au premier résultat qui ne laisse plus aucun projet finançable ; Quorum le poursuit tant que le résultat tient dans le budget, comme les villes qui ont voté ainsi. Les deux coïncident presque toujours ; sinon, ajoutez --stop exhaustive à la commande verify-result pour compter comme pabutools.',
    'budgets.recount.pabutoolsNone':
      'pabutools n’a pas d’équivalent direct de cette règle ou de ses options (comparaison, tirage publié, seuil, points ou rangs) : recomptez avec verify-result ci-dessus.',
    'budgets.recount.backToResults': 'Retour aux résultats',
  },
  {
    'budgets.list.title': 'Participatory budgets',
    'budgets.list.intro':
      'The commune sets aside part of its budget for projects chosen by residents. Here are the votes in progress, the ones to come, and the results.',
    'budgets.list.voting': 'Open votes',
    'budgets.list.votingEmpty': 'No vote is open at the moment.',
    'budgets.list.votingItem': '{amount} to allocate, voting open until {date}',
    'budgets.list.upcoming': 'Upcoming votes',
    'budgets.list.upcomingEmpty': 'No vote is planned for now.',
    'budgets.list.upcomingItem': '{amount} to allocate, voting from {date}',
    'budgets.list.counting': 'Counting in progress',
    'budgets.list.countingItem': '{amount}, voting closed on {date}, results soon',
    'budgets.list.results': 'Published results',
    'budgets.list.resultsEmpty': 'No result has been published yet.',
    'budgets.list.resultsItem': '{amount}, results published on {date}',

    'budgets.rules.title': 'The rules',
    'budgets.rules.amountTerm': 'Amount to allocate',
    'budgets.rules.datesTerm': 'Voting dates',
    'budgets.rules.dates': 'From {opens} to {closes}',
    'budgets.rules.whoTerm': 'Who can vote',
    'budgets.rules.district': 'Residents of the {district} district whose residency is verified',
    'budgets.rules.city': 'Residents of the commune whose residency is verified',
    'budgets.rules.ballotTerm': 'How to vote',
    'budgets.rules.ballot':
      '{type, select, APPROVAL {Tick every project you support.} KNAPSACK {Choose projects whose total cost is at most {amount}.} CUMULATIVE {Spread up to {points} points across the projects: the more points you give a project, the more you support it.} other {Rank projects in order of preference, starting with the one you like best.}}',
    'budgets.rules.minSpending': 'Your choice must cost at least {amount}.',
    'budgets.rules.minProjects': 'Choose at least {min, plural, one {# project} other {# projects}}.',
    'budgets.rules.maxProjects': 'Choose at most {max, plural, one {# project} other {# projects}}.',
    'budgets.rules.revote': 'You can change your mind while voting is open: your last ballot replaces the one before.',
    'budgets.rules.countTerm': 'How votes are counted',
    'budgets.rules.count':
      '{rule, select, GREEDY {The most supported projects are chosen one by one, from the most to the least supported, as long as the money left can pay for them.} GREEDY_NO_SKIP {The most supported projects are chosen one by one, from the most to the least supported; the count stops at the first project the money left cannot pay for, even if less supported and cheaper projects would still fit.} EQUAL_SHARES {Method of Equal Shares: the budget is shared equally among voters, and a project is funded when those who chose it can pay for it together. Each group of residents gets projects in proportion to its size, not only the majority.} other {Phragmén’s method: projects are chosen one by one, each paid for by those who chose it, spreading the load as evenly as possible among them.}}',
    'budgets.rules.add1':
      'If money is left at the end, the count is run again with a slightly larger budget, as long as the result stays within the amount, so that nothing is left aside for no reason.',

    'budgets.project.cost': 'Cost: {cost}',
    'budgets.project.category': 'Theme: {category}',
    'budgets.project.district': 'District: {district}',
    'budgets.project.whyUnfeasible': 'Why it is not on the ballot:',
    'budgets.project.noExplanation': 'the town hall has not published an explanation yet.',
    'budgets.projects.title':
      '{count, plural, =0 {No project on the ballot} one {The project on the ballot} other {The # projects on the ballot}}',
    'budgets.projects.unfeasibleTitle':
      '{count, plural, one {One project the town hall could not accept} other {# projects the town hall could not accept}}',
    'budgets.projects.unfeasibleIntro':
      'The town hall’s services studied each proposal. These ones cannot be carried out; here is why.',

    'budgets.next.upcoming': 'Voting opens on {date}.',
    'budgets.next.counting': 'Voting is closed. The results will be published once the votes are counted.',
    'budgets.next.results': 'See the results',
    'budgets.next.voting': 'Voting is open until {date}.',
    'budgets.next.alreadyVoted': 'You have already voted. You can change your vote while voting is open.',
    'budgets.next.signIn': 'Sign in to vote',
    'budgets.next.verify': 'Verify my residency to vote',
    'budgets.next.vote': 'Vote',
    'budgets.next.revote': 'Change my vote',

    'budgets.ballot.title': 'Vote: {budget}',
    'budgets.ballot.crumb': 'Vote',
    'budgets.ballot.intro': 'Voting is open until {date}. You will be able to check your choice before confirming it.',
    'budgets.ballot.previous.title': 'You have already voted',
    'budgets.ballot.previous.body':
      'If you vote again, your new ballot will replace this one, which will no longer count. Your current ballot:',
    'budgets.ballot.notOpen':
      '{phase, select, UPCOMING {Voting is not open yet.} PUBLISHED {Voting is over and the results are published.} other {Voting is closed: you can no longer vote or change your vote.}}',
    'budgets.ballot.backToBudget': 'Back to the budget and its projects',
    'budgets.ballot.notVerified':
      'To vote, first verify your residency with the code the town hall gave you. You will then come back here.',
    'budgets.ballot.totalUpdated': 'The total is updated.',
    'budgets.ballot.continue': 'Continue',
    'budgets.ballot.legend':
      '{type, select, APPROVAL {The projects you support} KNAPSACK {The projects you choose} CUMULATIVE {Your points, project by project} other {Your ranking}}',
    'budgets.ballot.pointsFor': 'Points for “{project}”',
    'budgets.ballot.rank': '{rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} choice',
    'budgets.ballot.rankNone': 'No project',
    'budgets.ballot.rankOption': '{project} ({cost})',
    'budgets.ballot.total': 'Total of your choice: {spent}. Left to spend: {left}.',
    'budgets.ballot.totalOver': 'Total of your choice: {spent}, which is {over} over the budget.',
    'budgets.ballot.points': 'Points given: {given} of {total}. Points left: {left}.',
    'budgets.ballot.pointsOver': 'Points given: {given} of {total}, which is {over} too many.',
    'budgets.ballot.updateTotal': 'Update the total',
    'budgets.ballot.refusal':
      '{code, select, EMPTY_BALLOT {Choose at least one project} RANK_GAP {Rank the projects without leaving an empty choice between two} DUPLICATE_PROJECT {Each project can be ranked only once} UNKNOWN_PROJECT {One of the projects you chose is no longer on the ballot: reload the page} TOO_FEW_PROJECTS {Choose at least {min, plural, one {# project} other {# projects}}} TOO_MANY_PROJECTS {Choose at most {max, plural, one {# project} other {# projects}}} BUDGET_EXCEEDED {Your choice costs {spent}, more than the {amount} budget: remove some projects} MIN_SPENDING_NOT_REACHED {Your choice costs {spent}: choose projects worth at least {minSpending}} POINTS_MISMATCH {Enter a number of points for each project you choose} INVALID_POINTS {Enter points as whole numbers, for example 3} TOO_MANY_POINTS {You gave {given} points: you have {points} at most} TOO_FEW_POINTS {Give more points: you gave {given}} PROJECT_POINTS_EXCEEDED {You gave too many points to one project} BALLOT_CLOSED {Voting is not open: your ballot was not recorded} WRONG_DISTRICT {This vote is for the residents of another district (or the town hall does not know your district yet: ask it). Your ballot was not recorded} ALREADY_VOTED_ELSEWHERE {You have already voted in another budget of this vote; you can vote in one only} NOT_VERIFIED {Verify your residency first to vote} other {Too many attempts in a short time. Try again in a few minutes}}',

    'budgets.chosen.points': '{project}: {points, plural, one {# point} other {# points}}',
    'budgets.chosen.project': '{project} ({cost})',

    'budgets.review.title': 'Check your vote',
    'budgets.review.intro':
      '{type, select, ORDINAL {You are about to rank {count, plural, one {# project} other {# projects}}, in this order:} CUMULATIVE {You are about to give your points to {count, plural, one {# project} other {# projects}}:} other {You are about to vote for {count, plural, one {# project} other {# projects}}:}}',
    'budgets.review.totalPoints': 'Total: {given} points of {total}.',
    'budgets.review.total': 'Total: {spent}, for a budget of {amount}.',
    'budgets.review.replaces': 'This vote will replace your previous ballot, which will no longer count.',
    'budgets.review.cast': 'Confirm my vote',
    'budgets.review.change': 'Change my choice',

    'budgets.receipt.title': 'Your vote is recorded',
    'budgets.receipt.codeTitle': 'Your receipt',
    'budgets.receipt.copied': 'The receipt is copied.',
    'budgets.receipt.copy': 'Copy the receipt',
    'budgets.receipt.print': 'Print this page',
    'budgets.receipt.keep': 'Write this code down or print this page, and keep them to yourself.',
    'budgets.receipt.whatTitle': 'What this receipt is for',
    'budgets.receipt.what':
      'When the results are published, this code will let you find your ballot among all those counted, and check that it is there as you cast it. Your name is recorded nowhere with your ballot.',
    'budgets.receipt.notProof':
      'It proves to no one else how you voted: you can vote again while voting is open, and only your last ballot counts, with a new receipt.',
    'budgets.receipt.private':
      'Do not share it: once the results are published, anyone who knows it can see the ballot it points to.',
    'budgets.receipt.ballotTitle': 'Your ballot',
    'budgets.receipt.revote': 'You can change it until {date}.',
    'budgets.receipt.change': 'Change my vote',
    'budgets.receipt.closed': 'Voting ended on {date}: this is the ballot that counts; it can no longer be changed.',
    'budgets.flash.cast': 'Your vote is recorded.',

    'budgets.results.title': 'Results: {budget}',
    'budgets.results.crumb': 'Results',
    'budgets.results.intro':
      'Results published on {date}: {count, plural, =0 {no project is funded} one {one project is funded} other {# projects are funded}}.',
    'budgets.results.spentTerm': 'Budget used',
    'budgets.results.spent': '{spent} of {amount} ({left} left)',
    'budgets.results.ballotsTerm': 'Ballots',
    'budgets.results.ballots': '{count, plural, =0 {No ballot} one {# ballot} other {# ballots}}',
    'budgets.results.turnoutTerm': 'Turnout',
    'budgets.results.turnoutUnknown': 'Unknown (the list of residents is not loaded)',
    'budgets.results.turnout':
      '{share} of the {census, plural, one {# registered resident} other {# registered residents}}',
    'budgets.results.winnersTitle': 'The funded projects',
    'budgets.results.winnersCaption': 'Funded projects, in the order ' + RULE_EN + ' chose them',
    'budgets.results.order': 'Order',
    'budgets.results.project': 'Project',
    'budgets.results.cost': 'Cost',
    'budgets.results.votes': 'Votes',
    'budgets.results.comparisonTitle': 'With another rule: ' + RULE_EN,
    'budgets.results.comparisonIntro':
      'The same ballots, counted with another rule, to see what the chosen rule changed. The official result is that of ' +
      RULE_EN +
      '.',
    'budgets.results.checkTitle': 'Check the result',
    'budgets.results.checkBody':
      'Every ballot is published, without names, in a file anyone can recount. Its fingerprints make sure it has not been changed.',
    'budgets.results.digest': 'SHA-256 fingerprint of the ballots file',
    'budgets.results.merkleRoot': 'Merkle tree root of the ballots',

    'budgets.explain.title': 'Why these projects?',
    'budgets.explain.shares':
      'Under the Method of Equal Shares, the {amount} are split equally between the {count, plural, one {# voter} other {# voters}}: each holds about {share}, which they can spend only on the projects they chose.',
    'budgets.explain.add1':
      'With these shares, part of the budget would have been left unused. As the method provides, each share was therefore raised by {increment}, to {share}: the largest increase with which the chosen projects still fit in the budget.',
    'budgets.explain.rounds':
      'Projects are then funded one at a time. In each round, the project chosen is the one whose cost is best shared among its supporters: the one for which each pays the least. Each supporter pays an equal part; one with less than that left gives all they have, and the others make up the rest. A project can no longer be funded when its supporters no longer have enough, together, to pay its cost.',
    'budgets.explain.fundedTitle':
      '{count, plural, =0 {No project funded in the rounds} one {The funded project} other {The # funded projects, round by round}}',
    'budgets.explain.round': 'Round {round}: {title}.',
    'budgets.explain.projectTitle': '{title}.',
    'budgets.explain.cost': 'Cost {cost}, {votes, plural, =0 {no votes} one {# vote} other {# votes}}.',
    'budgets.explain.paidShare':
      '{count, plural, one {# supporter paid {amount}.} other {# supporters paid {amount} each.}}',
    'budgets.explain.paidAll':
      '{count, plural, one {# other supporter gave all they had left ({min}).} other {# other supporters gave all they had left ({min} to {max}).}}',
    'budgets.explain.paidAllSame':
      '{count, plural, one {# other supporter gave all they had left, {min}.} other {# other supporters gave all they had left, {min} each.}}',
    'budgets.explain.completionTitle': 'Added after the rounds, with the money left',
    'budgets.explain.unfundedTitle':
      '{count, plural, one {The project not funded} other {The # projects not funded, closest to funding first}}',
    'budgets.explain.listSummary':
      '{count, plural, one {The details of the project} other {The details of the # projects}}',
    'budgets.explain.effectiveSupportHelp':
      '“Effective support” says how close a project came to being funded, as equalshares.net publishes it: 100% would have been enough; 60% means it had 60% of the votes it needed, given what its supporters had already paid for other projects they also chose.',
    'budgets.explain.noVotes': 'Nobody voted for this project.',
    'budgets.explain.shortFromStart':
      'Even pooling all their shares, its supporters had only {held}, less than its cost.',
    'budgets.explain.shortAtRound':
      'By round {round}, its supporters, who had already paid for other projects they also chose, had only {held} left together, less than its cost of {cost}.',
    'budgets.explain.shortAtEnd':
      'After the last round, its supporters had only {held} left together, less than its cost of {cost}.',
    'budgets.explain.effectiveSupport': 'Effective support: {share}%.',
    'budgets.explain.greedyIntro':
      'With the count by number of votes, projects are taken from the most voted to the least, as long as there is enough money left to pay for them; those that no longer fit in what is left are passed over.',
    'budgets.explain.greedySummary':
      '{count, plural, one {Why # project is not funded by the count by number of votes} other {Why # projects are not funded by the count by number of votes}}',
    'budgets.explain.greedyTaken':
      '({position, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} by votes): after {taker}, only {left} was left, less than its cost of {cost}.',
    'budgets.explain.greedyTooExpensive':
      '({position, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} by votes): it costs {cost}, more than the whole budget.',
    'budgets.explain.noStory': 'This rule gives no project-by-project explanation; here is what it gives voters.',
    'budgets.explain.figuresTitle': 'What each rule gives voters',
    'budgets.explain.figuresIntro':
      'Two figures equalshares.net publishes to compare rules: the share of voters with at least one funded project among those they chose, and the average number of funded projects a voter had chosen.',
    'budgets.explain.figuresCaption': 'Voters and funded projects, by rule',
    'budgets.explain.figuresShare': 'Voters with at least one funded project',
    'budgets.explain.figuresAverage': 'Funded projects per voter, on average',

    'budgets.check.title': 'Check my ballot',
    'budgets.check.intro':
      'Once the results are published, enter the receipt you got when voting: you will see the ballot recorded under it, and the proof that it is part of the published and recounted ballots file. The receipt proves your ballot is counted; it shows nobody else how you voted, unless you give it to them.',
    'budgets.check.label': 'Your receipt',
    'budgets.check.hint': 'The code shown after you voted.',
    'budgets.check.submit': 'Check',
    'budgets.check.required': 'Enter your receipt.',
    'budgets.check.unknown':
      'No published ballot has this receipt. Check the code; a ballot can only be looked up once the results are published.',
    'budgets.check.recordedTitle': 'The ballot recorded under this receipt',
    'budgets.check.points': '{title}: {points, plural, one {# point} other {# points}}',
    'budgets.check.proofTitle': 'The proof that it is in the published file',
    'budgets.check.proofIntro':
      'The ballots file published with the results is summed up by a single fingerprint, the root of a Merkle tree. The proof below links your ballot’s line to that root: if it leads there, your ballot is in the recounted file.',
    'budgets.check.budgetTerm': 'Budget',
    'budgets.check.lineTerm': 'The ballot’s line in the file',
    'budgets.check.positionTerm': 'Position',
    'budgets.check.position': 'Ballot {index} of {size, plural, one {#} other {#}}',
    'budgets.check.rootTerm': 'Published root',
    'budgets.check.noRoot': 'No root published for this result',
    'budgets.check.proofTerm':
      'Proof ({count, plural, =0 {no fingerprint} one {# fingerprint} other {# fingerprints}})',
    'budgets.check.checking': 'Checking the proof in your browser…',
    'budgets.check.ok':
      'Proof checked in your browser: it leads to the published root. Your ballot is in the recounted file.',
    'budgets.check.failed':
      'Failed: the proof does not lead to the published root, so this ballot is not proven to be in the recounted file. Report it to the commune.',
    'budgets.check.howTitle': 'Check it yourself',
    'budgets.check.how1': 'Compute h, the SHA-256 fingerprint of the byte 00 followed by the ballot’s line in UTF-8.',
    'budgets.check.how2':
      'For each fingerprint p of the proof, in order, replace h with the SHA-256 fingerprint of the byte 01 followed by p then h, or h then p: the side depends on the ballot’s position, as RFC 9162 (section 2.1.3.2) describes.',
    'budgets.check.how3':
      'The result must be the published root, which is also on the results page and in the budget-results open dataset.',
    'budgets.check.how4':
      'Or recount the whole ballots file with npm run cli -- verify-result, which computes the root and the selected projects again.',
    'budgets.results.checkReceipt': 'Check my ballot with my receipt',

    'budgets.chart.title': 'Votes per project, and the projects each rule funds',
    'budgets.chart.both': 'Funded by both rules',
    'budgets.chart.onlyRule': 'Funded only by ' + RULE_EN,
    'budgets.chart.onlyOther': 'Funded only by ' + RULE_EN,
    'budgets.chart.neither':
      '{count, plural, one {# other project is funded by neither rule: it is not in this chart.} other {# other projects are funded by neither rule: they are not in this chart.}}',
    'budgets.chart.ruleColumn':
      '{rule, select, GREEDY {By number of votes} GREEDY_NO_SKIP {By number of votes, no skipping} EQUAL_SHARES {Equal Shares} other {Phragmén}}',
    'budgets.chart.funded': 'Funded',
    'budgets.chart.notFunded': 'Not funded',
    'budgets.chart.totals': 'Total spent',

    'budgets.results.recountLink': 'Recount the result: the ballots file and the commands (journalists, researchers)',

    'budgets.charts.votesCostTitle': 'Votes and cost per project',
    'budgets.charts.votesSeries': 'Votes',
    'budgets.charts.costSeries': 'Cost',
    'budgets.charts.fundedLabel': '{title} (funded)',
    'budgets.charts.votes': '{count, plural, =0 {no votes} one {# vote} other {# votes}}',
    'budgets.charts.votesCostCaption': 'Votes and cost of each project, most voted first',
    'budgets.charts.votesCostPageTitle': 'Votes and cost per project, projects {first} to {last} of {count}',
    'budgets.charts.votesCostPageCaption': 'Votes and cost of projects {first} to {last} of {count}, most voted first',
    'budgets.charts.pages': 'Pages of projects',
    'budgets.charts.previousPage': 'The previous {count} projects',
    'budgets.charts.nextPage': '{count, plural, one {The next project} other {The next # projects}}',
    'budgets.charts.fundedColumn': 'Result',
    'budgets.charts.districtsTitle': 'Turnout by district',
    'budgets.charts.districtsIntro':
      'The ballots of each district’s residents, against the number of residents on the commune’s list in that district.',
    'budgets.charts.shareSeries': 'Turnout',
    'budgets.charts.ballots': '{count, plural, =0 {no ballots} one {# ballot} other {# ballots}}',
    'budgets.charts.shareText': '{share} ({count, plural, =0 {no ballots} one {# ballot} other {# ballots}})',
    'budgets.charts.districtsCaption': 'Turnout by district',
    'budgets.charts.district': 'District',
    'budgets.charts.ballotsColumn': 'Ballots',
    'budgets.charts.censusColumn': 'Registered residents',
    'budgets.charts.shareColumn': 'Turnout',
    'budgets.charts.unknownDistrict': 'Unknown district',

    'budgets.filters.title': 'Sort and filter the projects',
    'budgets.filters.district': 'District',
    'budgets.filters.allDistricts': 'All districts',
    'budgets.filters.category': 'Theme',
    'budgets.filters.allCategories': 'All themes',
    'budgets.filters.feasibility': 'Feasibility',
    'budgets.filters.allFeasibility': 'All projects',
    'budgets.filters.feasibilityOption':
      '{value, select, soumis {On the ballot} other {Not accepted by the town hall}}',
    'budgets.filters.sort': 'Order',
    'budgets.filters.sortOption':
      '{value, select, titre {By title} cout_croissant {Cheapest first} cout_decroissant {Most expensive first} other {Published order}}',
    'budgets.filters.submit': 'Show the projects',
    'budgets.filters.reset': 'Show all',
    'budgets.filters.count':
      '{shown, plural, =0 {No project matches} one {# project matches} other {# projects match}} out of {total}.',
    'budgets.filters.ballotTitle':
      '{count, plural, =0 {None of the {total} projects on the ballot} one {# of the {total} projects on the ballot} other {# of the {total} projects on the ballot}}',

    'budgets.recount.title': 'Recount the result: {budget}',
    'budgets.recount.crumb': 'Recount',
    'budgets.recount.intro':
      'For journalists, researchers and everyone: all you need to recount this result yourself, without trusting the commune or this platform.',
    'budgets.recount.fileTitle': 'The ballots file',
    'budgets.recount.fileIntro':
      'The {count, plural, one {# ballot} other {# ballots}}, without names, in the Pabulib format (the public format of participatory budgets), each named by its receipt. The commune committed to its SHA-256 fingerprint when voting closed, before any count.',
    'budgets.recount.fileTerm': 'File',
    'budgets.recount.ballotsTerm': 'Ballots in the file',
    'budgets.recount.auditTerm': 'Audit log at publication',
    'budgets.recount.audit': 'Entry no. {sequence}, fingerprint',
    'budgets.recount.openData':
      'The file is also in the commune’s open data, with its versions and their fingerprints:',
    'budgets.recount.openDataLink': 'the open data catalogue',
    'budgets.recount.downloadCommand': 'Download it:',
    'budgets.recount.sha256Command': 'Compute its fingerprint, which must be the one published above:',
    'budgets.recount.ruleTitle': 'The rule and its options',
    'budgets.recount.ruleTerm': 'Rule',
    'budgets.recount.rule':
      '{rule, select, GREEDY {Count by number of votes (greedy)} GREEDY_NO_SKIP {Count by number of votes without skipping (greedy, stops at the first project that does not fit)} EQUAL_SHARES {Method of Equal Shares} other {Sequential Phragmén method}}',
    'budgets.recount.add1Term': 'ADD1 completion',
    'budgets.recount.add1Yes': 'Yes: each voter’s share is raised as long as the result fits in the budget',
    'budgets.recount.add1No': 'No',
    'budgets.recount.utilityTerm': 'Utility',
    'budgets.recount.utilityCost': 'The cost of the chosen projects (approval ballots)',
    'budgets.recount.utilityPoints': 'The points given (or the ranks)',
    'budgets.recount.comparisonTerm': 'Comparison with the count by number of votes',
    'budgets.recount.comparison':
      '{criterion, select, SATISFACTION {Yes: each voter prefers the result that funds more of their projects} other {Yes: each voter prefers the result that funds at least one of their projects}}',
    'budgets.recount.seedTerm': 'Published seed of the tie-breaking draw',
    'budgets.recount.minScoreTerm': 'Minimum votes to be funded',
    'budgets.recount.ballotTypeTerm': 'Ballot',
    'budgets.recount.ballotType':
      '{type, select, APPROVAL {Approval: projects ticked} KNAPSACK {Knapsack: projects ticked within the budget} CUMULATIVE {Points spread across projects} other {Ranking of projects}}',
    'budgets.recount.winnersTerm': 'Funded projects, in order, with their id in the file',
    'budgets.recount.noWinners': 'None',
    'budgets.recount.commandsTitle': 'Recount',
    'budgets.recount.commandsIntro':
      'With Quorum’s source code (free software), in its folder, after npm ci, and the file in that same folder:',
    'budgets.recount.apiCommand':
      'Recount and compare with the published result, which the command reads from the platform’s public API:',
    'budgets.recount.offlineCommand': 'Or offline, with the funded projects and fingerprint published above:',
    'budgets.recount.metaCommand': 'Or with the rule and options the file itself gives (META section):',
    'budgets.recount.match':
      'The command prints MATCH when the recount gives the same projects in the same order, the same fingerprint and the same Merkle root; otherwise, each difference.',
    'budgets.recount.pabutoolsTitle': 'With pabutools, the reference library',
    'budgets.recount.pabutoolsIntro':
      'pabutools (Python), written by independent researchers, reads the same file and prints the ids of the funded projects:',
    'budgets.recount.pabutoolsAdd1':
      'pabutools stops the ADD1 completion at the first result that leaves no fundable project; Quorum goes on while the result fits in the budget, as the cities that voted this way did. Both almost always agree; otherwise, add --stop exhaustive to the verify-result command to count as pabutools does.',
    'budgets.recount.pabutoolsNone':
      'pabutools has no direct equivalent of this rule or its options (comparison, published draw, threshold, points or ranks): recount with verify-result above.',
    'budgets.recount.backToResults': 'Back to the results',
  },
);
