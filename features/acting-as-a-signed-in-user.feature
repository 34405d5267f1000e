Feature: Acting as a signed-in user
  Every step of the procedures is taken by a user of the instance it happens on, and each names the role it
  needs, which only a user who has signed in holds. A user signs in with their own password: a user name alone,
  a wrong password or a name the instance does not know establishes nobody, and such a request changes nothing.
  Which refusal a failed sign-in gets (an unknown user and a wrong password told apart, or not) is the target's
  choice; that it is refused as not authenticated is not.

  Source: S0, Before you begin (the role each step requires belongs to a signed-in user).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18

  Rule: a provider user acts only after signing in with their own password

    @req:AUTH-01
    Scenario: the provider admin with a wrong password cannot create a connection
      When the provider admin creates a connection for the consumer with a wrong password
      Then the request is refused as not authenticated
      And the provider has no connections

    @req:AUTH-01
    Scenario: someone the provider instance does not know cannot create a connection
      When someone the provider instance does not know creates a connection for the consumer
      Then the request is refused as not authenticated
      And the provider has no connections

    @req:AUTH-01
    Scenario: an admin of another provider instance is nobody on this one
      Given an admin of another provider instance
      When that user creates a connection for the consumer
      Then the request is refused as not authenticated
      And the provider has no connections

    @req:AUTH-01
    Scenario: the provider admin with a wrong password sees no connections
      Given the provider admin has created a connection for the consumer
      When the provider admin lists the connections with a wrong password
      Then the request is refused as not authenticated

    @req:AUTH-01 @req:KMF-01 @reading:RD-08
    Scenario: a user with both KMF roles and a wrong password sees no diagnostics
      Given a provider user with the roles "sn_kmf.admin, sn_kmf.cryptographic_manager"
      When that user views the KMF health diagnostics with a wrong password
      Then the request is refused as not authenticated

  Rule: a user of a consumer instance is whoever that instance says signed in

    @req:AUTH-02 @req:PC-30
    Scenario: holding the registration URL and the contact's name, without signing in to the consumer instance, is not enough
      Given email notifications are off
      And the provider admin has created a connection for the consumer
      When someone holding the registration URL completes the registration in the name of the consumer contact, without signing in to the consumer instance
      Then the request is refused as not authenticated
      And the connection card is still in the state it was created in

    @req:AUTH-02
    Scenario: no access token at all is refused as not authenticated
      Given email notifications are off
      And the provider admin has created a connection for the consumer
      When someone holding the registration URL opens it without any access token
      Then the request is refused as not authenticated
      And the connection card is still in the state it was created in

    @req:AUTH-02 @req:CT-04
    Scenario: Start Registration pressed in the contact's name without signing in completes nothing, even once validated
      Given email notifications are off
      And the provider admin has created a connection for the consumer
      And the consumer contact has got started
      When someone holding the registration URL starts the registration in the name of the consumer contact, without signing in to the consumer instance
      Then the request is refused as not authenticated
      And the connection card is not "Onboarded"

    @req:AUTH-02
    Scenario: the contact signed in to another company's instance is not signed in to the consumer's
      Given another consumer company with its own contact and instance
      And the consumer contact is also an admin of the other company's instance
      And email notifications are off
      And the provider admin has created a connection for the consumer
      When the consumer contact completes the registration signed in to the other company's instance
      Then the request is refused as not authenticated
      And the connection card is still in the state it was created in
