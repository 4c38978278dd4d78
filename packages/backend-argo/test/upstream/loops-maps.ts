// examples/loops-maps.yaml: one step per (image, tag) pair.
import { map, runContainer, workflow } from '@couler/dsl';

export const ITEMS = [
  { image: 'debian', tag: '9.1' },
  { image: 'debian', tag: '8.9' },
  { image: 'alpine', tag: '3.6' },
  { image: 'ubuntu', tag: '17.10' },
];

export default workflow('loops-maps', () => {
  map((item) => runContainer({ stepName: 'test-linux', image: 'busybox', command: ['cat'], args: ['/etc/os-release'], env: { IMAGE: item.field('image'), TAG: item.field('tag') } }), ITEMS);
  // IR gap: upstream runs image "{{item.image}}:{{item.tag}}"; an IR image is literal text, so
  // the items reach the step (here as env) but cannot choose its image.
});
