Feature: Creating a connection from the Provider Center
  A provider admin opens the Connections tab of the Provider Center and creates a connection for a
  consumer company: the company, one of its contacts and the address of the consumer's instance. The
  connection appears as a card and carries a registration URL of its own, which the consumer contact
  later uses to complete the registration. Nothing is created when a precondition is not met.

  Source: S0, "Register a consumer from the Provider Center" (Australia), and the Provider Center
  components (business rules on duplicate registrations).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18

  Rule: a new connection shows as a card

    @req:PC-01
    Scenario: the card shows the company, a number and the instance URL
      When the provider admin creates a connection for the consumer
      Then the connection is created
      And the connection card shows the consumer's company and instance URL
      And the connection card has a connection number

    @req:PC-01
    Scenario: once onboarded, the card shows the consumer's app version
      Given KMF on the provider instance is Operational
      And the provider admin has created a connection for the consumer
      When the consumer contact completes the registration
      Then the connection card shows app version "2.3.18"

  Rule: every connection has a registration URL of its own that nobody can guess

    @req:PC-02
    Scenario: no two connections share a registration URL
      Given 5 more consumer companies, each with its own instance
      When the provider admin creates a connection for every consumer company
      Then every connection has a registration URL of its own

    @req:PC-03
    Scenario: the tokens of many registration URLs carry at least 128 bits, measured on the tokens alone
      Given 31 more consumer companies, each with its own instance
      When the provider admin creates a connection for every consumer company
      Then the tokens of the registration URLs carry at least 128 bits each

  Rule: only a provider admin can create a connection

    @req:PC-04
    Scenario: a provider user without the admin role is refused
      Given a provider user without the admin role
      When that user creates a connection for the consumer
      Then the request is refused as "not-admin"
      And the provider has no connections

    @req:PC-04
    Scenario Outline: a provider user holding only <role>, the admin role of one application, is refused
      Given a provider user holding only the role "<role>"
      When that user creates a connection for the consumer
      Then the request is refused as "not-admin"
      And the provider has no connections

      Examples:
        | role                              |
        | sn_kmf.admin                      |
        | sn_customerservice.customer_admin |
        | sn_sb.admin                       |

  Rule: the provider record, the company and its contact must exist first

    @req:PC-05
    Scenario: no connection before the provider record exists
      Given the provider has not set up its provider record
      When the provider admin creates a connection for the consumer
      Then the request is refused as "provider-record-missing"
      And the provider has no connections

    @req:PC-05 @req:PR-01
    Scenario: once the provider record is set up through the Provider form, a connection can be created
      Given the provider has not set up its provider record
      And a provider user with the roles "admin, sn_sb.admin"
      And that user has set up the provider record named "acme-support"
      When the provider admin creates a connection for the consumer
      Then the connection is created

    @req:PC-06
    Scenario: the company must exist in the provider instance
      When the provider admin creates a connection for a company that does not exist
      Then the request is refused as "company-not-found"
      And the provider has no connections

    @req:PC-07
    Scenario: the contact must be a contact of that company
      Given another consumer company with its own contact and instance
      When the provider admin creates a connection for the consumer naming the other company's contact
      Then the request is refused as "contact-not-in-company"
      And the provider has no connections

    @req:PC-07
    Scenario: the contact must exist in the provider instance
      When the provider admin creates a connection for the consumer naming a contact that does not exist
      Then the request is refused as "contact-not-found"
      And the provider has no connections

  Rule: company, contact and instance URL are all required

    @req:PC-08
    Scenario Outline: a connection without its <field> is refused
      When the provider admin creates a connection for the consumer without its <field>
      Then the request is refused as "invalid-request"
      And the refusal names the <field> as the field at fault
      And the provider has no connections

      Examples:
        | field        |
        | company      |
        | contact      |
        | instance URL |

  Rule: the instance URL is the plain address of an instance

    @req:PC-09
    Scenario Outline: an instance URL <flaw> is refused
      When the provider admin creates a connection for the consumer with its instance URL <flaw>
      Then the request is refused as "instance-url-malformed"
      And the provider has no connections

      Examples:
        | flaw                                |
        | without a scheme                    |
        | with a scheme other than http(s)    |
        | carrying credentials                |
        | carrying a user name alone          |
        | replaced by words                   |

    @req:PC-09 @reading:RD-20
    Scenario Outline: an instance URL <extra> is refused, or read as the instance's address alone
      When the provider admin creates a connection for the consumer with its instance URL <extra>
      Then the instance URL is refused as "instance-url-malformed", or read as the consumer's instance URL

      Examples:
        | extra                  |
        | followed by a path     |
        | followed by a query    |
        | followed by a fragment |

  Rule: one connection per company and instance
    Whether a company may also hold a connection for another of its instances is left open (reading RD-18).

    @req:PC-10
    Scenario: a second connection for the same company and instance is refused
      Given the provider admin has created a connection for the consumer
      When the provider admin creates a connection for the consumer
      Then the request is refused as "connection-exists"
      And the consumer has exactly one connection

    @req:PC-10
    Scenario Outline: the same instance URL spelled <spelling> is the same instance
      Given the provider admin has created a connection for the consumer
      When the provider admin creates a connection for the consumer with its instance URL <spelling>
      Then the request is refused as "connection-exists"
      And the consumer has exactly one connection

      Examples:
        | spelling                          |
        | in capitals and a trailing slash  |
        | with its port written another way |

    @req:PC-11
    Scenario: an instance already connected for one company cannot be connected for another
      Given the provider admin has created a connection for the consumer
      And another consumer company with its own contact and instance
      When the provider admin creates a connection for the other company at the consumer's instance
      Then the request is refused as "instance-url-in-use"
      And the other company has no connection

    @req:PC-11
    Scenario Outline: the instance of one company spelled <spelling> cannot be connected for another
      Given the provider admin has created a connection for the consumer
      And another consumer company with its own contact and instance
      When the provider admin creates a connection for the other company at the consumer's instance, its URL <spelling>
      Then the request is refused as "instance-url-in-use"
      And the other company has no connection

      Examples:
        | spelling                          |
        | in capitals and a trailing slash  |
        | with its port written another way |

    @req:PC-10 @simultaneous
    Scenario: two admins creating the same connection at the same moment make one connection
      When two provider admins create a connection for the consumer at the same moment
      Then exactly one of them is accepted, and the other is refused as "connection-exists"
      And the consumer has exactly one connection

    @req:PC-11 @simultaneous
    Scenario: two companies connected at one instance at the same moment make one connection
      Given another consumer company with its own contact and instance
      When the provider admin creates connections for the consumer and for the other company at the consumer's instance at the same moment
      Then exactly one of them is accepted, and the other is refused as "instance-url-in-use"
      And the provider has exactly one connection at the consumer's instance
