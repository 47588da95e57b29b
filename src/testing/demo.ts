import type { RunState } from '../runs/filters';
import type { FakeSeeder } from './seed';

/** A small, deterministic pseudo-random sequence, so the demo data is the same every time. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * The demo data: a team with an image-classification project of a dozen runs (config, summary,
 * history), a sweep, a report, a small dataset artifact and a Launch job, and a
 * reinforcement-learning project, plus a project in the viewer's own entity.
 */
export function seedDemo(seed: FakeSeeder): void {
  const random = sequence(42);
  seed.entity({ name: 'demo-team', members: [] });
  seed.project({ entity: 'demo-team', name: 'image-classifier', description: 'CNNs on CIFAR-10, tuned by hand and by sweep' });
  seed.project({ entity: 'demo-team', name: 'cartpole', description: 'PPO on CartPole-v1' });
  seed.project({ name: 'scratch', description: 'Personal experiments' });

  seed.sweep({
    entity: 'demo-team',
    project: 'image-classifier',
    id: 'k3v9q2xz',
    displayName: 'lr-and-optimizer',
    state: 'FINISHED',
    config: {
      method: 'bayes',
      metric: { name: 'accuracy', goal: 'maximize' },
      parameters: { lr: { values: [0.1, 0.03, 0.01, 0.003, 0.001, 0.0003] }, optimizer: { values: ['adam', 'sgd', 'adamw'] } },
    },
    runCountExpected: 6,
  });

  const optimizers = ['adam', 'sgd', 'adamw'];
  const states: RunState[] = ['finished', 'finished', 'finished', 'crashed', 'finished', 'running'];
  for (let i = 0; i < 12; i++) {
    const lr = [0.1, 0.03, 0.01, 0.003, 0.001, 0.0003][i % 6] as number;
    const epochs = 10 + (i % 3) * 5;
    const quality = 1 - Math.abs(Math.log10(lr) + 2.5) / 2 + random() * 0.1;
    const history = Array.from({ length: epochs }, (_, epoch) => {
      const progress = (epoch + 1) / epochs;
      return {
        epoch,
        loss: Number((2.3 * Math.exp(-3 * progress * quality) + random() * 0.05).toFixed(4)),
        accuracy: Number(Math.min(0.99, 0.1 + 0.85 * quality * (1 - Math.exp(-4 * progress))).toFixed(4)),
      };
    });
    const last = history[history.length - 1] as { loss: number; accuracy: number };
    const id = `cifar-${String(i + 1).padStart(2, '0')}`;
    const config = { lr, optimizer: optimizers[i % 3], batch_size: [32, 64, 128][i % 3], epochs, architecture: 'resnet18' };
    seed.run({
      entity: 'demo-team',
      project: 'image-classifier',
      id,
      displayName: `${optimizers[i % 3]}-lr${lr}`,
      state: states[i % states.length] as RunState,
      config,
      summary: { loss: last.loss, accuracy: last.accuracy, epoch: epochs - 1 },
      tags: i % 4 === 0 ? ['baseline'] : i % 4 === 1 ? ['augmented', 'candidate'] : ['augmented'],
      group: i < 6 ? 'sweep-1' : 'sweep-2',
      ...(i < 6 ? { sweepName: 'k3v9q2xz' } : {}),
      jobType: 'train',
      history,
      createdAt: new Date(Date.UTC(2026, 0, 5 + i, 9 + (i % 5) * 2, (13 * i) % 60)),
    });
    // The run's config as the W&B client saves it with every run.
    const yaml = Object.entries(config).map(([key, value]) => `${key}:\n  desc: null\n  value: ${value}\n`);
    seed.runFile({ entity: 'demo-team', project: 'image-classifier', run: id, name: 'config.yaml', content: `wandb_version: 1\n\n${yaml.join('')}` });
  }
  seed.report({
    entity: 'demo-team',
    project: 'image-classifier',
    displayName: 'Learning-rate study',
    description: 'How the learning rate and optimizer shape accuracy',
    runSets: [{ name: 'Swept runs', selections: ['cifar-01', 'cifar-02', 'cifar-03', 'cifar-04', 'cifar-05', 'cifar-06'] }],
  });
  // A small dataset the first run logged, and the training script as a Launch job.
  const labels = ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'];
  const rows = (n: number) =>
    ['image,label', ...Array.from({ length: n }, (_, k) => `img_${String(k).padStart(4, '0')}.png,${Math.floor(random() * 10)}`)].join('\n') + '\n';
  seed.artifact({
    entity: 'demo-team',
    project: 'image-classifier',
    name: 'cifar10-sample',
    type: 'dataset',
    description: 'A labelled sample of CIFAR-10 for quick experiments',
    files: { 'train.csv': rows(40), 'test.csv': rows(10), 'labels.json': `${JSON.stringify(labels)}\n` },
    metadata: { train_rows: 40, test_rows: 10, classes: labels.length },
    loggedBy: 'cifar-01',
    usedBy: ['cifar-02', 'cifar-03'],
  });
  seed.job({
    entity: 'demo-team',
    project: 'image-classifier',
    name: 'train-cifar',
    description: 'train.py of the image classifier',
    config: { lr: 0.01, optimizer: 'adam', batch_size: 64, epochs: 10, architecture: 'resnet18' },
    summary: { loss: 0.5, accuracy: 0.8, epoch: 9 },
  });

  for (let i = 0; i < 4; i++) {
    seed.run({
      entity: 'demo-team',
      project: 'cartpole',
      id: `ppo-${i + 1}`,
      displayName: `ppo-seed-${i}`,
      config: { algo: 'ppo', seed: i, gamma: 0.99 },
      summary: { episode_return: Math.round(150 + random() * 350) },
      jobType: 'rollout',
      createdAt: new Date(Date.UTC(2026, 1, 2 + i, 14, 30)),
      history: Array.from({ length: 25 }, (_, step) => ({ episode_return: Math.round(20 + step * 15 * random()) })),
    });
  }
  seed.run({ project: 'scratch', id: 'hello-1', displayName: 'first-try', config: { note: 'hello' }, summary: { ok: true } });
}
