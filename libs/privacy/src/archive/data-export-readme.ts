import { Bilingual } from '@quorum/common';

export interface ReadmeFile {
  path: string;
  description: Bilingual;
  rows: number;
}

/** The archive's README.md, in French then English. */
export function dataExportReadme(generatedAt: Date, files: ReadmeFile[]): string {
  const list = (lang: keyof Bilingual) =>
    files.map((f) => `- \`${f.path}.json\` / \`${f.path}.csv\` (${f.rows}) : ${f.description[lang]}`).join('\n');
  return `# Vos données sur Quorum / Your data on Quorum

Généré le / generated on ${generatedAt.toISOString()}

## Français

Cette archive contient tout ce que la plateforme conserve à votre sujet (droit d'accès, article 15 du RGPD), chaque table en JSON et en CSV (UTF-8, séparateur virgule ; dans les CSV, un texte qui commence par \`=\`, \`+\`, \`-\`, \`@\`, une tabulation ou un retour chariot est précédé d'une apostrophe, pour qu'un tableur ne l'exécute pas comme une formule : le JSON donne les textes tels quels) :

${list('fr')}

Ce qui n'y figure pas, et pourquoi :

- **Le contenu de vos bulletins de vote.** Le vote est secret par conception : les bulletins ne portent aucune identité, et la plateforme ne peut pas vous les rattacher. \`budgets/participations\` indique seulement dans quels budgets vous avez voté.
- **Votre identifiant du recensement** (par exemple votre numéro de carte électorale) : seule une empreinte chiffrée en est conservée.
- **Adresses IP** : elles ne sont pas enregistrées en base ; les limiteurs de débit les oublient à la fin de leur fenêtre.
- Les contributions des autres habitants ne sont désignées que par leur identifiant.

Pour rectifier ou effacer vos données : modifiez votre compte, ou supprimez-le (\`deleteMyAccount\`). Le registre des traitements est dans \`docs/PRIVACY.md\` du projet.

## English

This archive holds everything the platform keeps about you (right of access, GDPR article 15), each table as JSON and CSV (UTF-8, comma-separated; in the CSV files a text that starts with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return is prefixed with a single quote, so that spreadsheets do not run it as a formula: the JSON gives texts as written):

${list('en')}

What is not here, and why:

- **The content of your ballots.** Voting is secret by design: ballots carry no identity, and the platform cannot link them to you. \`budgets/participations\` only says which budgets you voted in.
- **Your census identifier** (e.g. your voter-card number): only a keyed hash of it is kept.
- **IP addresses**: they are not stored in the database; rate limiters forget them at the end of their window.
- Other residents' contributions are referred to by their id only.

To correct or erase your data: edit your account, or delete it (\`deleteMyAccount\`). The register of processing is \`docs/PRIVACY.md\` in the project.
`;
}
