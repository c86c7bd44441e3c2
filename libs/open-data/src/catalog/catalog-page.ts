import { LICENCE } from '../bundle/licence';
import { Producer } from '../services/open-data-catalog';
import { CatalogEntry, CatalogFile, OPEN_DATA_PATH } from './catalog-entries';

export interface CatalogPageInput {
  producer: Producer;
  entries: CatalogEntry[];
  auditHead: { sequence: number; hash: string };
}

/** A plain HTML page (no script, no style sheet): one table per dataset, readable by screen readers and in any browser. */
export function catalogPage({ producer, entries, auditHead }: CatalogPageInput): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Données ouvertes — ${escape(producer.name)}</title>
<link rel="alternate" type="application/ld+json" href="${OPEN_DATA_PATH}/catalog.jsonld" title="Catalogue DCAT-AP">
</head>
<body>
<main>
<h1>Données ouvertes de la participation citoyenne — ${escape(producer.name)}</h1>
<p>Producteur : ${escape(producer.name)} (SIREN ${escape(producer.siren)}). Licence : <a href="${LICENCE.path}">${LICENCE.title}</a>.
Catalogue moissonnable (DCAT-AP) : <a href="${OPEN_DATA_PATH}/catalog.jsonld">catalog.jsonld</a>.</p>
<p lang="en">Open data of citizen participation. Every file is free to reuse under the Etalab Open Licence 2.0; no personal data is published.</p>
<p>Journal d'audit au moment de cette page / audit log head: entrée <strong>${auditHead.sequence}</strong>, empreinte <code>${auditHead.hash}</code>.</p>
${entries.map(section).join('\n')}
</main>
</body>
</html>
`;
}

function section(entry: CatalogEntry): string {
  const id = `jeu-${entry.name}`;
  const body =
    entry.files.length === 0
      ? '<p>Pas encore publié / not published yet.</p>'
      : `<table aria-labelledby="${id}">
<thead><tr><th scope="col">Fichier / file</th><th scope="col">Format</th><th scope="col">Taille / size</th><th scope="col">Lignes / rows</th><th scope="col">Date</th><th scope="col">Licence</th><th scope="col">SHA-256</th></tr></thead>
<tbody>
${entry.files.map(row).join('\n')}
</tbody>
</table>`;
  return `<section>
<h2 id="${id}">${escape(entry.title.fr)} <span lang="en">/ ${escape(entry.title.en)}</span></h2>
<p>${escape(entry.description.fr)}</p>
<p lang="en">${escape(entry.description.en)}</p>
${body}
</section>`;
}

function row(file: CatalogFile): string {
  return `<tr><th scope="row"><a href="${file.path}">${escape(file.fileName)}</a></th><td>${file.format.toUpperCase()}</td><td>${humanSize(file.bytes)}</td><td>${file.rows}</td><td><time datetime="${file.modified.toISOString()}">${file.modified.toISOString().slice(0, 10)}</time></td><td>${LICENCE.name}</td><td><code>${file.sha256}</code></td></tr>`;
}

export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  const units = ['Kio', 'Mio', 'Gio'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${size.toFixed(1)} ${units[unit]}`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
