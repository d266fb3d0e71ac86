/**
 * The {@code Mailer} port: SMTP through Jakarta Mail, and a log-only sender for local runs. Arrives
 * with the identity issue (email codes).
 */
package dev.tradedesk.adapter.mail;
