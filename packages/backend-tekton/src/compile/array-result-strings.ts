/**
 * `couler_strings FILE`: prints the JSON list in FILE with every element as a JSON string, for a
 * Tekton `array` result. Tekton's array results hold strings only (a result that parses as an
 * array of anything else fails the TaskRun), but a step that prints a list for a `map` often
 * prints records or numbers (`[{"name": "knn"}, …]`, `[1, 2]`), which the local engine and Argo
 * map over as they are: each element that is not a string becomes the string of its JSON text
 * (a record item is then read field by field from its JSON, as the `couler-item` step does);
 * strings stay as they are. Text that is not a JSON list is printed unchanged, and Tekton says
 * what is wrong with it. A tokenizer, not a validator: it tracks strings, escapes and nesting to
 * find the top-level commas. Runs in mawk, gawk and BusyBox awk (no gsub replacement escapes).
 */
export const ARRAY_STRINGS_FUNCTION = String.raw`couler_strings() {
  LC_ALL=C awk 'BEGIN { RS = "\001" } { text = text $0 } END {
  n = length(text); i = 1
  while (i <= n && index(" \t\n\r", substr(text, i, 1)) > 0) i++
  if (substr(text, i, 1) != "[") { printf "%s", text; exit }
  out = "["; count = 0; depth = 0; instr = 0; esc = 0; start = 0; closed = 0
  for (j = i + 1; j <= n; j++) {
    c = substr(text, j, 1)
    if (instr) { if (esc) esc = 0; else if (c == "\\") esc = 1; else if (c == "\"") instr = 0; continue }
    if (c == "\"") { instr = 1; if (!start) start = j; continue }
    if (c == "[" || c == "{") { depth++; if (!start) start = j; continue }
    if ((c == "]" || c == "}") && depth > 0) { depth--; continue }
    if (depth == 0 && (c == "," || c == "]")) {
      if (start) { element(substr(text, start, j - start)); start = 0 }
      if (c == "]") { closed = 1; break }
      continue
    }
    if (!start && index(" \t\n\r", c) == 0) start = j
  }
  if (!closed) { printf "%s", text; exit }
  printf "%s]", out
}
function element(value,   k, c, quoted) {
  while (length(value) > 0 && index(" \t\n\r", substr(value, length(value), 1)) > 0) value = substr(value, 1, length(value) - 1)
  if (substr(value, 1, 1) == "\"") quoted = value
  else {
    quoted = "\""
    for (k = 1; k <= length(value); k++) {
      c = substr(value, k, 1)
      if (c == "\\") quoted = quoted "\\\\"
      else if (c == "\"") quoted = quoted "\\\""
      else if (c == "\n") quoted = quoted "\\n"
      else if (c == "\t") quoted = quoted "\\t"
      else if (c == "\r") quoted = quoted "\\r"
      else quoted = quoted c
    }
    quoted = quoted "\""
  }
  out = out (count++ ? "," : "") quoted
}' "$1"
}`;
