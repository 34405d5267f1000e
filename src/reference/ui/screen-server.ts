import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Outcome } from '../../contract/refusal.schema'
import { authenticate } from '../server/authenticate'
import { readBody } from '../server/read-body'
import type { ReferenceTarget } from '../server/reference-target'
import { html, page } from './html'
import { legacyScreens } from './legacy.screens'
import { portalScreens } from './portal.screens'
import { authorizedUserScreens } from './authorized-users.screens'
import { offboardingScreens } from './offboarding.screens'
import { providerCenterScreens } from './provider-center.screens'
import { registrationPageScreens } from './registration-page.screens'
import { alertOf, statusOf, type Screen, type ScreenRoute } from './screen'

/** Every screen of the reference UI, each under a provider instance's address. */
const screens: { route: ScreenRoute; pattern: RegExp }[] = [
  ...providerCenterScreens,
  ...offboardingScreens,
  ...authorizedUserScreens,
  ...registrationPageScreens,
  ...legacyScreens,
  ...portalScreens,
].map((route) => ({
  route,
  pattern: new RegExp(`^/provider-instances/(?<instance>[^/]+)${route.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}))

/**
 * Serves a screen of the reference UI, when the request is for one: the same provider instance the contract serves,
 * through forms and pages instead of JSON. Answers whether it served the request.
 */
export async function serveScreen(
  target: ReferenceTarget,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<boolean> {
  const found = screens.find(({ route, pattern }) => route.method === request.method && pattern.test(url.pathname))
  if (!found) return false
  const { instance: id = '', ...params } = found.pattern.exec(url.pathname)?.groups ?? {}
  const base = `${url.origin}/provider-instances/${id}`
  const shown = await showScreen(target, request, url, found.route, decodeURIComponent(id), params)
  const text = page({ ...shown, base, alert: alertOf(shown) })
  response
    .writeHead(statusOf(shown), {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    })
    .end(text)
  return true
}

async function showScreen(
  target: ReferenceTarget,
  request: IncomingMessage,
  url: URL,
  route: ScreenRoute,
  id: string,
  params: Record<string, string>,
): Promise<Screen> {
  const refusedScreen = (outcome: Outcome<unknown> & { ok: false }): Screen => ({
    title: 'Not done',
    screen: 'refused',
    body: html``,
    refusal: outcome.refusal,
  })
  // A form posted from another site (a browser says where in Origin) could act with the person's credentials.
  const origin = request.headers.origin
  if (request.method === 'POST' && origin !== undefined && origin !== url.origin) {
    return refusedScreen({
      ok: false,
      refusal: { code: 'invalid-request', reason: 'this form was posted from another site' },
    })
  }
  const instance = target.instance(id)
  if (!instance.ok) return refusedScreen(instance)
  const actor = authenticate(instance.value, route.acting, request.headers.authorization)
  if (!actor.ok) return refusedScreen(actor)
  const body = await readBody(request)
  if (!body.ok) return refusedScreen(body)
  return route.show({
    provider: instance.value,
    actor: actor.value,
    form: Object.fromEntries(new URLSearchParams(body.value)),
    query: Object.fromEntries(url.searchParams),
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, decodeURIComponent(value)])),
    address: `${url.origin}${url.pathname}`,
  })
}
