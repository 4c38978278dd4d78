import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { CoulerError } from '@couler/ir';

/** The format's version, first in every sealed text: a later format (another cipher) can be told apart. */
const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * Seals and opens small secrets (a cluster's token, password or kubeconfig) with AES-256-GCM
 * under the server key. `context` (the cluster's id) is bound as associated data: a sealed value
 * copied into another row does not open there. A fresh random IV per seal.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** @param secret the server secret as given (any text of 16 characters or more); the AES key is derived from it with HKDF-SHA256. */
  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'couler-server', 'cluster-credentials v1', 32));
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /**
   * @throws CoulerError `SERVER_ERROR` when the text was sealed under another key (or for
   *   another context), or is not a sealed text.
   */
  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    try {
      if (version !== VERSION || iv === undefined || tag === undefined || data === undefined) throw new Error(`not a ${VERSION} sealed value`);
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new CoulerError('SERVER_ERROR', `The server key does not open the secret sealed for ${context}.`, {
        cause: error,
        hint: 'Start the server with the secret it was sealed under (COULER_SERVER_SECRET, --secret-file, or <couler home>/server.key).',
      });
    }
  }
}
