import { defineMessages } from '../../i18n/define-messages';

export const censusMessages = defineMessages(
  {
    'census.title': 'Recensement',
    'census.intro':
      'Importez la liste des identifiants de recensement que les habitant·es saisissent pour vérifier leur résidence. Seule une empreinte de chaque identifiant est conservée.',
    'census.format':
      'Un fichier CSV en UTF-8, un identifiant par ligne, avec éventuellement le quartier après un point-virgule ou une virgule (par exemple « AB12CD34;Capitole »), et une ligne d’en-tête « code » facultative. Importer deux fois le même fichier n’ajoute rien : une ligne déjà présente est mise à jour (son quartier, s’il est donné). Avec une ligne d’en-tête, le fichier peut aussi donner l’année de naissance et l’inscription sur les listes électorales (par exemple « code;quartier;annee_naissance;electeur », puis « AB12CD34;Capitole;2009;non »), qui décident de qui peut voter dans un budget réservé à un âge ou aux électeurs.',
    'census.import.legend': 'Importer un fichier',
    'census.file': 'Fichier du recensement',
    'census.file.hint': 'CSV, 5 Mo au plus. Pour un fichier plus gros, utilisez la commande « census:import ».',
    'census.file.required': 'Choisissez le fichier du recensement à importer',
    'census.file.invalid': 'Le fichier n’a pas pu être lu : vérifiez qu’il s’agit bien d’un fichier CSV',
    'census.file.tooLarge': 'Le fichier dépasse 5 Mo : importez-le avec la commande « census:import »',
    'census.file.encoding':
      'Le fichier n’est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » puis importez-le à nouveau',
    'census.submit': 'Importer',
    'census.progress': 'Envoi et import en cours, ne quittez pas la page…',
    'census.tooLong':
      'L’import s’est arrêté après {seconds} secondes, à la ligne {line} : les lignes précédentes sont importées ({added} ajoutées, {alreadyPresent} déjà présentes). Importez ce fichier avec la commande « census:import ».',
    'census.result.title': 'Résultat de l’import',
    'census.result.summary':
      'Import terminé : {added, plural, =0 {aucune ligne ajoutée} one {# ligne ajoutée} other {# lignes ajoutées}}, {alreadyPresent, plural, =0 {aucune déjà présente} one {# déjà présente, mise à jour} other {# déjà présentes, mises à jour}}, {malformed, plural, =0 {aucune refusée} one {# refusée} other {# refusées}}.',
    'census.result.added': 'Ajoutées',
    'census.result.alreadyPresent': 'Déjà présentes (mises à jour)',
    'census.result.malformed': 'Refusées',
    'census.result.refusedCaption': 'Lignes refusées et pourquoi',
    'census.result.refusedFirst': 'Les {shown} premières lignes refusées sur {count} :',
    'census.result.line': 'Ligne',
    'census.result.problem': 'Problème',
    'census.problem':
      '{problem, select, BROKEN_QUOTES {Guillemets non refermés} TOO_MANY_FIELDS {Trop de colonnes} INVALID_CODE {Identifiant invalide} UNKNOWN_DISTRICT {Quartier inconnu} LINE_TOO_LONG {Ligne trop longue} INVALID_BIRTH_YEAR {Année de naissance invalide} INVALID_VOTER_FLAG {Inscription électorale illisible (1 ou 0, oui ou non)} other {Ligne illisible}}',
    'census.result.again': 'Importer un autre fichier',
  },
  {
    'census.title': 'Census',
    'census.intro':
      'Import the census identifiers residents type to verify their residency. Only a keyed hash of each identifier is kept.',
    'census.format':
      'A UTF-8 CSV file, one identifier per line, optionally followed by the district after a semicolon or a comma (for instance “AB12CD34;Capitole”), with an optional “code” header line. Importing the same file twice adds nothing: a line already present is updated (its district, when given). With a header line, the file may also give the birth year and whether the person is a registered voter (for instance “code;district;birth_year;registered_voter”, then “AB12CD34;Capitole;2009;0”), which decide who may vote in a budget kept to an age or to voters.',
    'census.import.legend': 'Import a file',
    'census.file': 'Census file',
    'census.file.hint': 'CSV, 5 MB at most. For a larger file, use the “census:import” command.',
    'census.file.required': 'Choose the census file to import',
    'census.file.invalid': 'The file could not be read: check that it is a CSV file',
    'census.file.tooLarge': 'The file is over 5 MB: import it with the “census:import” command',
    'census.file.encoding': 'The file is not UTF-8: save it as “CSV UTF-8”, then import it again',
    'census.submit': 'Import',
    'census.progress': 'Uploading and importing, please stay on this page…',
    'census.tooLong':
      'The import stopped after {seconds} seconds, at line {line}: the lines before it are imported ({added} added, {alreadyPresent} already present). Import this file with the “census:import” command.',
    'census.result.title': 'Import result',
    'census.result.summary':
      'Import done: {added, plural, =0 {no line added} one {# line added} other {# lines added}}, {alreadyPresent, plural, =0 {none already present} other {# already present, updated}}, {malformed, plural, =0 {none refused} other {# refused}}.',
    'census.result.added': 'Added',
    'census.result.alreadyPresent': 'Already present (updated)',
    'census.result.malformed': 'Refused',
    'census.result.refusedCaption': 'Refused lines and why',
    'census.result.refusedFirst': 'The first {shown} refused lines of {count}:',
    'census.result.line': 'Line',
    'census.result.problem': 'Problem',
    'census.problem':
      '{problem, select, BROKEN_QUOTES {Unclosed quotes} TOO_MANY_FIELDS {Too many columns} INVALID_CODE {Invalid identifier} UNKNOWN_DISTRICT {Unknown district} LINE_TOO_LONG {Line too long} INVALID_BIRTH_YEAR {Invalid birth year} INVALID_VOTER_FLAG {Unreadable registered-voter flag (1 or 0, yes or no)} other {Unreadable line}}',
    'census.result.again': 'Import another file',
  },
);
