export { GIT_CREDENTIAL_ENV, GIT_SSH_KEY_FILE, GIT_TOKEN_USERNAME, gitCloneScript, type GitCloneScriptOptions, type GitLocation } from './git-clone-script';
export { hdfsPath, WEBHDFS_PORT, webHdfsAddress } from './hdfs-target';
export { TRANSFER_SOURCE } from './transfer-script';
export { transferTarget, type TransferEnvVar, type TransferTarget } from './transfer-target';
