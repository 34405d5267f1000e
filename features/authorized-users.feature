Feature: Authorized users
  Authorized users are the people of the consumer's side a connection lets in. At the first registration the
  active contacts of the consumer's account on the provider instance become authorized users by themselves;
  later the consumer adds users of its own instance. The provider decides each one's approval, the consumer
  whether each is active, and when the settings restrict authorized users to a maximum, no more than that
  many are active.

  Source: AUTH-USERS; ADD-AUTH-USER; SETTINGS and SETTINGS-P (restrict, maximum, auto approve).

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer

  Rule: at the first registration the active contacts of the account become authorized users

    @req:AU-01
    Scenario: the active contacts are authorized users, approved and active, and an inactive one is not
      Given the consumer company has another active contact
      And the consumer company has a contact who is not active
      When the consumer contact completes the registration
      Then the authorized users of the connection are the consumer contact and the other active contact, each "Approved" and active

    @req:AU-01
    Scenario: before the registration completes, the connection has no authorized users
      Given the consumer company has another active contact
      When the consumer contact gets started
      Then the connection has no authorized users

  Rule: the provider decides each authorized user's approval

    @req:AU-02
    Scenario Outline: the provider admin <decides> an authorized user the consumer added
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      When the provider admin <decides> that authorized user
      Then that authorized user is "<approval>"

      Examples:
        | decides  | approval |
        | approves | Approved |
        | rejects  | Rejected |

    @req:AU-02
    Scenario: a provider user without the admin role cannot decide an authorized user
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      And a provider user without the admin role
      When that user approves that authorized user
      Then the request is refused as "not-admin"
      And that authorized user is "Requested"

    @req:AU-02
    Scenario: an authorized user of one connection cannot be decided under another
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      And another consumer company with its own contact and instance
      And the provider admin has created a connection for the other company
      When the provider admin approves that authorized user under the other company's connection
      Then the request is refused as "authorized-user-not-found"
      And that authorized user is "Requested"

  Rule: the consumer adds authorized users and decides whether each is active

    @req:AU-03 @reading:RD-16
    Scenario Outline: an added user is <approval> when the settings <setting>
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | auto approve authorized users | <auto approve> |
      When the consumer contact adds a user of its instance as an authorized user
      Then that authorized user is "<approval>"
      And that authorized user is active

      Examples:
        | setting                                    | auto approve | approval  |
        | approve authorized users by themselves     | yes          | Approved  |
        | leave authorized users to the provider     | no           | Requested |

    @req:AU-03
    Scenario: the same user is not added twice
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      When the consumer contact adds the same user again
      Then the request is refused as "authorized-user-exists"
      And the connection has 2 authorized users

    @req:AU-03 @simultaneous
    Scenario: the same user added twice at the same moment is added once
      Given the consumer contact has completed the registration
      When the consumer contact adds the same user of its instance twice at the same moment
      Then exactly one of them is accepted, and the other is refused as "authorized-user-exists"
      And the connection has 2 authorized users

    @req:AU-03
    Scenario: authorized users come after the registration completes
      Given the consumer contact has got started
      When the consumer contact adds a user of its instance as an authorized user
      Then the request is refused as "not-onboarded"
      And the connection has no authorized users

    @req:AU-03
    Scenario: another admin of the consumer instance adds authorized users too
      Given the consumer contact has completed the registration
      And another admin of the consumer instance
      When that user adds a user of its instance as an authorized user
      Then the connection has 2 authorized users

    @req:AU-03
    Scenario: a user of the consumer instance without the admin role cannot add authorized users
      Given the consumer contact has completed the registration
      And a user without the admin role of the consumer instance
      When that user adds a user of its instance as an authorized user
      Then the request is refused as "not-consumer-admin"
      And the connection has 1 authorized user

    @req:AU-03
    Scenario: the consumer deactivates an authorized user, and activates it again
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      When the consumer contact deactivates that authorized user
      Then that authorized user is not active
      When the consumer contact activates that authorized user
      Then that authorized user is active

    @req:AU-03
    Scenario: another admin of the consumer instance deactivates an authorized user too
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      And another admin of the consumer instance
      When that user deactivates that authorized user
      Then that authorized user is not active

    @req:AU-03
    Scenario: a user of the consumer instance without the admin role cannot deactivate an authorized user
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      And a user without the admin role of the consumer instance
      When that user deactivates that authorized user
      Then the request is refused as "not-consumer-admin"
      And that authorized user is active

    @req:AU-03
    Scenario: an authorized user the connection does not have cannot be deactivated
      Given the consumer contact has completed the registration
      When the consumer contact deactivates an authorized user the connection does not have
      Then the request is refused as "authorized-user-not-found"
      And the connection has 1 authorized user

  Rule: with a maximum set, no more authorized users are active than it allows

    @req:AU-04
    Scenario: one user more than the maximum is refused
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | restrict authorized users | yes |
        | maximum authorized users  | 2   |
      And the consumer contact has added a user of its instance as an authorized user
      When the consumer contact adds another user of its instance as an authorized user
      Then the request is refused as "authorized-users-limit-reached"
      And the connection has 2 authorized users

    @req:AU-04 @simultaneous
    Scenario: one below the maximum, two users added at the same moment make one more
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | restrict authorized users | yes |
        | maximum authorized users  | 2   |
      When the consumer contact adds two users of its instance at the same moment
      Then exactly one of them is accepted, and the other is refused as "authorized-users-limit-reached"
      And the connection has 2 authorized users

    @req:AU-04
    Scenario: at the maximum, a deactivated user cannot be activated again until another is deactivated
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | restrict authorized users | yes |
        | maximum authorized users  | 2   |
      And the consumer contact has added a user of its instance as an authorized user
      And the consumer contact has deactivated that authorized user, at the maximum
      And the consumer contact has added another user of its instance as an authorized user
      When the consumer contact activates the first added authorized user
      Then the request is refused as "authorized-users-limit-reached"
      And the first added authorized user is not active

    @req:AU-04 @simultaneous
    Scenario: one below the maximum, two users activated at the same moment make one more active
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | restrict authorized users | yes |
        | maximum authorized users  | 3   |
      And the consumer contact has two deactivated authorized users, one below the maximum
      When the consumer contact activates both deactivated users at the same moment
      Then exactly one of them is accepted, and the other is refused as "authorized-users-limit-reached"
      And the connection has 3 active authorized users

    @req:AU-04
    Scenario: without a maximum, any number of authorized users may be active
      Given the consumer contact has completed the registration
      And the consumer contact has added a user of its instance as an authorized user
      And the consumer contact has added another user of its instance as an authorized user
      When the consumer contact adds another user of its instance as an authorized user
      Then that authorized user is active
      And the connection has 4 authorized users
