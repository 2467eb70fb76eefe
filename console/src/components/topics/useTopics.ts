// Loads the topic list for a survey, window and account filter, and the versions of the model behind it. Newer
// requests cancel older ones; the list shown stays while the next one loads.
import { request } from '../../api/graphql';
import {
  TopicsListDocument, TopicVersionsDocument, type ResponseFilter, type TopicsListQuery, type TopicVersionsQuery,
} from '../../graphql/generated';
import { load as loadInto, part } from '../../lib/loading';
import type { Window } from '../../lib/period';

export type TopicRow = TopicsListQuery['topics']['edges'][number]['node'];
export type ModelVersion = TopicVersionsQuery['topicModelVersions'][number];

export function useTopics() {
  const topics = part<TopicRow[]>();
  const versions = part<ModelVersion[]>();
  let controller: AbortController | null = null;

  async function load(survey: string | null, window: Window, filter: ResponseFilter | null = null): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    await Promise.all([
      loadInto(topics, async () => (await request(TopicsListDocument,
        { surveyId: survey, from: window.from, to: window.to, interval: window.interval, filter }, { signal }))
        .topics.edges.map((e) => e.node), signal),
      loadInto(versions, async () => (await request(TopicVersionsDocument, { surveyId: survey }, { signal }))
        .topicModelVersions, signal),
    ]);
  }

  function stop(): void {
    controller?.abort();
  }

  return { topics, versions, load, stop };
}
