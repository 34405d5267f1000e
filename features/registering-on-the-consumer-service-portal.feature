@portal
Feature: Registering on the Consumer Service Portal
  A consumer, a person rather than a company, registers on the Consumer Service Portal (/csp): Register, the
  form, Sign Up, and the link of a verification email. This is self-registration of CSM, which the community
  thread S3 mixes up with Service Exchange onboarding. The form changed from release to release: Xanadu and
  Yokohama ask for a CAPTCHA and the consent, Zurich and later ask for neither, and from Yokohama on the
  Register link comes with the External User Registration plugin. The portal's release is set per scenario,
  whatever the Service Exchange release of the run.

  Source: S3; CSP (Xanadu, Yokohama, Zurich, Australia); EXTREG.

  Background:
    Given the consumer service portal has external user registration set up
    And email notifications are on

  Rule: a visitor who is not signed in finds Register

    @req:PORT-01 @reading:RD-12
    Scenario: with the plugin, Register is in the portal header or the login widget
      Given the portals run the Yokohama release
      When a visitor opens the consumer service portal
      Then the portal offers Register in the portal header or the login widget

    @req:PORT-01 @reading:RD-12 @portal-release:xanadu
    Scenario: in Xanadu, Register is in the portal header, plugin or not
      Given the portals run the Xanadu release
      And the External User Registration plugin is not installed
      When a visitor opens the consumer service portal
      Then the portal offers Register in the portal header

    @req:PORT-02
    Scenario Outline: from Yokohama on, the portal offers no registration without the plugin
      Given the portals run the <release> release
      And the External User Registration plugin is not installed
      When a visitor opens the consumer service portal and signs up
      Then the portal offers no Register
      And the sign-up is refused as "registration-not-offered"
      And no email is sent

      @portal-release:yokohama
      Examples: Yokohama
        | release  |
        | Yokohama |

      @portal-release:zurich @portal-release:australia @portal-release:brazil
      Examples: Zurich and later
        | release   |
        | Zurich    |
        | Australia |
        | Brazil    |

  Rule: Xanadu and Yokohama ask for a CAPTCHA and the consent before Sign Up; Zurich and later ask for neither

    @req:PORT-04 @req:PORT-05
    Scenario Outline: the form asks for both, and Sign Up goes ahead with both
      Given the portals run the <release> release
      When a visitor opens the consumer service portal
      Then the sign-up form asks for a CAPTCHA and the consent
      When a person signs up on the consumer service portal
      Then the account awaits verification

      @portal-release:xanadu @portal-release:yokohama
      Examples:
        | release  |
        | Xanadu   |
        | Yokohama |

    @req:PORT-04
    Scenario Outline: Sign Up is refused until the CAPTCHA is verified
      Given the portals run the <release> release
      When a person signs up on the consumer service portal without verifying the CAPTCHA
      Then the sign-up is refused as "captcha-not-verified"
      And no email is sent

      @portal-release:xanadu @portal-release:yokohama
      Examples:
        | release  |
        | Xanadu   |
        | Yokohama |

    @req:PORT-05
    Scenario Outline: Sign Up is refused until the person agrees to the privacy policy and the terms
      Given the portals run the <release> release
      When a person signs up on the consumer service portal without agreeing to the terms
      Then the sign-up is refused as "terms-not-accepted"
      And no email is sent

      @portal-release:xanadu @portal-release:yokohama
      Examples:
        | release  |
        | Xanadu   |
        | Yokohama |

    @req:PORT-06
    Scenario Outline: the form asks for neither, and Sign Up goes ahead without them
      Given the portals run the <release> release
      When a visitor opens the consumer service portal
      Then the sign-up form asks for neither a CAPTCHA nor the consent
      When a person signs up on the consumer service portal without verifying the CAPTCHA or agreeing to the terms
      Then the account awaits verification

      @portal-release:zurich @portal-release:australia @portal-release:brazil
      Examples:
        | release   |
        | Zurich    |
        | Australia |
        | Brazil    |

  Rule: an email address registers once
    Whether the same address in other capitals is the same address is left open (reading RD-19).

    @req:PORT-03 @reading:RD-19
    Scenario: an address already registered is refused, and the person tries again with another
      Given a person has signed up on the consumer service portal
      When another person signs up with the same email address
      Then the sign-up is refused as "email-taken"
      When they sign up again with an email address of their own
      Then the account awaits verification

    @req:PORT-03 @simultaneous
    Scenario: two sign-ups with the same address at the same moment make one account
      When two people sign up with the same email address at the same moment
      Then exactly one of them is accepted, and the other is refused as "email-taken"
      And the person receives exactly one verification email

    @req:PORT-03 @reading:RD-19
    Scenario: an address that a user of the instance already has is taken
      Given a provider user without the admin role
      When a person signs up with that user's email address
      Then the sign-up is refused as "email-taken"

    @req:PORT-03 @reading:RD-19
    Scenario: an address stays taken once its account is verified
      Given a person has signed up on the consumer service portal
      And the person has followed the link in the verification email
      When another person signs up with the same email address
      Then the sign-up is refused as "email-taken"

  Rule: the link of the verification email completes the registration

    @req:PORT-07
    Scenario: Sign Up sends one verification email carrying the link, and the account awaits verification
      When a person signs up on the consumer service portal
      Then the account awaits verification
      And the person receives exactly one verification email
      And that email carries a verification link
      And nobody else receives an email

    @req:PORT-07
    Scenario Outline: an address no mail can reach, "<address>", is refused and no email is sent
      When a person signs up on the consumer service portal with the address "<address>"
      Then the sign-up is refused as "invalid-request"
      And no email is sent

      Examples:
        | address                     |
        | someone@consumers-.example  |
        | someone@-consumers.example  |
        | someone@consumers..example  |
        | someone.@consumers.example  |
        | some one@consumers.example  |

    @req:PORT-08
    Scenario: an account that has not been verified cannot sign in
      Given a person has signed up on the consumer service portal
      When the person signs in to the consumer service portal
      Then the sign-in is refused as "account-not-verified"

    @req:PORT-09
    Scenario: following the link activates the account, and the person can then sign in
      Given a person has signed up on the consumer service portal
      When the person follows the link in the verification email
      Then the account is active with the role "sn_customerservice.consumer"
      And the person can sign in to the consumer service portal

    @req:PORT-09
    Scenario: a verification link activates only the account it was sent for
      Given a person has signed up on the consumer service portal
      And another person has signed up on the consumer service portal
      When the person follows the link in the verification email
      Then the account is active with the role "sn_customerservice.consumer"
      And the other person cannot sign in yet

    @req:PORT-10
    Scenario: a verification link works once
      Given a person has signed up on the consumer service portal
      And the person has followed the link in the verification email
      When the person follows the link in the verification email again
      Then the verification is refused as "verification-link-used"

    @req:PORT-10
    Scenario: a link the portal never sent is refused
      Given a person has signed up on the consumer service portal
      When the person follows a verification link the portal never sent
      Then the verification is refused as "verification-link-unknown"
      And the person cannot sign in yet

  Rule: a verification link expires after the configured number of days, 3 unless configured otherwise

    @req:PORT-11 @clock
    Scenario Outline: a link followed <waited> hours after Sign Up, with links valid for <validity>, still works
      Given verification links are valid for <validity>
      And a person has signed up on the consumer service portal
      When <waited> hours pass
      And the person follows the link in the verification email
      Then the account is active with the role "sn_customerservice.consumer"

      Examples:
        | validity             | waited |
        | 3 days (the default) | 71     |
        | 1 day                | 23     |

    @req:PORT-11 @clock
    Scenario Outline: a link followed <waited> hours after Sign Up, with links valid for <validity>, has expired
      Given verification links are valid for <validity>
      And a person has signed up on the consumer service portal
      When <waited> hours pass
      And the person follows the link in the verification email
      Then the verification is refused as "verification-link-expired"
      And the person cannot sign in yet

      Examples:
        | validity             | waited |
        | 3 days (the default) | 72     |
        | 1 day                | 24     |

  Rule: when allowed email domains are configured, only their addresses may sign up

    @req:PORT-12
    Scenario: an address outside the allowed domains is refused
      Given the portal allows only email addresses at "allowed.example"
      When a person with an address at "elsewhere.example" signs up on the consumer service portal
      Then the sign-up is refused as "email-domain-not-allowed"
      And no email is sent

    @req:PORT-12
    Scenario Outline: an address at <domain>, which only resembles the allowed domain, is refused
      Given the portal allows only email addresses at "allowed.example"
      When a person with an address at "<domain>" signs up on the consumer service portal
      Then the sign-up is refused as "email-domain-not-allowed"
      And no email is sent

      Examples:
        | domain                   |
        | notallowed.example       |
        | allowed.example.attacker |
        | allowed.exampl           |
        | sub.allowed.example      |
        | a1lowed.example          |

    @req:PORT-12
    Scenario: an allowed domain is recognised whatever its capitals
      Given the portal allows only email addresses at "allowed.example"
      When a person with an address at "ALLOWED.Example" signs up on the consumer service portal
      Then the account awaits verification

  Rule: a person signs in to the consumer service portal with the password they signed up with

    @req:AUTH-01 @req:PORT-09
    Scenario: a verified person with a wrong password cannot sign in
      Given a person has signed up on the consumer service portal
      And the person has followed the link in the verification email
      When the person signs in to the consumer service portal with a wrong password
      Then the sign-in is refused as not authenticated

    @req:AUTH-01 @req:PORT-09
    Scenario: an address that never signed up cannot sign in
      When a person who never signed up signs in to the consumer service portal
      Then the sign-in is refused as not authenticated
