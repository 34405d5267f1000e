import { refused, accepted, type Outcome } from '../../contract/refusal.schema'
import { decodeSegment } from '../../run/decode-segment'

/** The part of a request's address the server routes on: the path, each segment decoded once, and the query. */
export type RequestPath = { pathname: string; query: URLSearchParams }

/**
 * The request's path and query. The Host header plays no part: the server's public address is fixed at start, so no
 * client can have it issue links on another host. A path whose %-escapes do not decode is refused here, before any
 * route sees it.
 */
export function readRequestPath(requestUrl: string | undefined): Outcome<RequestPath> {
  const text = requestUrl ?? '/'
  // Any fixed base will do: only the path and the query are read from the result.
  if (!URL.canParse(text, 'http://reference.invalid'))
    return refused('invalid-request', 'the request target is not a path')
  const url = new URL(text, 'http://reference.invalid')
  const malformed = url.pathname.split('/').some((segment) => decodeSegment(segment) === undefined)
  if (malformed) return refused('invalid-request', 'the path holds a %-escape that is not UTF-8')
  return accepted({ pathname: url.pathname, query: url.searchParams })
}
