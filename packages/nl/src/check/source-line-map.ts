const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * For each line of transpiled JavaScript (0-based), the line of the TypeScript it came from
 * (0-based), read from the `mappings` of its source map (version 3, base64 VLQ); -1 for a line
 * the compiler added. Transpiling drops blank lines and adds a header, so a stack frame's line
 * must go through this before it can point at what the model wrote.
 */
export function sourceLineMap(sourceMapText: string): number[] {
  const { mappings } = JSON.parse(sourceMapText) as { mappings: string };
  const lines: number[] = [];
  let sourceLine = 0;
  for (const line of mappings.split(';')) {
    let first = -1;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      // Fields: generated column, source index, source line, source column (all but the first relative across lines).
      if (fields.length < 4) continue;
      sourceLine += fields[2]!;
      if (first < 0) first = sourceLine;
    }
    lines.push(first);
  }
  return lines;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = BASE64.indexOf(character);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}
