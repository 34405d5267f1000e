import { z } from 'zod'
import { KmfHealth, KmfStatus } from '../kmf.schema'
import { Created, NewCompany, NewProviderRecord, NewUser } from '../provider-setup.schema'
import {
  Capabilities,
  ClockAdvance,
  ClockReading,
  NewProviderInstance,
  OpenedProviderInstance,
  Switch,
} from '../target.schema'

import type { Operation } from '../operation'

/** What the target implements, a provider instance opened and closed, and setup: what a scenario starts from. */
export const setupOperations = {
  capabilities: {
    summary: 'What the target implements',
    method: 'GET',
    path: '/capabilities',
    root: true,
    acting: 'nobody',
    status: 200,
    answer: Capabilities,
  },
  openProviderInstance: {
    summary: "Open a provider instance of the scenario's own",
    method: 'POST',
    path: '/provider-instances',
    root: true,
    acting: 'setup',
    body: NewProviderInstance,
    status: 201,
    answer: OpenedProviderInstance,
  },
  // Optional: the kit closes each instance when its scenario ends, and a target that does not answer it is not judged
  // for it.
  closeProviderInstance: {
    summary: "Close the scenario's provider instance: its scenario is over",
    method: 'DELETE',
    path: '',
    acting: 'setup',
    status: 204,
  },

  createProviderRecord: {
    summary: 'Create the provider record',
    method: 'POST',
    path: '/setup/provider-record',
    acting: 'setup',
    body: NewProviderRecord,
    status: 201,
    answer: Created,
  },
  removeProviderRecord: {
    summary: 'Remove the provider record, as a clone that excluded it does',
    method: 'DELETE',
    path: '/setup/provider-record',
    acting: 'setup',
    status: 204,
  },
  addCompany: {
    summary: 'Add a company (account)',
    method: 'POST',
    path: '/setup/companies',
    acting: 'setup',
    body: NewCompany,
    status: 201,
    answer: Created,
  },
  addUser: {
    summary: 'Add a user with roles and a password',
    method: 'POST',
    path: '/setup/users',
    acting: 'setup',
    body: NewUser,
    status: 201,
    answer: Created,
  },
  setEmailNotifications: {
    summary: 'Switch outbound email notifications',
    method: 'PUT',
    path: '/setup/email-notifications',
    acting: 'setup',
    body: Switch,
    status: 204,
  },
  setProductionInstance: {
    summary: 'Mark the instance as a production instance, or not',
    method: 'PUT',
    path: '/setup/production-instance',
    acting: 'setup',
    body: Switch,
    status: 204,
  },
  setKmfStatus: {
    summary: 'Set what KMF diagnostics report',
    method: 'PUT',
    path: '/setup/kmf-status',
    acting: 'setup',
    body: z.object({ status: KmfStatus }),
    status: 200,
    answer: KmfHealth,
  },
  createProducerReplicationSet: {
    summary: 'Create the producer replication set',
    method: 'POST',
    path: '/setup/producer-replication-set',
    acting: 'setup',
    status: 204,
    part: 'legacy',
  },
  advanceClock: {
    summary: "Move the instance's clock forward",
    method: 'POST',
    path: '/setup/clock',
    acting: 'setup',
    body: ClockAdvance,
    status: 200,
    answer: ClockReading,
    part: 'clock',
  },
} as const satisfies Record<string, Operation>
