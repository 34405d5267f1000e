Feature: Gating registration by the consumer's Service Exchange version
  The Provider Center flow needs Service Exchange for Consumers 2.3.18 or later on the consumer
  instance. The provider reads the release from the consumer instance itself, compares it part by
  part as numbers, and refuses an instance whose release is older, cannot be read, or is missing.
  The release is read when the connection is created, and again at each step the consumer contact takes
  on the registration page (opening it, Get Started, Start Registration): a release changed meanwhile counts.

  Source: S0, "Register a consumer from the Provider Center" (Before you begin); Consumer Center
  onboarding (older consumers are sent to the classic experience).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational

  Rule: the consumer instance must run Service Exchange 2.3.18 or later

    @req:PC-40 @reading:RD-02
    Scenario Outline: a consumer on Service Exchange <version> is <outcome>
      Given the consumer instance runs Service Exchange <version>
      When the provider admin creates a connection for the consumer
      Then the connection is <outcome>

      Examples: releases before 2.3.18
        | version | outcome                      |
        | 2.3.17  | refused as "version-too-old" |
        | 2.2.99  | refused as "version-too-old" |
        | 1.99.99 | refused as "version-too-old" |

      Examples: 2.3.18 and later, compared as numbers
        | version | outcome |
        | 2.3.18  | created |
        | 2.3.100 | created |
        | 2.10.0  | created |
        | 3.0.0   | created |
        | 10.0.0  | created |

  Rule: an instance whose release cannot be established is refused

    @req:PC-41
    Scenario Outline: a consumer instance reporting "<reported>" as its release is refused
      Given the consumer instance reports "<reported>" as its Service Exchange release
      When the provider admin creates a connection for the consumer
      Then the request is refused as "version-malformed"
      And the provider has no connections

      Examples:
        | reported |
        | 2.3      |
        | v2.3.18  |
        | 2.3.18.1 |
        | abc      |
        |          |

    @req:PC-42
    Scenario: a consumer instance without Service Exchange for Consumers is refused
      Given the consumer instance does not have Service Exchange for Consumers installed
      When the provider admin creates a connection for the consumer
      Then the request is refused as "consumer-app-missing"
      And the provider has no connections

    @req:PC-43
    Scenario: a consumer instance that cannot be reached is refused
      Given the consumer instance cannot be reached
      When the provider admin creates a connection for the consumer
      Then the request is refused as "instance-unreachable"
      And the provider has no connections

    @req:PC-43
    Scenario: a consumer instance that does not answer in time is refused
      Given the consumer instance does not answer
      When the provider admin creates a connection for the consumer
      Then the request is refused as "instance-timeout"
      And the provider has no connections

    @req:PC-43
    Scenario: a consumer instance that answers with a web page instead of its data is refused
      Given the consumer instance answers with a web page instead of its data
      When the provider admin creates a connection for the consumer
      Then the request is refused as "instance-answer-malformed"
      And the provider has no connections

  Rule: the release is checked again when the contact opens the registration URL

    @req:PC-44 @reading:RD-02
    Scenario: a consumer moved back to an older release cannot complete the registration
      Given the provider admin has created a connection for the consumer
      And the consumer instance now runs Service Exchange 2.3.17
      When the consumer contact completes the registration
      Then the request is refused as "version-too-old"
      And the connection card is still in the state it was created in

    @req:PC-44 @reading:RD-02
    Scenario Outline: a consumer moved back to an older release after opening the URL is refused at every later step (<step>)
      Given the provider admin has created a connection for the consumer
      And the consumer contact has got started
      And the consumer instance now runs Service Exchange 2.3.17
      When the consumer contact <step>
      Then the request is refused as "version-too-old"
      And the connection card is not "Onboarded"

      Examples:
        | step                    |
        | gets started again      |
        | starts the registration |

    @req:PC-44 @reading:RD-02
    Scenario: a consumer upgraded in the meantime is onboarded with its new release
      Given the provider admin has created a connection for the consumer
      And the consumer instance now runs Service Exchange 2.4.0
      When the consumer contact completes the registration
      Then the connection card is "Onboarded"
      And the connection card shows app version "2.4.0"

    @req:PC-44 @reading:RD-02
    Scenario: a consumer instance that went offline cannot complete the registration
      Given the provider admin has created a connection for the consumer
      And the consumer instance cannot be reached
      When the consumer contact completes the registration
      Then the request is refused as "instance-unreachable"
      And the connection card is still in the state it was created in
