/**
 * The {@code Mailer} port of the accounts feature: {@link dev.tradedesk.adapter.mail.accounts.SmtpMailer}
 * (Jakarta Mail over SMTP with STARTTLS), {@link dev.tradedesk.adapter.mail.accounts.LogMailer} for local
 * runs without a mail server, and {@link dev.tradedesk.adapter.mail.accounts.AsyncMailer}, which sends
 * through either off the request thread.
 */
package dev.tradedesk.adapter.mail.accounts;
