/**
 * What Linux lets a process start with. `execve` refuses (E2BIG, "Argument list too long") one
 * argument or one `NAME=value` environment string of more than MAX_ARG_STRLEN bytes (32 pages of
 * 4 KiB, its final NUL included), and all of them together past a quarter of the stack limit
 * (about 2 MiB under the usual 8 MiB). A pod whose container breaks either never starts its
 * command, and the task fails with an error that names neither the step nor the value.
 */
export const MAX_ARG_STRLEN = 131_072;

/**
 * What a pod's arguments and environment, as far as they are known when compiling, may add up
 * to. Below Linux's 2 MiB, to leave room for the variables Kubernetes adds (one set per Service
 * of the namespace) and for values only known at run time, and below the 1.5 MiB that the
 * Kubernetes API (etcd) accepts for a whole Pod object.
 */
export const MAX_POD_PROCESS_BYTES = 1_048_576;

/**
 * The largest piece of a file carried into a pod in environment variables: MAX_ARG_STRLEN less
 * room for the variable's name, `=` and the NUL.
 */
export const ENV_PIECE_BYTES = MAX_ARG_STRLEN - 1024;

/** Bytes of `text` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Cuts `text` into pieces of at most `maxBytes` UTF-8 bytes each, between code points, as
 * `[start, end)` code point offsets: Python indexes a `str` by code point, so the DAG file slices
 * its constant with the same numbers. Always at least one piece.
 */
export function pieceOffsets(text: string, maxBytes: number = ENV_PIECE_BYTES): Array<readonly [number, number]> {
  const pieces: Array<readonly [number, number]> = [];
  let start = 0;
  let offset = 0;
  let bytes = 0;
  for (const codePoint of text) {
    const size = utf8Bytes(codePoint);
    if (bytes + size > maxBytes) {
      pieces.push([start, offset]);
      start = offset;
      bytes = 0;
    }
    bytes += size;
    offset += 1;
  }
  pieces.push([start, offset]);
  return pieces;
}

/** The texts of `pieceOffsets`. */
export function pieces(text: string, maxBytes: number = ENV_PIECE_BYTES): string[] {
  const codePoints = [...text];
  return pieceOffsets(text, maxBytes).map(([start, end]) => codePoints.slice(start, end).join(''));
}
