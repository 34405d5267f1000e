import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { evaluateQuery, type Row } from './encoded-query'

const FIELDS = ['user_name', 'roles']
const ROWS: Row[] = [
  { user_name: 'ada', roles: 'admin' },
  { user_name: 'Bob', roles: 'itil' },
  { user_name: 'bea', roles: 'admin,itil' },
]

/** The user names a query selects, or why it is outside the subset. */
function ask(query: Record<string, string>): string[] | string {
  const answer = evaluateQuery(new URLSearchParams(query), ROWS, FIELDS)
  return answer.ok ? answer.rows.map((row) => row.user_name ?? '-') : answer.outside
}

describe('the encoded query subset of the mocked Table API', () => {
  it('selects by =, !=, IN and STARTSWITH, comparing without regard to case', () => {
    assert.deepEqual(ask({ sysparm_query: 'user_name=bob' }), ['Bob'])
    assert.deepEqual(ask({ sysparm_query: 'user_name!=ada' }), ['Bob', 'bea'])
    assert.deepEqual(ask({ sysparm_query: 'user_nameINada,bea' }), ['ada', 'bea'])
    assert.deepEqual(ask({ sysparm_query: 'user_nameSTARTSWITHb' }), ['Bob', 'bea'])
  })

  it('reads ^ as and, and ^OR as an alternative to the condition before it', () => {
    assert.deepEqual(ask({ sysparm_query: 'user_nameSTARTSWITHb^roles=itil' }), ['Bob'])
    assert.deepEqual(ask({ sysparm_query: 'user_name=ada^ORuser_name=bob' }), ['ada', 'Bob'])
    // (ada or Bob) and itil: the platform binds ^OR tighter than ^.
    assert.deepEqual(ask({ sysparm_query: 'user_name=ada^ORuser_name=bob^roles=itil' }), ['Bob'])
  })

  it('answers every row without a query, and honours sysparm_limit and sysparm_fields', () => {
    assert.deepEqual(ask({}), ['ada', 'Bob', 'bea'])
    assert.deepEqual(ask({ sysparm_limit: '2' }), ['ada', 'Bob'])
    const answer = evaluateQuery(
      new URLSearchParams({ sysparm_fields: 'roles,sys_id', sysparm_query: 'user_name=ada' }),
      ROWS,
      FIELDS,
    )
    assert.deepEqual(answer, { ok: true, rows: [{ roles: 'admin' }] })
  })

  it('names what is outside the subset instead of answering nothing', () => {
    assert.match(ask({ sysparm_query: 'user_nameLIKEa' }) as string, /user_nameLIKEa.*operator/)
    assert.match(ask({ sysparm_query: 'email=a@b.c' }) as string, /"email".*does not have/)
    assert.match(ask({ sysparm_query: 'user_name=ada^NQroles=itil' }) as string, /NQroles=itil/)
    assert.match(ask({ sysparm_limit: 'ten' }) as string, /sysparm_limit "ten"/)
    assert.match(ask({ sysparm_limit: '0' }) as string, /positive/)
    assert.match(ask({ sysparm_orderby: 'user_name' }) as string, /sysparm_orderby/)
  })

  it('an alternative spelling of one condition selects the same rows', () => {
    const name = fc.constantFrom(...ROWS.map((row) => row.user_name!), 'nobody')
    fc.assert(
      fc.property(name, fc.boolean(), (wanted, upper) => {
        const spelled = upper ? wanted.toUpperCase() : wanted
        const byEquals = ask({ sysparm_query: `user_name=${spelled}` })
        assert.deepEqual(ask({ sysparm_query: `user_nameIN${spelled}` }), byEquals)
        assert.deepEqual(ask({ sysparm_query: `user_name=${spelled}^ORuser_name=${spelled}` }), byEquals)
        assert.deepEqual(ask({ sysparm_query: `user_name=${spelled}`, sysparm_limit: '50' }), byEquals)
      }),
    )
  })
})
