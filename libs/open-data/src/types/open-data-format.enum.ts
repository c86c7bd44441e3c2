import { registerEnumType } from '@nestjs/graphql';

export enum OpenDataFormat {
  CSV = 'csv',
  JSON = 'json',
  GEOJSON = 'geojson',
  /** Pabulib, one file per published budget (dataset BALLOTS only). */
  PB = 'pb',
}

registerEnumType(OpenDataFormat, {
  name: 'OpenDataFormat',
  description: 'CSV (RFC 4180, UTF-8), JSON, GeoJSON (located datasets), PB (Pabulib, ballots only).',
});
