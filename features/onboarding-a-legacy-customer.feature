@legacy @reading:RD-11
Feature: Onboarding a customer with legacy Service Bridge
  Before Service Exchange, a provider onboarded a customer through Service Bridge. The provider submits a
  Service Bridge Registration request for the customer's instance and a registration case opens. The
  customer installs Service Bridge and creates a provider record in its own instance, which asks the
  provider for a Replication Subscription. The provider approves it from the case, confirming with Yes, and
  the customer activates its replication set: the integration is established. Every step needs an admin of
  the instance where it happens. A target that no longer offers legacy onboarding declares so, and these
  scenarios are then not applicable to it.

  Source: S2, "Onboard a new Service Exchange customer (legacy)" (Washington DC).

  Background:
    Given a provider admin
    And the provider has its producer replication set
    And a customer account whose contact is an admin of its instance
    And email notifications are on

  Rule: the provider needs its provider record, its producer replication set and an admin

    @req:LEG-01
    Scenario: a provider user without the admin role cannot submit the registration
      Given a provider user without the admin role
      When that user submits a Service Bridge registration for the customer's instance
      Then the request is refused as "not-admin"

    @req:LEG-01
    Scenario: a registration case that was never opened cannot be read
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      When the provider admin reads a registration case that was never opened
      Then the request is refused as "registration-case-not-found"

    @req:LEG-01
    Scenario: a provider user without the admin role cannot read the registration case
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      And a provider user without the admin role
      When that user reads the registration case
      Then the request is refused as "not-admin"

    @req:LEG-04
    Scenario: a customer instance that cannot be reached cannot be registered, since its ID cannot be checked
      Given the customer's instance cannot be reached
      When the provider admin submits a Service Bridge registration for the customer's instance
      Then the request is refused as "instance-unreachable"

    @req:LEG-02
    Scenario: no registration before the provider record exists
      Given the provider has not set up its provider record
      When the provider admin submits a Service Bridge registration for the customer's instance
      Then the request is refused as "provider-record-missing"

    @req:LEG-03
    Scenario: no registration before the producer replication set exists
      Given the provider has no producer replication set
      When the provider admin submits a Service Bridge registration for the customer's instance
      Then the request is refused as "producer-replication-set-missing"

  Rule: the request names the customer's account, a contact of it, and its instance with that instance's ID

    @req:LEG-04
    Scenario: an instance ID that belongs to another instance is refused
      When the provider admin submits a Service Bridge registration for the customer's instance with another instance's ID
      Then the request is refused as "instance-id-mismatch"

    @req:LEG-04
    Scenario: an instance ID that is not 32 hexadecimal digits is refused
      When the provider admin submits a Service Bridge registration for the customer's instance with an instance ID of words
      Then the request is refused as "invalid-request"

    @req:LEG-04
    Scenario: a contact of another account is refused
      Given another consumer company with its own contact and instance
      When the provider admin submits a Service Bridge registration for the customer's instance naming the other company's contact
      Then the request is refused as "contact-not-in-company"

  Rule: submitting the request opens a case and tells the customer what to do

    @req:LEG-05 @req:LEG-06
    Scenario: the case opens with guidance for the agents, and the contact learns how to install
      When the provider admin submits a Service Bridge registration for the customer's instance
      Then a registration case is opened for the customer's account
      And the work notes of the case give installation and configuration guidance
      And the case has no Replication Subscription yet
      And the customer contact receives exactly one installation guidance email
      And that email tells how to install the application from the ServiceNow Store

  Rule: only a registered customer instance asks for a subscription, through its admin

    @req:LEG-08
    Scenario: a provider record for an instance nobody registered is refused
      When the customer admin creates a provider record in the customer's instance
      Then the request is refused as "registration-not-initiated"
      And the customer's instance has no provider record

    @req:LEG-08
    Scenario: a user without the admin role of the customer's instance cannot create the provider record
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      And a user without the admin role of the customer's instance
      When that user creates a provider record in the customer's instance
      Then the request is refused as "not-customer-admin"
      And the case has no Replication Subscription yet

    @req:LEG-08 @req:AUTH-02
    Scenario: someone not signed in to the customer's instance cannot create the provider record in its contact's name
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      When someone creates a provider record in the customer's instance in the name of its contact, without signing in to it
      Then the request is refused as not authenticated
      And the case has no Replication Subscription yet

    @req:LEG-09
    Scenario: the provider record asks for a subscription, which the case's work notes link to
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      When the customer admin creates a provider record in the customer's instance
      Then the customer's instance has its provider record
      And the customer's replication set is "Subscription Requested"
      And the Replication Subscription of the case is "Requested"
      And the work notes of the case link to the Replication Subscription

  Rule: the provider approves the subscription from the case, and only Yes decides

    @req:LEG-10
    Scenario: approving and confirming with Yes approves the subscription
      Given the customer has asked for a Replication Subscription
      When the provider admin approves the subscription from the case and confirms with Yes
      Then the Replication Subscription of the case is "Approved"
      And the customer's replication set is "Approved"

    @req:LEG-10
    Scenario: answering No in the confirmation changes nothing
      Given the customer has asked for a Replication Subscription
      When the provider admin approves the subscription from the case and answers No
      Then the Replication Subscription of the case is "Requested"
      And the customer's replication set is "Subscription Requested"

    @req:LEG-10
    Scenario: a case that was never opened has no subscription to decide
      Given the customer has asked for a Replication Subscription
      When the provider admin approves the subscription of a case that was never opened
      Then the request is refused as "registration-case-not-found"
      And the Replication Subscription of the case is "Requested"

    @req:LEG-10
    Scenario: approving before the customer asked for a subscription is refused
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      When the provider admin approves the subscription from the case and confirms with Yes
      Then the request is refused as "subscription-not-requested"

    @req:LEG-10
    Scenario: a provider user without the admin role cannot approve
      Given the customer has asked for a Replication Subscription
      And a provider user without the admin role
      When that user approves the subscription from the case and confirms with Yes
      Then the request is refused as "not-admin"
      And the Replication Subscription of the case is "Requested"

  Rule: the provider can reject the subscription, and the customer cannot activate it then

    @req:LEG-11
    Scenario: a rejected subscription cannot be activated
      Given the customer has asked for a Replication Subscription
      When the provider admin rejects the subscription from the case and confirms with Yes
      Then the Replication Subscription of the case is "Rejected"
      And the customer's replication set is "Denied"
      When the customer admin activates the replication set
      Then the request is refused as "subscription-rejected"
      And the integration is not established in the customer's instance

    @req:LEG-10 @req:LEG-11
    Scenario: answering No to a rejection changes nothing
      Given the customer has asked for a Replication Subscription
      When the provider admin rejects the subscription from the case and answers No
      Then the Replication Subscription of the case is "Requested"
      And the customer's replication set is "Subscription Requested"

    @req:LEG-10 @req:LEG-11
    Scenario: a provider user without the admin role cannot reject
      Given the customer has asked for a Replication Subscription
      And a provider user without the admin role
      When that user rejects the subscription from the case and confirms with Yes
      Then the request is refused as "not-admin"
      And the Replication Subscription of the case is "Requested"

  Rule: the customer activates the replication set once approved, and the integration is established

    @req:LEG-12
    Scenario: activating after approval establishes the integration on both instances
      Given the provider has approved the customer's Replication Subscription
      When the customer admin activates the replication set
      Then the integration is established in the customer's instance
      And the customer's replication set is "Active"
      And the Replication Subscription of the case is "Active"

    @req:LEG-12
    Scenario: activating before the provider approved is refused
      Given the customer has asked for a Replication Subscription
      When the customer admin activates the replication set
      Then the request is refused as "subscription-not-approved"
      And the integration is not established in the customer's instance

    @req:LEG-12
    Scenario: activating where no registration was initiated is refused
      When the customer admin activates the replication set
      Then the request is refused as "registration-not-initiated"
      And the integration is not established in the customer's instance

    @req:LEG-12 @req:AUTH-02
    Scenario: someone not signed in to the customer's instance is shown nothing of the integration
      Given the provider has approved the customer's Replication Subscription
      When someone looks at the integration in the customer's instance in the name of its contact, without signing in to it
      Then the request is refused as not authenticated

    @req:LEG-12
    Scenario: activating before the provider record exists is refused
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      When the customer admin activates the replication set
      Then the request is refused as "subscription-not-requested"

    @req:LEG-12
    Scenario: a user without the admin role of the customer's instance cannot activate
      Given the provider has approved the customer's Replication Subscription
      And a user without the admin role of the customer's instance
      When that user activates the replication set
      Then the request is refused as "not-customer-admin"
      And the integration is not established in the customer's instance

  Rule: each customer instance needs a registration of its own

    @req:LEG-07
    Scenario: a second registration for the same instance is refused
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      When the provider admin submits a Service Bridge registration for the customer's instance
      Then the request is refused as "registration-exists"

    @req:LEG-07 @simultaneous
    Scenario: two registrations of the same instance submitted at the same moment open one case
      When two provider admins submit a Service Bridge registration for the customer's instance at the same moment
      Then exactly one of them is accepted, and the other is refused as "registration-exists"

    @req:LEG-07 @req:LEG-11
    Scenario: after a rejection the same instance can be registered again
      Given the customer has asked for a Replication Subscription
      And the provider admin has rejected the subscription from the case
      When the provider admin submits a Service Bridge registration for the customer's instance
      Then a registration case is opened for the customer's account
      And the case has no Replication Subscription yet

    @req:LEG-07 @req:LEG-08
    Scenario: another instance of the same account cannot use the first instance's registration
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      And the customer account has a second instance
      When the customer admin creates a provider record in the customer's second instance
      Then the request is refused as "registration-not-initiated"

    @req:LEG-07
    Scenario: with a registration of its own, the second instance asks for its subscription
      Given the provider admin has submitted a Service Bridge registration for the customer's instance
      And the customer account has a second instance
      And the provider admin has submitted a Service Bridge registration for the customer's second instance
      When the customer admin creates a provider record in the customer's second instance
      Then the customer's second instance has its replication set "Subscription Requested"

  Rule: repeating a step never duplicates a record or changes a decision

    @req:LEG-13
    Scenario: a second provider record in the customer's instance is refused
      Given the customer has asked for a Replication Subscription
      When the customer admin creates a provider record in the customer's instance
      Then the request is refused as "provider-record-exists"
      And the Replication Subscription of the case is "Requested"

    @req:LEG-13
    Scenario: a decided subscription cannot be decided again
      Given the provider has approved the customer's Replication Subscription
      When the provider admin rejects the subscription from the case and confirms with Yes
      Then the request is refused as "subscription-already-decided"
      And the Replication Subscription of the case is "Approved"

    @req:LEG-13 @simultaneous
    Scenario: two decisions at the same moment: one settles the subscription, the other is refused
      Given the customer has asked for a Replication Subscription
      When two provider admins decide the subscription from the case at the same moment, one approving and one rejecting, both confirming with Yes
      Then exactly one of them is accepted, and the other is refused as "subscription-already-decided"
      And the Replication Subscription of the case is as the accepted decision left it

    @req:LEG-13 @req:LEG-11
    Scenario: a rejected subscription cannot be approved afterwards
      Given the customer has asked for a Replication Subscription
      And the provider admin has rejected the subscription from the case
      When the provider admin approves the subscription from the case and confirms with Yes
      Then the request is refused as "subscription-already-decided"
      And the Replication Subscription of the case is "Rejected"
      And the customer's replication set is "Denied"

    @req:LEG-13
    Scenario: activating an active replication set again changes nothing
      Given the provider has approved the customer's Replication Subscription
      And the customer admin has activated the replication set
      When the customer admin activates the replication set
      Then the integration is established in the customer's instance
      And the Replication Subscription of the case is "Active"
