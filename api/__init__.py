"""The GraphQL API, HTTP routes and the `voc` CLI: translation between the outside and the domains."""
