// examples/dag-diamond.yaml: A → (B, C) → D, each echoing its name.
import { dag, runContainer, workflow } from '@couler/dsl';

const echo = (name: string) => () => runContainer({ stepName: name, image: 'busybox', command: ['echo'], args: [name] });

export default workflow('dag-diamond', () => {
  dag([[echo('A')], [echo('A'), echo('B')], [echo('A'), echo('C')], [echo('B'), echo('D')], [echo('C'), echo('D')]]);
});
