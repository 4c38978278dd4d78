/**
 * `attachment` with a file name no browser turns into a path or a header break: an ASCII
 * `filename` with anything but letters, digits, ".", "_" and "-" replaced, and the name as it
 * was (minus slashes, control characters and leading dots) in RFC 5987's `filename*` for browsers that read it.
 */
// encodeURIComponent throws on half a surrogate pair, which a JSON string may hold.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function contentDisposition(name: string, extension = ''): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out (a header break).
  const cleaned = name.replace(LONE_SURROGATE, '_').replace(/[\u0000-\u001f\u007f/\\]/g, '_').replace(/^[.]+/, '_').slice(0, 150);
  const ascii = safeFileName(cleaned);
  const encoded = encodeURIComponent(`${cleaned || 'artifact'}${extension}`).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}${extension}"; filename*=UTF-8''${encoded}`;
}

/** Letters, digits, ".", "_" and "-" only, not starting with a dot: a name, never a path. */
export function safeFileName(name: string): string {
  return name.slice(0, 150).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]+/, '_') || 'artifact';
}
