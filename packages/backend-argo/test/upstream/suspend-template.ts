// examples/suspend-template.yaml: build, wait for approval, wait 20 s, release.
import { runContainer, suspend, workflow } from '@couler/dsl';

export default workflow('suspend-template', () => {
  runContainer({ stepName: 'build', image: 'busybox', command: ['echo'], args: ['hello world'] });
  suspend({ stepName: 'approve' });
  suspend({ stepName: 'delay', duration: 20 });
  runContainer({ stepName: 'release', image: 'busybox', command: ['echo'], args: ['hello world'] });
});
