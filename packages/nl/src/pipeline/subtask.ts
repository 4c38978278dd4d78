import { z } from 'zod';

/** The predefined task types of modular decomposition (paper §III, step 1). */
export const SUBTASK_KINDS = ['data-loading', 'preprocessing', 'training', 'evaluation', 'selection', 'deployment', 'control', 'other'] as const;

const KEBAB = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const SubtaskSchema = z.object({
  id: z.string().regex(KEBAB, 'a kebab-case id: lowercase letters, digits, "-"'),
  kind: z.enum(SUBTASK_KINDS),
  title: z.string().min(1),
  description: z.string().min(1),
  dependsOn: z.array(z.string()).default([]),
  variable: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'a TypeScript identifier'),
});

/** One subtask d_i of Algorithm 1. */
export type Subtask = z.infer<typeof SubtaskSchema>;

export const DecompositionSchema = z
  .object({
    reasoning: z.string(),
    workflowName: z.string().regex(KEBAB, 'a kebab-case name: lowercase letters, digits, "-"').max(63),
    subtasks: z.array(SubtaskSchema).min(1).max(12),
  })
  .superRefine((plan, context) => {
    const seen = new Set<string>();
    const variables = new Set<string>();
    plan.subtasks.forEach((subtask, index) => {
      if (seen.has(subtask.id)) context.addIssue({ code: 'custom', path: ['subtasks', index, 'id'], message: `subtask id "${subtask.id}" is used twice` });
      if (variables.has(subtask.variable)) context.addIssue({ code: 'custom', path: ['subtasks', index, 'variable'], message: `variable "${subtask.variable}" is used twice` });
      for (const dependency of subtask.dependsOn) {
        if (!seen.has(dependency)) context.addIssue({ code: 'custom', path: ['subtasks', index, 'dependsOn'], message: `"${dependency}" is not an earlier subtask` });
      }
      seen.add(subtask.id);
      variables.add(subtask.variable);
    });
  });

/** The chain-of-thought plan: its reasoning, the workflow's name and the subtasks in order. */
export type Decomposition = z.infer<typeof DecompositionSchema>;
