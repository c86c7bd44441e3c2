import { Role } from '@quorum/access';
import sharp from 'sharp';
import { DEMO_LEGAL } from '../../apps/cli/src/seed/demo-municipality.content';
import { createUser, TestUser } from '../utils/users.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const UPDATE = `mutation($input: UpdateMunicipalitySettingsInput!) {
  updateMunicipalitySettings(input: $input) { name primaryColor logoUrl legal { publisherName accessibilityConformity accessibilityDerogations } }
}`;
const READ = `{ municipality { name primaryColor logoUrl legal { dpoEmail } districts { name } } }`;

const SVG_WITH_SCRIPT = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><script>alert(1)</script><rect width="400" height="200" fill="#a6381f"/></svg>`;

describe('municipality settings', () => {
  let api: TestApi;
  let admin: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    await seedToulouse(api);
    admin = await createUser(api, { role: Role.ADMIN });
  });

  afterAll(async () => api?.close());

  // One test reads the defaults and then changes them, so no test depends on another's order (jest --randomize).
  it('starts with the default colour, no logo and no legal texts; an admin sets colour, logo and legal texts, the logo re-encoded as a PNG served by its hash', async () => {
    const { municipality } = await api.gql.ok(READ);
    expect(municipality).toMatchObject({ name: 'Toulouse', primaryColor: '#1f4e8c', logoUrl: null, legal: null });
    expect(municipality.districts).toHaveLength(6);

    const { updateMunicipalitySettings: updated } = await api.gql.as(admin.token).ok(UPDATE, {
      input: {
        primaryColor: '#A6381F',
        logo: `data:image/svg+xml;base64,${Buffer.from(SVG_WITH_SCRIPT).toString('base64')}`,
        legal: { ...DEMO_LEGAL, accessibilityDerogations: ['Cartes interactives anciennes'] },
      },
    });
    expect(updated).toMatchObject({
      primaryColor: '#a6381f',
      legal: {
        publisherName: DEMO_LEGAL.publisherName,
        accessibilityConformity: 'PARTIAL',
        accessibilityDerogations: ['Cartes interactives anciennes'],
      },
    });
    expect(updated.logoUrl).toMatch(/^\/municipality\/logo\/[0-9a-f]{64}\.png$/);
    const response = await fetch(`${api.url}${updated.logoUrl}`);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const png = Buffer.from(await response.arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', height: 112 });
    expect(png.includes(Buffer.from('alert'))).toBe(false);
    expect((await fetch(`${api.url}/municipality/logo/${'0'.repeat(64)}.png`)).status).toBe(404);

    const [entry] = await api.db.query(
      `SELECT payload FROM audit_entries WHERE action = 'municipality.update-settings' ORDER BY sequence DESC LIMIT 1`,
    );
    expect(JSON.parse(entry.payload)).toMatchObject({ fields: ['primaryColor', 'legal', 'logo'] });
  });

  it('refuses a colour without AA contrast, an unreadable logo and malformed legal texts, storing nothing', async () => {
    const admin2 = api.gql.as(admin.token);
    const before = (await api.gql.ok(READ)).municipality;
    const refused = async (input: Record<string, unknown>) => {
      const result = await admin2.request(UPDATE, { input });
      return { code: result.errors?.[0].extensions?.code, fields: result.errors?.[0].extensions?.fields };
    };
    expect(await refused({ primaryColor: '#ff9900' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.primaryColor' }],
    });
    expect(await refused({ primaryColor: 'red' })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(
      await refused({ logo: `data:image/png;base64,${Buffer.from('not an image').toString('base64')}` }),
    ).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.logo' }] });
    expect(
      await refused({ legal: { ...DEMO_LEGAL, dpoEmail: 'nope', accessibilityStatementDate: '2026-02-30' } }),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await api.gql.ok(READ)).municipality).toEqual(before);
  });

  it('sets the background map (tile URL, attribution, zooms, margin), refuses unusable ones, and goes back to the default', async () => {
    const admin2 = api.gql.as(admin.token);
    const MAP_READ = `{ municipality { map { tileUrlTemplate attribution minZoom maxZoom boundsMarginMeters } bounds { south west north east } } }`;
    const map = {
      tileUrlTemplate: 'https://tiles.example.org/plan/{z}/{x}/{y}.png',
      attribution: '© Ville de Toulouse',
      minZoom: 12,
      maxZoom: 18,
      boundsMarginMeters: 500,
    };
    // The districts' box: where the website's maps open.
    expect((await api.gql.ok(MAP_READ)).municipality).toEqual({
      map: null,
      bounds: { south: 43.53, west: 1.36, north: 43.67, east: 1.52 },
    });
    const updated = await admin2.ok(
      `mutation($input: UpdateMunicipalitySettingsInput!) { updateMunicipalitySettings(input: $input) { map { tileUrlTemplate minZoom } } }`,
      { input: { map } },
    );
    expect(updated.updateMunicipalitySettings.map).toEqual({ tileUrlTemplate: map.tileUrlTemplate, minZoom: 12 });
    expect((await api.gql.ok(MAP_READ)).municipality.map).toEqual(map);

    const refused = async (input: Record<string, unknown>) => {
      const result = await admin2.request(UPDATE, { input });
      return { code: result.errors?.[0].extensions?.code, fields: result.errors?.[0].extensions?.fields };
    };
    for (const tileUrlTemplate of [
      'https://tiles.example.org/{z}/{x}.png',
      'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      'javascript:alert(1)//{z}/{x}/{y}',
      "https://tiles.example.org/{z}/{x}/{y}.png; script-src 'unsafe-inline'",
      'https://user:secret@tiles.example.org/{z}/{x}/{y}.png',
    ])
      expect(await refused({ map: { ...map, tileUrlTemplate } })).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.map.tileUrlTemplate' }],
      });
    expect(await refused({ map: { ...map, minZoom: 19, maxZoom: 12 } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.map.maxZoom' }],
    });
    expect(await refused({ map: { ...map, maxZoom: 30 } })).toMatchObject({ code: 'VALIDATION_FAILED' });
    for (const boundsMarginMeters of [-1, 50_001])
      expect(await refused({ map: { ...map, boundsMarginMeters } })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refused({ map, resetMap: true })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await api.gql.ok(MAP_READ)).municipality.map).toEqual(map);

    // Only an administrator sets it.
    const resident = await createUser(api);
    const asResident = await api.gql.as(resident.token).request(UPDATE, { input: { map } });
    expect(asResident.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Without a margin, the default one (2 km).
    const { boundsMarginMeters: _, ...withoutMargin } = map;
    await admin2.ok(UPDATE, { input: { map: withoutMargin } });
    expect((await api.gql.ok(MAP_READ)).municipality.map).toEqual({ ...map, boundsMarginMeters: 2000 });

    await admin2.ok(UPDATE, { input: { resetMap: true } });
    expect((await api.gql.ok(MAP_READ)).municipality.map).toBeNull();
  });
});
