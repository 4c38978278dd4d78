import { CONTAINER_RUNTIME_CHOICES } from '@couler/backend-local';
import { Option } from 'commander';

/** `--container-runtime`: where container and script steps run. */
export function containerRuntimeOption(): Option {
  return new Option('--container-runtime <runtime>', 'run steps in their images with docker or podman (auto: whichever is installed); host runs them as processes')
    .choices([...CONTAINER_RUNTIME_CHOICES]);
}
