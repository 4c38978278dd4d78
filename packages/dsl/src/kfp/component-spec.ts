/**
 * A KFP component, read: what `loadComponent` builds a step from, whichever of KFP's two formats
 * (the v1 `component.yaml`, the v2 compiled `PipelineSpec`) it was written in.
 */

/** KFP's parameter types: inputs and outputs of these types are values, not files. */
export const KFP_PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean', 'JsonObject', 'JsonArray'] as const;

export interface ComponentInput {
  /** The name in the component file (`training_data`, `Output data`). */
  readonly name: string;
  /** The name in Couler: an identifier made from `name` (`output_data`). */
  readonly key: string;
  /** The declared type (`Integer`, `CSV`, `Model`); absent when the file declares none. */
  readonly type?: string;
  readonly default?: string;
  readonly optional: boolean;
  readonly description?: string;
}

export type ComponentOutput = Omit<ComponentInput, 'default' | 'optional'>;

/**
 * A command-line element. Text is literal; the others are KFP's placeholders, with the names
 * already checked against the declared inputs and outputs.
 */
export type Placeholder =
  | string
  | { readonly inputValue: string }
  | { readonly inputPath: string }
  | { readonly outputPath: string }
  | { readonly concat: ReadonlyArray<Placeholder> }
  | { readonly if: { readonly cond: Condition; readonly ifTrue: ReadonlyArray<Placeholder>; readonly ifFalse: ReadonlyArray<Placeholder> } };

export type Condition = boolean | { readonly isPresent: string } | { readonly inputValue: string };

export interface ComponentSpec {
  readonly name: string;
  readonly description?: string;
  readonly inputs: ReadonlyArray<ComponentInput>;
  readonly outputs: ReadonlyArray<ComponentOutput>;
  readonly image: string;
  readonly command: ReadonlyArray<Placeholder>;
  readonly args: ReadonlyArray<Placeholder>;
  readonly env: Readonly<Record<string, string>>;
}
