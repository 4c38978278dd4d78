import * as z from 'zod';
import { ArtifactLocationSchema } from './artifact';
import { StepOutputRefSchema } from './value';

/**
 * A file a sub-workflow takes from each call. Its body's steps read it as an input artifact whose
 * source is `input: <name>`; a call passes another step's artifact or a location for it.
 */
export const SubWorkflowInputArtifactSchema = z
  .strictObject({
    name: z.string().min(1),
    optional: z.boolean().optional().meta({ description: 'A call may leave it out; steps reading it then see no file (their input must be optional too).' }),
    description: z.string().optional(),
  })
  .meta({ id: 'SubWorkflowInputArtifact' });
export type SubWorkflowInputArtifact = z.infer<typeof SubWorkflowInputArtifactSchema>;

/** A file a sub-workflow returns: an output artifact of one of its body's steps. */
export const SubWorkflowOutputArtifactSchema = z
  .strictObject({
    name: z.string().min(1),
    from: StepOutputRefSchema.meta({ description: "The body step and its output artifact." }),
    description: z.string().optional(),
  })
  .meta({ id: 'SubWorkflowOutputArtifact' });
export type SubWorkflowOutputArtifact = z.infer<typeof SubWorkflowOutputArtifactSchema>;

/**
 * What a call passes for one input artifact of its definition: exactly one of another step's
 * artifact (`from`), a `location`, or (a call inside a body) the enclosing definition's own input
 * artifact (`input`).
 */
export const SubWorkflowArtifactArgumentSchema = z
  .strictObject({
    name: z.string().min(1),
    from: StepOutputRefSchema.optional(),
    location: ArtifactLocationSchema.optional(),
    input: z.string().min(1).optional().meta({ description: 'An input artifact of the definition whose body holds this call.' }),
  })
  .meta({ id: 'SubWorkflowArtifactArgument', description: 'Exactly one of from, location, input.' });
export type SubWorkflowArtifactArgument = z.infer<typeof SubWorkflowArtifactArgumentSchema>;
