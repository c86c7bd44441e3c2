import { defineMessages } from '../i18n/define-messages';

export const legalMessages = defineMessages(
  {
    'legal.notProvided': 'La mairie n’a pas encore publié ces informations.',
    'legal.notice.title': 'Mentions légales',
    'legal.notice.publisher': 'Éditeur du site',
    'legal.notice.siren': 'SIREN : {siren}',
    'legal.notice.phone': 'Téléphone : {phone}',
    'legal.notice.email': 'Courriel :',
    'legal.notice.director': 'Directeur ou directrice de la publication',
    'legal.notice.host': 'Hébergeur',
    'legal.notice.software': 'Logiciel',
    'legal.notice.softwareBody':
      'Ce site fonctionne avec Quorum, logiciel libre de participation citoyenne publié sous licence AGPL-3.0. Les données publiées en données ouvertes sont sous Licence Ouverte (Etalab 2.0).',
    'legal.notice.seeAlso': 'Voir aussi',
    'legal.privacy.title': 'Données personnelles',
    'legal.privacy.intro':
      '{publisher} est responsable des traitements de données personnelles de ce site. Ils servent la participation des habitants, une mission d’intérêt public de la commune (RGPD, article 6.1.e), sauf les coordonnées facultatives, traitées avec votre consentement (article 6.1.a). Aucune donnée n’est vendue, cédée ou utilisée à des fins commerciales.',
    'legal.privacy.treatments': 'Ce que nous conservons, pourquoi et combien de temps',
    'legal.privacy.data': 'Données',
    'legal.privacy.purpose': 'Finalité',
    'legal.privacy.basis': 'Base légale',
    'legal.privacy.retention': 'Durée de conservation',
    'legal.privacy.publicInterest': 'Mission d’intérêt public',
    'legal.privacy.publicInterestAndConsent': 'Mission d’intérêt public ; consentement pour vos coordonnées',
    'legal.privacy.account.title': 'Votre compte',
    'legal.privacy.account.data':
      'Adresse électronique, nom affiché, mot de passe (seule une empreinte irréversible est gardée), rôle.',
    'legal.privacy.account.purpose':
      'Vous connecter ; afficher votre nom à côté de vos contributions publiques ; vous écrire à leur sujet.',
    'legal.privacy.account.retention':
      'Jusqu’à la suppression de votre compte : l’adresse, le nom et le mot de passe sont alors effacés.',
    'legal.privacy.residency.title': 'La vérification de votre résidence',
    'legal.privacy.residency.data':
      'Une empreinte chiffrée de votre identifiant du recensement (jamais l’identifiant lui-même), votre quartier s’il est connu, la date et la méthode de vérification.',
    'legal.privacy.residency.purpose': 'Garantir qu’une personne ne vote et ne soutient qu’une fois.',
    'legal.privacy.residency.retention':
      'Tant que la liste de la mairie est en vigueur ; le lien entre l’entrée de la liste et le compte est gardé après la suppression du compte, sans rien qui vous identifie, pour que cette entrée ne vérifie jamais un autre compte.',
    'legal.privacy.participation.title': 'Vos propositions, commentaires et soutiens',
    'legal.privacy.participation.data':
      'Le texte de vos propositions et commentaires (publics), les propositions que vous soutenez (seuls les totaux sont publics).',
    'legal.privacy.participation.purpose': 'La participation publique aux consultations de la commune.',
    'legal.privacy.participation.retention':
      'La durée de la consultation. Si vous supprimez votre compte, vos contributions restent sous le nom « Ancien participant », ou sont effacées si vous le demandez.',
    'legal.privacy.votes.title': 'Vos votes au budget participatif',
    'legal.privacy.votes.data':
      'Le contenu de votre bulletin, sans lien avec vous, et le fait que vous avez voté, enregistré sous une empreinte chiffrée.',
    'legal.privacy.votes.purpose': 'Compter les votes, un bulletin par personne, et vous laisser changer de vote.',
    'legal.privacy.votes.retention':
      'La durée du budget. Les bulletins sont publiés de façon anonyme avec les résultats, pour que chacun puisse les recompter.',
    'legal.privacy.reports.title': 'Vos signalements',
    'legal.privacy.reports.data':
      'La description, le lieu et la photo du problème (sans ses métadonnées de localisation) ; si vous le souhaitez, vos coordonnées pour être tenu·e informé·e.',
    'legal.privacy.reports.purpose':
      'Traiter le problème signalé dans l’espace public et vous informer de sa résolution.',
    'legal.privacy.reports.retention':
      'Le signalement est gardé comme fait public, sans lien avec vous après la suppression de votre compte ; vos coordonnées sont effacées {days, plural, one {# jour} other {# jours}} après la clôture du signalement.',
    'legal.privacy.sessions.title': 'Votre connexion au site',
    'legal.privacy.sessions.data':
      'Une empreinte du jeton de votre cookie de connexion, les dates de connexion et de dernière visite. Ni adresse IP ni appareil.',
    'legal.privacy.sessions.purpose': 'Vous garder connecté·e d’une page à l’autre.',
    'legal.privacy.sessions.retention':
      'Jusqu’à votre déconnexion, {idle, plural, one {# heure} other {# heures}} sans visite, ou {max, plural, one {# jour} other {# jours}} après la connexion.',
    'legal.privacy.security.title': 'La protection contre les abus',
    'legal.privacy.security.data':
      'Votre adresse IP, dans les compteurs de tentatives de connexion, d’inscription et de contribution.',
    'legal.privacy.security.purpose': 'Empêcher qu’on devine des mots de passe ou qu’on inonde le site.',
    'legal.privacy.security.retention':
      'Le temps du compteur (de quelques minutes à une heure), puis elle est effacée.',
    'legal.privacy.cookies.title': 'Cookies',
    'legal.privacy.cookies.body':
      'Ce site n’utilise que des cookies nécessaires à son fonctionnement : votre connexion, la protection des formulaires, la langue choisie et le message affiché après une action. Aucun cookie de mesure d’audience ni de publicité : aucun consentement n’est donc demandé.',
    'legal.privacy.rights.title': 'Vos droits',
    'legal.privacy.rights.body':
      'Vous pouvez accéder à vos données et en obtenir une copie, les faire rectifier, les faire effacer en supprimant votre compte, demander la limitation de leur traitement ou vous y opposer (RGPD, articles 15 à 21).',
    'legal.privacy.rights.contact':
      'Pour exercer ces droits ou pour toute question, écrivez au délégué à la protection des données :',
    'legal.privacy.rights.complaint':
      'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL) :',
    'legal.privacy.rights.cnil': 'www.cnil.fr',
    'legal.accessibility.title': 'Déclaration d’accessibilité',
    'legal.accessibility.commitment':
      '{publisher} s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
    'legal.accessibility.scope':
      'Cette déclaration d’accessibilité s’applique au site de participation citoyenne de {municipality}.',
    'legal.accessibility.status.title': 'État de conformité',
    'legal.accessibility.status':
      'Ce site est {status, select, FULL {totalement conforme} PARTIAL {partiellement conforme} other {non conforme}} avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1{status, select, FULL {.} other {, en raison des non-conformités et des dérogations énumérées ci-dessous.}}',
    'legal.accessibility.results.title': 'Résultats des tests',
    'legal.accessibility.results.audit':
      'L’audit de conformité réalisé le {date}{auditor, select, none {} other { par {auditor}}} révèle que {score} % des critères du RGAA 4.1 sont respectés.',
    'legal.accessibility.results.none':
      'Aucun audit de conformité n’a encore été réalisé. Le site est vérifié automatiquement à chaque modification (tests avec le navigateur, au clavier, sans JavaScript, à 320 pixels de large, et par axe-core) ; ces vérifications ne remplacent pas un audit.',
    'legal.accessibility.nonCompliant.title': 'Contenus non accessibles',
    'legal.accessibility.nonCompliant.list': 'Non-conformités',
    'legal.accessibility.derogations.list': 'Dérogations pour charge disproportionnée',
    'legal.accessibility.none': 'Aucune.',
    'legal.accessibility.established.title': 'Établissement de cette déclaration',
    'legal.accessibility.established': 'Cette déclaration a été établie le {date}.',
    'legal.accessibility.technologies':
      'Technologies utilisées : HTML, CSS ; JavaScript n’est qu’une amélioration, chaque fonction marche sans lui.',
    'legal.accessibility.contact.title': 'Retour d’information et contact',
    'legal.accessibility.contact.body':
      'Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter la mairie pour être orienté·e vers une alternative accessible ou obtenir le contenu sous une autre forme :',
    'legal.accessibility.recourse.title': 'Voies de recours',
    'legal.accessibility.recourse.body':
      'Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :',
    'legal.accessibility.recourse.online': 'écrire un message au Défenseur des droits (defenseurdesdroits.fr) ;',
    'legal.accessibility.recourse.delegate': 'contacter le délégué du Défenseur des droits dans votre région ;',
    'legal.accessibility.recourse.mail':
      'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
    'legal.siteMap.title': 'Plan du site',
    'legal.siteMap.participate': 'Participer',
    'legal.siteMap.account': 'Mon compte',
    'legal.siteMap.about': 'À propos du site',
  },
  {
    'legal.notProvided': 'The town hall has not published this information yet.',
    'legal.notice.title': 'Legal notice',
    'legal.notice.publisher': 'Publisher',
    'legal.notice.siren': 'SIREN: {siren}',
    'legal.notice.phone': 'Phone: {phone}',
    'legal.notice.email': 'Email:',
    'legal.notice.director': 'Publication director',
    'legal.notice.host': 'Host',
    'legal.notice.software': 'Software',
    'legal.notice.softwareBody':
      'This site runs Quorum, free software for citizen participation published under the AGPL-3.0 licence. Open data is published under the Licence Ouverte (Etalab 2.0).',
    'legal.notice.seeAlso': 'See also',
    'legal.privacy.title': 'Personal data',
    'legal.privacy.intro':
      '{publisher} is the controller of the personal data this site processes. It serves residents’ participation, a public-interest task of the commune (GDPR, article 6(1)(e)), except optional contact details, processed with your consent (article 6(1)(a)). No data is sold, given away or used for commercial purposes.',
    'legal.privacy.treatments': 'What we keep, why and for how long',
    'legal.privacy.data': 'Data',
    'legal.privacy.purpose': 'Purpose',
    'legal.privacy.basis': 'Legal basis',
    'legal.privacy.retention': 'Kept for',
    'legal.privacy.publicInterest': 'Public-interest task',
    'legal.privacy.publicInterestAndConsent': 'Public-interest task; consent for your contact details',
    'legal.privacy.account.title': 'Your account',
    'legal.privacy.account.data': 'Email address, display name, password (only an irreversible hash is kept), role.',
    'legal.privacy.account.purpose':
      'Signing you in; showing your name next to your public contributions; writing to you about them.',
    'legal.privacy.account.retention': 'Until you delete your account: the address, name and password are then erased.',
    'legal.privacy.residency.title': 'Verifying your residency',
    'legal.privacy.residency.data':
      'A keyed hash of your census identifier (never the identifier itself), your district when known, the date and method of verification.',
    'legal.privacy.residency.purpose': 'Making sure one person votes and supports only once.',
    'legal.privacy.residency.retention':
      'As long as the town hall’s list is in force; the link between the list entry and the account is kept after the account is deleted, with nothing that identifies you, so that this entry never verifies another account.',
    'legal.privacy.participation.title': 'Your proposals, comments and supports',
    'legal.privacy.participation.data':
      'The text of your proposals and comments (public), the proposals you support (only totals are public).',
    'legal.privacy.participation.purpose': 'Public participation in the commune’s consultations.',
    'legal.privacy.participation.retention':
      'The life of the consultation. If you delete your account, your contributions stay under the name “Former participant”, or are erased if you ask.',
    'legal.privacy.votes.title': 'Your votes in participatory budgets',
    'legal.privacy.votes.data':
      'The content of your ballot, with no link to you, and the fact that you voted, recorded under a keyed hash.',
    'legal.privacy.votes.purpose': 'Counting votes, one ballot per person, and letting you change your vote.',
    'legal.privacy.votes.retention':
      'The life of the budget. Ballots are published anonymously with the results, so that anyone can recount them.',
    'legal.privacy.reports.title': 'Your issue reports',
    'legal.privacy.reports.data':
      'The description, place and photo of the problem (without its location metadata); if you wish, your contact details to be kept informed.',
    'legal.privacy.reports.purpose':
      'Dealing with the problem reported in public space and telling you when it is fixed.',
    'legal.privacy.reports.retention':
      'The report is kept as a public fact, with no link to you once your account is deleted; your contact details are erased {days, plural, one {# day} other {# days}} after the report is closed.',
    'legal.privacy.sessions.title': 'Your sign-in to the site',
    'legal.privacy.sessions.data':
      'A hash of your sign-in cookie’s token, the dates of sign-in and last visit. No IP address and no device.',
    'legal.privacy.sessions.purpose': 'Keeping you signed in from one page to the next.',
    'legal.privacy.sessions.retention':
      'Until you sign out, {idle, plural, one {# hour} other {# hours}} without a visit, or {max, plural, one {# day} other {# days}} after signing in.',
    'legal.privacy.security.title': 'Protection against abuse',
    'legal.privacy.security.data': 'Your IP address, in the counters of sign-in, sign-up and contribution attempts.',
    'legal.privacy.security.purpose': 'Preventing password guessing and flooding.',
    'legal.privacy.security.retention': 'The counter’s time (a few minutes to an hour), then it is erased.',
    'legal.privacy.cookies.title': 'Cookies',
    'legal.privacy.cookies.body':
      'This site only uses cookies it needs to work: your sign-in, the protection of forms, the language you chose and the message shown after an action. No audience measurement or advertising cookie: so no consent is asked.',
    'legal.privacy.rights.title': 'Your rights',
    'legal.privacy.rights.body':
      'You can access your data and get a copy, have it corrected, have it erased by deleting your account, ask for its processing to be restricted or object to it (GDPR, articles 15 to 21).',
    'legal.privacy.rights.contact':
      'To exercise these rights or for any question, write to the data protection officer:',
    'legal.privacy.rights.complaint':
      'If you think your rights are not respected, you can lodge a complaint with the French data protection authority (CNIL):',
    'legal.privacy.rights.cnil': 'www.cnil.fr',
    'legal.accessibility.title': 'Accessibility statement',
    'legal.accessibility.commitment':
      '{publisher} is committed to making its website accessible in accordance with article 47 of French law no. 2005-102 of 11 February 2005.',
    'legal.accessibility.scope':
      'This accessibility statement applies to the citizen participation site of {municipality}.',
    'legal.accessibility.status.title': 'Compliance status',
    'legal.accessibility.status':
      'This site is {status, select, FULL {fully compliant} PARTIAL {partially compliant} other {not compliant}} with the French accessibility guidelines (RGAA), version 4.1{status, select, FULL {.} other {, because of the non-compliances and exemptions listed below.}}',
    'legal.accessibility.results.title': 'Test results',
    'legal.accessibility.results.audit':
      'The compliance audit carried out on {date}{auditor, select, none {} other { by {auditor}}} shows that {score}% of the RGAA 4.1 criteria are met.',
    'legal.accessibility.results.none':
      'No compliance audit has been carried out yet. The site is checked automatically on every change (browser tests, keyboard only, without JavaScript, 320 pixels wide, and with axe-core); these checks do not replace an audit.',
    'legal.accessibility.nonCompliant.title': 'Non-accessible content',
    'legal.accessibility.nonCompliant.list': 'Non-compliances',
    'legal.accessibility.derogations.list': 'Exemptions for disproportionate burden',
    'legal.accessibility.none': 'None.',
    'legal.accessibility.established.title': 'Preparation of this statement',
    'legal.accessibility.established': 'This statement was prepared on {date}.',
    'legal.accessibility.technologies':
      'Technologies used: HTML, CSS; JavaScript is only an enhancement, every feature works without it.',
    'legal.accessibility.contact.title': 'Feedback and contact',
    'legal.accessibility.contact.body':
      'If you cannot access some content or service, you can contact the town hall to be directed to an accessible alternative or to get the content in another form:',
    'legal.accessibility.recourse.title': 'Remedies',
    'legal.accessibility.recourse.body':
      'If you reported an accessibility defect that prevents you from accessing content or a service and did not get a satisfactory answer, you can:',
    'legal.accessibility.recourse.online': 'write a message to the Défenseur des droits (defenseurdesdroits.fr);',
    'legal.accessibility.recourse.delegate': 'contact the delegate of the Défenseur des droits in your region;',
    'legal.accessibility.recourse.mail':
      'send a letter by post (free, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
    'legal.siteMap.title': 'Site map',
    'legal.siteMap.participate': 'Take part',
    'legal.siteMap.account': 'My account',
    'legal.siteMap.about': 'About this site',
  },
);
