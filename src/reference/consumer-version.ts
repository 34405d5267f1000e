import { acceptedUnless, type Outcome } from '../contract/refusal.schema'
import type { RequirementId } from '../requirements/catalog'
import { requirementOf } from '../spec/refusals'
import type { ConsumerInstanceClient } from './consumer-instance.client'
import { refusal, type Rules } from './rules'
import { formatVersion, MINIMUM_CONSUMER_VERSION } from './service-exchange-version'

/**
 * PC-40 to PC-43: the consumer's Service Exchange release, read from its instance itself, and refused below the
 * minimum; a release that could not be read, where no rule refuses it, is simply not known.
 */
export async function consumerVersion(
  consumers: ConsumerInstanceClient,
  rules: Rules,
  origin: string,
): Promise<Outcome<string | undefined>> {
  const read = await consumers.serviceExchangeVersion(origin)
  if (!read.ok) {
    // an instance that could not be asked, or answered out of shape, is PC-43's
    const requirement: RequirementId = requirementOf(read.refusal.code) ?? 'PC-43'
    const refusedBy = rules.firstRefusal([[requirement, () => read.refusal]])
    return acceptedUnless(refusedBy, undefined)
  }
  const version = read.value
  const refusedBy = rules.firstRefusal([
    [
      'PC-40',
      () =>
        rules.parts.releaseAtLeast(version, MINIMUM_CONSUMER_VERSION)
          ? undefined
          : refusal(
              'version-too-old',
              `${origin} runs Service Exchange ${formatVersion(version)}; ${formatVersion(MINIMUM_CONSUMER_VERSION)} or later is required`,
            ),
    ],
  ])
  return acceptedUnless(refusedBy, formatVersion(version))
}
