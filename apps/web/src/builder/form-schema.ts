/** The subset of JSON Schema a zoo step's parameters are described in; the builder's forms are drawn from it. */
export interface FieldSchema {
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly title: string;
  readonly description?: string;
  readonly default?: string | number | boolean;
  readonly enum?: ReadonlyArray<string>;
  readonly minimum?: number;
  readonly maximum?: number;
  /** A text area (scripts) rather than one line. */
  readonly multiline?: boolean;
}

export interface StepParametersSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, FieldSchema>>;
  readonly required?: ReadonlyArray<string>;
}

export type FieldValue = string | number | boolean;
export type FieldValues = Record<string, FieldValue>;

/** Each field's default, as a new node starts with. */
export function defaultValues(schema: StepParametersSchema): FieldValues {
  const values: FieldValues = {};
  for (const [key, field] of Object.entries(schema.properties)) {
    if (field.default !== undefined) values[key] = field.default;
  }
  return values;
}

/** What is wrong with one field's value, in a sentence, or undefined. */
export function fieldProblem(schema: StepParametersSchema, key: string, value: FieldValue | undefined): string | undefined {
  const field = schema.properties[key]!;
  if (value === undefined || value === '') return schema.required?.includes(key) ? `${field.title} is required.` : undefined;
  if (field.type === 'integer' || field.type === 'number') {
    const number = Number(value);
    if (!Number.isFinite(number) || (field.type === 'integer' && !Number.isInteger(number))) return `${field.title} must be ${field.type === 'integer' ? 'a whole number' : 'a number'}.`;
    if (field.minimum !== undefined && number < field.minimum) return `${field.title} must be at least ${field.minimum}.`;
    if (field.maximum !== undefined && number > field.maximum) return `${field.title} must be at most ${field.maximum}.`;
  }
  if (field.enum && !field.enum.includes(String(value))) return `${field.title} must be one of ${field.enum.join(', ')}.`;
  return undefined;
}
