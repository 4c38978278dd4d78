import type { ValidationContext } from '../validation-context';

/**
 * The executor plugins a workflow declares are told apart by their container's name, which is
 * also the name plugin steps call them by: two with one name would leave Argo to pick one.
 */
export function executorPluginsRule(context: ValidationContext): void {
  const seen = new Set<string>();
  context.workflow.spec.executorPlugins?.forEach((plugin, index) => {
    const { name } = plugin.sidecar;
    if (!seen.has(name)) {
      seen.add(name);
      return;
    }
    context.report('DUPLICATE_NAME', `Two executor plugins are named "${name}"; plugin steps call a plugin by its container's name, so each needs its own.`, {
      path: ['executorPlugins', index, 'sidecar', 'name'],
      hint: 'Rename the container of one of them.',
    });
  });
}
