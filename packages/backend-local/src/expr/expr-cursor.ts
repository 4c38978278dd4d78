import { SuccessConditionError } from '../http/success-condition-syntax';
import type { ConditionToken } from '../http/tokenize-condition';

/** A token for a message: its text, or "the end of the <what>" (condition, expression). */
export function describeToken(token: ConditionToken, what: string): string {
  return token.kind === 'end' ? `the end of the ${what}` : `"${token.text}"`;
}

/**
 * A parser's place in its tokens, and the binary operators of each precedence level, loosest
 * first: what every recursive-descent parser of expr in the local engine walks with.
 */
export class ExprCursor<Operator extends string> {
  protected index = 0;

  constructor(
    protected readonly tokens: ReadonlyArray<ConditionToken>,
    /** Operators by precedence, loosest first; `not in` is two words. */
    protected readonly levels: ReadonlyArray<ReadonlyArray<string>>,
    /** Word spellings of symbol operators (`or` → `||`). */
    private readonly spellings: Readonly<Record<string, Operator>>,
    /** What the text is called in messages: "condition", "expression". */
    protected readonly what: string,
  ) {}

  protected peek(offset = 0): ConditionToken {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  protected take(): ConditionToken {
    const token = this.peek();
    this.index++;
    return token;
  }

  protected expect(symbol: string, where: string): void {
    const token = this.take();
    if (token.kind !== 'symbol' || token.value !== symbol) throw new SuccessConditionError(`Expected "${symbol}" ${where}, found ${describeToken(token, this.what)}.`, token.position, 'syntax');
  }

  /** The binary operator at the cursor, if it belongs to `level`. */
  protected operatorAt(level: number): { operator: Operator; width: number } | undefined {
    const token = this.peek();
    if (token.kind !== 'symbol' && token.kind !== 'word') return undefined;
    if (token.kind === 'word' && token.value === 'not' && this.peek(1).kind === 'word' && this.peek(1).value === 'in') {
      return this.levels[level]!.includes('not in') ? { operator: 'not in' as Operator, width: 2 } : undefined;
    }
    if (!this.levels[level]!.includes(token.value)) return undefined;
    return { operator: this.spellings[token.value] ?? (token.value as Operator), width: 1 };
  }
}
