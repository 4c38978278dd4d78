import { describe, expect, it } from 'vitest';
import { decodeLabel } from './__fixtures__/read-flowchart';
import { escapeMermaidLabel } from './escape-mermaid-label';

describe('escapeMermaidLabel', () => {
  it('writes a quote as #quot; so it cannot close the label', () => {
    expect(escapeMermaidLabel('say "hi"')).toBe('say #quot;hi#quot;');
  });

  it('leaves no character Mermaid reads as syntax, and every one decodes back', () => {
    const hostile = 'a"b#c&d<e>f`g|h';
    const escaped = escapeMermaidLabel(hostile);
    expect(escaped).not.toMatch(/["<>`|]/);
    expect(escaped.replace(/#\w+;/g, '')).not.toMatch(/[#&]/);
    expect(decodeLabel(escaped)).toBe(hostile);
  });

  it('keeps text that spells an entity code literal', () => {
    expect(decodeLabel(escapeMermaidLabel('#quot; and #35;'))).toBe('#quot; and #35;');
  });

  it('turns every kind of line break into a space, so a label stays on its line', () => {
    expect(escapeMermaidLabel('a\nb\r\nc\u2028d\u2029e\u0085f\tg')).toBe('a b c d e f g');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMermaidLabel('python:3.12-alpine · map over 3 items')).toBe('python:3.12-alpine · map over 3 items');
  });
});
