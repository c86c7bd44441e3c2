import { defineMessages } from '../../i18n/define-messages';

const DATASET_FR =
  '{dataset, select, CONSULTATIONS {Consultations} PROPOSALS {Propositions} PROPOSAL_DAILY_SUPPORTS {Soutiens par jour} BUDGETS {Budgets} BUDGET_PROJECTS {Projets des budgets} BUDGET_RESULTS {Résultats des budgets} BUDGET_RESULT_PROJECTS {Projets retenus} BALLOTS {Bulletins} ISSUE_REPORTS {Signalements} ISSUE_REPORT_UPDATES {Suivi des signalements} MODERATION_COUNTS {Chiffres de la modération} TRACKED_ITEMS {Réalisations suivies} TRACKED_ITEM_UPDATES {Nouvelles des réalisations} TRACKED_ITEM_DELIBERATIONS {Délibérations} other {{dataset}}}';
const DATASET_EN =
  '{dataset, select, CONSULTATIONS {Consultations} PROPOSALS {Proposals} PROPOSAL_DAILY_SUPPORTS {Supports per day} BUDGETS {Budgets} BUDGET_PROJECTS {Budget projects} BUDGET_RESULTS {Budget results} BUDGET_RESULT_PROJECTS {Selected projects} BALLOTS {Ballots} ISSUE_REPORTS {Issue reports} ISSUE_REPORT_UPDATES {Issue report updates} MODERATION_COUNTS {Moderation figures} TRACKED_ITEMS {Tracked items} TRACKED_ITEM_UPDATES {Tracked item updates} TRACKED_ITEM_DELIBERATIONS {Deliberations} other {{dataset}}}';

