import { AccessibilityConformity, MunicipalityLegalUpdate } from '@quorum/municipality';

/** Toulouse's brick red: 6.5:1 on white. */
export const DEMO_PRIMARY_COLOR = '#a6381f';

/** A plain emblem drawn for the demo (not the city's arms, which are not ours to use). */
const DEMO_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="112" height="112" viewBox="0 0 112 112">
<rect x="4" y="4" width="104" height="104" rx="22" fill="#a6381f"/>
<path d="M56 22 L86 40 L86 72 L56 90 L26 72 L26 40 Z" fill="none" stroke="#fff" stroke-width="7" stroke-linejoin="round"/>
<circle cx="56" cy="56" r="11" fill="#fff"/>
</svg>`;

export const DEMO_LOGO_DATA_URL = `data:image/svg+xml;base64,${Buffer.from(DEMO_LOGO_SVG).toString('base64')}`;

/** What a town hall publishes about its site; a real deployment writes its own. */
export const DEMO_LEGAL: MunicipalityLegalUpdate = {
  publisherName: 'Mairie de Toulouse (démonstration)',
  publisherAddress: 'Place du Capitole, 31000 Toulouse',
  publisherPhone: '05 61 22 29 22',
  publisherEmail: 'participation@demo.quorum.test',
  publicationDirector: 'Le maire de Toulouse',
  hostName: 'Service numérique de la mairie (démonstration)',
  hostAddress: '1 place de la Légion d’Honneur, 31000 Toulouse',
  hostPhone: null,
  dpoName: 'Délégué à la protection des données',
  dpoEmail: 'dpo@demo.quorum.test',
  dpoAddress: 'Mairie de Toulouse, DPO, Place du Capitole, 31000 Toulouse',
  accessibilityConformity: AccessibilityConformity.PARTIAL,
  accessibilityScore: null,
  accessibilityAuditDate: null,
  accessibilityAuditor: null,
  accessibilityNonCompliances: [],
  accessibilityDerogations: [],
  accessibilityContactEmail: 'accessibilite@demo.quorum.test',
  accessibilityStatementDate: '2026-12-01',
};
