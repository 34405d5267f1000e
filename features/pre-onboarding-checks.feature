Feature: The pre-onboarding checks
  Before a consumer can register, the Pre-Onboarding suite checks both instances: the provider record
  exists, Key Management Framework is Operational on each side, the consumer instance knows its own
  address, its Service Exchange applications agree in version, and no stale Provider Connection records
  are left from an earlier attempt. Each check fails on its own problem and says how to resolve it; the
  same checks hold back a connection of the Provider Center and a registration task.

  Source: SCAN (the Pre-Onboarding suite); S1; CC.

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And email notifications are on

  Rule: each check fails on its own problem, and nothing else fails with it

    @req:CT-03
    Scenario Outline: Get Started reports <check> when <problem>
      Given the provider admin has created a connection for the consumer
      And <problem>
      When the consumer contact gets started
      Then the connection card is "Validation Failed"
      And the page lists exactly these issues, each with how to resolve it:
        | <check> |
      And Start Registration is not available

      @req:VAL-01
      Examples: the provider record
        | problem                           | check                   |
        | the provider record is missing    | provider-record-missing |

      @req:VAL-02 @reading:RD-09
      Examples: KMF on the provider instance
        | problem                                   | check                  |
        | KMF on the provider instance is Degraded  | provider-kmf-unhealthy |

      @req:VAL-03 @reading:RD-09
      Examples: KMF on the consumer instance
        | problem                                      | check                  |
        | KMF on the consumer instance is Malfunction  | consumer-kmf-unhealthy |

      @req:VAL-04
      Examples: the consumer's own address
        | problem                                              | check             |
        | glide.servlet.uri is empty on the consumer instance  | servlet-uri-empty |

      @req:VAL-05
      Examples: the applications on the consumer instance
        | problem                                                                         | check               |
        | the consumer instance runs Service Exchange for Providers at another version    | app-versions-differ |

      @req:VAL-06
      Examples: records of an earlier attempt
        | problem                                                                   | check                    |
        | the consumer instance holds stale Provider Connection records for this provider | stale-connection-records |

  Rule: a registration task held back by one check opens once that problem is fixed

    @req:TASK-08 @clock
    Scenario Outline: a task held back by <check> opens after <problem> is fixed
      Given the provider admin has saved a registration task for the consumer
      And <problem>
      When 5 minutes pass
      Then the registration task is "Validation Failed"
      And the banner of the task lists exactly these issues, each with how to resolve it:
        | <check> |
      When the "<check>" issue is fixed
      And 5 minutes pass
      Then the registration task is "Open"
      And the consumer contact receives exactly one invitation email
      And that email carries the registration link of the task

      @req:VAL-01 @req:TASK-10
      Examples: the provider record
        | problem                           | check                   |
        | the provider record is missing    | provider-record-missing |

      @req:VAL-02 @req:TASK-10 @reading:RD-09
      Examples: KMF on the provider instance
        | problem                                   | check                  |
        | KMF on the provider instance is Disabled  | provider-kmf-unhealthy |

      @req:VAL-03 @req:TASK-10 @reading:RD-09
      Examples: KMF on the consumer instance
        | problem                                   | check                  |
        | KMF on the consumer instance is Degraded  | consumer-kmf-unhealthy |

      @req:VAL-04 @req:TASK-10
      Examples: the consumer's own address
        | problem                                              | check             |
        | glide.servlet.uri is empty on the consumer instance  | servlet-uri-empty |

      @req:VAL-05 @req:TASK-10
      Examples: the applications on the consumer instance
        | problem                                                                         | check               |
        | the consumer instance runs Service Exchange for Providers at another version    | app-versions-differ |

      @req:VAL-06 @req:TASK-10
      Examples: records of an earlier attempt
        | problem                                                                   | check                    |
        | the consumer instance holds stale Provider Connection records for this provider | stale-connection-records |

  Rule: the same applications at the same version pass

    @req:VAL-05
    Scenario: both Service Exchange applications at the same version pass the check
      Given the provider admin has created a connection for the consumer
      And the consumer instance runs Service Exchange for Providers at its consumer version
      When the consumer contact gets started
      Then every pre-onboarding check passed
      And the connection card is "Validated"
