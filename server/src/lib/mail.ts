import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { DevMail } from '@hearth/shared';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link the message carries, for the development mailbox and console. */
  link?: string;
}

/** How many messages the development mailbox keeps, newest first. */
const DEV_MAILBOX_SIZE = 50;

/** What nodemailer sends: plain text only, so nothing in a message is ever read as markup. */
export const toNodemailer = (from: string, message: MailMessage) => ({ from, to: message.to, subject: message.subject, text: message.text });

/**
 * Hearth's outgoing mail. With SMTP_URL, nodemailer's SMTP transport sends it. Without, with
 * DEV_MAILBOX on (never in production), it is kept in a development mailbox (`GET /api/dev/mailbox`) and, in development, its
 * link is printed on the console (the link only: logs carry no personal data, so never the address).
 * In production without SMTP nothing can be delivered, and the log says so, without the link.
 */
export function createMailer(config: Pick<Config, 'NODE_ENV' | 'SMTP_URL' | 'MAIL_FROM' | 'DEV_MAILBOX'>, log: FastifyBaseLogger, transport?: Transporter) {
  const smtp = transport ?? (config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : undefined);
  const mailbox: DevMail[] = [];
  const devMailbox = config.DEV_MAILBOX && config.NODE_ENV !== 'production' && !smtp;

  return {
    /** Whether the development mailbox is on (never in production, never with SMTP). */
    devMailboxOn: devMailbox,

    async send(message: MailMessage): Promise<void> {
      if (smtp) {
        await smtp.sendMail(toNodemailer(config.MAIL_FROM, message));
        return;
      }
      if (!devMailbox) {
        log.warn('mail could not be delivered: set SMTP_URL to send it');
        return;
      }
      mailbox.unshift({ id: randomUUID(), ...message, link: message.link ?? null, sentAt: new Date().toISOString() });
      mailbox.length = Math.min(mailbox.length, DEV_MAILBOX_SIZE);
      if (config.NODE_ENV === 'development') log.info({ link: message.link }, `development mail "${message.subject}" (also at /dev/mailbox)`);
    },

    /** The development mailbox, newest first; empty when it is off. */
    messages: (): DevMail[] => (devMailbox ? [...mailbox] : []),
  };
}
export type Mailer = ReturnType<typeof createMailer>;
