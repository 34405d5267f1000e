Feature: Completing a registration from the registration URL
  The consumer contact named on the connection, signed in to the consumer instance as an admin,
  opens the registration URL and completes the registration; the connection card is then Onboarded
  and its details show the registration and the connection settings. Nobody else can complete it,
  a refused attempt changes nothing, and the URL serves one registration only.

  Source: S0, "Register a consumer from the Provider Center" (note under step 4, Result).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer

  Rule: completing the registration onboards the connection

    @req:PC-32
    Scenario: the named contact completes the registration and the card is Onboarded
      When the consumer contact completes the registration
      Then the registration is completed
      And the connection card is "Onboarded"

  Rule: only the named contact, an admin of the consumer instance, can complete it

    @req:PC-30 @reading:RD-03
    Scenario Outline: <someone> of the consumer instance cannot complete the registration
      Given <someone> of the consumer instance
      When that user completes the registration
      Then the request is refused as "not-named-contact"
      And the connection card is still in the state it was created in

      Examples:
        | someone                        |
        | another admin                  |
        | a user without the admin role  |

    @req:PC-30 @reading:RD-03
    Scenario: another admin of the consumer instance cannot get started in the contact's place
      Given another admin of the consumer instance
      When that user gets started
      Then the request is refused as "not-named-contact"
      And the connection card is still in the state it was created in

    @req:PC-31 @reading:RD-03
    Scenario: a contact without the admin role is refused on opening the registration URL
      Given the consumer contact is not an admin of the consumer instance
      When the consumer contact opens the registration URL
      Then the request is refused as "contact-not-consumer-admin"
      And the connection card is still in the state it was created in

    @req:PC-30 @reading:RD-03
    Scenario: another company's contact, though an admin of the consumer instance too, cannot complete it
      Given another consumer company with its own contact and instance
      And the other company's contact is also an admin of the consumer instance
      When the other company's contact completes the consumer's registration
      Then the request is refused as "not-named-contact"
      And the connection card is still in the state it was created in

    @req:PC-31 @reading:RD-03
    Scenario: a contact without the admin role in the consumer instance cannot complete it
      Given the consumer contact is not an admin of the consumer instance
      When the consumer contact completes the registration
      Then the request is refused as "contact-not-consumer-admin"
      And the connection card is still in the state it was created in

    @req:PC-31 @reading:RD-03
    Scenario Outline: a contact holding only <role> in the consumer instance is no admin there
      Given the consumer contact holds only the role "<role>" in the consumer instance
      When the consumer contact completes the registration
      Then the request is refused as "contact-not-consumer-admin"
      And the connection card is still in the state it was created in

      Examples:
        | role           |
        | sn_kmf.admin   |
        | security_admin |
        | sn_sb.admin    |

    @req:PC-31 @reading:RD-03
    Scenario: a contact without the admin role cannot skip opening the URL and get started directly
      Given the consumer contact is not an admin of the consumer instance
      When the consumer contact gets started
      Then the request is refused as "contact-not-consumer-admin"
      And the connection card is still in the state it was created in

    @req:PC-31 @reading:RD-03
    Scenario Outline: a contact who lost the admin role is refused at every later step, not only on opening (<step>)
      Given the consumer contact has got started
      And the consumer contact is not an admin of the consumer instance
      When the consumer contact <step>
      Then the request is refused as "contact-not-consumer-admin"
      And the connection card is not "Onboarded"

      Examples:
        | step                    |
        | gets started again      |
        | starts the registration |

    @req:PC-31 @req:AUTH-02 @reading:RD-03
    Scenario: a contact who has no user in the consumer instance cannot sign in there, nor complete it
      Given the consumer contact has no user in the consumer instance
      When the consumer contact completes the registration
      Then the request is refused as not authenticated
      And the connection card is still in the state it was created in

    @req:PC-30 @req:PC-32
    Scenario: a refused attempt leaves the registration URL usable by the contact
      Given another admin of the consumer instance has tried to complete the registration
      When the consumer contact completes the registration
      Then the registration is completed
      And the connection card is "Onboarded"

  Rule: View details shows the registration and the connection settings

    @req:PC-33
    Scenario: the details of an onboarded connection
      Given the consumer contact has completed the registration
      When the provider admin views the details of the connection
      Then the details show the consumer's company, contact and instance URL
      And the details show app version "2.3.18"
      And the details show when the connection was created and when it was onboarded
      And the details show the connection settings

    @req:PC-33
    Scenario: the details of a connection not yet onboarded have no onboarding time
      When the provider admin views the details of the connection
      Then the details show the consumer's company, contact and instance URL
      And the details show when the connection was created but no onboarding time

    @req:PC-33 @clock
    Scenario: the details give the instance's own times, when the connection was created and when it was onboarded
      When 90 minutes pass
      And the consumer contact completes the registration
      And the provider admin views the details of the connection
      Then the details show it was onboarded at the instance's time, 90 minutes after it was created

    @req:PC-33 @req:CT-04
    Scenario: a refused Start Registration stamps no onboarding time
      When the consumer contact starts the registration
      Then the request is refused as "not-validated"
      When the provider admin views the details of the connection
      Then the details show when the connection was created but no onboarding time

    @req:PC-33
    Scenario: there are no details of a connection the provider never created
      When the provider admin views the details of a connection that was never created
      Then the request is refused as "connection-not-found"

    @req:PC-04
    Scenario: a provider user without the admin role cannot view the details of a connection
      Given a provider user without the admin role
      When that user views the details of the connection
      Then the request is refused as "not-admin"

  Rule: a registration URL completes one registration only

    @req:PC-34
    Scenario: the registration URL cannot be used a second time
      Given the consumer contact has completed the registration
      When the consumer contact completes the registration again
      Then the request is refused as "registration-url-used"
      And the connection card is "Onboarded"

    @req:PC-34 @req:CT-04 @simultaneous
    Scenario: Start Registration pressed in two tabs at the same moment completes the registration once
      Given the consumer contact has got started in two tabs
      When the consumer contact presses Start Registration in two tabs at the same moment
      Then exactly one of them is accepted, and the other is refused as "registration-url-used" or "not-validated"
      And the connection card is "Onboarded"

    @req:PC-34
    Scenario: a registration URL the provider never issued is refused
      When the consumer contact completes a registration from a URL the provider never issued
      Then the request is refused as "registration-url-unknown"
      And the connection card is still in the state it was created in
