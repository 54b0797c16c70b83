import { useRef } from 'react';
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { JobProgress as Reported } from '../../shared/jobs/jobTypes';
import { ErrorNotice } from '../forms/ErrorNotice';
import { formatBytes, formatSpeed } from './byteSize';
import { estimateJob, secondsLeft, type JobPhases, type JobSample } from './jobEstimate';
import type { JobControl } from './useJob';

interface Props {
  /** The job as `useJob` follows it. */
  control: JobControl;
  /** What is running, in a few words: 正在备份到 E:\ */
  title: string;
  /** The job's phases in order with their share of the time, for one bar over the whole job. */
  phases?: JobPhases;
}

function timeLeft(t: TFunction, seconds: number): string {
  return seconds < 60 ? t('jobs.secondsLeft', { seconds }) : t('jobs.minutesLeft', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

function amount(t: TFunction, progress: Reported): string | null {
  if (progress.total === null || progress.unit === 'steps') return null;
  if (progress.unit === 'bytes') return t('jobs.ofBytes', { done: formatBytes(progress.done), total: formatBytes(progress.total) });
  return t('jobs.ofItems', { done: progress.done, total: progress.total });
}

/**
 * A running job, the same for every long job (backup, restore, printing, duplicate scans): one bar over
 * the whole job, its phase, how much of how much, the speed and the time left, and 取消. Cancelling
 * shows until the job has undone its work.
 */
export function JobProgress({ control, title, phases = [] }: Props) {
  const { t } = useTranslation();
  const { job, cancel, cancelling, cancelError } = control;
  const progress = job?.progress ?? null;
  const estimate = estimateJob(progress, phases);
  const percent = Math.floor(estimate.fraction * 100);
  const unknown = estimate.indeterminate && percent === 0;
  // The pace is measured from the first report this screen saw.
  const first = useRef<JobSample | null>(null);
  const now: JobSample = { fraction: estimate.fraction, atMs: Date.now() };
  if (progress && !first.current) first.current = now;
  const left = first.current ? secondsLeft(first.current, now) : null;

  // Nothing reported yet (a passphrase's key is being derived): the job is starting, not stuck.
  const phase = !progress ? t('jobs.starting') : progress.phase ? t(`jobs.phases.${progress.phase}`, { defaultValue: t('jobs.working') }) : t('jobs.working');
  const stepText = estimate.step ? t('jobs.step', { ...estimate.step, phase }) : phase;
  const facts = [
    t('jobs.percent', { percent }),
    progress ? amount(t, progress) : null,
    progress?.bytesPerSecond ? formatSpeed(progress.bytesPerSecond) : null,
    left !== null ? timeLeft(t, left) : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <Paper withBorder p="md" role="group" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Text fw={600}>{title}</Text>
            <Text size="sm" aria-live="polite">
              {cancelling ? t('jobs.cancelling') : stepText}
            </Text>
          </Stack>
          {cancel && (
            <Button variant="default" color="red" onClick={cancel} loading={cancelling} miw={88}>
              {t('jobs.cancel')}
            </Button>
          )}
        </Group>
        <Progress.Root size="lg">
          <Progress.Section
            // Nothing measurable yet: the whole bar moves; later, a phase without a total moves at its place.
            value={unknown ? 100 : percent}
            striped={estimate.indeterminate}
            animated={estimate.indeterminate}
            color={unknown ? 'indigo.2' : 'indigo'}
            withAria={false}
            role="progressbar"
            aria-label={title}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={[stepText, ...facts].join(' · ')}
          />
        </Progress.Root>
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
        <ErrorNotice error={cancelError} />
      </Stack>
    </Paper>
  );
}
