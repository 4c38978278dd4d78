/**
 * `couler_field KEY`: prints field KEY of the map item in `$couler_item` (a JSON object) as the
 * local engine reads `item.field(KEY)`: a string value decoded (escapes, `\uXXXX` as UTF-8),
 * any other value as its JSON text (`0.4`, `true`, `null`). Exits 3 when the item is not a JSON
 * object or has no such field, so a filter never tests a value that is not there.
 *
 * One awk program over the item's bytes (LC_ALL=C), for mawk, gawk and BusyBox awk: the item
 * arrives in the environment, never in the program text, so any item is data.
 */
export const ITEM_FIELD_FUNCTION = String.raw`couler_field() {
  COULER_KEY="$1" COULER_TEXT="$couler_item" LC_ALL=C awk '
function space() { while (at <= size && index(" \t\n\r", substr(text, at, 1)) > 0) at++ }
function hex(digits,   value, i) { value = 0; for (i = 1; i <= 4; i++) value = value * 16 + index("0123456789abcdef", tolower(substr(digits, i, 1))) - 1; return value }
function utf8(code) {
  if (code < 128) return sprintf("%c", code)
  if (code < 2048) return sprintf("%c%c", 192 + int(code / 64), 128 + code % 64)
  if (code < 65536) return sprintf("%c%c%c", 224 + int(code / 4096), 128 + int(code / 64) % 64, 128 + code % 64)
  return sprintf("%c%c%c%c", 240 + int(code / 262144), 128 + int(code / 4096) % 64, 128 + int(code / 64) % 64, 128 + code % 64)
}
function string_value(   out, c, e, code, low) {
  out = ""; at++
  while (at <= size) {
    c = substr(text, at, 1)
    if (c == "\"") { at++; return out }
    if (c != "\\") { out = out c; at++; continue }
    e = substr(text, at + 1, 1); at += 2
    if (e == "n") out = out "\n"; else if (e == "t") out = out "\t"; else if (e == "r") out = out "\r"
    else if (e == "b") out = out "\b"; else if (e == "f") out = out "\f"
    else if (e == "u") {
      code = hex(substr(text, at, 4)); at += 4
      if (code >= 55296 && code < 56320 && substr(text, at, 2) == "\\u") {
        low = hex(substr(text, at + 2, 4))
        if (low >= 56320 && low < 57344) { code = 65536 + (code - 55296) * 1024 + (low - 56320); at += 6 }
      }
      out = out utf8(code)
    } else out = out e
  }
  exit 3
}
function skip_value(   depth, c) {
  space(); c = substr(text, at, 1)
  if (c == "\"") { string_value(); return }
  depth = 0
  while (at <= size) {
    c = substr(text, at, 1)
    if (c == "\"") { string_value(); continue }
    if (c == "{" || c == "[") depth++
    else if (c == "}" || c == "]") { if (depth == 0) return; depth-- }
    else if (c == "," && depth == 0) return
    at++
  }
}
BEGIN {
  text = ENVIRON["COULER_TEXT"]; key = ENVIRON["COULER_KEY"]; size = length(text); at = 1
  space(); if (substr(text, at, 1) != "{") exit 3
  at++
  while (1) {
    space(); if (substr(text, at, 1) != "\"") exit 3
    name = string_value(); space()
    if (substr(text, at, 1) != ":") exit 3
    at++; space()
    if (name == key) {
      if (substr(text, at, 1) == "\"") { printf "%s", string_value(); exit 0 }
      start = at; skip_value(); value = substr(text, start, at - start)
      sub(/[ \t\n\r]+$/, "", value); printf "%s", value; exit 0
    }
    skip_value(); space()
    if (substr(text, at, 1) != ",") exit 3
    at++
  }
}'
}
`;
