import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { Role } from '@quorum/access';
import { randomUUID } from 'node:crypto';
import { STAFF_PREFIX, STAFF_ROUTES, StaffRoute } from '../../libs/web/src/staff/staff-routes';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';

/**
 * The back office's access table, generated from its registry
 * (libs/web/src/staff/staff-routes.ts) as test/security/authorization-matrix.ts
 * is for the API: every staff route, as every kind of visitor, over plain HTTP.
 * A route under /gestion that is not in the registry fails the first test, so
 * no page ships without its role.
 */
const CALLERS = ['anonymous', 'resident', 'verified', 'staff', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
/** FORBIDDEN: the 403 page, saying who the page is for (its role). */
type Outcome = 'SIGN_IN' | 'FORBIDDEN' | 'OK';

function expectedFor(route: StaffRoute): Record<Caller, Outcome> {
  return {
    anonymous: 'SIGN_IN',
    resident: 'FORBIDDEN',
    verified: 'FORBIDDEN',
    staff: route.role === Role.ADMIN ? 'FORBIDDEN' : 'OK',
    admin: 'OK',
  };
}

/** What the 403 page says of a route, by the role it requires. */
const FOR_ROLE: Record<StaffRoute['role'], string> = {
  [Role.STAFF]: 'Cette page est réservée aux agents de la mairie.',
  [Role.ADMIN]: 'Cette page est réservée aux administrateurs et administratrices de la plateforme.',
};

/** Every route Nest serves, from the controllers' metadata (whatever decorator declared it). */
function servedRoutes(web: WebApp): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  for (const module of web.api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller?.prototype) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        // The descriptor's value only: a getter would run on the bare prototype.
        const handler: unknown = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        for (const p of [path].flat()) routes.push({ method, path: `/${prefix}/${p}`.replace(/\/+/g, '/') });
      }
    }
  }
  return routes;
}

/** A concrete address for a route: any id (none of these pages may reveal whether it exists to the refused). */
const addressOf = (route: StaffRoute) => route.path.replace(/:[a-z]+/gi, randomUUID());

describe('website: the back office is for staff and admins only', () => {
  let web: WebApp;
  const clients = {} as Record<Caller, SiteClient>;

  beforeAll(async () => {
    web = await startWebApp();
    clients.anonymous = new SiteClient(web.api.url);
    const accounts: Record<Exclude<Caller, 'anonymous'>, { role?: Role; verified?: boolean }> = {
      resident: {},
      verified: { verified: true },
      staff: { role: Role.STAFF },
      admin: { role: Role.ADMIN },
    };
    for (const [caller, options] of Object.entries(accounts)) {
      const user = await createUser(web.api, options);
      const site = new SiteClient(web.api.url);
      expect((await site.post('/connexion', { email: user.email, password: FACTORY_PASSWORD })).status).toBe(303);
      clients[caller as Caller] = site;
    }
  });

  afterAll(async () => {
    await web?.close();
  });

  it('lists every route under /gestion in the registry, with the method it is served with', () => {
    const registry = Object.values(STAFF_ROUTES) as StaffRoute[];
    const served = servedRoutes(web).filter((r) => r.path === STAFF_PREFIX || r.path.startsWith(`${STAFF_PREFIX}/`));
    const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
    expect(served.map(key).sort()).toEqual(registry.map(key).sort());
    expect(registry.length).toBeGreaterThan(0);
  });

  async function outcome(caller: Caller, route: StaffRoute): Promise<{ outcome: Outcome | string; status: number }> {
    const site = clients[caller];
    const address = addressOf(route);
    const response =
      route.method === 'GET'
        ? await site.get(address)
        : await site.post(address, {}, { formPath: caller === 'anonymous' ? '/connexion' : '/mon-compte' });
    const location = response.headers.get('location');
    if (response.status === 303 && location === `/connexion?suivant=${encodeURIComponent(address)}`)
      return { outcome: 'SIGN_IN', status: response.status };
    if (response.status === 403)
      return {
        outcome: response.html.includes(FOR_ROLE[route.role]) ? 'FORBIDDEN' : 'OTHER 403',
        status: response.status,
      };
    // Staff reach the page, or its handler runs and finds nothing under the made-up id (404), or the action is
    // refused for its empty form or made-up id (400) or done (303).
    const withId = route.path.includes(':');
    const reached =
      route.method === 'GET'
        ? response.status === 200 || (withId && response.status === 404)
        : [303, 400].includes(response.status) || (withId && response.status === 404);
    return { outcome: reached ? 'OK' : `HTTP ${response.status} ${location ?? ''}`, status: response.status };
  }

  const table = Object.entries(STAFF_ROUTES as Record<string, StaffRoute>).flatMap(([name, route]) =>
    CALLERS.map((caller) => ({ name, route, caller, expected: expectedFor(route)[caller] })),
  );

  it.each(table)('$route.method $route.path as $caller: $expected', async ({ route, caller, expected }) => {
    expect((await outcome(caller, route)).outcome).toBe(expected);
  });

  it('links to the back office from the header for staff and admins only', async () => {
    for (const caller of CALLERS) {
      const { html } = await clients[caller].get('/');
      expect({ caller, link: html.includes(`href="${STAFF_PREFIX}"`) }).toEqual({
        caller,
        link: caller === 'staff' || caller === 'admin',
      });
    }
  });
});
