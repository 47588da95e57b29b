/** How a {@link NotSupportedError} names run queues on a server without them. */
export const RUN_QUEUES_FEATURE = 'Launch run queues';

/** The project W&B keeps Launch queues in. */
export const LAUNCH_PROJECT = 'model-registry';

/** Where a run queue's runs execute. */
export type RunQueueResourceType = 'local-container' | 'local-process' | 'kubernetes' | 'sagemaker' | 'gcp-vertex';

/** The resource types W&B Launch accepts. */
export const RUN_QUEUE_RESOURCE_TYPES: readonly RunQueueResourceType[] = [
  'local-container',
  'local-process',
  'kubernetes',
  'sagemaker',
  'gcp-vertex',
];

/** How a queue orders its items: `V0` honours item priorities, `DISABLED` is first in, first out. */
export type RunQueuePrioritizationMode = 'DISABLED' | 'V0';
