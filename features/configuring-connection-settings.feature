Feature: Configuring connection settings
  Once a registration completes, the consumer's wizard goes on to Configure settings, then Done: whether remote
  record producers and remote task definitions activate by themselves, whether authorized users are
  restricted, to how many, and whether they are approved by themselves. The provider sees the settings in
  View details, and may change only the authorized-user ones; the auto-activate settings stay the consumer's.
  Max authorized users is offered only while Restrict authorized users is set.

  Source: CC, steps 4 and 5; SETTINGS (the consumer); SETTINGS-P (the provider); COMP-P, business rule
  "Update consumer registration".

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer

  Rule: a new connection's settings start with every check box cleared

    @req:SET-04 @reading:RD-15
    Scenario: the details of a new connection show every setting cleared and no maximum
      Then the connection settings are:
        | auto-activate remote record producers | no |
        | auto-activate remote task definitions | no |
        | restrict authorized users             | no |
        | auto approve authorized users         | no |

  Rule: once onboarded, an admin of the consumer instance configures the settings, and the provider sees them

    @req:SET-01
    Scenario: the settings the consumer configures show in the provider's details
      Given the consumer contact has completed the registration
      When the consumer contact configures the settings:
        | auto-activate remote record producers | yes |
        | auto-activate remote task definitions | no  |
        | restrict authorized users             | yes |
        | maximum authorized users              | 5   |
        | auto approve authorized users         | yes |
      Then the connection settings are:
        | auto-activate remote record producers | yes |
        | auto-activate remote task definitions | no  |
        | restrict authorized users             | yes |
        | maximum authorized users              | 5   |
        | auto approve authorized users         | yes |

    @req:SET-01
    Scenario: configuring again replaces the settings
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | auto-activate remote record producers | yes |
        | restrict authorized users             | yes |
        | maximum authorized users              | 5   |
      When the consumer contact configures the settings:
        | auto-activate remote task definitions | yes |
      Then the connection settings are:
        | auto-activate remote record producers | no  |
        | auto-activate remote task definitions | yes |
        | restrict authorized users             | no  |
        | auto approve authorized users         | no  |

    @req:SET-01
    Scenario: settings before the registration completes are refused
      Given the consumer contact has got started
      When the consumer contact configures the settings:
        | auto-activate remote record producers | yes |
      Then the request is refused as "not-onboarded"
      And every connection setting is still cleared

    @req:SET-01
    Scenario: another admin of the consumer instance configures the settings too
      Given the consumer contact has completed the registration
      And another admin of the consumer instance
      When that user configures the settings:
        | auto-activate remote task definitions | yes |
      Then the connection settings are:
        | auto-activate remote record producers | no  |
        | auto-activate remote task definitions | yes |
        | restrict authorized users             | no  |
        | auto approve authorized users         | no  |

    @req:SET-01
    Scenario: a user of the consumer instance without the admin role cannot configure the settings
      Given the consumer contact has completed the registration
      And a user without the admin role of the consumer instance
      When that user configures the settings:
        | auto-activate remote record producers | yes |
      Then the request is refused as "not-consumer-admin"
      And every connection setting is still cleared

    @req:SET-01 @req:AUTH-02
    Scenario: the contact's name without a sign-in configures nothing
      Given the consumer contact has completed the registration
      When someone holding the registration URL configures the settings in the contact's name, without signing in
      Then the request is refused as not authenticated
      And every connection setting is still cleared

  Rule: a maximum of authorized users exists only while they are restricted

    @req:SET-02
    Scenario: a maximum without the restriction is refused or not kept
      Given the consumer contact has completed the registration
      When the consumer contact configures the settings:
        | restrict authorized users | no |
        | maximum authorized users  | 5  |
      Then the maximum is refused as "max-without-restrict", or not kept
      And the connection settings have no maximum

    @req:SET-02
    Scenario: lifting the restriction drops the maximum
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | restrict authorized users | yes |
        | maximum authorized users  | 5   |
      When the provider admin changes the authorized-user settings:
        | restrict authorized users | no |
      Then the connection settings have no maximum

  Rule: the provider changes only the authorized-user settings

    @req:SET-03
    Scenario: the provider admin restricts authorized users and turns off their auto approval
      Given the consumer contact has completed the registration
      And the consumer contact has configured the settings:
        | auto-activate remote record producers | yes |
        | auto approve authorized users         | yes |
      When the provider admin changes the authorized-user settings:
        | restrict authorized users     | yes |
        | maximum authorized users      | 3   |
        | auto approve authorized users | no  |
      Then the connection settings are:
        | auto-activate remote record producers | yes |
        | auto-activate remote task definitions | no  |
        | restrict authorized users             | yes |
        | maximum authorized users              | 3   |
        | auto approve authorized users         | no  |

    @req:SET-03
    Scenario Outline: the provider admin's change to <setting> is refused or without effect
      Given the consumer contact has completed the registration
      When the provider admin changes the settings, turning on <setting>
      Then the change is refused as "setting-not-changeable", or without effect
      And every connection setting is still cleared

      Examples:
        | setting                               |
        | auto-activate remote record producers |
        | auto-activate remote task definitions |

    @req:SET-03
    Scenario: the settings of a connection the provider does not have cannot be changed
      Given the consumer contact has completed the registration
      When the provider admin restricts the authorized users of a connection the provider does not have
      Then the request is refused as "connection-not-found"
      And every connection setting is still cleared

    @req:SET-03
    Scenario: a provider user without the admin role cannot change the settings
      Given the consumer contact has completed the registration
      And a provider user without the admin role
      When that user changes the authorized-user settings:
        | auto approve authorized users | yes |
      Then the request is refused as "not-admin"
      And every connection setting is still cleared
