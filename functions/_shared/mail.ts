/**
 * Sending one mail. Only production sends over SMTP (nodemailer, SMTP_* variables); deploy previews and
 * development write each message as an .eml file to MAIL_OUTBOX_DIR (default .outbox/, or the temporary
 * folder where the code is read-only), because a preview's database holds a copy of production data and
 * must never mail real people. In production, missing SMTP_HOST or SMTP_FROM is a configuration error:
 * the mail stays queued, the error is logged loudly and shown to administrators.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
}

export class MailConfigError extends Error {}

/** Netlify's deploy context: the handler's context.deploy.context, else CONTEXT, else development. */
export function deployContext(context?: { deploy?: { context?: string } }): string {
  return context?.deploy?.context ?? process.env.CONTEXT ?? 'dev';
}

export const sendsRealMail = (context?: { deploy?: { context?: string } }) => deployContext(context) === 'production';

/** What is wrong with the production mail settings, or undefined when they are complete. */
export function mailConfigProblem(): string | undefined {
  const missing = ['SMTP_HOST', 'SMTP_FROM'].filter((name) => !process.env[name]);
  return missing.length ? `${missing.join(' en ')} ontbreekt: in productie blijven mails in de wachtrij tot dit ingesteld is` : undefined;
}

export type Transport = { send(mail: Mail): Promise<void>; close(): void };

/** One pooled SMTP connection set per instance, shared by every delivery (a burst opens at most 5). */
let shared: { key: string; transport: ReturnType<typeof nodemailer.createTransport> } | undefined;

function smtpTransport(): Transport {
  const problem = mailConfigProblem();
  if (problem) throw new MailConfigError(problem);
  const port = Number(process.env.SMTP_PORT ?? 587);
  const user = process.env.SMTP_USER;
  const key = JSON.stringify([process.env.SMTP_HOST, port, user, process.env.SMTP_PASS, process.env.SMTP_SECURE]);
  if (shared?.key !== key) {
    shared?.transport.close();
    shared = {
      key,
      transport: nodemailer.createTransport({
        host: process.env.SMTP_HOST,
        port,
        secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
        auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
        pool: true,
        maxConnections: 5,
        maxMessages: Infinity,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  const { transport } = shared;
  return {
    send: async (mail) => {
      await transport.sendMail({ from: process.env.SMTP_FROM, ...mail });
    },
    // The pool stays open for the next delivery; closeMailTransport() ends it.
    close: () => {},
  };
}

/** Closes the shared SMTP pool (tests, benchmarks). */
export function closeMailTransport() {
  shared?.transport.close();
  shared = undefined;
}

/** MAIL_OUTBOX_DIR, else .outbox/ in the project; where the code is read-only (a deployed preview), the temporary folder. */
async function outboxDir(): Promise<string> {
  if (process.env.MAIL_OUTBOX_DIR) return process.env.MAIL_OUTBOX_DIR;
  try {
    await mkdir('.outbox', { recursive: true });
    return '.outbox';
  } catch {
    return join(tmpdir(), 'outbox');
  }
}

function outboxTransport(): Transport {
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    send: async (mail) => {
      const info = await stream.sendMail({ from: process.env.SMTP_FROM ?? 'Buddywerkingen (ontwikkeling) <outbox@localhost>', ...mail });
      const dir = await outboxDir();
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`), info.message as Buffer);
    },
    close: () => stream.close(),
  };
}

/** The transport for this deploy context; throws MailConfigError in production without SMTP settings. */
export const transportFor = (context?: { deploy?: { context?: string } }): Transport =>
  sendsRealMail(context) ? smtpTransport() : outboxTransport();
