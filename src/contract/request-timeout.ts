/**
 * A status a server's HTTP layer answers before any operation reads the request, with no refusal body: a request whose
 * headers or body do not arrive in time (the reference: headers within 10 s, the whole request within 30 s).
 */
export const REQUEST_TIMEOUT = {
  status: 408,
  when: 'the request did not arrive whole in time; the HTTP layer answers it, with no refusal body',
} as const
