Feature: Off-boarding a consumer
  A provider user holding admin and sn_sb.admin opens an onboarded consumer's connection and selects
  Off-Board Consumer, then OK. The connection and its related records are deleted; the connection's tasks go
  too only when "Delete all existing tasks for this connection" is ticked and the word Delete is typed in the
  dialog that follows. Afterwards nothing of the connection is left to find: its registration URL opens
  nothing, and the same company and instance may be registered again. The consumer instance's own records stay:
  its Provider Connection record goes only when the consumer's admin off-boards the provider there, and until
  then a new registration of that instance is held up by it.

  Source: OFF-C (Australia); COMP-P (the duplicate rules look at the deleted records); OFF-P (off-boarding the
  provider, in the consumer instance); SCAN (stale Provider Connection records).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And email notifications are off
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer
    And the consumer contact has completed the registration

  Rule: only a user holding both admin and sn_sb.admin off-boards a consumer

    @req:OFF-01 @req:OFF-03
    Scenario: off-boarding removes the connection and its details
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user off-boards the consumer
      Then the consumer is off-boarded, its tasks kept
      And the provider has no connections
      And the details of the off-boarded connection are not found

    @req:OFF-01
    Scenario Outline: a user holding only <roles> is refused
      Given a provider user with the roles "<roles>"
      When that user off-boards the consumer
      Then the request is refused as <refusal>
      And the connection card is "Onboarded"

      Examples:
        | roles                     | refusal                                   |
        | admin                     | "sb-admin-roles-missing"                  |
        | sn_sb.admin               | "sb-admin-roles-missing" or "not-admin"   |
        | sn_kmf.admin, sn_sb.admin | "sb-admin-roles-missing" or "not-admin"   |

    @req:OFF-01
    Scenario: a connection the provider does not have cannot be off-boarded
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user off-boards a connection the provider does not have
      Then the request is refused as "connection-not-found"
      And the connection card is "Onboarded"

    @req:OFF-01 @req:AUTH-01
    Scenario: a user holding both roles who signs in with a wrong password off-boards nothing
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user off-boards the consumer with a wrong password
      Then the request is refused as not authenticated
      And the connection card is "Onboarded"

  Rule: the tasks go too only when asked for and confirmed by typing Delete

    @req:OFF-02
    Scenario: asking for the tasks to go, with Delete typed, off-boards the consumer and its tasks
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user off-boards the consumer, deleting its tasks and typing "Delete"
      Then the consumer is off-boarded, its tasks deleted
      And the provider has no connections

    @req:OFF-02
    Scenario Outline: asking for the tasks to go, typing "<typed>", is refused, and nothing is off-boarded
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user off-boards the consumer, deleting its tasks and typing "<typed>"
      Then the request is refused as "offboarding-not-confirmed"
      And the connection card is "Onboarded"

      Examples:
        | typed  |
        |        |
        | OK     |
        | Yes    |
        | Delet  |
        | Dеlete |

  Rule: after off-boarding its registration URL opens nothing, and the company and instance may register again

    @req:OFF-03
    Scenario: the same company and instance are registered again under a new registration URL
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has off-boarded the consumer
      When the provider admin creates a connection for the consumer
      Then the connection is created
      And its registration URL is not the off-boarded connection's
      And its connection number is not the off-boarded connection's

    @req:OFF-03 @req:SET-01
    Scenario: after off-boarding, the consumer's settings and authorized users went with the connection
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has off-boarded the consumer
      When the consumer contact configures the settings:
        | auto-activate remote record producers | yes |
      Then the request is refused as "registration-url-unknown"
      And the authorized users of the off-boarded connection are not found

    @req:OFF-03 @req:PC-34
    Scenario: the off-boarded connection's registration URL completes nothing, not even the new connection
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has off-boarded the consumer
      And the provider admin has created a connection for the consumer
      When the consumer contact completes the registration from the off-boarded connection's registration URL
      Then the request is refused as "registration-url-unknown" or "registration-url-used"
      And the connection card is still in the state it was created in

    @req:OFF-03 @req:OFF-04
    Scenario: the consumer registered again completes the new registration once it has off-boarded the provider too
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has off-boarded the consumer
      And the consumer's admin has off-boarded the provider in the consumer instance
      And the provider admin has created a connection for the consumer
      When the consumer contact completes the registration
      Then the connection card is "Onboarded"

  Rule: the consumer instance keeps its Provider Connection record until its admin off-boards the provider there

    @req:OFF-04 @req:VAL-06
    Scenario: a new registration of an off-boarded instance fails the stale-records check
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has off-boarded the consumer
      And the provider admin has created a connection for the consumer
      When the consumer contact gets started
      Then the connection card is "Validation Failed"
      And the page lists exactly these issues, each with how to resolve it:
        | stale-connection-records |
      And Start Registration is not available

    @req:OFF-04 @req:VAL-06
    Scenario: off-boarding the provider in the consumer instance clears the stale-records issue
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has off-boarded the consumer
      And the provider admin has created a connection for the consumer
      And the consumer contact has got started
      And the consumer's admin has off-boarded the provider in the consumer instance
      When the consumer contact validates and resolves the "stale-connection-records" issue
      Then the "stale-connection-records" check shows as resolved
      And Start Registration is enabled
      When the consumer contact starts the registration
      Then the connection card is "Onboarded"
