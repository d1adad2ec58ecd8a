// Webhook signing secrets: made here, shown once, kept only encrypted under the server key.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain/errors.ts';

const SECRET_PREFIX = 'whsec_';
const FORMAT = 'v1';

/** A new signing secret: `whsec_` and the base64 of 32 random bytes (Standard Webhooks). */
export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The HMAC key a `whsec_` secret stands for. */
export function signingKeyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** Webhooks are refused while the server has no key to encrypt their secrets with. */
export class SecretKeyMissing extends DomainError {
  constructor() {
    super(
      'unavailable',
      'webhooks_unavailable',
      'Webhooks are unavailable: this server has no secret key to protect their signing secrets. Set ORGBASE_SECRET_KEY or ORGBASE_SECRET_KEY_FILE and restart.',
    );
  }
}

/**
 * AES-256-GCM under a key derived (HKDF-SHA256) from the server's ORGBASE_SECRET_KEY. A stored
 * value is `v1:<base64 of iv | tag | ciphertext>`; the endpoint id is authenticated with it, so
 * a ciphertext copied onto another endpoint does not decrypt.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(material: string | Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), 'orgbase webhook signing secrets', 32));
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string, context: string): string {
    const [format, encoded] = sealed.split(':', 2);
    if (format !== FORMAT || !encoded) throw new Error('unknown secret format');
    const raw = Buffer.from(encoded, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

const KEY_FILE = 'secret.key';
const MIN_KEY_LENGTH = 32;

function checked(material: string, source: string): string {
  const value = material.trim();
  if (value.length < MIN_KEY_LENGTH) {
    throw new Error(`${source} must hold at least ${MIN_KEY_LENGTH} characters of random key material (e.g. the output of openssl rand -base64 32)`);
  }
  return value;
}

/**
 * The server key: ORGBASE_SECRET_KEY, or the file ORGBASE_SECRET_KEY_FILE names; else, on the
 * embedded database, `<data dir>/secret.key`, made 0600 on first use (it sits beside the
 * database it protects, as PostgreSQL's own files do, so a copy of the data directory keeps
 * working). On PostgreSQL without one there is none: webhooks are refused (SecretKeyMissing),
 * as a key generated per process could not be shared by the others.
 */
export function loadSecretKey(options: { key?: string; keyFile?: string; dataDir?: string }): string | undefined {
  if (options.key !== undefined) return checked(options.key, 'ORGBASE_SECRET_KEY');
  if (options.keyFile !== undefined) return checked(fs.readFileSync(options.keyFile, 'utf8'), `ORGBASE_SECRET_KEY_FILE (${options.keyFile})`);
  if (options.dataDir === undefined) return undefined;
  const file = path.join(options.dataDir, KEY_FILE);
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return checked(fs.readFileSync(file, 'utf8'), file);
}
