/**
 * The Tekton v1 objects the compiler writes, as plain data. Only the fields Couler fills are
 * typed; the validator checks the rest against the CRD schemas.
 */
export type Json = Record<string, unknown>;

export interface TektonDocument {
  apiVersion: 'tekton.dev/v1';
  kind: 'Pipeline' | 'Task' | 'PipelineRun';
  metadata: { name?: string; generateName?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: Json;
}

export interface TektonParam {
  name: string;
  value: string | string[];
}

export interface TektonParamSpec {
  name: string;
  type?: 'string' | 'array';
  default?: string | string[];
  description?: string;
}

export interface TektonWhenExpression {
  input?: string;
  operator?: 'in' | 'notin';
  values?: string[];
  cel?: string;
}

export interface TektonPipelineTask {
  name: string;
  displayName?: string;
  description?: string;
  taskRef?: { name: string };
  taskSpec?: Json;
  runAfter?: string[];
  when?: TektonWhenExpression[];
  params?: TektonParam[];
  matrix?: { params?: TektonParam[]; include?: Array<{ name: string; params: TektonParam[] }> };
  workspaces?: Array<{ name: string; workspace: string }>;
  retries?: number;
  timeout?: string;
  onError?: 'continue' | 'stopAndFail';
}
