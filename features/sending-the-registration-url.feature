Feature: Sending the registration URL to the consumer contact
  Once the connection exists, the consumer contact needs its registration URL. When email
  notifications are on, the provider instance emails it to the contact; when they are off, no email
  leaves the instance and the provider admin copies the URL from the connection card and shares it.

  Source: S0, "Register a consumer from the Provider Center" (About this task, step 6); S1 (why and when).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational

  Rule: with email notifications on, the contact is emailed the registration URL

    @req:PC-20
    Scenario: exactly one email reaches the contact, and it carries the registration URL
      Given email notifications are on
      When the provider admin creates a connection for the consumer
      Then the consumer contact receives exactly one invitation email
      And that email carries the registration URL of the connection
      And nobody else receives an email

  Rule: with email notifications off, the provider admin copies the registration URL from the card

    @req:PC-21 @reading:RD-01
    Scenario: no email is sent and the card offers the registration URL
      Given email notifications are off
      When the provider admin creates a connection for the consumer
      Then no email is sent
      And the connection card offers the registration URL to copy

    @req:PC-21 @reading:RD-01
    Scenario: the URL copied from the card completes the registration
      Given email notifications are off
      And the provider admin has created a connection for the consumer
      When the consumer contact completes the registration from the URL copied from the card
      Then the registration is completed
      And the connection card is "Onboarded"
