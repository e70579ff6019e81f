import { describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { toNodemailer } from './mail.js';

describe('mail for the SMTP transport', () => {
  it('builds a plain-text message with sender, recipient, subject and the link, through nodemailer’s own stream transport', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const link = 'https://hearth.example/reset-password/abcDEF123_-abcDEF123_-';
    const info = await transport.sendMail(
      toNodemailer('Hearth <no-reply@hearth.example>', { to: 'nia@example.test', subject: 'Set a new Hearth password', text: `Open it:\n${link}`, link }),
    );
    const raw = (info.message as Buffer).toString('utf8');
    expect(raw).toMatch(/^From: Hearth <no-reply@hearth\.example>$/m);
    expect(raw).toMatch(/^To: nia@example\.test$/m);
    expect(raw).toMatch(/^Subject: Set a new Hearth password$/m);
    expect(raw).toMatch(/^Content-Type: text\/plain/m);
    expect(raw).not.toContain('text/html');
    expect(raw.replace(/=\n/g, '')).toContain(link);
    expect(info.envelope).toEqual({ from: 'no-reply@hearth.example', to: ['nia@example.test'] });
  });
});
