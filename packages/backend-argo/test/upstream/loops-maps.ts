// examples/loops-maps.yaml: one step per (image, tag) pair, each running its own image.
import { concat, map, runContainer, workflow } from '@couler/dsl';

export const ITEMS = [
  { image: 'debian', tag: '9.1' },
  { image: 'debian', tag: '8.9' },
  { image: 'alpine', tag: '3.6' },
  { image: 'ubuntu', tag: '17.10' },
];

export default workflow('loops-maps', () => {
  map((item) => runContainer({ stepName: 'test-linux', image: concat(item.field('image'), ':', item.field('tag')), command: ['cat'], args: ['/etc/os-release'] }), ITEMS);
});
