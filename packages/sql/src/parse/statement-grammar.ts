/**
 * The peggy grammar of a SQLFlow script: statements split on `;` (outside strings, quoted names
 * and comments), each a standard SQL text that may end in one extension clause:
 *
 *   SELECT … TO TRAIN <model> [WITH k = v, …] [COLUMN c, …] [LABEL c] INTO <table>
 *   SELECT … TO PREDICT <table>.<column> [WITH …] USING <model table>
 *   SELECT … TO EVALUATE <model table> [WITH …] [LABEL c] [INTO <table>]
 *   SELECT … TO EXPLAIN <model table> [WITH …] [USING <explainer>] [INTO <table>]
 *
 * The SQL before `TO` is kept as text (the SELECT is parsed by node-sql-parser afterwards, in
 * the database's dialect); only the extension is parsed here. `options.backslashEscapes` makes
 * `\'` an escape inside '…' strings, as MySQL reads them.
 */
export const STATEMENT_GRAMMAR = String.raw`
Script
  = head:Statement tail:(";" @Statement)* { return [head, ...tail].filter((statement) => statement !== null); }

Statement
  = Skip body:(Extended / Plain)? Skip { return body; }

Extended
  = select:SelectText extension:Extension { return { ...extension, select, text: text(), start: location().start }; }

Plain
  = select:SelectText { return { kind: 'plain', select, text: text(), start: location().start }; }

SelectText
  = parts:SelectPart+ { return { text: text(), masked: parts.join(''), start: location().start }; }

SelectPart
  = !ExtensionStart !";" part:(
        StringLiteral { return ' '.repeat(text().length); }
      / QuotedIdentifier { return ' '.repeat(text().length); }
      / Comment { return ' '.repeat(text().length); }
      / $WordChar+
      / $.
    ) { return part; }

ExtensionStart
  = "TO"i Gap ("TRAIN"i / "PREDICT"i / "EVALUATE"i / "EXPLAIN"i) !WordChar

Extension
  = "TO"i Gap @(Train / Predict / Evaluate / Explain)

Train
  = "TRAIN"i !WordChar _ estimator:ModelName attributes:(_ @With)? columns:(_ @ColumnClause)? label:(_ @LabelClause)? _ into:IntoClause
    { return { kind: 'train', estimator, attributes: attributes ?? [], columns: columns ?? [], label: label ?? undefined, into }; }

Predict
  = "PREDICT"i !WordChar _ target:PredictTarget attributes:(_ @With)? _ "USING"i !WordChar _ model:QualifiedName
    { return { kind: 'predict', ...target, attributes: attributes ?? [], model }; }

Evaluate
  = "EVALUATE"i !WordChar _ model:QualifiedName attributes:(_ @With)? label:(_ @LabelClause)? into:(_ @IntoClause)?
    { return { kind: 'evaluate', model, attributes: attributes ?? [], label: label ?? undefined, into: into ?? undefined }; }

Explain
  = "EXPLAIN"i !WordChar _ model:QualifiedName attributes:(_ @With)? explainer:(_ "USING"i !WordChar _ @BareIdentifier)? into:(_ @IntoClause)?
    { return { kind: 'explain', model, attributes: attributes ?? [], explainer: explainer ?? undefined, into: into ?? undefined }; }

ModelName "model name"
  = head:Identifier tail:("." @Identifier)* { return { name: [head, ...tail].join('.'), start: location().start }; }

PredictTarget "result table and column (table.column)"
  = first:Identifier "." second:Identifier third:("." @Identifier)?
    { return third === null ? { resultTable: { name: first }, resultColumn: second } : { resultTable: { schema: first, name: second }, resultColumn: third }; }

QualifiedName "table name"
  = first:Identifier second:("." @Identifier)? { return second === null ? { name: first } : { schema: first, name: second }; }

IntoClause
  = "INTO"i !WordChar _ @QualifiedName

LabelClause
  = "LABEL"i !WordChar _ @Identifier

ColumnClause
  = "COLUMN"i !WordChar _ head:ColumnName tail:(_ "," _ @ColumnName)* { return [head, ...tail]; }

ColumnName "column name"
  = name:BareIdentifier _ "(" { error('Feature column functions such as ' + name + '(…) are not supported: list plain column names after COLUMN.'); }
  / Identifier

With
  = "WITH"i !WordChar _ head:Attribute tail:(_ "," _ @Attribute)* { return [head, ...tail]; }

Attribute
  = key:$(BareIdentifier ("." BareIdentifier)*) _ "=" _ value:Value { return { key, value, start: location().start }; }

Value
  = Number / String / List / Boolean / !Keyword @BareIdentifier

Keyword
  = ("INTO"i / "COLUMN"i / "LABEL"i / "USING"i / "WITH"i) !WordChar

List "list"
  = "[" _ items:(head:Value tail:(_ "," _ @Value)* { return [head, ...tail]; })? _ "]" { return items ?? []; }

Number "number"
  = "-"? [0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)? !WordChar { return Number(text()); }

Boolean "boolean"
  = value:("TRUE"i / "FALSE"i) !WordChar { return value.toLowerCase() === 'true'; }

String "string"
  = '"' chars:('""' { return '"'; } / "\\" @. / [^"\\])* '"' { return chars.join(''); }
  / "'" chars:("''" { return "'"; } / "\\" @. / [^'\\])* "'" { return chars.join(''); }

Identifier "name"
  = BareIdentifier / QuotedIdentifier

BareIdentifier "name"
  = $([A-Za-z_\u0080-\uFFFF] WordChar*)

QuotedIdentifier "quoted name"
  = '"' chars:('""' { return '"'; } / [^"])* '"' { if (chars.length === 0) error('A quoted name cannot be empty.'); return chars.join(''); }
  / "${'`'}" chars:("${'``'}" { return "${'`'}"; } / [^${'`'}])* "${'`'}" { if (chars.length === 0) error('A quoted name cannot be empty.'); return chars.join(''); }

StringLiteral "string"
  = "'" ("''" / &{ return options.backslashEscapes === true; } "\\" . / [^'])* "'"

WordChar
  = [A-Za-z0-9_$\u0080-\uFFFF]

Comment "comment"
  = "--" [^\n]* / "/*" (!"*/" .)* "*/"

Whitespace "whitespace"
  = [ \t\r\n\f\v\u00A0\uFEFF]

Gap
  = (Whitespace / Comment)+

Skip
  = (Whitespace / Comment)*

_
  = (Whitespace / Comment)*
`;