export const staffAdminMessages = defineMessages(
  {
    // Open data
    'staffAdmin.openData.title': 'Données ouvertes',
    'staffAdmin.openData.intro':
      'Les jeux de données sont exportés chaque nuit. Lancez ici un export tout de suite, par exemple après la publication d’un résultat ; le catalogue public est mis à jour quand il se termine.',
    'staffAdmin.openData.catalogue': 'Le catalogue public des données ouvertes',
    'staffAdmin.openData.form.title': 'Exporter maintenant',
    'staffAdmin.openData.dataset': 'Jeu de données',
    'staffAdmin.openData.datasetName': DATASET_FR,
    'staffAdmin.openData.format': 'Format',
    'staffAdmin.openData.formatHint':
      'CSV et JSON pour tous ; GeoJSON pour les propositions et les signalements ; Pabulib pour les bulletins.',
    'staffAdmin.openData.formatName':
      '{format, select, CSV {CSV} JSON {JSON} GEOJSON {GeoJSON} PB {Pabulib (.pb)} other {{format}}}',
    'staffAdmin.openData.submit': 'Lancer l’export',
    'staffAdmin.openData.recent.title': 'Derniers exports demandés',
    'staffAdmin.openData.recent.none': 'Aucun export demandé pour l’instant.',
    'staffAdmin.openData.recent.item': '{dataset} en {format}, demandé le {date}',
    'staffAdmin.openData.error.dataset': 'Choisissez un jeu de données',
    'staffAdmin.openData.error.format': 'Ce jeu de données n’est pas publié dans ce format',
    'staffAdmin.openData.flash.requested': 'L’export est lancé. La demande est inscrite au journal d’audit.',
    'staffAdmin.openData.job.title': 'Export des données ouvertes',
    'staffAdmin.openData.job.what': 'Export',
    'staffAdmin.openData.job.full': 'Export complet',
    'staffAdmin.openData.job.status': 'État',
    'staffAdmin.openData.job.statusName':
      '{status, select, WAITING {En attente} ACTIVE {En cours} COMPLETED {Terminé} FAILED {Échoué} other {{status}}}',
    'staffAdmin.openData.job.progress': 'Avancement',
    'staffAdmin.openData.job.progressValue': '{progress} %',
    'staffAdmin.openData.job.requestedAt': 'Demandé le',
    'staffAdmin.openData.job.finishedAt': 'Terminé le',
    'staffAdmin.openData.job.files': 'Fichiers publiés',
    'staffAdmin.openData.job.noFiles':
      'Aucun nouveau fichier : les données n’avaient pas changé depuis le dernier export.',
    'staffAdmin.openData.job.error': 'Cause de l’échec',
    'staffAdmin.openData.job.refresh': 'Actualiser l’état',
    'staffAdmin.openData.job.pending':
      'L’export n’est pas terminé : actualisez la page pour suivre son avancement. Vous pouvez aussi la quitter, il continue.',
    'staffAdmin.openData.job.auto':
      'L’export n’est pas terminé : cette page se met à jour d’elle-même. Vous pouvez aussi la quitter, il continue.',
    'staffAdmin.openData.job.announce': 'État de l’export : {status}.',
    'staffAdmin.openData.job.back': 'Revenir aux données ouvertes',

    // Open311 api_keys
    'staffAdmin.apiKeys.title': 'Clés de l’API Open311',
    'staffAdmin.apiKeys.intro':
      'Les applications et prestataires qui envoient des signalements par l’API Open311 (POST /open311/v2/requests) utilisent une clé. Seule son empreinte est conservée : la clé n’est montrée qu’une fois, à sa création.',
    'staffAdmin.apiKeys.created.title': 'Clé créée pour « {name} »',
    'staffAdmin.apiKeys.created.once':
      'Copiez-la maintenant et transmettez-la par un canal sûr : elle ne sera plus jamais affichée.',
    'staffAdmin.apiKeys.new.title': 'Créer une clé',
    'staffAdmin.apiKeys.new.name': 'Pour qui ?',
    'staffAdmin.apiKeys.new.nameHint': 'Le nom de l’application ou du prestataire, 120 caractères au plus.',
    'staffAdmin.apiKeys.new.submit': 'Créer la clé',
    'staffAdmin.apiKeys.list.title': 'Clés existantes',
    'staffAdmin.apiKeys.list.none': 'Aucune clé pour l’instant.',
    'staffAdmin.apiKeys.list.createdAt': 'Créée le {date}',
    'staffAdmin.apiKeys.list.active': 'Active',
    'staffAdmin.apiKeys.list.revokedAt': 'Révoquée le {date}',
    'staffAdmin.apiKeys.revoke': 'Révoquer',
    'staffAdmin.apiKeys.flash.revoked':
      'La clé est révoquée : elle ne fonctionne plus. C’est inscrit au journal d’audit.',
    'staffAdmin.apiKeys.error.name': 'Indiquez pour qui est la clé, en 120 caractères au plus',
    'staffAdmin.apiKeys.error.notFound': 'Cette clé n’existe pas.',
    // Accounts and roles
    'staffAdmin.accounts.title': 'Comptes et rôles',
    'staffAdmin.accounts.intro':
      'Les comptes de la plateforme, les plus récents d’abord. Un agent gère les contenus, budgets et signalements ; un administrateur gère aussi les comptes et les clés. Le changement s’applique dès la requête suivante du compte.',
    'staffAdmin.accounts.search': 'Rechercher un compte',
    'staffAdmin.accounts.searchHint': 'Une partie de l’adresse électronique ou du nom.',
    'staffAdmin.accounts.searchSubmit': 'Trouver le compte',
    'staffAdmin.accounts.count': '{count, plural, =0 {Aucun compte.} one {# compte} other {# comptes}}',
    'staffAdmin.accounts.role': '{role, select, ADMIN {Administrateur} STAFF {Agent} other {Habitant·e}}',
    'staffAdmin.accounts.roleOf': 'Rôle de {name}',
    'staffAdmin.accounts.change': 'Changer le rôle',
    'staffAdmin.accounts.verified': 'Résidence vérifiée',
    'staffAdmin.accounts.notVerified': 'Résidence non vérifiée',
    'staffAdmin.accounts.blocked': 'Bloqué',
    'staffAdmin.accounts.createdAt': 'Créé le {date}',
    'staffAdmin.accounts.self': 'C’est votre compte : un autre administrateur peut changer son rôle.',
    'staffAdmin.accounts.flash.changed': 'Le rôle est changé. Le changement est inscrit au journal d’audit.',
    'staffAdmin.accounts.error.role': 'Choisissez un rôle.',
    'staffAdmin.accounts.error.ownRole':
      'Vous ne pouvez pas changer votre propre rôle : demandez à un autre administrateur.',
    'staffAdmin.accounts.error.notFound': 'Ce compte n’existe plus.',
  },
  {
    'staffAdmin.openData.title': 'Open data',
    'staffAdmin.openData.intro':
      'Datasets are exported every night. Start an export now here, for instance after publishing a result; the public catalogue is updated when it ends.',
    'staffAdmin.openData.catalogue': 'The public open-data catalogue',
    'staffAdmin.openData.form.title': 'Export now',
    'staffAdmin.openData.dataset': 'Dataset',
    'staffAdmin.openData.datasetName': DATASET_EN,
    'staffAdmin.openData.format': 'Format',
    'staffAdmin.openData.formatHint':
      'CSV and JSON for all; GeoJSON for proposals and issue reports; Pabulib for ballots.',
    'staffAdmin.openData.formatName':
      '{format, select, CSV {CSV} JSON {JSON} GEOJSON {GeoJSON} PB {Pabulib (.pb)} other {{format}}}',
    'staffAdmin.openData.submit': 'Start the export',
    'staffAdmin.openData.recent.title': 'Latest requested exports',
    'staffAdmin.openData.recent.none': 'No export requested yet.',
    'staffAdmin.openData.recent.item': '{dataset} as {format}, requested on {date}',
    'staffAdmin.openData.error.dataset': 'Choose a dataset',
    'staffAdmin.openData.error.format': 'This dataset is not published in this format',
    'staffAdmin.openData.flash.requested': 'The export has started. The request is recorded in the audit log.',
    'staffAdmin.openData.job.title': 'Open-data export',
    'staffAdmin.openData.job.what': 'Export',
    'staffAdmin.openData.job.full': 'Full export',
    'staffAdmin.openData.job.status': 'Status',
    'staffAdmin.openData.job.statusName':
      '{status, select, WAITING {Waiting} ACTIVE {Running} COMPLETED {Done} FAILED {Failed} other {{status}}}',
    'staffAdmin.openData.job.progress': 'Progress',
    'staffAdmin.openData.job.progressValue': '{progress}%',
    'staffAdmin.openData.job.requestedAt': 'Requested on',
    'staffAdmin.openData.job.finishedAt': 'Finished on',
    'staffAdmin.openData.job.files': 'Published files',
    'staffAdmin.openData.job.noFiles': 'No new file: the data had not changed since the last export.',
    'staffAdmin.openData.job.error': 'Why it failed',
    'staffAdmin.openData.job.refresh': 'Refresh the status',
    'staffAdmin.openData.job.pending':
      'The export is not finished: refresh the page to follow its progress. You may also leave it, the export goes on.',
    'staffAdmin.openData.job.auto':
      'The export is not finished: this page updates itself. You may also leave it, the export goes on.',
    'staffAdmin.openData.job.announce': 'Export status: {status}.',
    'staffAdmin.openData.job.back': 'Back to open data',

    // Open311 api_keys
    'staffAdmin.apiKeys.title': 'Open311 API keys',
    'staffAdmin.apiKeys.intro':
      'Apps and contractors that send reports through the Open311 API (POST /open311/v2/requests) use a key. Only its hash is kept: the key is shown once, when it is created.',
    'staffAdmin.apiKeys.created.title': 'Key created for “{name}”',
    'staffAdmin.apiKeys.created.once':
      'Copy it now and pass it on through a safe channel: it will never be shown again.',
    'staffAdmin.apiKeys.new.title': 'Create a key',
    'staffAdmin.apiKeys.new.name': 'For whom?',
    'staffAdmin.apiKeys.new.nameHint': 'The name of the app or contractor, at most 120 characters.',
    'staffAdmin.apiKeys.new.submit': 'Create the key',
    'staffAdmin.apiKeys.list.title': 'Existing keys',
    'staffAdmin.apiKeys.list.none': 'No key yet.',
    'staffAdmin.apiKeys.list.createdAt': 'Created on {date}',
    'staffAdmin.apiKeys.list.active': 'Active',
    'staffAdmin.apiKeys.list.revokedAt': 'Revoked on {date}',
    'staffAdmin.apiKeys.revoke': 'Revoke',
    'staffAdmin.apiKeys.flash.revoked': 'The key is revoked: it no longer works. It is recorded in the audit log.',
    'staffAdmin.apiKeys.error.name': 'Say whom the key is for, in at most 120 characters',
    'staffAdmin.apiKeys.error.notFound': 'This key does not exist.',
    // Accounts and roles
    'staffAdmin.accounts.title': 'Accounts and roles',
    'staffAdmin.accounts.intro':
      'The platform’s accounts, newest first. Staff manage content, budgets and reports; an admin also manages accounts and keys. A change applies from the account’s next request.',
    'staffAdmin.accounts.search': 'Search for an account',
    'staffAdmin.accounts.searchHint': 'Part of the email address or of the name.',
    'staffAdmin.accounts.searchSubmit': 'Find the account',
    'staffAdmin.accounts.count': '{count, plural, =0 {No account.} one {# account} other {# accounts}}',
    'staffAdmin.accounts.role': '{role, select, ADMIN {Admin} STAFF {Staff} other {Resident}}',
    'staffAdmin.accounts.roleOf': 'Role of {name}',
    'staffAdmin.accounts.change': 'Change the role',
    'staffAdmin.accounts.verified': 'Residency verified',
    'staffAdmin.accounts.notVerified': 'Residency not verified',
    'staffAdmin.accounts.blocked': 'Blocked',
    'staffAdmin.accounts.createdAt': 'Created on {date}',
    'staffAdmin.accounts.self': 'This is your account: another admin can change its role.',
    'staffAdmin.accounts.flash.changed': 'The role is changed. The change is recorded in the audit log.',
    'staffAdmin.accounts.error.role': 'Choose a role.',
    'staffAdmin.accounts.error.ownRole': 'You cannot change your own role: ask another admin.',
    'staffAdmin.accounts.error.notFound': 'This account no longer exists.',
  },
);
