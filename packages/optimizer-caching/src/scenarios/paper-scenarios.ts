import { GB, type Scenario, type ScenarioStep, type StepRole } from './scenario';
import { SeededRandom } from './seeded-random';

/**
 * The three workloads of the paper's §VI.C, rebuilt from what it says of them (pod and model
 * counts) with sizes and durations typical of such pipelines. Each base cost is drawn once,
 * seeded, within the range given for its step, so the scenarios are fixed data.
 */
type Draft = [name: string, role: StepRole, inputs: string[], seconds: [number, number], gigabytes: [number, number]];

function build(name: string, description: string, drafts: Draft[], seed: number): Scenario {
  const random = new SeededRandom(seed);
  const steps: ScenarioStep[] = drafts.map(([step, role, inputs, seconds, gigabytes]) => ({
    name: step,
    role,
    inputs,
    computeSeconds: Math.round(random.uniform(...seconds)),
    bytes: Math.round(random.uniform(...gigabytes) * GB),
  }));
  return { name, description, steps };
}

const models = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1).padStart(2, '0'));

/** Multimodal Training: 37 pods, 19 models over text, image and audio. */
export function multimodalTrainingScenario(): Scenario {
  const modalities = [
    ['text', 6, 4, 2],
    ['image', 12, 6, 3],
    ['audio', 8, 5, 3],
  ] as const;
  const drafts: Draft[] = [];
  for (const [modality, raw, clean, features] of modalities) {
    drafts.push([`load-${modality}`, 'source', [], [120, 400], [raw * 0.8, raw * 1.2]]);
    drafts.push([`clean-${modality}`, 'preprocess', [`load-${modality}`], [600, 1200], [clean * 0.8, clean * 1.2]]);
    drafts.push([`embed-${modality}`, 'feature', [`clean-${modality}`], [900, 1800], [features * 0.8, features * 1.2]]);
  }
  drafts.push(['fuse-features', 'feature', ['embed-text', 'embed-image', 'embed-audio'], [300, 600], [4, 6]]);
  drafts.push(['split-dataset', 'preprocess', ['fuse-features'], [60, 180], [4, 6]]);
  const trains = models(19).map((id, index): Draft => {
    const unimodal = index < 6 ? [`embed-${modalities[index % 3]![0]}`] : ['split-dataset'];
    return [`train-m${id}`, 'train', unimodal, [1200, 3600], [0.3, 3]];
  });
  drafts.push(...trains);
  const evalGroups = [
    ['eval-text', [0, 3]],
    ['eval-image', [1, 4]],
    ['eval-audio', [2, 5]],
    ['eval-fusion', models(13).map((_, index) => index + 6)],
  ] as const;
  for (const [evalName, members] of evalGroups) {
    drafts.push([evalName, 'evaluate', members.map((index) => trains[index]![0]), [120, 300], [0.005, 0.02]]);
  }
  drafts.push(['select-best', 'evaluate', evalGroups.map(([evalName]) => evalName), [20, 60], [0.001, 0.005]]);
  drafts.push(['export-model', 'report', ['select-best', 'split-dataset'], [120, 300], [1, 2]]);
  drafts.push(['report', 'report', ['select-best', 'export-model'], [20, 60], [0.002, 0.01]]);
  return build('multimodal-training', 'Multimodal Training: 37 pods, 19 models (text, image, audio)', drafts, 37);
}

/** Image Segmentation: 15 pods, 8 models. */
export function imageSegmentationScenario(): Scenario {
  const drafts: Draft[] = [
    ['load-images', 'source', [], [300, 600], [16, 20]],
    ['load-masks', 'source', [], [60, 180], [1.5, 2.5]],
    ['augment', 'preprocess', ['load-images', 'load-masks'], [1200, 2400], [10, 14]],
    ['split-dataset', 'preprocess', ['augment'], [120, 300], [10, 12]],
  ];
  const trains = models(8).map((id): Draft => [`train-seg${id}`, 'train', ['split-dataset'], [1800, 4800], [0.2, 1.5]]);
  drafts.push(...trains);
  drafts.push(['evaluate', 'evaluate', [...trains.map(([name]) => name), 'split-dataset'], [300, 900], [0.01, 0.05]]);
  drafts.push(['select-best', 'evaluate', ['evaluate'], [20, 60], [0.001, 0.005]]);
  drafts.push(['report', 'report', ['select-best'], [20, 60], [0.002, 0.01]]);
  return build('image-segmentation', 'Image Segmentation: 15 pods, 8 models', drafts, 15);
}

/** Language Model Fine-tuning: 21 pods, 11 models. */
export function lmFineTuningScenario(): Scenario {
  const drafts: Draft[] = [
    ['download-corpus', 'source', [], [300, 900], [9, 11]],
    ['download-base-model', 'source', [], [200, 500], [4, 6]],
    ['dedupe', 'preprocess', ['download-corpus'], [600, 1500], [7, 9]],
    ['tokenize', 'preprocess', ['dedupe', 'download-base-model'], [900, 1800], [5, 7]],
    ['split-dataset', 'preprocess', ['tokenize'], [60, 180], [5, 7]],
  ];
  const trains = models(11).map((id): Draft => [`finetune-${id}`, 'train', ['split-dataset', 'download-base-model'], [1800, 5400], [1.5, 5]]);
  drafts.push(...trains);
  drafts.push(['eval-classification', 'evaluate', trains.slice(0, 4).map(([name]) => name), [300, 900], [0.005, 0.02]]);
  drafts.push(['eval-sentiment', 'evaluate', trains.slice(4, 8).map(([name]) => name), [300, 900], [0.005, 0.02]]);
  drafts.push(['eval-perplexity', 'evaluate', [...trains.slice(8).map(([name]) => name), 'split-dataset'], [300, 900], [0.005, 0.02]]);
  drafts.push(['select-best', 'evaluate', ['eval-classification', 'eval-sentiment', 'eval-perplexity'], [20, 60], [0.001, 0.005]]);
  drafts.push(['report', 'report', ['select-best'], [20, 60], [0.002, 0.01]]);
  return build('lm-fine-tuning', 'Language Model Fine-tuning: 21 pods, 11 models', drafts, 21);
}

export const PAPER_SCENARIOS = {
  'multimodal-training': multimodalTrainingScenario,
  'image-segmentation': imageSegmentationScenario,
  'lm-fine-tuning': lmFineTuningScenario,
} as const;

export type PaperScenarioId = keyof typeof PAPER_SCENARIOS;
