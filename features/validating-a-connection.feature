Feature: Validating a connection before the consumer registers
  The consumer contact opens the registration URL and selects Get Started: the pre-onboarding checks run and
  the connection card follows them, Validated when every check passes and Validation Failed when any fails,
  with each issue listed beside how to resolve it. Start Registration is possible only once validated, and
  completing it makes the card Onboarded. Australia and Brazil differ in where a card starts and in how a
  failed check is revalidated.

  Source: CT and CC (Australia); CT-brazil and CC-brazil; S0.

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer

  Rule: a card starts before validation, in the state of its release

    @req:CT-01 @reading:RD-05 @release:australia
    Scenario: in Australia a new card is Awaiting Validation, and opening the URL leaves it there
      Then the connection card is "Awaiting Validation"
      When the consumer contact opens the registration URL
      Then the connection card is "Awaiting Validation"

    @req:CT-02 @reading:RD-05 @release:brazil
    Scenario: in Brazil a new card is Pending until the contact opens the registration URL
      Then the connection card is "Pending"
      When the consumer contact opens the registration URL
      Then the connection card is "Awaiting Validation"

    @req:CT-02 @req:PC-30 @reading:RD-05 @release:brazil
    Scenario: in Brazil a card stays Pending when someone else opens the URL
      Given another admin of the consumer instance has tried to complete the registration
      Then the connection card is "Pending"

  Rule: Get Started runs the checks and the card follows their result

    @req:CT-03
    Scenario: when every check passes the card is Validated and Start Registration is enabled
      When the consumer contact gets started
      Then every pre-onboarding check passed
      And the connection card is "Validated"
      And Start Registration is enabled

    @req:CT-03
    Scenario: when a check fails the card is Validation Failed and the issue is listed with its resolution
      Given KMF on the consumer instance is Malfunction
      When the consumer contact gets started
      Then the connection card is "Validation Failed"
      And the page lists exactly these issues, each with how to resolve it:
        | consumer-kmf-unhealthy |

  Rule: Start Registration needs a validated registration

    @req:CT-04
    Scenario: Start Registration before the checks have run is refused
      Given the consumer contact has opened the registration URL
      When the consumer contact starts the registration
      Then the request is refused as "not-validated"
      And the connection card is not "Onboarded"

    @req:CT-04
    Scenario: Start Registration while a check fails is refused
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      When the consumer contact starts the registration
      Then the request is refused as "not-validated"
      And the connection card is "Validation Failed"

    @req:CT-04 @req:PC-32
    Scenario: Start Registration once validated onboards the connection
      Given the consumer contact has got started
      When the consumer contact starts the registration
      Then the connection card is "Onboarded"

  Rule: in Australia a failed check hides Start Registration until Get Started passes again

    @req:CT-05 @reading:RD-06 @reading:RD-10 @release:australia
    Scenario: resolving the issues and getting started again validates the registration
      Given KMF on the consumer instance is Malfunction
      And glide.servlet.uri is empty on the consumer instance
      When the consumer contact gets started
      Then Start Registration does not appear
      When the "consumer-kmf-unhealthy" issue is fixed
      And the consumer contact gets started again
      Then the connection card is "Validation Failed"
      And the page lists exactly these issues, each with how to resolve it:
        | servlet-uri-empty |
      And Start Registration does not appear
      When the "servlet-uri-empty" issue is fixed
      And the consumer contact gets started again
      Then the connection card is "Validated"
      And Start Registration is enabled

  Rule: in Brazil each issue is revalidated on its own, and Start Registration stays disabled until all are resolved

    @req:CT-06 @reading:RD-06 @reading:RD-10 @release:brazil
    Scenario: issues resolved one by one validate the registration
      Given KMF on the consumer instance is Malfunction
      And glide.servlet.uri is empty on the consumer instance
      When the consumer contact gets started
      Then Start Registration is disabled
      When the "consumer-kmf-unhealthy" issue is fixed
      And the consumer contact validates and resolves the "consumer-kmf-unhealthy" issue
      Then the "consumer-kmf-unhealthy" check shows as resolved
      And the "app-versions-differ" check, which never failed, does not show as resolved
      And the connection card is "Validation Failed"
      And Start Registration is disabled
      When the "servlet-uri-empty" issue is fixed
      And the consumer contact validates and resolves the "servlet-uri-empty" issue
      Then the "servlet-uri-empty" check shows as resolved
      And the connection card is "Validated"
      And Start Registration is enabled

    @req:CT-06 @release:brazil
    Scenario: an issue that is not fixed stays listed after Validate & resolve
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      When the consumer contact validates and resolves the "servlet-uri-empty" issue
      Then the connection card is "Validation Failed"
      And the page lists exactly these issues, each with how to resolve it:
        | servlet-uri-empty |

    @req:CT-06 @release:brazil
    Scenario: Validate & resolve on a check that did not fail is refused
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      When the consumer contact validates and resolves the "consumer-kmf-unhealthy" issue
      Then the request is refused as "issue-not-found"
      And the connection card is "Validation Failed"

    @req:CT-06 @release:brazil
    Scenario: Validate & resolve on a check the suite does not have is refused
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      When the consumer contact validates and resolves an issue of a check the suite does not have
      Then the request is refused as "invalid-request" or "issue-not-found"
      And the connection card is "Validation Failed"

    @req:PC-30 @reading:RD-03 @release:brazil
    Scenario: another admin of the consumer instance cannot validate & resolve an issue in the contact's place
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      And the "servlet-uri-empty" issue is fixed
      And another admin of the consumer instance
      When that user validates and resolves the "servlet-uri-empty" issue
      Then the request is refused as "not-named-contact"
      And the connection card is "Validation Failed"

    @req:PC-31 @reading:RD-03 @release:brazil
    Scenario: a contact who lost the admin role cannot validate & resolve an issue
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      And the "servlet-uri-empty" issue is fixed
      And the consumer contact is not an admin of the consumer instance
      When the consumer contact validates and resolves the "servlet-uri-empty" issue
      Then the request is refused as "contact-not-consumer-admin"
      And the connection card is "Validation Failed"

  Rule: checks that cannot run are reported as such, and change nothing

    @req:CT-07 @release:brazil
    Scenario: Validate & resolve while what the checks read is out of reach changes nothing
      Given glide.servlet.uri is empty on the consumer instance
      And the consumer contact has got started
      And the "servlet-uri-empty" issue is fixed
      And the consumer instance still answers who its users are and which release it runs, but nothing the pre-onboarding checks read
      When the consumer contact validates and resolves the "servlet-uri-empty" issue
      Then the request is refused as "checks-did-not-run" or "instance-unreachable"
      And the connection card is "Validation Failed"

    @req:CT-07
    Scenario: what the checks read goes out of reach before Get Started
      Given the consumer contact has opened the registration URL
      And the consumer instance still answers who its users are and which release it runs, but nothing the pre-onboarding checks read
      When the consumer contact gets started
      Then the request is refused as "checks-did-not-run" or "instance-unreachable"
      And the connection card is "Awaiting Validation"
      When the consumer instance can be reached again
      And the consumer contact starts the registration
      Then the request is refused as "not-validated"
