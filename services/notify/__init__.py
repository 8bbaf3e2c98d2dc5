"""Notify: tells the applicant and the lower-level unit when an application is refused or not
recommended (及时反馈下一级报送单位和申报对象), by SMS, e-mail and in-system message,
and tracks each notice to delivery.

Hears: review.application_rejected.v1 and committee.application_rejected.v1 (one queue,
notify.application_rejected), committee.application_not_recommended.v1,
intake.applicant_contact_provided.v1 (personal data: only notify binds a queue to it) and
review.account_changed.v1 (whose tokens still stand). Publishes nothing.

Who is told: the applicant by SMS and by e-mail (e-mail only if intake has an address: else
that notice is `skipped`); the lower unit that sent the case up, when there is one, by e-mail
(the directory's address) and by a message in its list (GET /messages with a department
token; unread first; POST /messages/{id}/read). A refusal at the first stage has no lower
unit: only the applicant hears. The applicant's notices wait (`awaiting_contact`) until the
contact details arrive on their own queue, then go out; a lock row per application keeps a
refusal and its contact details from passing each other.

A notice: `pending` -> `sent`, or `failed` with the provider's last answer after
NOTIFY_MAX_ATTEMPTS tries (exponential backoff from NOTIFY_RETRY_BASE_SECONDS up to
NOTIFY_RETRY_MAX_SECONDS; a permanent refusal such as an unknown mailbox fails at once). The
operator (admin token) lists notices by application, status and channel (GET /notices) and
resends a failed one (POST /notices/{id}/resend).

Exactly once, and the window that remains. A notice's id is uuid5(event message_id, recipient,
channel), the primary key: an event delivered again (the inbox drops it first anyway) cannot
add a notice. The delivery loop leases a due notice and counts the try in one transaction,
sends with no transaction open, and records the answer in a second one. A worker killed
mid-send leaves a lease that runs out (NOTIFY_LEASE_SECONDS); another worker then tries again
with the same key: the notice id is the HTTP gateway's Idempotency-Key, the SMS sink's file
name, and the e-mail's Message-ID (<notice id>@NOTIFY_MESSAGE_ID_DOMAIN). So the SMS gateway
and the sink deliver once. What remains: a worker killed (or its database lost) after SMTP
or Tencent Cloud SMS accepted the message and before `sent` was recorded sends it a second
time: neither protocol takes an idempotency key. The duplicate mail carries the same
Message-ID (mail clients show it once); the duplicate Tencent SMS carries the notice id in
SessionContext, so it can be traced. Keep NOTIFY_LEASE_SECONDS well above
NOTIFY_SEND_TIMEOUT_SECONDS, or a slow send could be leased again while it is still going.

Privacy: reasons typed by a clerk are scrubbed of ID numbers and phones before any notice is
written; addresses are stored only on the notice row and shown masked (138****5678,
z***@example.com); providers' answers are masked before they are stored or logged; the SMS
sink keeps the number masked."""
