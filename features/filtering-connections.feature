@release:australia
Feature: Filtering the Connections tab by state
  The Connections tab of the Provider Center shows every connection as a card with its state, and the
  provider admin can filter the cards by state, to find the connections at one stage of onboarding.
  Filtered, the tab shows the connections in that state and no others.

  Source: CT (Australia), the Connections tab.

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And another consumer company with its own contact and instance
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer
    And the provider admin has created a connection for the other company
    And the consumer contact has completed the registration

  Rule: filtered by a state, the tab shows exactly the connections in that state

    @req:CT-08
    Scenario: filtered by Onboarded, the tab shows the onboarded connection and not the waiting one
      When the provider admin filters the connections by "Onboarded"
      Then the connections shown are exactly the consumer's

    @req:CT-08
    Scenario: filtered by Awaiting Validation, the tab shows the waiting connection and not the onboarded one
      When the provider admin filters the connections by "Awaiting Validation"
      Then the connections shown are exactly the other company's

    @req:CT-08
    Scenario: filtered by a state no connection is in, the tab shows none
      When the provider admin filters the connections by "Validation Failed"
      Then no connections are shown

    @req:CT-08
    Scenario Outline: a filter that names no state, "<filter>", is refused
      When the provider admin filters the connections by "<filter>"
      Then the request is refused as "invalid-request"

      Examples:
        | filter     |
        | onboarded  |
        | Onboarded. |
        |            |

  Rule: only a provider admin filters the Connections tab

    @req:PC-04
    Scenario: a provider user without the admin role is refused
      Given a provider user without the admin role
      When that user filters the connections by "Onboarded"
      Then the request is refused as "not-admin"
