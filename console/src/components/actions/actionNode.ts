// The action page's one action, as ActionDetail reads it: shared by the page and its cards.
import type { ActionDetailQuery } from '../../graphql/generated';

export type ActionNode = Extract<NonNullable<ActionDetailQuery['node']>, { __typename: 'Action' }>;
