Feature: Resuming a connection
  A consumer who left the registration part way comes back to it from the connection card of the Consumer
  Center: Setup connection resumes onboarding from the state the connection is in, not from the start. A
  registration not yet started still waits for Get Started; one whose checks failed still lists its issues;
  one the checks validated goes on to Start Registration.

  Source: CT (the Setup connection action, and the connection states); CC.

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And the provider admin has created a connection for the consumer

  Rule: Setup connection resumes onboarding from the state the connection was left in

    @req:RES-01
    Scenario: a registration not yet started waits for Get Started
      Given the consumer contact has opened the registration URL
      When the consumer contact resumes the connection with Setup connection
      Then the page is "Awaiting Validation"
      And Start Registration is not available

    @req:RES-01
    Scenario: a registration whose checks failed resumes with its issues listed
      Given KMF on the consumer instance is Malfunction
      And the consumer contact has got started
      When the consumer contact resumes the connection with Setup connection
      Then the page is "Validation Failed"
      And the page lists exactly these issues, each with how to resolve it:
        | consumer-kmf-unhealthy |
      And Start Registration is not available

    @req:RES-01
    Scenario: a validated registration resumes at Start Registration, which completes it
      Given the consumer contact has got started
      When the consumer contact resumes the connection with Setup connection
      Then the page is "Validated"
      And Start Registration is enabled
      When the consumer contact starts the registration
      Then the connection card is "Onboarded"
