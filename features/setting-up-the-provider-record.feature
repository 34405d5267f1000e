Feature: Setting up the provider record
  Before any consumer can be registered, the provider sets up its provider record, once, from the Provider
  form of its instance: a name, then Submit. The record identifies the provider's Service Exchange
  application, and creating a connection, a registration task or a legacy registration needs it. The name
  may hold only letters, digits and dashes; any other name is refused with an error.

  Source: NEWPROV; S0 and S1, Before you begin (the provider record must exist).

  Background:
    Given the provider has not set up its provider record

  Rule: only a user holding both admin and sn_sb.admin sets up the provider record

    @req:PR-01 @reading:RD-14
    Scenario: a user holding admin and sn_sb.admin sets up the provider record
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user sets up the provider record named "Acme-Support-2"
      Then the provider record set up is named "Acme-Support-2"
      And the provider record is named "Acme-Support-2"

    @req:PR-01 @req:AUTH-01
    Scenario: a wrong password reads no provider record
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has set up the provider record named "acme-support"
      When that user reads the provider record with a wrong password
      Then the request is refused as not authenticated

    @req:PR-01
    Scenario Outline: a user holding only <roles> is refused
      Given a provider user with the roles "<roles>"
      When that user sets up the provider record named "acme-support"
      Then the request is refused as <refusal>
      And the provider has no provider record

      Examples:
        | roles                     | refusal                                 |
        | admin                     | "sb-admin-roles-missing"                |
        | sn_sb.admin               | "sb-admin-roles-missing" or "not-admin" |
        | itil                      | "sb-admin-roles-missing" or "not-admin" |
        | sn_kmf.admin, sn_sb.admin | "sb-admin-roles-missing" or "not-admin" |

    @req:PR-01 @req:AUTH-01
    Scenario: a user holding both roles who signs in with a wrong password sets up nothing
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user sets up the provider record named "acme-support" with a wrong password
      Then the request is refused as not authenticated
      And the provider has no provider record

  Rule: the provider record is set up once

    @req:PR-02
    Scenario: a second provider record is refused, and the first keeps its name
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has set up the provider record named "acme-support"
      When that user sets up the provider record named "acme-support-2"
      Then the request is refused as "provider-record-exists"
      And the provider record is named "acme-support"

    @req:PR-02
    Scenario: another user holding both roles cannot replace the provider record either
      Given a provider user with the roles "admin, sn_sb.admin"
      And that user has set up the provider record named "acme-support"
      And a provider user with the roles "admin, sn_sb.admin"
      When that user sets up the provider record named "other-provider"
      Then the request is refused as "provider-record-exists"
      And the provider record is named "acme-support"

    @req:PR-02 @simultaneous
    Scenario: two set-ups at the same moment leave one provider record
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user sets up the provider record named "acme-one" and named "acme-two" at the same moment
      Then exactly one of them is accepted, and the other is refused as "provider-record-exists"
      And the provider record is named as the accepted one asked

  Rule: a provider name holds only letters, digits and dashes

    @req:PR-03
    Scenario Outline: the name "<name>" is taken
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user sets up the provider record named "<name>"
      Then the provider record is named "<name>"

      Examples:
        | name            |
        | acme            |
        | ACME-Support-24 |
        | 7-eleven        |
        | a               |

    @req:PR-03
    Scenario Outline: the name "<name>" is refused: <flaw>
      Given a provider user with the roles "admin, sn_sb.admin"
      When that user sets up the provider record named "<name>"
      Then the request is refused as "provider-name-invalid"
      And the provider has no provider record
      And the user can still set up the provider record named "acme-support"

      Examples:
        | name          | flaw              |
        | Acme Support  | a space           |
        | acme_support  | an underscore     |
        | acme.support  | a dot             |
        | acme/support  | a slash           |
        | acme!         | a punctuation mark |
        |               | no name at all    |
