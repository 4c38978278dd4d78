export { TRANSFER_SOURCE } from './transfer-script';
export { transferTarget, type TransferEnvVar, type TransferTarget } from './transfer-target';
