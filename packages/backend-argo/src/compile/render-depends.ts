import type { DependsExpression } from '@couler/ir';

/**
 * A parsed `depends` expression back as Argo text, with step names replaced by `rename` (task
 * names in the DAG that runs them). Parentheses only where precedence needs them.
 */
export function renderDepends(expression: DependsExpression, rename: (step: string) => string): string {
  const render = (node: DependsExpression, parent: 'and' | 'or' | 'not' | undefined): string => {
    switch (node.type) {
      case 'task':
        return node.result === undefined ? rename(node.step) : `${rename(node.step)}.${node.result}`;
      case 'not':
        return `!${render(node.operand, 'not')}`;
      default: {
        const text = `${render(node.left, node.type)} ${node.type === 'and' ? '&&' : '||'} ${render(node.right, node.type)}`;
        return parent === undefined || parent === node.type ? text : `(${text})`;
      }
    }
  };
  return render(expression, undefined);
}

/** Joins `depends` terms with `&&`, parenthesising any that hold a top-level `||`. */
export function andDepends(terms: ReadonlyArray<string>): string {
  const unique = [...new Set(terms)];
  if (unique.length <= 1) return unique[0] ?? '';
  return unique.map((term) => (needsParentheses(term) ? `(${term})` : term)).join(' && ');
}

function needsParentheses(term: string): boolean {
  let depth = 0;
  for (let index = 0; index < term.length; index++) {
    const char = term[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && char === '|' && term[index + 1] === '|') return true;
  }
  return false;
}
