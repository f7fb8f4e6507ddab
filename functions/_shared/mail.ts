/**
 * Mail over SMTP (nodemailer, configured by SMTP_* variables). Without SMTP_HOST (local default) each
 * message is written as an .eml file to MAIL_OUTBOX_DIR (default .outbox/), so a developer sees it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
}

const DEFAULT_FROM = 'Buddywerkingen in Vlaanderen <no-reply@example.org>';

function smtpTransport() {
  const port = Number(process.env.SMTP_PORT ?? 587);
  const user = process.env.SMTP_USER;
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port,
    secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
    auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

export async function sendMail(mail: Mail): Promise<void> {
  const message = { from: process.env.SMTP_FROM ?? DEFAULT_FROM, ...mail };
  if (process.env.SMTP_HOST) {
    const transport = smtpTransport();
    try {
      await transport.sendMail(message);
    } finally {
      transport.close();
    }
    return;
  }
  const outbox = process.env.MAIL_OUTBOX_DIR ?? '.outbox';
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  await mkdir(outbox, { recursive: true });
  await writeFile(join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`), info.message as Buffer);
}

/** Sends every mail; a failure is logged without personal data and reported, never thrown. */
export async function sendAll(mails: Mail[], what: string): Promise<boolean> {
  const results = await Promise.allSettled(mails.map(sendMail));
  const failed = results.filter((r) => r.status === 'rejected');
  for (const f of failed) {
    const error = (f as PromiseRejectedResult).reason as { code?: string; responseCode?: number };
    console.error(`[${what}] mail niet verstuurd: ${error?.code ?? 'fout'} ${error?.responseCode ?? ''}`.trim());
  }
  return failed.length === 0;
}
