import { LICENCE } from '../bundle/licence';
import { Producer } from '../services/open-data-catalog';
import { CatalogEntry, CatalogFile, OPEN_DATA_PATH } from './catalog-entries';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/**
 * A DCAT-AP catalogue in JSON-LD, as data.gouv.fr harvests it: one
 * dcat:Dataset per dataset, one dcat:Distribution per file, with download
 * URL, format, media type, size and checksum.
 */
export function dcatCatalog(baseUrl: string, producer: Producer, entries: readonly CatalogEntry[]): object {
  const publisher = {
    '@type': 'foaf:Organization',
    'foaf:name': producer.name,
    'dct:identifier': producer.siren,
  };
  return {
    '@context': CONTEXT,
    '@id': `${baseUrl}${OPEN_DATA_PATH}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': `Données ouvertes de la participation citoyenne — ${producer.name}`,
    'dct:description': 'Concertations, propositions, budgets participatifs, bulletins anonymes et signalements.',
    'dct:publisher': publisher,
    'dct:license': { '@id': LICENCE.path },
    'foaf:homepage': { '@id': `${baseUrl}${OPEN_DATA_PATH}` },
    'dcat:dataset': entries
      .filter((e) => e.files.length > 0)
      .map((e) => ({
        '@id': `${baseUrl}${OPEN_DATA_PATH}#jeu-${e.name}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': e.name,
        'dct:title': e.title.fr,
        'dct:description': e.description.fr,
        'dct:publisher': publisher,
        'dct:license': { '@id': LICENCE.path },
        'dct:modified': dateTime(latest(e.files)),
        'dcat:landingPage': { '@id': `${baseUrl}${OPEN_DATA_PATH}` },
        'dcat:distribution': e.files.map((f) => distribution(baseUrl, f)),
      })),
  };
}

function distribution(baseUrl: string, file: CatalogFile): object {
  return {
    '@id': `${baseUrl}${file.path}`,
    '@type': 'dcat:Distribution',
    'dct:title': file.fileName,
    'dcat:downloadURL': { '@id': `${baseUrl}${file.path}` },
    'dcat:accessURL': { '@id': `${baseUrl}${file.path}` },
    'dct:format': file.format === 'pb' ? 'PB' : file.format.toUpperCase(),
    'dcat:mediaType': file.mediaType.split(';')[0],
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:decimal' },
    'dct:modified': dateTime(file.modified),
    'dct:license': { '@id': LICENCE.path },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
      'spdx:checksumValue': file.sha256,
    },
  };
}

function latest(files: readonly CatalogFile[]): Date {
  return files.reduce((max, f) => (f.modified > max ? f.modified : max), files[0].modified);
}

function dateTime(date: Date): object {
  return { '@value': date.toISOString(), '@type': 'xsd:dateTime' };
}
