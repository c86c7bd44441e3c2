import { request as httpRequest } from 'node:http';
import { Role } from '@quorum/access';
import { SaxesParser } from 'saxes';
import { convert } from 'xmlbuilder2';
import { createUser } from '../utils/users.factory';
import { CAPITOLE, createOpen311Key, north, potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

type Xml = Record<string, any>;
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const PUBLIC_URL = 'https://signalements.example.fr';

/** The first well-formedness error a strict XML 1.0 parser finds, or null. */
function xmlError(text: string): string | null {
  let error: string | null = null;
  const parser = new SaxesParser();
  parser.on('error', (e) => (error ??= e.message));
  parser.write(text).close();
  return error;
}

/** A GET with the Host header a client chooses (fetch does not let one set it). */
function getWithHost(url: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host, 'x-forwarded-host': host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Open311 GeoReport v2', () => {
  let api: TestApi;
  let apiKey: string;
  const base = () => `${api.url}/open311/v2`;

  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: `${PUBLIC_URL}/` });
    await seedCommune(api);
    apiKey = await createOpen311Key(api);
  });
  afterAll(() => api.close());

  const getJson = async (path: string) => {
    const response = await fetch(`${base()}/${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as any,
    };
  };
  const getXml = async (path: string) => {
    const response = await fetch(`${base()}/${path}`);
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text,
      body: convert(text, { format: 'object' }) as Xml,
    };
  };
  const post = async (format: 'json' | 'xml', fields: [string, string][], query = '') => {
    const response = await fetch(`${base()}/requests.${format}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      body: format === 'json' ? JSON.parse(text) : (convert(text, { format: 'object' }) as Xml),
    };
  };
  const potholeFields = (point = CAPITOLE, extra: [string, string][] = []): [string, string][] => [
    ['api_key', apiKey],
    ['service_code', 'pothole'],
    ['lat', String(point.latitude)],
    ['long', String(point.longitude)],
    ['address_string', '1 place du Capitole'],
    ['description', 'Pothole reported through Open311'],
    ['email', 'reporter@example.org'],
    ['first_name', 'Jeanne'],
    ['last_name', 'Secret'],
    ['phone', '+33600000000'],
    ['attribute[size]', 'medium'],
    ['attribute[depth_cm]', '7'],
    ['attribute[location_type][]', 'road'],
    ['attribute[location_type][]', 'cycle_lane'],
    ...extra,
  ];

  it('serves discovery in both formats', async () => {
    const json = await getJson('discovery.json');
    expect(json.body.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${PUBLIC_URL}/open311/v2`,
      formats: ['application/json', 'text/xml'],
    });
    const xml = await getXml('discovery.xml');
    expect(xml.type).toMatch(/^text\/xml/);
    expect(xml.body.discovery.endpoints.endpoint.specification).toBe('http://wiki.open311.org/GeoReport_v2');
  });

  it('lists services and service definitions in JSON and XML', async () => {
    const json = await getJson('services.json');
    expect(json.type).toMatch(/^application\/json/);
    const pothole = json.body.find((s: { service_code: string }) => s.service_code === 'pothole');
    expect(pothole).toEqual({
      service_code: 'pothole',
      service_name: 'Pothole',
      description: 'A hole or sunken area in the road or pavement.',
      metadata: true,
      type: 'realtime',
      keywords: 'road,pothole,pavement',
      group: 'Roads',
    });
    expect(json.body.find((s: { service_code: string }) => s.service_code === 'graffiti').metadata).toBe(false);

    const xml = await getXml('services.xml');
    const services = asList(xml.body.services.service);
    expect(services.find((s: Xml) => s.service_code === 'pothole')).toMatchObject({
      service_name: 'Pothole',
      metadata: 'true',
      type: 'realtime',
      group: 'Roads',
    });

    const definition = (await getJson('services/pothole.json')).body;
    expect(definition.service_code).toBe('pothole');
    expect(definition.attributes[0]).toEqual({
      variable: true,
      code: 'size',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: '',
      order: 1,
      description: 'How big is it?',
      values: [
        { key: 'small', name: 'Smaller than a dinner plate' },
        { key: 'medium', name: 'Up to a car wheel' },
        { key: 'large', name: 'Larger than a car wheel' },
      ],
    });
    const xmlDefinition = (await getXml('services/pothole.xml')).body.service_definition;
    const attributes = asList(xmlDefinition.attributes.attribute);
    expect(attributes.map((a: Xml) => [a.code, a.datatype, a.required])).toEqual([
      ['size', 'singlevaluelist', 'true'],
      ['depth_cm', 'number', 'false'],
      ['location_type', 'multivaluelist', 'false'],
    ]);
    expect(asList(attributes[0].values.value).map((v: Xml) => v.key)).toEqual(['small', 'medium', 'large']);
  });

  it('accepts a request with attributes, returns it by id, token and filters without contact fields', async () => {
    const created = await post('json', potholeFields());
    expect(created.status).toBe(201);
    // GeoReport v2: token "should not be returned if service_request_id is" (issue #15.6).
    expect(created.body).toEqual([{ service_request_id: expect.any(String), service_notice: '', account_id: '' }]);
    const [{ service_request_id: id }] = created.body;
    const [{ token, ...row }] = await api.db.query(
      'SELECT token, attributes, reporter_email, reporter_name, reporter_phone FROM issue_reports WHERE id = $1',
      [id],
    );
    expect(row).toEqual({
      attributes: { size: 'medium', depth_cm: 7, location_type: ['road', 'cycle_lane'] },
      reporter_email: 'reporter@example.org',
      reporter_name: 'Jeanne Secret',
      reporter_phone: '+33600000000',
    });

    const byId = await getJson(`requests/${id}.json`);
    expect(byId.body).toHaveLength(1);
    const request = byId.body[0];
    expect(request).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: 'Open',
      service_code: 'pothole',
      service_name: 'Pothole',
      description: 'Pothole reported through Open311',
      agency_responsible: 'Roads',
      address: '1 place du Capitole',
      lat: CAPITOLE.latitude,
      long: CAPITOLE.longitude,
    });
    expect(request.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    const leaked = JSON.stringify(byId.body) + (await getXml(`requests/${id}.xml`)).text;
    for (const secret of ['reporter@example.org', 'Jeanne', 'Secret', '+33600000000'])
      expect(leaked).not.toContain(secret);

    const xml = (await getXml(`requests/${id}.xml`)).body.service_requests.request;
    expect(xml).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'pothole',
      lat: String(CAPITOLE.latitude),
    });

    expect((await getJson(`tokens/${token}.json`)).body).toEqual([{ service_request_id: id, token }]);
    expect((await getXml(`tokens/${token}.xml`)).body.service_requests.request.service_request_id).toBe(id);

    const xmlCreated = await post('xml', potholeFields(north(CAPITOLE, 30)));
    expect(xmlCreated.status).toBe(201);
    expect(xmlCreated.body.service_requests.request.service_request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(xmlCreated.body.service_requests.request).not.toHaveProperty('token');
  });

  it('builds every absolute URL from PUBLIC_URL, never from the Host header (issue #14.13)', async () => {
    const [{ service_request_id: id }] = (await post('json', potholeFields(north(CAPITOLE, 120)))).body;
    const [photo] = await api.db.query(
      `INSERT INTO report_photos (report_id, format, byte_size, width, height) VALUES ($1, 'jpeg', 10, 1, 1) RETURNING id`,
      [id],
    );
    const evil = 'attacker.example';
    const discovery = JSON.parse(await getWithHost(`${base()}/discovery.json`, evil));
    expect(discovery.endpoints[0].url).toBe(`${PUBLIC_URL}/open311/v2`);
    const [request] = JSON.parse(await getWithHost(`${base()}/requests/${id}.json`, evil));
    expect(request.media_url).toMatch(new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/.*${photo.id}`));
    for (const path of ['discovery.xml', `requests/${id}.xml`, `requests.json?service_request_id=${id}`])
      expect(await getWithHost(`${base()}/${path}`, evil)).not.toContain(evil);
    const catalog = await getWithHost(`${api.url}/open-data/catalog.jsonld`, evil);
    expect(catalog).toContain(PUBLIC_URL);
    expect(catalog).not.toContain(evil);
  });

  it('refuses a repeated parameter with a 400 and takes the spec comma lists (issue #14.12)', async () => {
    const [a] = (await post('json', potholeFields(north(CAPITOLE, 150)))).body;
    const [b] = (await post('json', potholeFields(north(CAPITOLE, 180)))).body;
    const day = new Date().toISOString();
    for (const query of [
      'status=open&status=closed',
      `start_date=${day}&start_date=${day}`,
      'service_code=pothole&service_code=graffiti',
      `service_request_id=${a.service_request_id}&service_request_id=${b.service_request_id}`,
      `api_key=${apiKey}&api_key=${apiKey}`,
    ]) {
      const name = query.split('=')[0];
      const json = await getJson(`requests.json?${query}`);
      expect(json).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringContaining(name) }] });
      const xml = await getXml(`requests.xml?${query}`);
      expect(xml.status).toBe(400);
      expect(xml.body.errors.error.code).toBe('400');
    }
    expect((await getJson('servicerequestupdates.json?start_date=2026-01-01&start_date=2026-02-01')).status).toBe(400);
    expect((await getJson(`requests/${a.service_request_id}.json?extensions=true&extensions=false`)).status).toBe(400);

    const before = await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`);
    const twiceInQuery = await post('json', potholeFields(), `?api_key=${apiKey}&api_key=${apiKey}`);
    expect(twiceInQuery.status).toBe(400);
    const twiceInForm = await post('json', [...potholeFields(), ['api_key', apiKey]]);
    expect(twiceInForm).toMatchObject({
      status: 400,
      body: [{ code: 400, description: expect.stringContaining('api_key') }],
    });
    const twoDescriptions = await post('json', [...potholeFields(), ['description', 'Another one']]);
    expect(twoDescriptions.status).toBe(400);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`)).toEqual(before);

    const ids = (body: { service_request_id: string }[]) => body.map((r) => r.service_request_id).sort();
    const both = [a.service_request_id, b.service_request_id].sort();
    expect(ids((await getJson(`requests.json?service_request_id=${both.join(',')}`)).body)).toEqual(both);
    const anyStatus = ids((await getJson('requests.json?status=open,closed&service_code=pothole,graffiti')).body);
    expect(anyStatus).toEqual(expect.arrayContaining(both));
  });

  it('refuses characters XML forbids, and keeps the XML feed well-formed when one is already stored (issue #14.5)', async () => {
    const before = await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`);
    for (const bad of ['Nid \uFFFE de poule', 'Nid \uFFFF', 'Nid \uFDD0', 'Nid \u{10FFFF}']) {
      const refused = await post('xml', [
        ...potholeFields().filter(([k]) => k !== 'description'),
        ['description', bad],
      ]);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.error.code).toBe('400');
    }
    const viaGraphql = await api.gql.errorCode(
      `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
      {
        input: {
          categoryCode: 'graffiti',
          description: 'Tag \uFFFE',
          latitude: CAPITOLE.latitude,
          longitude: CAPITOLE.longitude,
        },
      },
    );
    expect(viaGraphql).toBe('VALIDATION_FAILED');
    expect(await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`)).toEqual(before);

    // Stored before input validation refused them (or written by SQL): the writer must still emit XML 1.0.
    const [{ service_request_id: id }] = (await post('json', potholeFields(north(CAPITOLE, 210)))).body;
    await api.db.query(
      `UPDATE issue_reports SET description = 'Nid ' || chr(65534) || chr(65535) || chr(1) || ' de poule',
              address = 'Rue ' || chr(27) || '[31m' WHERE id = $1`,
      [id],
    );
    const staff = await createUser(api, { role: Role.STAFF });
    await api.gql
      .as(staff.token)
      .ok(`mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { id } }`, {
        input: { reportId: id, status: 'IN_PROGRESS', note: 'Equipe envoyee' },
      });
    await api.db.query(`UPDATE issue_report_updates SET note = 'Note ' || chr(65535) WHERE report_id = $1`, [id]);

    for (const path of [`requests/${id}.xml`, 'requests.xml', 'servicerequestupdates.xml']) {
      const { status, text } = await getXml(path);
      expect(status).toBe(200);
      expect(xmlError(text)).toBeNull();
    }
    const one = (await getXml(`requests/${id}.xml`)).body.service_requests.request;
    expect(one.description).toBe('Nid \uFFFD\uFFFD\uFFFD de poule');
    expect(one.status_notes).toBe('In progress: Note \uFFFD');
    // The strict parser is the test's own: it does refuse what the former writer emitted.
    expect(xmlError(`<a>Nid \uFFFE</a>`)).toMatch(/disallowed character/);
  });

  it('filters GET requests by id, service code, dates and status, with extended statuses on request', async () => {
    const [a] = (await post('json', potholeFields(north(CAPITOLE, 60)))).body;
    const graffitiFields: [string, string][] = [
      ...potholeFields(north(CAPITOLE, 90)).filter(([k]) => !k.startsWith('attribute') && k !== 'service_code'),
      ['service_code', 'graffiti'],
    ];
    const [b] = (await post('json', graffitiFields)).body;
    const staff = await createUser(api, { role: Role.STAFF });
    await api.gql
      .as(staff.token)
      .ok(`mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { id } }`, {
        input: { reportId: b.service_request_id, status: 'IN_PROGRESS', note: 'Crew sent' },
      });
    await api.db.query(`UPDATE issue_reports SET created_at = now() - interval '120 days' WHERE id = $1`, [
      a.service_request_id,
    ]);

    const ids = (body: { service_request_id: string }[]) => body.map((r) => r.service_request_id);
    const both = `${a.service_request_id},${b.service_request_id}`;
    expect(ids((await getJson(`requests.json?service_request_id=${both}`)).body).sort()).toEqual(
      [a.service_request_id, b.service_request_id].sort(),
    );

    const recent = ids((await getJson('requests.json')).body);
    expect(recent).toContain(b.service_request_id);
    expect(recent).not.toContain(a.service_request_id);

    const old = ids(
      (
        await getJson(
          `requests.json?start_date=${new Date(Date.now() - 200 * 86_400_000).toISOString()}&end_date=${new Date(Date.now() - 100 * 86_400_000).toISOString()}`,
        )
      ).body,
    );
    expect(old).toEqual([a.service_request_id]);

    const graffiti = (await getJson('requests.json?service_code=graffiti')).body;
    expect(ids(graffiti)).toEqual([b.service_request_id]);
    expect(graffiti[0]).toMatchObject({ status: 'open', status_notes: 'In progress: Crew sent' });
    const extended = (await getJson('requests.json?service_code=graffiti&extensions=true')).body;
    expect(extended[0].status).toBe('in_progress');

    expect(ids((await getJson('requests.json?service_code=graffiti&status=closed')).body)).toEqual([]);
    expect(ids((await getJson('requests.json?service_code=graffiti&status=open')).body)).toEqual([
      b.service_request_id,
    ]);
    const xmlList = asList(
      (await getXml('requests.xml?service_code=graffiti&status=open')).body.service_requests.request,
    );
    expect(xmlList.map((r: Xml) => r.service_request_id)).toEqual([b.service_request_id]);

    const updates = (await getJson('servicerequestupdates.json')).body;
    expect(updates).toContainEqual(
      expect.objectContaining({ service_request_id: b.service_request_id, status: 'open', description: 'Crew sent' }),
    );
  });

  it('answers errors with the spec statuses and an errors body in both formats', async () => {
    const badKey = await post(
      'json',
      potholeFields(CAPITOLE, [['api_key', 'nope']]).filter(([k, v]) => k !== 'api_key' || v === 'nope'),
    );
    expect(badKey.status).toBe(403);
    expect(badKey.body).toEqual([{ code: 403, description: expect.any(String) }]);
    const badKeyXml = await post(
      'xml',
      potholeFields(CAPITOLE).filter(([k]) => k !== 'api_key'),
    );
    expect(badKeyXml.status).toBe(403);
    expect(badKeyXml.body.errors.error.code).toBe('403');

    const badAttribute = await post(
      'json',
      potholeFields(CAPITOLE, [['attribute[size]', 'gigantic']]).filter(
        ([k, v]) => k !== 'attribute[size]' || v === 'gigantic',
      ),
    );
    expect(badAttribute.status).toBe(400);
    expect(badAttribute.body[0]).toMatchObject({ code: 400, description: expect.stringContaining('size') });
    const outside = await post('xml', potholeFields({ latitude: 48.85, longitude: 2.35 }));
    expect(outside.status).toBe(400);
    expect(outside.body.errors.error.code).toBe('400');
    const noService = await post(
      'json',
      potholeFields(CAPITOLE, [['service_code', 'volcano']]).filter(
        ([k, v]) => k !== 'service_code' || v === 'volcano',
      ),
    );
    expect(noService.status).toBe(400);
    expect((await getJson('requests.json?start_date=yesterday')).status).toBe(400);
    // Over-long contact fields are refused, never cut (a cut phone number reaches no one), and nothing is stored.
    const before = await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`);
    for (const [field, value] of [
      ['phone', '0'.repeat(41)],
      ['email', `${'a'.repeat(250)}@example.fr`],
      ['first_name', 'N'.repeat(161)],
      ['address_string', 'R'.repeat(256)],
    ]) {
      const tooLong = await post('json', [...potholeFields(CAPITOLE).filter(([k]) => k !== field), [field, value]]);
      expect(tooLong.status).toBe(400);
      expect(tooLong.body[0]).toMatchObject({ code: 400, description: expect.stringContaining(field) });
    }
    expect(await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`)).toEqual(before);
    // A description of spaces and line breaks only is a missing one, in both formats, and nothing is stored.
    for (const blank of ['   ', ' \n\t\n ']) {
      const fields = [...potholeFields(CAPITOLE).filter(([k]) => k !== 'description'), ['description', blank]] as [
        string,
        string,
      ][];
      expect(await post('json', fields)).toMatchObject({
        status: 400,
        body: [{ code: 400, description: expect.stringContaining('description') }],
      });
      const blankXml = await post('xml', fields);
      expect(blankXml.status).toBe(400);
      expect(blankXml.body.errors.error).toMatchObject({
        code: '400',
        description: expect.stringContaining('description'),
      });
    }
    expect(await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`)).toEqual(before);

    const missing = await getJson('requests/00000000-0000-4000-8000-000000000000.json');
    expect(missing).toMatchObject({ status: 404, body: [{ code: 404, description: expect.any(String) }] });
    const missingXml = await getXml('services/volcano.xml');
    expect(missingXml.status).toBe(404);
    expect(missingXml.body.errors.error.code).toBe('404');
    expect((await getJson('tokens/unknown.json')).status).toBe(404);
  });

  it('refuses a description the GraphQL mutation refuses as too short, in both formats, storing nothing', async () => {
    const withDescription = (description: string): [string, string][] => [
      ...potholeFields(north(CAPITOLE, 240)).filter(([k]) => k !== 'description'),
      ['description', description],
    ];
    const count = async () => (await api.db.query(`SELECT count(*)::int AS n FROM issue_reports`))[0].n as number;
    const before = await count();
    // One or two visible characters, alone or padded: both APIs trim before they count.
    for (const short of ['x', 'ab', '  ab \n']) {
      const graphql = await api.gql.request(SUBMIT_REPORT, { input: potholeReport({ description: short }) });
      expect(graphql.errors?.[0]).toMatchObject({
        extensions: { code: 'VALIDATION_FAILED', fields: [{ field: 'input.description' }] },
      });
      expect(await post('json', withDescription(short))).toEqual({
        status: 400,
        text: expect.any(String),
        body: [{ code: 400, description: expect.stringMatching(/description \(must be at least 3 characters\)/) }],
      });
      const xml = await post('xml', withDescription(short));
      expect(xml.status).toBe(400);
      expect(xml.body.errors.error).toMatchObject({ code: '400', description: expect.stringContaining('description') });
    }
    expect(await count()).toBe(before);
    // Three are enough for both, as they are for the mutation.
    const accepted = await post('json', withDescription(' Nid '));
    expect(accepted.status).toBe(201);
    const [{ description }] = await api.db.query(`SELECT description FROM issue_reports WHERE id = $1`, [
      accepted.body[0].service_request_id,
    ]);
    expect(description).toBe('Nid');
  });
});
