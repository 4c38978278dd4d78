/**
 * Characters that mean something to Mermaid inside or around a quoted label, and the entity
 * codes Mermaid decodes back into them (`#quot;` renders as `"`). `#` is escaped too, so that
 * user text spelling `#quot;` shows literally instead of turning into a quote.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '|': '#124;',
};

/**
 * Makes any text safe inside a quoted Mermaid label (`s0["…"]`, `-->|"…"|`, `subgraph g0["…"]`):
 * no quote can close the label, no `<` can open HTML, no backtick can start a markdown string,
 * and no line break can start a new statement (line breaks become spaces).
 */
export function escapeMermaidLabel(text: string): string {
  return text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces.
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/["#&<>`|]/g, (character) => ENTITIES[character] ?? character);
}
