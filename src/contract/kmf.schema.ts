import { z } from 'zod'

/** The statuses Key Management Framework diagnostics report (KMF); only Operational is healthy. */
export const KmfStatus = z.enum(['Operational', 'Degraded', 'Disabled', 'Malfunction'])
export type KmfStatus = z.infer<typeof KmfStatus>

/** Key Management > Health (Diagnostics), as a KMF admin sees it. */
export const KmfHealth = z.object({ status: KmfStatus, healthy: z.boolean() })
export type KmfHealth = z.infer<typeof KmfHealth>

/** The roles viewing KMF diagnostics requires (S1, read as both: RD-08). */
export const KMF_DIAGNOSTICS_ROLES = ['sn_kmf.admin', 'sn_kmf.cryptographic_manager'] as const
