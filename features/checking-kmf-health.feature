Feature: Checking Key Management Framework health
  Service Exchange encrypts what the instances exchange with the Key Management Framework, so KMF must be
  healthy before a consumer registers. Its diagnostics report one of four statuses, and only Operational is
  healthy. Only a user holding both KMF roles may view them.

  Source: S1, Before you begin; KMF (diagnostics and roles).

  Rule: viewing KMF diagnostics needs both KMF roles

    @req:KMF-01 @reading:RD-08
    Scenario: a user with both KMF roles sees the diagnostics
      Given KMF on the provider instance is Operational
      And a provider user with the roles "sn_kmf.admin, sn_kmf.cryptographic_manager"
      When that user views the KMF health diagnostics
      Then the diagnostics show KMF "Operational" and healthy

    @req:KMF-01 @reading:RD-08
    Scenario Outline: a user with only <roles> is refused
      Given a provider user with the roles "<roles>"
      When that user views the KMF health diagnostics
      Then the request is refused as "kmf-roles-missing"

      Examples:
        | roles                                            |
        | sn_kmf.admin                                     |
        | sn_kmf.cryptographic_manager                     |
        | sn_kmf.admin, sn_kmf.cryptographic_auditor       |
        | admin                                            |

  Rule: only Operational is healthy

    @req:KMF-02
    Scenario Outline: KMF <status> is reported as <health>
      Given a provider user with the roles "sn_kmf.admin, sn_kmf.cryptographic_manager"
      And KMF on the provider instance is <status>
      When that user views the KMF health diagnostics
      Then the diagnostics show KMF "<status>" and <health>

      Examples:
        | status      | health    |
        | Operational | healthy   |
        | Degraded    | unhealthy |
        | Disabled    | unhealthy |
        | Malfunction | unhealthy |

  Rule: a registration waits for KMF to be healthy on the provider

    @req:VAL-02 @reading:RD-09 @clock
    Scenario Outline: a registration task with provider KMF <status> fails validation
      Given a provider admin
      And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
      And KMF on the provider instance is <status>
      And the provider admin has saved a registration task for the consumer
      When 5 minutes pass
      Then the registration task is "Validation Failed"
      And the banner of the task lists exactly these issues, each with how to resolve it:
        | provider-kmf-unhealthy |

      Examples:
        | status      |
        | Degraded    |
        | Disabled    |
        | Malfunction |
