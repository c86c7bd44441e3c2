import { Role } from '@quorum/identity';
import { convert } from 'xmlbuilder2';
import { createUser } from '../utils/factories';
import { CAPITOLE, createOpen311Key, north, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

type Xml = Record<string, any>;
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('Open311 GeoReport v2', () => {
  let api: TestApi;
  let apiKey: string;
  const base = () => `${api.url}/open311/v2`;

  beforeAll(async () => {
    api = await startTestApi();
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
  const post = async (format: 'json' | 'xml', fields: [string, string][]) => {
    const response = await fetch(`${base()}/requests.${format}`, {
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
      url: `${base()}`,
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
    const [{ service_request_id: id, token }] = created.body;
    expect(typeof id).toBe('string');
    const [row] = await api.db.query(
      'SELECT attributes, reporter_email, reporter_name, reporter_phone FROM issue_reports WHERE id = $1',
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

    const missing = await getJson('requests/00000000-0000-4000-8000-000000000000.json');
    expect(missing).toMatchObject({ status: 404, body: [{ code: 404, description: expect.any(String) }] });
    const missingXml = await getXml('services/volcano.xml');
    expect(missingXml.status).toBe(404);
    expect(missingXml.body.errors.error.code).toBe('404');
    expect((await getJson('tokens/unknown.json')).status).toBe(404);
  });
});
