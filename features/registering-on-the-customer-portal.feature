@portal
Feature: Registering on the CSM customer portal
  A contact of a customer account (B2B) registers on the CSM customer portal with the registration code of
  their account. A valid code files a request that the customer admins of that account approve or reject; an
  approval creates the user and emails the requester a user ID and a temporary password. This is the
  registration the asker of S3 found on the CSM portal and not on /csp.

  Source: S3; CSMREG (submit a registration request, manage registration requests).

  Background:
    Given a customer account with a registration code and two customer admins
    And email notifications are on

  Rule: Register is in the portal header, and Submit needs the consent and the CAPTCHA

    @req:CSM-01
    Scenario: the customer portal offers Register in its header and asks for the consent and the CAPTCHA
      When a visitor opens the customer portal
      Then the portal offers Register in the portal header
      And the sign-up form asks for a CAPTCHA and the consent

    @req:CSM-01
    Scenario Outline: Submit is refused without <omission>
      When a person registers on the customer portal with the account's code without <omission>
      Then the registration is refused as "<code>"
      And no registration request awaits the customer admins

      Examples:
        | omission                    | code                 |
        | verifying the CAPTCHA       | captcha-not-verified |
        | agreeing to the terms       | terms-not-accepted   |

  Rule: the registration code decides the account, and only a known code files a request

    @req:CSM-02
    Scenario: a valid code files a request that every customer admin of the account sees, and nobody else
      Given another customer account with a customer admin
      When a person registers on the customer portal with the account's code
      Then the registration request is "Requested"
      And both customer admins of the account see the request
      And the customer admin of the other account does not see it

    @req:CSM-03 @reading:RD-13
    Scenario: a code no account has is refused as incorrect
      When a person registers on the customer portal with a code no account has
      Then the registration is refused as "registration-code-invalid"
      And no registration request awaits the customer admins

  Rule: a customer admin of the account approves or rejects, once, and the requester is told

    @req:CSM-04
    Scenario: approving creates the user and emails a user ID and a temporary password
      Given a person has registered on the customer portal with the account's code
      When a customer admin of the account approves the request
      Then the registration request is "Approved"
      And the requester is a user with the roles "sn_esm_user" and "snc_external"
      And the requester receives exactly one approval email
      And that email gives the requester's user ID and a temporary password

    @req:CSM-05
    Scenario: rejecting emails the requester and creates no user
      Given a person has registered on the customer portal with the account's code
      When a customer admin of the account rejects the request
      Then the registration request is "Rejected"
      And no user was created for the requester
      And the requester receives exactly one rejection email

    @req:CSM-04 @req:CSM-07
    Scenario: a decision settles only the request it is made on
      Given a person has registered on the customer portal with the account's code
      And another person has registered on the customer portal with the account's code
      When a customer admin of the account approves the request
      Then the registration request is "Approved"
      And the account's other registration request is still "Requested"

    @req:CSM-06
    Scenario Outline: only a customer admin of the request's account may decide (<who> <decides>)
      Given a person has registered on the customer portal with the account's code
      And <who>
      When that user <decides> the request
      Then the decision is refused as "not-customer-admin"
      And the registration request is still "Requested"
      And no email is sent

      Examples:
        | who                                                   | decides  |
        | a customer admin of another account                   | approves |
        | a customer admin of another account                   | rejects  |
        | a user of the account without the customer admin role | approves |
        | a user of the account without the customer admin role | rejects  |

    @req:CSM-06
    Scenario: a user of the account without the customer admin role has no requests to approve
      Given a person has registered on the customer portal with the account's code
      And a user of the account without the customer admin role
      When that user looks at the registration requests to approve
      Then the request is refused as "not-customer-admin"

    @req:CSM-06 @req:AUTH-01
    Scenario: a customer admin with a wrong password decides nothing
      Given a person has registered on the customer portal with the account's code
      When a customer admin of the account approves the request with a wrong password
      Then the request is refused as not authenticated
      And the registration request is still "Requested"
      And no email is sent

    @req:CSM-06
    Scenario: a request that was never submitted cannot be decided
      Given a person has registered on the customer portal with the account's code
      When a customer admin of the account approves a request that was never submitted
      Then the decision is refused as "registration-request-not-found"
      And the registration request is still "Requested"
      And no email is sent

    @req:CSM-07
    Scenario Outline: one decision settles the request (<first>, then <second>)
      Given a person has registered on the customer portal with the account's code
      And a customer admin of the account has <first> the request
      When the other customer admin of the account <second> the request
      Then the decision is refused as "registration-request-decided"
      And the registration request is still "<state>"
      And the requester receives exactly one <email> email

      Examples:
        | first    | second   | state    | email     |
        | approved | rejects  | Approved | approval  |
        | approved | approves | Approved | approval  |
        | rejected | approves | Rejected | rejection |
        | rejected | rejects  | Rejected | rejection |

    @req:CSM-07 @simultaneous
    Scenario: two decisions at the same moment: one settles the request, the other is refused
      Given a person has registered on the customer portal with the account's code
      When the two customer admins of the account decide the request at the same moment, one approving and one rejecting
      Then exactly one of them is accepted, and the other is refused as "registration-request-decided"
      And the registration request stands as the accepted decision left it
