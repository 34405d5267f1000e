Feature: Registering a consumer with a registration task
  The classic path. A provider admin saves a registration task for a consumer company, its contact and
  the consumer instance URL. The task awaits validation while the pre-onboarding checks run in the
  background. It opens when they pass, and the registration link then reaches the contact; or it shows
  Validation Failed, with a banner of the issues and no link, until every issue is resolved, after which
  it opens by itself. It is Closed Complete once the contact completes the registration.

  Source: S1, "Register a Service Exchange consumer" (Australia); ONB; REG.

  Background:
    Given a provider admin
    And a consumer company whose contact is an admin of its instance on Service Exchange 2.3.18
    And KMF on the provider instance is Operational
    And email notifications are on
    And the provider instance is not a production instance

  Rule: only a provider admin can create a registration task

    @req:TASK-01
    Scenario: a provider user without the admin role is refused
      Given a provider user without the admin role
      When that user creates a registration task for the consumer
      Then the request is refused as "not-admin"
      And the consumer has no registration task

    @req:TASK-01
    Scenario Outline: a provider user without the admin role cannot see the registration tasks (<act>)
      Given the provider admin has saved a registration task for the consumer
      And a provider user without the admin role
      When that user <act>
      Then the request is refused as "not-admin"

      Examples:
        | act                          |
        | lists the registration tasks |
        | opens the registration task  |

    @req:TASK-01
    Scenario: a registration task that was never saved cannot be opened
      Given the provider admin has saved a registration task for the consumer
      When the provider admin opens a registration task that was never saved
      Then the request is refused as "registration-task-not-found"

  Rule: the provider record, the company, its contact and the instance URL must be right first

    @req:TASK-02
    Scenario: no registration task before the provider record exists
      Given the provider has not set up its provider record
      When the provider admin creates a registration task for the consumer
      Then the request is refused as "provider-record-missing"

    @req:TASK-03
    Scenario: a company the provider instance does not have is refused
      When the provider admin creates a registration task for a company that does not exist
      Then the request is refused as "company-not-found"

    @req:TASK-03
    Scenario: a contact of another company is refused
      Given another consumer company with its own contact and instance
      When the provider admin creates a registration task for the consumer naming the other company's contact
      Then the request is refused as "contact-not-in-company"
      And the consumer has no registration task

    @req:TASK-03
    Scenario Outline: a registration task without its <field> is refused
      When the provider admin creates a registration task for the consumer without its <field>
      Then the request is refused as "invalid-request"
      And the refusal names the <field> as the field at fault
      And the consumer has no registration task

      Examples:
        | field   |
        | company |
        | contact |

    @req:TASK-03
    Scenario: an instance URL that is not an instance's address is refused
      When the provider admin creates a registration task for the consumer with its instance URL without a scheme
      Then the request is refused as "instance-url-malformed"
      And the consumer has no registration task

  Rule: the contact holds the Service Exchange Consumer role

    @req:TASK-04 @reading:RD-07
    Scenario: a contact without the sn_sb_pro.consumer role is refused
      Given the consumer contact does not hold the Service Exchange Consumer role
      When the provider admin creates a registration task for the consumer
      Then the request is refused as "contact-lacks-consumer-role"
      And the consumer has no registration task

  Rule: on a production instance the contact needs a valid email address

    @req:TASK-05 @reading:RD-07
    Scenario Outline: on a production instance a contact whose address is <address> is refused
      Given the provider instance is a production instance
      And the consumer contact's email address is <address>
      When the provider admin creates a registration task for the consumer
      Then the request is refused as "contact-email-invalid"
      And the consumer has no registration task

      Examples:
        | address                       |
        | missing                       |
        | not an address                |
        | an address without its domain |
        | an address without its name   |
        | an address with a space       |
        | an address with a word after  |

    @req:TASK-05
    Scenario: on a production instance a contact with a valid address is saved, to await its checks
      Given the provider instance is a production instance
      When the provider admin creates a registration task for the consumer
      Then the registration task is "Awaiting Validation"

    @req:TASK-05 @req:TASK-11 @reading:RD-04 @reading:RD-07 @clock
    Scenario: elsewhere a contact without an address is registered, and the link waits in the comments
      Given email notifications are on
      And the consumer contact's email address is missing
      And the provider admin has saved a registration task for the consumer
      When 5 minutes pass
      Then the registration task is "Open"
      And no email is sent
      And the comments of the task carry its registration link

  Rule: one registration task in progress per company and instance
    Whether a company may also have a task for another of its instances is left open (reading RD-18).

    @req:TASK-06
    Scenario: a second task for the same company and instance is refused
      Given the provider admin has saved a registration task for the consumer
      When the provider admin creates a registration task for the consumer
      Then the request is refused as "registration-task-exists"

    @req:TASK-06
    Scenario Outline: a second task for the same instance URL spelled <spelling> is refused
      Given the provider admin has saved a registration task for the consumer
      When the provider admin creates a registration task for the consumer with its instance URL <spelling>
      Then the request is refused as "registration-task-exists"

      Examples:
        | spelling                          |
        | in capitals and a trailing slash  |
        | with its port written another way |

    @req:TASK-06 @simultaneous
    Scenario: two admins saving the same registration task at the same moment make one task
      When two provider admins create a registration task for the consumer at the same moment
      Then exactly one of them is accepted, and the other is refused as "registration-task-exists"
      And the consumer has exactly one registration task

    @req:TASK-06 @clock
    Scenario: once the first task is complete, the company can be registered again
      Given the consumer's registration task is Open
      And the consumer contact has completed the registration from the link of the task
      When the provider admin creates a registration task for the consumer
      Then the registration task is "Awaiting Validation"

  Rule: a saved task awaits validation, and opens when every check passes

    @req:TASK-07 @clock
    Scenario: a saved task awaits validation until the background checks have run
      When the provider admin creates a registration task for the consumer
      Then the registration task is "Awaiting Validation"
      And no registration link exists for the task
      When 5 minutes pass
      Then the registration task is "Open"
      And the last check run of the task "passed"

    @req:TASK-07 @clock
    Scenario: the background job checks every task that fell due, not one at a time
      Given another consumer company with its own contact and instance
      And the provider admin has saved registration tasks for the consumer and for the other company
      When 5 minutes pass
      Then the registration task is "Open"
      And the other company's registration task is "Open"

  Rule: a task whose checks fail shows every issue, and has no link

    @req:TASK-08 @req:TASK-09 @clock
    Scenario: a task with three failing checks lists them all in its banner, and has no link
      Given the provider admin has saved a registration task for the consumer
      And KMF on the consumer instance is Malfunction
      And glide.servlet.uri is empty on the consumer instance
      And the consumer instance holds stale Provider Connection records for this provider
      When 5 minutes pass
      Then the registration task is "Validation Failed"
      And the last check run of the task "failed"
      And the banner of the task lists exactly these issues, each with how to resolve it:
        | consumer-kmf-unhealthy   |
        | servlet-uri-empty        |
        | stale-connection-records |
      And no registration link exists for the task

  Rule: once every issue is resolved the task opens by itself, and the registration resumes

    @req:TASK-10 @req:TASK-09 @reading:RD-06 @clock
    Scenario: issues resolved one by one open the task without anyone acting on it
      Given the provider admin has saved a registration task for the consumer
      And KMF on the consumer instance is Malfunction
      And glide.servlet.uri is empty on the consumer instance
      And the consumer instance holds stale Provider Connection records for this provider
      And 5 minutes pass
      When the "servlet-uri-empty" issue is fixed
      And 5 minutes pass
      Then the registration task is "Validation Failed"
      And the banner of the task lists exactly these issues, each with how to resolve it:
        | consumer-kmf-unhealthy   |
        | stale-connection-records |
      And no registration link exists for the task
      When the "consumer-kmf-unhealthy" issue is fixed
      And the "stale-connection-records" issue is fixed
      And 5 minutes pass
      Then the registration task is "Open"
      And the consumer contact receives exactly one invitation email
      And that email carries the registration link of the task

  Rule: the link reaches the contact by email, or waits in the task's comments
    Whether a production instance emails it with email sending off is left open (reading RD-17).

    @req:TASK-11 @clock
    Scenario: with email sending on, the contact is emailed the link
      Given email notifications are on
      When the consumer's registration task is Open
      Then the consumer contact receives exactly one invitation email
      And that email carries the registration link of the task
      And nobody else receives an email

    @req:TASK-11 @reading:RD-04 @reading:RD-17 @clock
    Scenario: with email sending off, the link waits in the comments
      Given email notifications are off
      When the consumer's registration task is Open
      Then no email is sent
      And the comments of the task carry its registration link

  Rule: the contact's completed registration closes the task

    @req:TASK-12 @clock
    Scenario: the named contact completes the registration and the task is Closed Complete
      Given the consumer's registration task is Open
      When the consumer contact completes the registration from the link of the task
      Then the registration is completed
      And the registration task is "Closed Complete"

    @req:TASK-12 @req:PC-34 @clock
    Scenario: the link of a Closed Complete task cannot complete a registration again
      Given the consumer's registration task is Open
      And the consumer contact has completed the registration from the link of the task
      When the consumer contact completes the registration from the link of the task
      Then the request is refused as "registration-url-used"
      And the registration task is "Closed Complete"

    @req:TASK-12 @req:PC-30 @reading:RD-03 @clock
    Scenario: another admin of the consumer instance cannot complete it, and the task stays Open
      Given the consumer's registration task is Open
      And another admin of the consumer instance
      When that user completes the registration from the link of the task
      Then the request is refused as "not-named-contact"
      And the registration task is "Open"

  Rule: checks that cannot run leave the task where it was

    @req:TASK-13 @clock
    Scenario: a consumer instance that cannot be reached holds the task until it answers again
      Given the provider admin has saved a registration task for the consumer
      And the consumer instance cannot be reached
      When 5 minutes pass
      Then the registration task is "Awaiting Validation"
      And the last check run of the task "could not run"
      And no registration link exists for the task
      When the consumer instance answers again
      And 5 minutes pass
      Then the registration task is "Open"
