// Loads the topic list for a survey and window, and the versions of the model behind it. Newer
// requests cancel older ones; the list shown stays while the next one loads.
import { shallowRef } from 'vue';
import { request } from '../../api/graphql';
import {
  TopicsListDocument, TopicVersionsDocument, type TopicsListQuery, type TopicVersionsQuery,
} from '../../graphql/generated';
import type { Window } from '../../lib/period';

export type TopicRow = TopicsListQuery['topics']['edges'][number]['node'];
export type ModelVersion = TopicVersionsQuery['topicModelVersions'][number];

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
}

export function useTopics() {
  const topics = shallowRef<Loaded<TopicRow[]>>({ data: null, loading: false, error: null });
  const versions = shallowRef<Loaded<ModelVersion[]>>({ data: null, loading: false, error: null });
  let controller: AbortController | null = null;

  async function load(survey: string | null, window: Window): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    topics.value = { ...topics.value, loading: true, error: null };
    versions.value = { ...versions.value, loading: true, error: null };
    const list = request(TopicsListDocument, { surveyId: survey, from: window.from, to: window.to, interval: window.interval }, { signal })
      .then((d) => {
        if (!signal.aborted) topics.value = { data: d.topics.edges.map((e) => e.node), loading: false, error: null };
      }, (error) => {
        if (!signal.aborted) topics.value = { data: null, loading: false, error };
      });
    const fits = request(TopicVersionsDocument, { surveyId: survey }, { signal })
      .then((d) => {
        if (!signal.aborted) versions.value = { data: d.topicModelVersions, loading: false, error: null };
      }, (error) => {
        if (!signal.aborted) versions.value = { data: null, loading: false, error };
      });
    await Promise.all([list, fits]);
  }

  function stop(): void {
    controller?.abort();
  }

  return { topics, versions, load, stop };
}
