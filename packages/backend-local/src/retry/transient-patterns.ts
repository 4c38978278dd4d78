/**
 * Failure patterns, as data. The Couler tech report (§II.B) retries "more than 20 abnormal
 * patterns" of the environment automatically — quota races, throttling, resets — and restarts
 * only the failed step. These are the ones a single machine meets: a step whose last log lines
 * match one is retried under any retry policy, and under none (see `DEFAULT_TRANSIENT_RETRY`).
 * A step's own `retry.transientPatterns` add to the list.
 */
export interface FailurePattern {
  /** Stable id, shown in messages and events. */
  readonly id: string;
  readonly pattern: RegExp;
  readonly description: string;
}

export const TRANSIENT_PATTERNS: ReadonlyArray<FailurePattern> = [
  { id: 'connection-reset', pattern: /ECONNRESET|connection reset by peer|Connection reset/i, description: 'the peer reset the connection' },
  { id: 'connection-refused', pattern: /ECONNREFUSED|connection refused/i, description: 'a service was not accepting connections yet' },
  { id: 'broken-pipe', pattern: /EPIPE|broken pipe/i, description: 'the other end went away' },
  { id: 'timed-out', pattern: /ETIMEDOUT|ESOCKETTIMEDOUT|timed out|i\/o timeout|deadline exceeded/i, description: 'a network operation timed out' },
  { id: 'dns-temporary', pattern: /EAI_AGAIN|Temporary failure in name resolution|temporary failure/i, description: 'name resolution failed for now' },
  { id: 'host-unreachable', pattern: /EHOSTUNREACH|ENETUNREACH|No route to host|Network is unreachable/i, description: 'the network was unreachable' },
  { id: 'tls-handshake', pattern: /TLS handshake timeout|SSL: UNEXPECTED_EOF|unexpected EOF/i, description: 'a TLS handshake was cut' },
  { id: 'too-many-requests', pattern: /\b429\b|Too Many Requests|TooManyRequests|rate limit(ed)?|throttl/i, description: 'the server throttled requests' },
  { id: 'service-unavailable', pattern: /\b50[234]\b.*(Bad Gateway|Service Unavailable|Gateway Time-?out)|Service Unavailable|Bad Gateway/i, description: 'a server was briefly unavailable' },
  { id: 'exceeded-quota', pattern: /ExceededQuota|exceeded quota|quota exceeded/i, description: 'a quota was exceeded while it was being updated' },
  { id: 'try-again', pattern: /EAGAIN|Resource temporarily unavailable|try again later/i, description: 'a resource was temporarily unavailable' },
  { id: 'too-many-open-files', pattern: /EMFILE|ENFILE|Too many open files/i, description: 'the system ran out of file handles' },
  { id: 'out-of-memory', pattern: /ENOMEM|Cannot allocate memory|MemoryError|out of memory|OOMKilled/i, description: 'memory ran out (other steps may free it)' },
  { id: 'no-space', pattern: /ENOSPC|No space left on device/i, description: 'the disk was full (a cleanup may free it)' },
  { id: 'database-locked', pattern: /database is locked|SQLITE_BUSY|deadlock detected|could not obtain lock/i, description: 'a lock was held by someone else' },
  { id: 'text-file-busy', pattern: /ETXTBSY|Text file busy/i, description: 'an executable was still being written' },
  { id: 'stale-handle', pattern: /ESTALE|Stale file handle/i, description: 'a network file system handle went stale' },
  { id: 'interrupted-system-call', pattern: /EINTR|Interrupted system call/i, description: 'a system call was interrupted' },
  { id: 'socket-hang-up', pattern: /socket hang up|Remote end closed connection|RemoteDisconnected|IncompleteRead/i, description: 'the server hung up mid-response' },
  { id: 'cuda-busy', pattern: /CUDA error: (all CUDA-capable devices are busy|out of memory)|CUDA_ERROR_OUT_OF_MEMORY/i, description: 'the GPU was busy or full' },
  { id: 'pull-backoff', pattern: /ImagePullBackOff|ErrImagePull|toomanyrequests/i, description: 'an image registry refused a pull for now' },
  { id: 'leader-changed', pattern: /etcdserver: (leader changed|request timed out)|the object has been modified/i, description: 'a control plane was changing leaders' },
];

/**
 * Failures that retrying cannot fix: the step fails at once, with its last log lines, whatever
 * its retry policy says. Checked before the transient patterns, on the same lines.
 */
export const PERMANENT_PATTERNS: ReadonlyArray<FailurePattern> = [
  { id: 'command-not-found', pattern: /command not found|not found in \$PATH|executable file not found|ENOENT.*spawn/i, description: 'the program does not exist' },
  { id: 'syntax-error', pattern: /\bSyntaxError\b|syntax error near|IndentationError|TabError/, description: 'the code does not parse' },
  { id: 'module-not-found', pattern: /ModuleNotFoundError|ImportError|Cannot find module|ERR_MODULE_NOT_FOUND/, description: 'a library is not installed' },
  { id: 'permission-denied', pattern: /EACCES|Permission denied/i, description: 'a file may not be read or run' },
  { id: 'name-error', pattern: /\b(NameError|TypeError|ReferenceError|AttributeError)\b/, description: 'the code has a bug' },
];

/** Exit codes a shell gives for "cannot run": the program is missing or not executable. */
export const PERMANENT_EXIT_CODES: ReadonlySet<number> = new Set([126, 127]);
