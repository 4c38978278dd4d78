export { loadComponent } from './load-component';
export { componentInputPath, componentOutputPath, type ComponentArgument, type ComponentStepOptions, type KfpComponent } from './component-step';
export { KFP_PARAMETER_TYPES, type ComponentInput, type ComponentOutput, type ComponentSpec, type Placeholder } from './component-spec';
