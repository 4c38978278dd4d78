/**
 * A line longer than this many characters is handed on in pieces of this size, the way container
 * runtimes split long log lines (the kubelet at 16 KiB). A process that prints without newlines
 * (a progress bar redrawn with `\r`, a JSON document on one line) then costs time and memory in
 * proportion to what it prints, and never makes a string longer than V8 can hold.
 */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Cuts decoded output into lines as it comes, in time linear in its length: the start of an
 * unfinished line is kept as pieces and joined once, when its end comes. (Joining it to every new
 * chunk was quadratic: 20 MB printed without a newline took 13 s of the engine's CPU.)
 */
export class OutputLines {
  private pieces: string[] = [];
  private length = 0;
  /** Whether the line being read was already handed on in part. */
  private continued = false;

  constructor(private readonly onLine: (line: string) => void) {}

  /** Hands on every line that `text` completes, and the long ones' pieces. */
  write(text: string): void {
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      this.add(text.slice(start, newline));
      // The end of a line already handed on in full pieces is no line of its own.
      if (!this.continued || this.length > 0) this.onLine(this.take());
      this.continued = false;
      start = newline + 1;
    }
    if (start < text.length) this.add(text.slice(start));
  }

  /** Hands on the last line if the output did not end with a newline. */
  end(): void {
    if (this.length > 0) this.onLine(this.take());
    this.continued = false;
  }

  private add(text: string): void {
    if (text === '') return;
    this.pieces.push(text);
    this.length += text.length;
    while (this.length >= MAX_LINE_CHARS) {
      const line = this.take();
      let cut = MAX_LINE_CHARS;
      // Not between the two halves of a surrogate pair: each piece stays valid UTF-16.
      const last = line.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
      this.onLine(line.slice(0, cut));
      this.continued = true;
      if (cut < line.length) {
        this.pieces.push(line.slice(cut));
        this.length = line.length - cut;
      }
    }
  }

  private take(): string {
    const line = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    return line;
  }
}
